"""The Windows backend's logic with every Win32 call faked (Windows itself cannot run here)."""

from __future__ import annotations

import queue
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from desktop.platform import win32
from desktop.platform.base import HotkeyTakenError
from desktop.platform.chords import PASTE_CTRL_V, PASTE_SHIFT_INSERT, parse_chord

OURS_PID, OUR_THREAD = 100, 1


class FakeUser32:
    """A tiny Windows: windows by hwnd, a message queue, recorded calls."""

    def __init__(self) -> None:
        self.messages: queue.Queue[tuple[int, int]] = queue.Queue()
        self.hotkeys: dict[int, tuple[int, int]] = {}
        self.taken: set[tuple[int, int]] = set()
        self.windows = {1: ("QuickReply", OURS_PID, 7), 2: ("千牛", 200, 8), 3: ("ERP", 300, 9)}
        self.integrity = {OURS_PID: win32.MEDIUM_INTEGRITY, 200: win32.MEDIUM_INTEGRITY}
        self.integrity[300] = win32.HIGH_INTEGRITY
        self.foreground = 2
        self.calls: list[tuple[object, ...]] = []
        self.sent: list[list[tuple[int, bool]]] = []

    def current_thread_id(self) -> int:
        return OUR_THREAD

    def current_process_id(self) -> int:
        return OURS_PID

    def register_hotkey(self, hotkey_id: int, modifiers: int, vk: int) -> bool:
        if (modifiers & ~win32.MOD_NOREPEAT, vk) in self.taken:
            return False
        self.hotkeys[hotkey_id] = (modifiers, vk)
        return True

    def unregister_hotkey(self, hotkey_id: int) -> None:
        del self.hotkeys[hotkey_id]

    def get_message(self) -> tuple[int, int]:
        return self.messages.get(timeout=10)

    def post_thread_message(self, thread_id: int, message: int) -> None:
        self.messages.put((message, 0))

    def press(self, modifiers: int, vk: int) -> None:
        for hotkey_id, (mods, code) in self.hotkeys.items():
            if (mods & ~win32.MOD_NOREPEAT, code) == (modifiers, vk):
                self.messages.put((win32.WM_HOTKEY, hotkey_id))

    def send_keys(self, events: list[tuple[int, bool]]) -> None:
        self.sent.append(events)

    def send_unicode(self, text: str) -> None:
        self.calls.append(("unicode", text))

    def foreground_window(self) -> int:
        return self.foreground

    def is_window(self, hwnd: int) -> bool:
        return hwnd in self.windows

    def window_title(self, hwnd: int) -> str | None:
        return self.windows[hwnd][0]

    def window_thread_process(self, hwnd: int) -> tuple[int, int]:
        _, pid, thread = self.windows[hwnd]
        return thread, pid

    def attach_thread_input(self, thread: int, to_thread: int, attach: bool) -> None:
        self.calls.append(("attach", thread, to_thread, attach))

    def set_foreground_window(self, hwnd: int) -> bool:
        self.calls.append(("set_foreground", hwnd))
        self.foreground = hwnd
        return True

    def restore_window(self, hwnd: int) -> None:
        self.calls.append(("restore", hwnd))

    def process_name(self, pid: int) -> str | None:
        return {200: "AliWorkBench.exe"}.get(pid)

    def process_integrity(self, pid: int) -> int | None:
        return self.integrity.get(pid)


@pytest.fixture
def api() -> FakeUser32:
    return FakeUser32()


@pytest.fixture
def hotkeys(api: FakeUser32) -> Iterator[win32.Win32Hotkeys]:
    registry = win32.Win32Hotkeys(api)
    yield registry
    registry.close()


def test_chord_mapping() -> None:
    assert win32.virtual_key("V") == 0x56 and win32.virtual_key("1") == 0x31
    assert win32.virtual_key("F1") == 0x70 and win32.virtual_key("F12") == 0x7B
    assert win32.virtual_key("Space") == 0x20 and win32.virtual_key("Grave") == 0xC0
    flags = win32.hotkey_modifiers(parse_chord("Ctrl+Alt+Space"))
    assert flags == win32.MOD_CONTROL | win32.MOD_ALT | win32.MOD_NOREPEAT


def test_hotkey_fires_then_is_silent_after_unregister(
    qtbot: QtBot, api: FakeUser32, hotkeys: win32.Win32Hotkeys
) -> None:
    chord = parse_chord("Ctrl+Alt+Space")
    fired: list[int] = []
    hotkeys.register(chord, lambda: fired.append(1))
    with qtbot.waitSignal(hotkeys.activated, timeout=2000) as blocker:
        api.press(win32.MOD_CONTROL | win32.MOD_ALT, 0x20)
    assert blocker.args == [chord] and fired == [1]
    hotkeys.unregister(chord)
    assert api.hotkeys == {}
    api.press(win32.MOD_CONTROL | win32.MOD_ALT, 0x20)
    qtbot.wait(100)
    assert fired == [1]


def test_refused_registration_raises_taken(api: FakeUser32, hotkeys: win32.Win32Hotkeys) -> None:
    api.taken.add((win32.MOD_CONTROL | win32.MOD_ALT, 0x41))
    with pytest.raises(HotkeyTakenError, match=r"Ctrl\+Alt\+A .*RegisterHotKey"):
        hotkeys.register(parse_chord("Ctrl+Alt+A"), lambda: None)
    assert hotkeys.registered == frozenset()


def test_send_chord_presses_and_releases_in_order(api: FakeUser32) -> None:
    keys = win32.Win32Keys(api)
    keys.send_chord(PASTE_CTRL_V)
    keys.send_chord(PASTE_SHIFT_INSERT)
    assert api.sent == [
        [(0x11, False), (0x56, False), (0x56, True), (0x11, True)],
        [(0x10, False), (0x2D, False), (0x2D, True), (0x10, True)],
    ]
    keys.type_text("亲")
    assert api.calls == [("unicode", "亲")]


def test_focus_capture_ignores_our_own_windows(api: FakeUser32) -> None:
    windows = win32.Win32Windows(api)
    target = windows.focused_window()
    assert target is not None and target.title == "千牛" and target.app_id == "AliWorkBench.exe"
    api.foreground = 1  # our popup
    assert windows.focused_window() is None


def test_activate_uses_attach_thread_input(api: FakeUser32) -> None:
    target = win32.Win32Window(api, 2)
    api.foreground = 1
    assert target.activate()
    assert api.calls == [
        ("restore", 2),
        ("attach", OUR_THREAD, 7, True),
        ("set_foreground", 2),
        ("attach", OUR_THREAD, 7, False),
    ]


def test_closed_window_is_not_activated(api: FakeUser32) -> None:
    target = win32.Win32Window(api, 2)
    del api.windows[2]
    assert not target.exists() and not target.activate()


def test_elevated_target_is_flagged(api: FakeUser32) -> None:
    assert win32.Win32Window(api, 3).is_elevated is True
    assert win32.Win32Window(api, 2).is_elevated is False
    api.integrity.pop(300)  # access denied
    assert win32.Win32Window(api, 3).is_elevated is None


def test_create_builds_a_platform(api: FakeUser32) -> None:
    platform = win32.create(api)
    try:
        assert platform.name == "win32" and platform.capabilities.can_detect_elevated_target
    finally:
        platform.close()
        platform.close()  # idempotent
