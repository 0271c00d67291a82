"""The interfaces the app needs from the OS, and their value types - nothing else.

The app (tray, popup, insertion) only talks to these. Each backend module (`x11`, `win32`,
`fake`, `unsupported`) implements them; `desktop.platform.detect()` picks one.

Exceptions::

    PlatformError                  anything the OS layer refuses
    ├── HotkeyTakenError           another program (or we) already own the chord
    └── HotkeyUnavailableError     this session cannot have global hotkeys (Wayland, macOS)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from desktop.platform.chords import Chord

__all__ = [
    "Capabilities",
    "Clipboard",
    "ClipboardContent",
    "ClipboardSnapshot",
    "HotkeyTakenError",
    "HotkeyUnavailableError",
    "Hotkeys",
    "Keys",
    "Platform",
    "PlatformError",
    "FocusCallback",
    "ReadCallback",
    "ReplyImage",
    "TargetWindow",
    "Windows",
]


class PlatformError(RuntimeError):
    """The OS layer could not do what was asked."""


class HotkeyTakenError(PlatformError):
    """A chord could not be registered because someone else holds it.

    Attributes:
        chord: The chord that was refused.
    """

    def __init__(self, chord: Chord, detail: str = "") -> None:
        self.chord = chord
        why = f" ({detail})" if detail else ""
        super().__init__(f"hotkey {chord} is already taken by another program{why}")


class HotkeyUnavailableError(PlatformError):
    """Global hotkeys do not exist in this session (see `Capabilities.notes`)."""


@dataclass(frozen=True)
class Capabilities:
    """What this backend can really do; the UI greys out or explains instead of branching on OS.

    Attributes:
        global_hotkeys_available: Chords can be grabbed system-wide.
        can_send_keys: The paste chord can be synthesised into another application.
        can_type_text: Text can be typed key by key (the per-app "type the text" fallback).
        can_read_window_title: `TargetWindow.title` is meaningful.
        can_activate_window: A remembered window can be re-activated before pasting.
        can_restore_rich_clipboard: Snapshots keep every format (images, HTML, files).
        can_mark_clipboard_transient: Our temporary clipboard is hidden from clipboard history.
        can_detect_elevated_target: `TargetWindow.is_elevated` is meaningful (Windows UIPI).
        popup_grabs_keyboard: The popup takes the keyboard with a grab and leaves the chat
            window its focus (X11), so the paste needs no re-activation; else it is activated.
        notes: Human-readable reasons for the flags that are False.
    """

    global_hotkeys_available: bool = False
    can_send_keys: bool = False
    can_type_text: bool = False
    can_read_window_title: bool = False
    can_activate_window: bool = False
    can_restore_rich_clipboard: bool = False
    can_mark_clipboard_transient: bool = False
    can_detect_elevated_target: bool = False
    popup_grabs_keyboard: bool = False
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class ClipboardSnapshot:
    """Every format that was on the clipboard, as (MIME type, bytes) pairs, for a later restore.

    An empty snapshot means the clipboard was empty; restoring it clears the clipboard.
    """

    items: tuple[tuple[str, bytes], ...] = ()

    @property
    def formats(self) -> tuple[str, ...]:
        """The MIME types held, in their original order."""
        return tuple(fmt for fmt, _ in self.items)

    def get(self, fmt: str) -> bytes | None:
        """The bytes stored for `fmt`, or None."""
        return next((data for f, data in self.items if f == fmt), None)


@dataclass(frozen=True)
class ReplyImage:
    """One image a reply carries: its MIME type ("image/png", "image/jpeg") and its bytes."""

    type: str
    data: bytes


@dataclass(frozen=True)
class ClipboardContent:
    """What we put on the clipboard for one paste.

    Attributes:
        text: Offered as text/plain ("" with images: no text/plain at all, the image alone).
        html: Offered as text/html when given (with images: the text and data-URI <img>s).
        images: Offered as image/png (the first one; rich editors take it when they ignore
            the HTML).
    """

    text: str
    html: str | None = None
    images: tuple[ReplyImage, ...] = ()


#: Called with the MIME type each time another program reads our clipboard content.
ReadCallback = Callable[[str], None]
#: Called once with True when the OS confirmed the focus, False when the wait timed out.
FocusCallback = Callable[[bool], None]


class Clipboard(Protocol):
    """The system clipboard (CLIPBOARD selection on X11)."""

    def snapshot(self) -> ClipboardSnapshot:
        """Copy every format currently offered, images included."""
        ...

    def restore(self, snapshot: ClipboardSnapshot) -> None:
        """Offer exactly the formats of `snapshot` again (empty snapshot: clear)."""
        ...

    def put(
        self, content: ClipboardContent, *, transient: bool, on_read: ReadCallback | None
    ) -> None:
        """Offer `content`; mark it for clipboard managers to skip when `transient`.

        `on_read` is called (on the GUI thread) whenever another program reads it; that is
        how the paste flow knows the target has taken the text.
        """
        ...

    def warm(self) -> None:
        """Do once, at start, the slow first-time work of `snapshot`/`put` (no clipboard change)."""
        ...


class TargetWindow(Protocol):
    """A top-level window of another application that we will paste into."""

    @property
    def title(self) -> str | None:
        """The window title, or None when unknown."""
        ...

    @property
    def app_id(self) -> str | None:
        """A stable application name for per-app settings (X11 WM_CLASS, Windows exe name)."""
        ...

    @property
    def is_elevated(self) -> bool | None:
        """True when the window's process has higher privileges than us (keys may be blocked)."""
        ...

    def exists(self) -> bool:
        """Whether the window is still open."""
        ...

    def activate(self) -> bool:
        """Bring the window to the front and give it keyboard focus ourselves.

        Returns:
            False when the window is gone or refused focus.
        """
        ...

    def when_focused(self, callback: FocusCallback, timeout_ms: int) -> None:
        """Call `callback(True)` once the OS confirms this window has the keyboard focus.

        Event-driven where the OS tells us (X11: FocusIn / _NET_ACTIVE_WINDOW), at once when it
        already has it; `callback(False)` after `timeout_ms` without confirmation. Called on the
        GUI thread, possibly before this method returns.
        """
        ...


class Windows(Protocol):
    """Finds the window the user was working in."""

    def focused_window(self) -> TargetWindow | None:
        """The focused top-level window of *another* process (ours are ignored), or None."""
        ...


class Hotkeys(Protocol):
    """System-wide hotkeys. Callbacks always run on the Qt GUI thread."""

    def register(self, chord: Chord, callback: Callable[[], None]) -> None:
        """Grab `chord` and call `callback` on the GUI thread whenever it is pressed.

        Raises:
            HotkeyTakenError: Another program (or an earlier `register`) holds the chord.
            HotkeyUnavailableError: The session has no global hotkeys.
        """
        ...

    def unregister(self, chord: Chord) -> None:
        """Release `chord`; pressing it afterwards reaches the focused application again."""
        ...

    def close(self) -> None:
        """Release every chord and stop any background thread."""
        ...


class Keys(Protocol):
    """Synthesised keyboard input into whichever window has focus."""

    def send_chord(self, chord: Chord) -> None:
        """Press and release `chord` (e.g. the paste chord)."""
        ...

    def type_text(self, text: str) -> None:
        """Type `text` character by character (for targets that refuse pasting)."""
        ...

    def warm(self) -> None:
        """Look up, once at start, what the first `send_chord` would otherwise fetch."""
        ...

    def prepare(self) -> None:
        """Read ahead, at the start of an insertion, what the next `send_chord` needs."""
        ...

    def click(self, button: int) -> None:
        """Press and release mouse `button` (1 left, 2 middle, 3 right) where the pointer is:
        a click a grabbing popup took is passed on to the window under it."""
        ...


def _no_close() -> None:
    """Default `Platform.close`: nothing to release."""


@dataclass(frozen=True)
class Platform:
    """One backend's implementations, built by `desktop.platform.detect()`.

    Attributes:
        name: Backend name ("x11", "win32", "fake", "wayland", "macos", "headless").
        clipboard: The system clipboard.
        hotkeys: Global hotkeys (bridged to the GUI thread).
        keys: Synthesised key input.
        windows: Focus capture (the target window).
        capabilities: What really works here.
        paste_chord: The default paste chord for this OS.
        close: Releases grabs, threads and display connections.
    """

    name: str
    clipboard: Clipboard
    hotkeys: Hotkeys
    keys: Keys
    windows: Windows
    capabilities: Capabilities
    paste_chord: Chord
    close: Callable[[], None] = field(default=_no_close)
