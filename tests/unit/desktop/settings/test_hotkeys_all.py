"""Every hotkey of the app on the Hotkeys page: popup, capture, favourites; all applied live."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from desktop import setting_keys
from desktop.app import QuickReply
from desktop.favorite_keys import FavoriteKeys
from desktop.platform.chords import parse_chord
from desktop.platform.fake import FakeBackend
from desktop.settings import SettingsWindow
from desktop.settings.hotkeys_page import HotkeysPage

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


@pytest.fixture
def page(window: SettingsWindow, quickreply: QuickReply) -> HotkeysPage:
    quickreply.notebook.register_hotkey(quickreply.notebook.chord)
    quickreply._register_favorites()
    found = window.pages["hotkeys"]
    assert isinstance(found, HotkeysPage)
    found.retranslate()
    return found


def record(page: HotkeysPage, key: str, chord: str) -> str | None:
    page.edits[key].setKeySequence(QKeySequence(chord))
    return page.try_chord(key)


def registered(fake: FakeBackend) -> set[str]:
    return {str(chord) for chord in fake.hotkeys.registered}


def test_the_page_lists_every_hotkey(page: HotkeysPage) -> None:
    assert list(page.edits) == ["popup", "capture", "favorites"]
    assert page.edits["capture"].chord_text() == "Ctrl+Alt+N"
    assert page.edits["favorites"].chord_text() == "Ctrl+Alt+1"
    assert all(page.status[key].text() == "✓" for key in page.edits)


def test_capture_hotkey_is_moved_live_and_stored(
    page: HotkeysPage, quickreply: QuickReply, fake_backend: FakeBackend, qtbot: QtBot
) -> None:
    assert record(page, "capture", "Ctrl+Alt+Q") is None
    assert "Ctrl+Alt+Q" in registered(fake_backend)
    assert "Ctrl+Alt+N" not in registered(fake_backend)
    assert quickreply.book.get_setting(setting_keys.CAPTURE_HOTKEY) == "Ctrl+Alt+Q"
    assert not fake_backend.hotkeys.press(parse_chord("Ctrl+Alt+N"))
    assert fake_backend.hotkeys.press(parse_chord("Ctrl+Alt+Q"))


def test_capture_chord_taken_elsewhere_keeps_the_old_one(
    page: HotkeysPage, quickreply: QuickReply, fake_backend: FakeBackend
) -> None:
    fake_backend.hotkeys.taken.add(parse_chord("Ctrl+Alt+Q"))
    assert record(page, "capture", "Ctrl+Alt+Q")
    assert "Ctrl+Alt+N" in registered(fake_backend)
    assert quickreply.notebook.hotkey_registered
    assert page.edits["capture"].chord_text() == "Ctrl+Alt+N"
    assert "⚠" in page.status["capture"].text()


def test_favourite_modifiers_move_all_nine_keys(
    page: HotkeysPage, quickreply: QuickReply, fake_backend: FakeBackend
) -> None:
    assert record(page, "favorites", "Ctrl+Shift+1") is None
    now = registered(fake_backend)
    assert {f"Ctrl+Shift+{n}" for n in range(1, 10)} <= now
    assert not any(f"Ctrl+Alt+{n}" in now for n in range(1, 10))
    assert quickreply.book.get_setting(setting_keys.FAVORITES_HOTKEY) == "Ctrl+Shift"
    again = FavoriteKeys(quickreply.book, quickreply.platform)  # the next start reads it
    assert str(again.chords[8]) == "Ctrl+Shift+9"


def test_favourites_need_a_digit(page: HotkeysPage, fake_backend: FakeBackend) -> None:
    error = record(page, "favorites", "Ctrl+Shift+K")
    assert error and "1" in error
    assert "Ctrl+Alt+5" in registered(fake_backend)


def test_one_taken_favourite_refuses_the_move(
    page: HotkeysPage, quickreply: QuickReply, fake_backend: FakeBackend
) -> None:
    fake_backend.hotkeys.taken.add(parse_chord("Meta+Alt+7"))
    error = record(page, "favorites", "Meta+Alt+1")
    assert error and "Alt+Meta+7" in error
    assert {f"Ctrl+Alt+{n}" for n in range(1, 10)} <= registered(fake_backend)
    assert quickreply.book.get_setting(setting_keys.FAVORITES_HOTKEY) is None


@pytest.mark.parametrize(
    ("key", "chord", "owner"),
    [
        ("popup", "Ctrl+Alt+N", "Note the customer's question"),
        ("capture", "Ctrl+Alt+Space", "Open the search popup"),
        ("capture", "Ctrl+Alt+3", "Insert favourite 1 to 9"),
        ("favorites", "Ctrl+Alt+1", None),  # its own chords: nothing to change
    ],
)
def test_our_own_chords_are_refused_with_their_owner(
    page: HotkeysPage, fake_backend: FakeBackend, key: str, chord: str, owner: str | None
) -> None:
    before = registered(fake_backend)
    error = record(page, key, chord)
    if owner is None:
        assert error is None
    else:
        assert error and owner in error and chord in error
    assert registered(fake_backend) == before


def test_favourites_clash_with_the_popup(page: HotkeysPage, quickreply: QuickReply) -> None:
    assert record(page, "popup", "Ctrl+Shift+4") is None
    error = record(page, "favorites", "Ctrl+Shift+1")
    assert error and "Ctrl+Shift+4" in error and "search popup" in error


def test_changed_favourite_keys_name_the_chord_for_an_empty_slot(
    page: HotkeysPage, quickreply: QuickReply, monkeypatch: pytest.MonkeyPatch
) -> None:
    notes: list[str] = []
    monkeypatch.setattr(quickreply.tray, "notify", lambda title, message, *a: notes.append(message))
    record(page, "favorites", "Ctrl+Shift+1")
    quickreply.favorite_keys.fire(6)
    assert notes and "Ctrl+Shift+6" in notes[-1]


def test_diagnostics_list_all_hotkeys(quickreply: QuickReply, page: HotkeysPage) -> None:
    text = quickreply.settings.report().text()
    assert "Ctrl+Alt+N" in text and "Ctrl+Alt+1" in text
