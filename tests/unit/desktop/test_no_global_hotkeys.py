"""A desktop without global hotkeys (Wayland): no "choose another chord" dialog at start, one
tray message on how to open the popup, and the reasons in the UI language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.capability_limits import hotkeys_limit, paste_limit
from desktop.hotkey_dialog import announce_without_hotkeys
from desktop.i18n import Translations
from desktop.platform import detect
from desktop.platform.base import Capabilities
from desktop.platform.fake import FAKE_CAPABILITIES


@pytest.fixture
def wayland(qapp: object) -> Capabilities:
    return detect("wayland").capabilities


@pytest.fixture
def chinese(qapp: object) -> Iterator[None]:
    translations = Translations()
    assert translations.apply("zh_CN")
    yield
    translations.apply("en")


def test_one_tray_message_instead_of_the_chord_dialog(wayland: Capabilities) -> None:
    shown: list[tuple[str, str]] = []
    assert announce_without_hotkeys(wayland, lambda title, text: shown.append((title, text)))
    assert len(shown) == 1
    assert "quickreply --show popup" in shown[0][1]
    assert "hotkeys" in shown[0][1]


def test_nothing_is_said_where_hotkeys_work() -> None:
    shown: list[tuple[str, str]] = []
    assert not announce_without_hotkeys(FAKE_CAPABILITIES, lambda *a: shown.append(a))
    assert shown == []


def test_the_message_speaks_chinese(wayland: Capabilities, chinese: None) -> None:
    shown: list[str] = []
    announce_without_hotkeys(wayland, lambda title, text: shown.append(f"{title}\n{text}"))
    assert "quickreply --show popup" in shown[0]
    assert "快捷键" in shown[0]
    assert "hotkeys" not in shown[0]


def test_capability_reasons_have_no_english_sentence_in_chinese(
    wayland: Capabilities, chinese: None
) -> None:
    for reason in (hotkeys_limit(wayland), paste_limit(wayland)):
        assert reason
        assert "Wayland does not let" not in reason
        assert "Wayland" in reason and "快捷键" in reason
    headless = detect("headless").capabilities
    assert "no display" not in (hotkeys_limit(headless) or "")


def test_capability_reasons_keep_the_backend_note_in_english(wayland: Capabilities) -> None:
    reason = hotkeys_limit(wayland) or ""
    assert "Wayland does not let applications grab global hotkeys" in reason
