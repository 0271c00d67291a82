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
