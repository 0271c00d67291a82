"""Paste settings come from the phrasebook; bad values fall back to defaults."""

from __future__ import annotations

import pytest

from desktop.platform.paste_values import CTRL_V, SHIFT_INSERT, TYPE_TEXT, PasteTiming
from desktop.settings.paste_setting import paste_settings


def test_defaults_without_a_setting() -> None:
    settings = paste_settings(None)
    assert settings.default == CTRL_V and settings.timing == PasteTiming()


def test_per_application_methods_and_timings() -> None:
    settings = paste_settings(
        {
            "default": "Ctrl+V",
            "apps": {"XTerm": "Shift+Insert", "legacy.exe": "type"},
            "pre_paste_ms": 80,
            "restore_fallback_ms": 600,
        }
    )
    assert settings.method_for("xterm") == SHIFT_INSERT
    assert settings.method_for("LEGACY.EXE") == TYPE_TEXT
    assert settings.method_for("wechat.exe") == CTRL_V
    assert settings.timing.pre_paste_ms == 80 and settings.timing.restore_fallback_ms == 600


@pytest.mark.parametrize(
    "raw",
    [
        {"default": "Ctrl+Nonsense"},
        {"apps": {"x": 5}},
        {"pre_paste_ms": -1},
        {"restore_quiet_ms": "fast"},
        {"restore_fallback_ms": 10**9},
        {"apps": ["x"]},
        "garbage",
    ],
)
def test_bad_values_fall_back_to_defaults(raw: object, caplog: pytest.LogCaptureFixture) -> None:
    settings = paste_settings(raw)
    assert settings.default == CTRL_V
    assert settings.per_app == {}
    assert settings.timing == PasteTiming()


def test_image_modes_default_to_one_paste_and_can_be_set_per_application() -> None:
    from desktop.platform.paste_values import ImageMode

    assert paste_settings(None).image_mode_for("Chromium") is ImageMode.ONE_PASTE
    settings = paste_settings(
        {"images": "one", "image_apps": {"QQ": "text-then-image", "bad.exe": "sideways"}}
    )
    assert settings.image_mode_for("qq") is ImageMode.TEXT_THEN_IMAGE
    assert settings.image_mode_for("bad.exe") is ImageMode.ONE_PASTE
    assert paste_settings({"images": "nonsense"}).image_mode is ImageMode.ONE_PASTE
