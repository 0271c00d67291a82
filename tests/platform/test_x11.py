"""The X11 backend against a real X server (Xvfb + openbox), keys injected with xdotool."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
from pytestqt.qtbot import QtBot

from desktop.platform.base import HotkeyTakenError
from desktop.platform.chords import Chord, parse_chord

if TYPE_CHECKING:  # fixtures' types; conftest is not an importable module
    from conftest import TargetApp, XSession

pytestmark = pytest.mark.x11

POPUP = parse_chord("Ctrl+Alt+Space")
SILENCE_MS = 400


@pytest.fixture
def hotkeys(x_session: XSession) -> Iterator[object]:
    from desktop.platform.x11 import X11Hotkeys

    registry = X11Hotkeys(x_session.display)
    yield registry
    registry.close()


def press(x_session: XSession, chord: str) -> None:
    x_session.xdotool("key", "--clearmodifiers", chord)


def test_grab_fires_when_registered_and_is_silent_after_unregister(
    qtbot: QtBot, x_session: XSession, hotkeys
) -> None:
    fired: list[Chord] = []
    hotkeys.register(POPUP, lambda: fired.append(POPUP))
    with qtbot.waitSignal(hotkeys.activated, timeout=3000) as blocker:
        press(x_session, "ctrl+alt+space")
    assert blocker.args == [POPUP] and fired == [POPUP]

    hotkeys.unregister(POPUP)
    press(x_session, "ctrl+alt+space")
    qtbot.wait(SILENCE_MS)
    assert fired == [POPUP]

    hotkeys.register(POPUP, lambda: fired.append(POPUP))  # and back again
    with qtbot.waitSignal(hotkeys.activated, timeout=3000):
        press(x_session, "ctrl+alt+space")
    assert fired == [POPUP, POPUP]


def test_grab_works_with_numlock_and_capslock_on(
    qtbot: QtBot, x_session: XSession, hotkeys
) -> None:
    hotkeys.register(parse_chord("Ctrl+Alt+1"), lambda: None)
    x_session.xdotool("key", "Num_Lock", "Caps_Lock")
    try:
        with qtbot.waitSignal(hotkeys.activated, timeout=3000):
            press(x_session, "ctrl+alt+1")
    finally:
        x_session.xdotool("key", "Num_Lock", "Caps_Lock")


def test_grabbed_chord_does_not_reach_the_focused_window(
    qtbot: QtBot, x_session: XSession, hotkeys, target_app: TargetApp
) -> None:
    hotkeys.register(parse_chord("Ctrl+Alt+H"), lambda: None)
    with qtbot.waitSignal(hotkeys.activated, timeout=3000):
        press(x_session, "ctrl+alt+h")
    x_session.xdotool("type", "ok")  # control: ordinary keys do reach the target
    qtbot.waitUntil(lambda: target_app.text() == "ok", timeout=3000)
    keys = [r["key"] for r in target_app.records() if "key" in r]
    assert ord("H") not in keys


def test_chord_grabbed_by_another_client_raises_taken(x_session: XSession, hotkeys) -> None:
    from desktop.platform.x11 import X11Hotkeys

    chord = parse_chord("Ctrl+Alt+Shift+F7")
    other = X11Hotkeys(x_session.display)  # a separate X connection = another program
    try:
        other.register(chord, lambda: None)
        with pytest.raises(HotkeyTakenError, match=r"Ctrl\+Alt\+Shift\+F7"):
            hotkeys.register(chord, lambda: None)
        assert chord not in hotkeys.registered
        other.unregister(chord)
        hotkeys.register(chord, lambda: None)  # free again once released
    finally:
        other.close()


@pytest.mark.parametrize("kind", ["qt", "x11"])
def test_clipboard_text_and_image_round_trip(x_session: XSession, kind: str) -> None:
    report = x_session.helper("clipboard_roundtrip.py", kind)
    assert report["snapshot_formats"] == ["text/plain", "application/x-custom", "image/png"]
    assert report["during"] == "插入 안녕" and report["during_html"] == "<b>插入</b>"
    assert "x-kde-passwordManagerHint" in report["targets"] and report["hint"] == "secret"
    assert report["reads"][0] == "text/plain"
    assert report["after"] == "用户原剪贴板 ✓"
    assert report["after_png_ok"] is True
    assert report["after_custom"] == "custom-bytes"


def test_x11_clipboard_serves_replies_itself_and_gives_way(x_session: XSession) -> None:
    report = x_session.helper("clipboard_roundtrip.py", "x11")
    assert report["small_served_by_owner"] is True
    assert report["big_served_by_owner"] is False and report["big_ok"] is True
    assert report["snapshot_while_serving"] is True
    assert report["serving_after_takeover"] is False
    assert report["after_takeover"] == "别的程序复制的"
    assert report["after_empty_restore"] == "" and report["serving_after_empty_restore"] is False


def test_real_paste_into_another_process_restores_the_clipboard(
    x_session: XSession, target_app: TargetApp
) -> None:
    text = "插入：你好世界 안녕하세요"
    report = x_session.helper("paste_into.py", text)
    assert report["target_title"] == target_app.title
    assert report["status"] == "pasted", report
    assert report["read_confirmed"] is True
    assert target_app.text() == text
    assert report["clipboard_after"] == "PREV 用户原剪贴板"
    enter = 0x01000004  # Qt.Key_Return: we must never press Enter
    assert enter not in [r["key"] for r in target_app.records() if "key" in r]
