"""X11 backend: python-xlib key grabs and focus, XTEST key sending, QClipboard. No root needed.

Hotkeys are *grabbed* (XGrabKey on the root window), so the chat window never sees them -
unlike pynput's XRECORD GlobalHotKeys, which only observes. Grabs live in the X server, so they
survive screen lock, suspend and Alt+Tab. Each backend part uses its own Display connection,
because python-xlib connections must not be shared between our grab thread and the GUI thread.
"""

from __future__ import annotations

import logging
import os
import select
import shutil
import subprocess
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from Xlib import XK, X, display, error
from Xlib.ext import xtest
from Xlib.protocol import event as xevent

from desktop.platform.base import (
    Capabilities,
    FocusCallback,
    HotkeyTakenError,
    Platform,
    PlatformError,
)
from desktop.platform.chords import COPY_CTRL_C, PASTE_CTRL_V, PASTE_SHIFT_INSERT, Chord, Modifier
from desktop.platform.hotkey_bridge import HotkeyRegistry
from desktop.platform.qt_clipboard import X11_TRANSIENT_FORMATS, QtClipboard
from desktop.platform.qt_xcb import sync_qt_connection
from desktop.platform.x11_focus import FocusWatcher
from desktop.platform.x11_owner import SelectionOwner, X11Clipboard
from desktop.platform.x11_selection import SelectionClock

__all__ = ["X11Hotkeys", "X11Keys", "X11Window", "X11Windows", "create", "keysym_name"]

log = logging.getLogger(__name__)

_KEYSYM_NAMES = {
    "Enter": "Return",
    "Backspace": "BackSpace",
    "PageUp": "Prior",
    "PageDown": "Next",
    "Grave": "grave",
    "Minus": "minus",
    "Equal": "equal",
    "BracketLeft": "bracketleft",
    "BracketRight": "bracketright",
    "Backslash": "backslash",
    "Semicolon": "semicolon",
    "Apostrophe": "apostrophe",
    "Comma": "comma",
    "Period": "period",
    "Slash": "slash",
    "Space": "space",
}
#: Longest wait for the hotkey's own key to come up before sending keys (a held key is
#: released within 50-150 ms by a typing hand; after that we send anyway).
KEY_RELEASE_WAIT_S = 0.5
_UNREAD = object()  # an X11Window's app id before it was read
#: Longest wait for the agent's click to come up before passing it on.
CLICK_WAIT_S = 0.5
#: How old `prepare`'s key state may be when the chord goes (an insertion takes a few ms).
PRIMED_KEYS_S = 0.2
_MODIFIER_MASKS = {
    Modifier.CTRL: X.ControlMask,
    Modifier.ALT: X.Mod1Mask,
    Modifier.SHIFT: X.ShiftMask,
    Modifier.META: X.Mod4Mask,
}
_MODIFIER_KEYSYMS = {
    Modifier.CTRL: "Control_L",
    Modifier.ALT: "Alt_L",
    Modifier.SHIFT: "Shift_L",
    Modifier.META: "Super_L",
}


def keysym_name(key: str) -> str:
    """The X keysym name for a canonical chord key ("A" -> "a", "PageUp" -> "Prior")."""
    if len(key) == 1 and key.isalpha():
        return key.lower()
    return _KEYSYM_NAMES.get(key, key)


def _keycode(dpy: display.Display, name: str) -> int:
    keycode = int(dpy.keysym_to_keycode(XK.string_to_keysym(name)))
    if keycode == 0:
        raise PlatformError(f"key {name!r} is not on the current keyboard layout")
    return keycode


def _modifier_mask(chord: Chord) -> int:
    mask = 0
    for mod, bit in _MODIFIER_MASKS.items():
        if mod in chord.modifiers:
            mask |= bit
    return mask


def _window_id(window: Any) -> int:
    """A focus reply's window id (PointerRoot and None come back as plain ints)."""
    return int(window.id) if hasattr(window, "id") else int(window or 0)


def _lock_masks(dpy: display.Display) -> list[int]:
    """Every combination of CapsLock, NumLock and ScrollLock masks (CopyQ grabs them all).

    NumLock/ScrollLock sit on a layout-dependent ModN, so look them up in the modifier map.
    """
    locks = {X.LockMask}
    wanted = {_keycode_or_0(dpy, "Num_Lock"), _keycode_or_0(dpy, "Scroll_Lock")} - {0}
    for index, keycodes in enumerate(dpy.get_modifier_mapping()):
        if wanted & set(keycodes):
            locks.add(1 << index)
    combos = {0}
    for lock in locks:
        combos |= {c | lock for c in combos}
    return sorted(combos)


def _keycode_or_0(dpy: display.Display, name: str) -> int:
    return int(dpy.keysym_to_keycode(XK.string_to_keysym(name)))


class X11Hotkeys(HotkeyRegistry):
    """XGrabKey hotkeys on a dedicated Display connection, read by a daemon thread."""

    def __init__(self, display_name: str | None = None) -> None:
        super().__init__()
        self._dpy = display.Display(display_name)
        self._root = self._dpy.screen().root
        self._locks = _lock_masks(self._dpy)
        self._grabs: dict[tuple[int, int], Chord] = {}  # (keycode, modifier mask) -> chord
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="x11-hotkeys", daemon=True)
        self._thread.start()

    def _grab(self, chord: Chord) -> None:
        keycode, mask = _keycode(self._dpy, keysym_name(chord.key)), _modifier_mask(chord)
        catcher = error.CatchError(error.BadAccess)
        with self._lock:
            for lock in self._locks:
                self._root.grab_key(
                    keycode, mask | lock, False, X.GrabModeAsync, X.GrabModeAsync, onerror=catcher
                )
            self._dpy.sync()  # errors arrive asynchronously; sync makes BadAccess visible now
            if catcher.get_error() is not None:
                self._ungrab_codes(keycode, mask)
                self._dpy.sync()
                raise HotkeyTakenError(chord, "X11 BadAccess: another client grabbed it")
            self._grabs[(keycode, mask)] = chord

    def grabbed_keycodes(self) -> set[int]:
        """Keycodes of our grabbed chords (their press starts an active keyboard grab)."""
        with self._lock:
            return {keycode for keycode, _mask in self._grabs}

    def _ungrab(self, chord: Chord) -> None:
        keycode, mask = _keycode(self._dpy, keysym_name(chord.key)), _modifier_mask(chord)
        with self._lock:
            self._grabs.pop((keycode, mask), None)
            self._ungrab_codes(keycode, mask)
            self._dpy.sync()

    def _ungrab_codes(self, keycode: int, mask: int) -> None:
        for lock in self._locks:
            self._root.ungrab_key(keycode, mask | lock)

    def _run(self) -> None:
        """Wait for grabbed key presses; poll so `close` can stop us without a wake-up pipe."""
        strip = ~max(self._locks) & 0xFF  # the largest combination holds every lock bit
        while not self._stop.is_set():
            select.select([self._dpy.fileno()], [], [], 0.1)
            with self._lock:  # the GUI thread's grab/sync may also have queued events
                events = [self._dpy.next_event() for _ in range(self._dpy.pending_events())]
            for event in events:
                if event.type == X.KeyPress:
                    chord = self._grabs.get((event.detail, event.state & strip))
                    if chord is not None:
                        self._release_keyboard()
                        self._notify(chord)

    def _release_keyboard(self) -> None:
        """End the keyboard grab our chord's press started, before anyone hears of it.

        The popup takes the keyboard with a grab of its own, which the X server refuses while
        another client holds one - and a passive grab's active grab lasts until the key comes
        up. The keys still held then reach the chat window as releases only.
        """
        with self._lock:
            self._dpy.ungrab_keyboard(X.CurrentTime)
            self._dpy.sync()

    def close(self) -> None:
        """Release every grab, stop the thread and close the connection (idempotent)."""
        if self._stop.is_set():
            return
        super().close()
        self._stop.set()
        self._thread.join(timeout=2)
        self._dpy.close()


class X11Keys:
    """Sends chords through the XTEST extension (no root; Xvfb has it too).

    Args:
        display_name: The X display (None: $DISPLAY).
        grabbed: Keycodes of our grabbed hotkeys; keys are held back only while one of them is
            down (None: while any ordinary key is down). Enter in the popup is not grabbed, so
            the agent's finger still on it does not delay the paste.
    """

    def __init__(
        self, display_name: str | None = None, grabbed: Callable[[], set[int]] | None = None
    ) -> None:
        self._dpy = display.Display(display_name)
        self._grabbed = grabbed
        self._modifiers: set[int] = set()  # keycodes on the modifier map
        self._primed: tuple[float, set[int]] | None = None  # (when, keys down) from `prepare`
        if not self._dpy.has_extension("XTEST"):
            raise PlatformError("the X server has no XTEST extension")

    def warm(self) -> None:
        """Look up the paste and copy chords' keycodes and the key state once (round trips
        the first insertion would otherwise pay)."""
        for chord in (PASTE_CTRL_V, PASTE_SHIFT_INSERT, COPY_CTRL_C):
            _keycode(self._dpy, keysym_name(chord.key))
        self._modifiers = self._modifier_codes()
        self._keys_down()

    def prepare(self) -> None:
        """Read the key state now, while the X server is idle (the modifier map is read at
        warm-up and again after each chord), after Qt's own requests reached the server.

        Right after the chat window is activated the server is busy with the window manager's
        and the target's requests, and each round trip then took ~1 ms (measured under
        openbox with Chromium); `send_chord` uses this reading instead of asking again.
        """
        sync_qt_connection()  # a grab our popup just gave up is over before the chord
        if not self._modifiers:
            self._modifiers = self._modifier_codes()
        self._primed = (time.monotonic(), self._keys_down())

    def send_chord(self, chord: Chord) -> None:
        """Press modifiers, tap the key, release in reverse order, then flush.

        Modifiers still held from the hotkey (the agent's fingers on Ctrl+Alt of Ctrl+Alt+1)
        are lifted for the chord and put back after, as `xdotool --clearmodifiers` does:
        otherwise the target sees Ctrl+Alt+V, which pastes nothing (measured with mousepad).
        """
        codes = [
            _keycode(self._dpy, name)
            for mod, name in _MODIFIER_KEYSYMS.items()
            if mod in chord.modifiers
        ]
        codes.append(_keycode(self._dpy, keysym_name(chord.key)))
        down = self._wait_for_key_release()
        held = [code for code in sorted(down & self._modifiers) if code not in codes]
        for code in held:
            xtest.fake_input(self._dpy, X.KeyRelease, code)
        for code in codes:
            xtest.fake_input(self._dpy, X.KeyPress, code)
        for code in reversed(codes):
            xtest.fake_input(self._dpy, X.KeyRelease, code)
        for code in held:
            xtest.fake_input(self._dpy, X.KeyPress, code)
        self._dpy.flush()  # no reply to wait for: the server handles them in this order
        QTimer.singleShot(0, self._refresh_modifiers)  # a layout may change; not on the way

    def _refresh_modifiers(self) -> None:
        try:
            self._modifiers = self._modifier_codes()
        except (error.ConnectionClosedError, OSError):
            log.debug("keys: connection closed")

    def click(self, button: int) -> None:
        """XTEST press and release of `button`, once the pointer is free and the button up.

        The server ignores a press of a button that is still down: passed on while the
        agent's own click was not yet released, it became a lone release (1 click in 10 was
        lost that way). A grab still held (our popup's, not yet given up) would take it too.
        """
        sync_qt_connection()
        root = self._dpy.screen().root
        mask = {1: X.Button1Mask, 2: X.Button2Mask, 3: X.Button3Mask}.get(button, 0)
        deadline = time.monotonic() + CLICK_WAIT_S
        while time.monotonic() < deadline:
            if not root.query_pointer().mask & mask and self._pointer_free(root):
                break
            time.sleep(0.005)
        xtest.fake_input(self._dpy, X.ButtonPress, button)
        xtest.fake_input(self._dpy, X.ButtonRelease, button)
        self._dpy.flush()

    def _pointer_free(self, root: Any) -> bool:
        """No other client holds the pointer (a grab of ours is let go at once)."""
        status = root.grab_pointer(False, 0, X.GrabModeAsync, X.GrabModeAsync, 0, 0, X.CurrentTime)
        if status == X.GrabSuccess:
            self._dpy.ungrab_pointer(X.CurrentTime)
            return True
        return False

    def _keys_down(self) -> set[int]:
        keymap = self._dpy.query_keymap()  # 32 bytes, one bit per keycode
        return {i * 8 + bit for i, bits in enumerate(keymap) for bit in range(8) if bits >> bit & 1}

    def _modifier_codes(self) -> set[int]:
        return {code for codes in self._dpy.get_modifier_mapping() for code in codes if code}

    def _wait_for_key_release(self) -> set[int]:
        """Wait (briefly) until no grabbed key is down; returns the keys down then.

        A grabbed hotkey's press starts an active keyboard grab that lasts until that key is
        released: keys we send before then go to our own grab, not to the chat window (a
        favourite key pasted nothing 2 times in 6 under Xvfb when the 1 was still down).
        The first look is `prepare`'s reading when it is fresh; then one keymap query per look.
        """
        if not self._modifiers:  # read at warm-up and in `prepare`
            self._modifiers = self._modifier_codes()
        now = time.monotonic()
        deadline = now + KEY_RELEASE_WAIT_S
        primed, self._primed = self._primed, None
        if primed is not None and now - primed[0] < PRIMED_KEYS_S:
            down = primed[1]
        else:
            down = self._keys_down()
        while self._blocking(down) and time.monotonic() < deadline:
            time.sleep(0.005)
            down = self._keys_down()
        return down

    def _blocking(self, down: set[int]) -> set[int]:
        ordinary = down - self._modifiers
        if self._grabbed is not None and ordinary:
            return ordinary & self._grabbed()
        return ordinary

    def type_text(self, text: str) -> None:
        """Type via xdotool: pynput's Controller.type() mangles CJK (keysym remapping races)."""
        if shutil.which("xdotool") is None:
            raise PlatformError("typing text needs xdotool (apt install xdotool)")
        subprocess.run(["xdotool", "type", "--delay", "20", "--", text], check=True, timeout=60)

    def close(self) -> None:
        """Close the connection."""
        self._dpy.close()


class X11Window:
    """A top-level X11 client window."""

    def __init__(self, dpy: display.Display, wid: int, watcher: FocusWatcher | None = None) -> None:
        self._dpy, self.wid = dpy, wid
        self._window = dpy.create_resource_object("window", wid)
        self._watcher = watcher
        self._focused_now = False  # `activate` already saw the server give us the focus
        self._app_id: object = _UNREAD

    def _property(self, name: str, type_: int = X.AnyPropertyType) -> Any:
        prop = self._window.get_full_property(self._dpy.intern_atom(name), type_)
        return None if prop is None else prop.value

    @property
    def title(self) -> str | None:
        """_NET_WM_NAME (UTF-8), falling back to the legacy WM_NAME."""
        try:
            value = self._property("_NET_WM_NAME", self._dpy.intern_atom("UTF8_STRING"))
            value = value if value is not None else self._window.get_wm_name()
        except error.XError:
            return None
        if isinstance(value, bytes):
            return value.decode("utf-8", "replace")
        return value or None

    @property
    def app_id(self) -> str | None:
        """The WM_CLASS class name (e.g. "Chromium", "XTerm"); read once (a client sets it
        before mapping its window), when the window is captured - not on the way to the paste."""
        if self._app_id is _UNREAD:
            try:
                wm_class = self._window.get_wm_class()
            except error.XError:
                return None
            self._app_id = wm_class[1] if wm_class else None
        return self._app_id  # type: ignore[return-value]

    @property
    def pid(self) -> int | None:
        """_NET_WM_PID, when the client sets it."""
        try:
            value = self._property("_NET_WM_PID", X.AnyPropertyType)
        except error.XError:
            return None
        return int(value[0]) if value is not None and len(value) else None

    @property
    def is_elevated(self) -> bool | None:
        """X11 has no privilege barrier for synthetic keys (no UIPI)."""
        return False

    def exists(self) -> bool:
        """Whether the window still exists on the server (False once we closed our connection)."""
        try:
            self._window.get_attributes()
        except (error.XError, error.ConnectionClosedError):
            return False
        return True

    def activate(self) -> bool:
        """Ask the window manager (_NET_ACTIVE_WINDOW), then set focus ourselves.

        Without a window manager the client message does nothing and focus would fall to the
        root window when our popup hides, losing the paste (measured) - hence set_input_focus.
        A window that is not viewable (minimised) refuses set_input_focus (BadMatch) but the
        window manager maps it: that still counts, `when_focused` waits for its FocusIn.
        A window that is gone fails with BadWindow (no separate existence check: one round
        trip less on the way to the paste).

        One round trip: the server's answer to "who has the focus", asked right after, also
        brings any error of the requests before it, and usually already confirms the focus.
        When the window has the focus already (our popup held the keyboard by a grab, the chat
        window kept its focus) nothing is sent: re-activating it would only make it redraw.
        """
        try:
            if _window_id(self._dpy.get_input_focus().focus) == self.wid:
                self._focused_now = True
                return True
        except (error.ConnectionClosedError, OSError):
            return False
        root = self._dpy.screen().root
        atom = self._dpy.intern_atom("_NET_ACTIVE_WINDOW")
        # source 2 = "pager": window managers honour it without focus-stealing prevention
        event = xevent.ClientMessage(
            window=self._window, client_type=atom, data=(32, [2, X.CurrentTime, 0, 0, 0])
        )
        mask = X.SubstructureRedirectMask | X.SubstructureNotifyMask
        catcher = error.CatchError()
        root.send_event(event, event_mask=mask)
        self._window.configure(stack_mode=X.Above, onerror=catcher)
        self._window.set_input_focus(X.RevertToParent, X.CurrentTime, onerror=catcher)
        try:
            focus = self._dpy.get_input_focus().focus
        except (error.ConnectionClosedError, OSError):
            return False
        self._focused_now = _window_id(focus) == self.wid
        failure = catcher.get_error()
        return failure is None or isinstance(failure, error.BadMatch)

    def when_focused(self, callback: FocusCallback, timeout_ms: int) -> None:
        """At once when `activate` saw the focus arrive; else FocusIn on this window or
        _NET_ACTIVE_WINDOW equal to it (see `x11_focus`)."""
        if self._focused_now:
            self._focused_now = False
            callback(True)
            return
        if self._watcher is None:
            self._watcher = FocusWatcher(self._dpy)
        self._watcher.wait(self.wid, callback, timeout_ms)


class X11Windows:
    """Finds the window that has focus, ignoring our own (same _NET_WM_PID)."""

    def __init__(self, display_name: str | None = None) -> None:
        self._dpy = display.Display(display_name)
        self._root = self._dpy.screen().root
        self._watcher: FocusWatcher | None = None  # built on first use: needs the Qt app

    def focused_window(self) -> X11Window | None:
        """_NET_ACTIVE_WINDOW when a window manager sets it, else the input focus' top level."""
        wid = self._active_window() or self._toplevel(self._dpy.get_input_focus().focus)
        if not wid:
            return None
        if self._watcher is None:
            self._watcher = FocusWatcher(self._dpy)
        window = X11Window(self._dpy, wid, self._watcher)
        if window.pid == os.getpid():
            return None
        window.app_id  # noqa: B018 - read now: the paste needs it, the popup has yet to show
        return window

    def _active_window(self) -> int:
        prop = self._root.get_full_property(
            self._dpy.intern_atom("_NET_ACTIVE_WINDOW"), X.AnyPropertyType
        )
        return int(prop.value[0]) if prop is not None and len(prop.value) else 0

    def _toplevel(self, window: Any) -> int:
        """Climb from the focused (possibly child) window to the root's direct child."""
        if not hasattr(window, "query_tree"):  # PointerRoot / None are plain ints
            return 0
        while True:
            tree = window.query_tree()
            if tree.parent == 0 or tree.parent.id == self._root.id:
                return int(window.id) if window.id != self._root.id else 0
            window = tree.parent

    def close(self) -> None:
        """Close the connection."""
        self._dpy.close()


CAPABILITIES = Capabilities(
    global_hotkeys_available=True,
    can_send_keys=True,
    can_type_text=shutil.which("xdotool") is not None,
    can_read_window_title=True,
    can_activate_window=True,
    can_restore_rich_clipboard=True,
    can_mark_clipboard_transient=True,
    can_detect_elevated_target=False,
    popup_grabs_keyboard=True,
    notes=("X11 has no privilege barrier, so elevated targets are not detected (none exist)",),
)


def create(display_name: str | None = None) -> Platform:
    """Connect to the X server and build the X11 platform (call after QApplication)."""
    hotkeys = X11Hotkeys(display_name)
    keys = X11Keys(display_name, grabbed=hotkeys.grabbed_keycodes)
    windows = X11Windows(display_name)
    clock = SelectionClock(display_name)
    owner = SelectionOwner(display_name)

    closed: list[bool] = []

    def close() -> None:
        if closed:  # the app may call it twice (hotkeys first, then the platform)
            return
        closed.append(True)
        hotkeys.close()
        keys.close()
        windows.close()
        clock.close()
        owner.close()

    return Platform(
        name="x11",
        clipboard=X11Clipboard(
            QtClipboard(X11_TRANSIENT_FORMATS, clear_at_exit=True, clock=clock), owner
        ),
        hotkeys=hotkeys,
        keys=keys,
        windows=windows,
        capabilities=CAPABILITIES,
        paste_chord=PASTE_CTRL_V,
        close=close,
    )
