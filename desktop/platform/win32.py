"""Windows backend: RegisterHotKey on a message-loop thread, SendInput, foreground windows.

Kept thin and testable on Linux: every Win32 call goes through an injected `User32Api` object
(`win32_api.CtypesUser32` in production, a fake in tests), because `ctypes.WinDLL` does not
exist off Windows. RegisterHotKey is the OS's own registration, so hotkeys survive sleep, lock
and Alt+Tab, and a chord held by another program is refused (returns 0) instead of shared.
The `keyboard` package's hotkeys are not used: they hook every keystroke, die after sleep or
lock, and do not report a chord that is already taken. It does send keys (`keyboard_keys`).
"""

from __future__ import annotations

import itertools
import logging
import queue
import threading
import time
from concurrent.futures import Future
from types import ModuleType
from typing import Protocol

from PySide6.QtCore import QTimer

from desktop.platform.base import Capabilities, FocusCallback, HotkeyTakenError, Platform
from desktop.platform.chords import PASTE_CTRL_V, Chord, Modifier
from desktop.platform.hotkey_bridge import HotkeyRegistry
from desktop.platform.keyboard_keys import KeyboardKeys, load_keyboard
from desktop.platform.qt_clipboard import WINDOWS_TRANSIENT_FORMATS, QtClipboard

__all__ = ["User32Api", "Win32Hotkeys", "Win32Keys", "Win32Window", "Win32Windows", "create"]

log = logging.getLogger(__name__)

#: GetForegroundWindow polling period while waiting for the target's focus.
FOCUS_POLL_MS = 2
WM_HOTKEY = 0x0312
WM_APP = 0x8000
WM_QUIT = 0x0012
MOD_ALT, MOD_CONTROL, MOD_SHIFT, MOD_WIN, MOD_NOREPEAT = 0x1, 0x2, 0x4, 0x8, 0x4000
#: Windows mandatory integrity levels (SECURITY_MANDATORY_*_RID).
MEDIUM_INTEGRITY, HIGH_INTEGRITY = 0x2000, 0x3000

_MOD_FLAGS = {Modifier.ALT: MOD_ALT, Modifier.CTRL: MOD_CONTROL}
_MOD_FLAGS |= {Modifier.SHIFT: MOD_SHIFT, Modifier.META: MOD_WIN}
_MOD_VKS = {Modifier.CTRL: 0x11, Modifier.ALT: 0x12, Modifier.SHIFT: 0x10, Modifier.META: 0x5B}
_NAMED_VKS = {
    "Space": 0x20, "Tab": 0x09, "Enter": 0x0D, "Escape": 0x1B, "Backspace": 0x08,
    "Insert": 0x2D, "Delete": 0x2E, "Home": 0x24, "End": 0x23, "PageUp": 0x21,
    "PageDown": 0x22, "Up": 0x26, "Down": 0x28, "Left": 0x25, "Right": 0x27,
    "Grave": 0xC0, "Minus": 0xBD, "Equal": 0xBB, "BracketLeft": 0xDB, "BracketRight": 0xDD,
    "Backslash": 0xDC, "Semicolon": 0xBA, "Apostrophe": 0xDE, "Comma": 0xBC,
    "Period": 0xBE, "Slash": 0xBF,
}  # fmt: skip


def virtual_key(key: str) -> int:
    """The Windows virtual-key code of a canonical chord key."""
    if len(key) == 1 and key.isalnum():
        return ord(key)  # VK_0..VK_9 and VK_A..VK_Z equal their ASCII codes
    if key.startswith("F") and key[1:].isdigit():
        return 0x70 + int(key[1:]) - 1  # VK_F1 = 0x70
    return _NAMED_VKS[key]


def hotkey_modifiers(chord: Chord) -> int:
    """RegisterHotKey modifier flags; MOD_NOREPEAT so holding the chord fires once."""
    flags = MOD_NOREPEAT
    for mod, flag in _MOD_FLAGS.items():
        if mod in chord.modifiers:
            flags |= flag
    return flags


class User32Api(Protocol):
    """The Win32 calls this backend needs (see `win32_api.CtypesUser32`)."""

    def current_thread_id(self) -> int: ...
    def register_hotkey(self, hotkey_id: int, modifiers: int, vk: int) -> bool: ...
    def unregister_hotkey(self, hotkey_id: int) -> None: ...
    def get_message(self) -> tuple[int, int]: ...
    def post_thread_message(self, thread_id: int, message: int) -> None: ...
    def send_keys(self, events: list[tuple[int, bool]]) -> None: ...
    def send_unicode(self, text: str) -> None: ...
    def foreground_window(self) -> int: ...
    def is_window(self, hwnd: int) -> bool: ...
    def window_title(self, hwnd: int) -> str | None: ...
    def window_thread_process(self, hwnd: int) -> tuple[int, int]: ...
    def attach_thread_input(self, thread: int, to_thread: int, attach: bool) -> None: ...
    def set_foreground_window(self, hwnd: int) -> bool: ...
    def restore_window(self, hwnd: int) -> None: ...
    def current_process_id(self) -> int: ...
    def process_name(self, pid: int) -> str | None: ...
    def process_integrity(self, pid: int) -> int | None: ...


class Win32Hotkeys(HotkeyRegistry):
    """RegisterHotKey must be called on the thread that pumps WM_HOTKEY, so all calls are
    marshalled to one message-loop thread (woken with a posted WM_APP)."""

    def __init__(self, api: User32Api) -> None:
        super().__init__()
        self._api = api
        self._ids = itertools.count(1)
        self._chord_ids: dict[Chord, int] = {}
        self._by_id: dict[int, Chord] = {}
        self._requests: queue.Queue[tuple[Future[bool], Chord, bool]] = queue.Queue()
        started: Future[int] = Future()
        self._thread = threading.Thread(
            target=self._run, args=(started,), name="win32-hotkeys", daemon=True
        )
        self._thread.start()
        self._thread_id = started.result(timeout=5)

    def _call(self, chord: Chord, register: bool) -> bool:
        done: Future[bool] = Future()
        self._requests.put((done, chord, register))
        self._api.post_thread_message(self._thread_id, WM_APP)
        return done.result(timeout=5)

    def _grab(self, chord: Chord) -> None:
        if not self._call(chord, True):
            raise HotkeyTakenError(chord, "RegisterHotKey refused it")

    def _ungrab(self, chord: Chord) -> None:
        self._call(chord, False)

    def _run(self, started: Future[int]) -> None:
        started.set_result(self._api.current_thread_id())
        while True:
            message, wparam = self._api.get_message()
            if message == WM_QUIT:
                return
            if message == WM_HOTKEY and wparam in self._by_id:
                self._notify(self._by_id[wparam])
            elif message == WM_APP:
                self._serve_requests()

    def _serve_requests(self) -> None:
        while not self._requests.empty():
            done, chord, register = self._requests.get()
            try:
                done.set_result(self._apply(chord, register))
            except Exception as error:  # hand any ctypes failure back to the caller
                done.set_exception(error)

    def _apply(self, chord: Chord, register: bool) -> bool:
        if not register:
            hotkey_id = self._chord_ids.pop(chord)
            self._by_id.pop(hotkey_id, None)
            self._api.unregister_hotkey(hotkey_id)
            return True
        hotkey_id = next(self._ids)
        if not self._api.register_hotkey(
            hotkey_id, hotkey_modifiers(chord), virtual_key(chord.key)
        ):
            return False
        self._chord_ids[chord], self._by_id[hotkey_id] = hotkey_id, chord
        return True

    def close(self) -> None:
        """Unregister everything and end the message loop (idempotent)."""
        if not self._thread.is_alive():
            return
        super().close()
        self._api.post_thread_message(self._thread_id, WM_QUIT)
        self._thread.join(timeout=2)


class Win32Keys:
    """SendInput for chords and KEYEVENTF_UNICODE typing (IME-independent, CJK-safe)."""

    def __init__(self, api: User32Api) -> None:
        self._api = api

    def send_chord(self, chord: Chord) -> None:
        """Modifiers down, key down/up, modifiers up - in one SendInput batch."""
        vks = [vk for mod, vk in _MOD_VKS.items() if mod in chord.modifiers]
        vks.append(virtual_key(chord.key))
        events = [(vk, False) for vk in vks] + [(vk, True) for vk in reversed(vks)]
        self._api.send_keys(events)

    def type_text(self, text: str) -> None:
        """Type each character as a Unicode key event."""
        self._api.send_unicode(text)

    def warm(self) -> None:
        """Virtual-key codes are constants: nothing to look up."""

    def prepare(self) -> None:
        """SendInput needs no key state read ahead."""

    def click(self, button: int) -> None:
        """The Windows popup takes no pointer grab: nothing to pass on."""


class Win32Window:
    """A top-level window (HWND) of another process."""

    def __init__(self, api: User32Api, hwnd: int) -> None:
        self._api, self.hwnd = api, hwnd
        self._thread, self.pid = api.window_thread_process(hwnd)

    @property
    def title(self) -> str | None:
        """GetWindowTextW."""
        return self._api.window_title(self.hwnd)

    @property
    def app_id(self) -> str | None:
        """The executable name, e.g. "AliWorkBench.exe"."""
        return self._api.process_name(self.pid)

    @property
    def is_elevated(self) -> bool | None:
        """True when the target's integrity level is above ours (UIPI drops our SendInput)."""
        theirs = self._api.process_integrity(self.pid)
        ours = self._api.process_integrity(self._api.current_process_id())
        if theirs is None or ours is None:
            return None
        return theirs > ours

    def exists(self) -> bool:
        """IsWindow."""
        return self._api.is_window(self.hwnd)

    def activate(self) -> bool:
        """SetForegroundWindow, allowed by attaching our input to the current foreground thread.

        Windows refuses SetForegroundWindow from a background process unless its input queue
        is attached to the foreground window's thread (the AttachThreadInput trick).
        """
        if not self.exists():
            return False
        self._api.restore_window(self.hwnd)
        ours = self._api.current_thread_id()
        foreground = self._api.foreground_window()
        fg_thread = self._api.window_thread_process(foreground)[0] if foreground else 0
        attach = fg_thread not in (0, ours)
        if attach:
            self._api.attach_thread_input(ours, fg_thread, True)
        try:
            self._api.set_foreground_window(self.hwnd)
        finally:
            if attach:
                self._api.attach_thread_input(ours, fg_thread, False)
        return self._api.foreground_window() == self.hwnd

    def when_focused(self, callback: FocusCallback, timeout_ms: int) -> None:
        """Poll GetForegroundWindow every FOCUS_POLL_MS until it is this window (Windows posts
        no focus event to other processes); `callback(False)` after `timeout_ms`.
        Not verified on Windows (no Windows machine in CI)."""
        if self._api.foreground_window() == self.hwnd:
            callback(True)
            return
        deadline = time.monotonic() + timeout_ms / 1000

        def poll() -> None:
            if self._api.foreground_window() == self.hwnd:
                callback(True)
            elif time.monotonic() >= deadline:
                callback(False)
            else:
                QTimer.singleShot(FOCUS_POLL_MS, poll)

        QTimer.singleShot(FOCUS_POLL_MS, poll)


class Win32Windows:
    """GetForegroundWindow, ignoring windows of our own process (the popup)."""

    def __init__(self, api: User32Api) -> None:
        self._api = api

    def focused_window(self) -> Win32Window | None:
        """The foreground window unless it is ours."""
        hwnd = self._api.foreground_window()
        if not hwnd:
            return None
        window = Win32Window(self._api, hwnd)
        return None if window.pid == self._api.current_process_id() else window


CAPABILITIES = Capabilities(
    global_hotkeys_available=True,
    can_send_keys=True,
    can_type_text=True,
    can_read_window_title=True,
    can_activate_window=True,
    can_restore_rich_clipboard=True,
    can_mark_clipboard_transient=True,
    can_detect_elevated_target=True,
    notes=("Windows paste timings are not measured yet; defaults come from X11",),
)


def create(api: User32Api | None = None, keyboard_module: ModuleType | None = None) -> Platform:
    """Build the Windows platform; `api` and `keyboard_module` are injected by tests.

    Keys go through the `keyboard` package when it loads, else through SendInput.
    """
    if api is None:
        from desktop.platform.win32_api import CtypesUser32

        api = CtypesUser32()
    hotkeys = Win32Hotkeys(api)
    keyboard = load_keyboard() if keyboard_module is None else keyboard_module
    keys: Win32Keys | KeyboardKeys = KeyboardKeys(keyboard) if keyboard else Win32Keys(api)
    return Platform(
        name="win32",
        # Qt flushes the clipboard at exit on Windows, so it must outlive us: no clearing.
        clipboard=QtClipboard(WINDOWS_TRANSIENT_FORMATS, clear_at_exit=False),
        hotkeys=hotkeys,
        keys=keys,
        windows=Win32Windows(api),
        capabilities=CAPABILITIES,
        paste_chord=PASTE_CTRL_V,
        close=hotkeys.close,
    )
