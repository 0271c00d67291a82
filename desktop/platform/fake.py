"""A complete in-memory backend: for unit tests, GUI tests and ``--platform fake`` start-ups.

It behaves like a small desktop: fake windows with titles that can be focused and closed, a
clipboard with formats that remembers transient marks and tells us when it is read, a keyboard
that records chords and - when the paste chord reaches a focused window - makes that window
read the clipboard, and hotkeys that a test can `press`.

Example::

    fake = FakeBackend()
    chat = fake.windows.open("千牛 - 买家咨询", app_id="AliWorkBench")
    platform = fake.platform()
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from desktop.platform.base import (
    Capabilities,
    ClipboardContent,
    ClipboardSnapshot,
    FocusCallback,
    HotkeyTakenError,
    Platform,
    ReadCallback,
)
from desktop.platform.chords import COPY_CTRL_C, PASTE_CTRL_V, PASTE_SHIFT_INSERT, Chord
from desktop.platform.hotkey_bridge import HotkeyRegistry

__all__ = [
    "FAKE_CAPABILITIES",
    "PNG",
    "FakeBackend",
    "FakeClipboard",
    "FakeHotkeys",
    "FakeKeys",
    "FakeWindow",
    "FakeWindows",
]

TEXT = "text/plain"
HTML = "text/html"
PNG = "image/png"
TRANSIENT_FORMAT = "x-kde-passwordManagerHint"


class FakeClipboard:
    """An in-memory clipboard holding (MIME type, bytes) pairs.

    Attributes:
        items: The formats currently offered.
        transient: Whether the current content is marked for clipboard managers to skip.
        reads: Every format read through `read` (by fake targets or tests), in order.
        fail_next_put: Set to an exception to make the next `put` raise it.
    """

    def __init__(self) -> None:
        self.items: dict[str, bytes] = {}
        self.transient = False
        self.reads: list[str] = []
        self.fail_next_put: Exception | None = None
        self._on_read: ReadCallback | None = None

    def snapshot(self) -> ClipboardSnapshot:
        """Copy every format."""
        return ClipboardSnapshot(tuple(self.items.items()))

    def restore(self, snapshot: ClipboardSnapshot) -> None:
        """Offer exactly the snapshot's formats again."""
        self._replace(dict(snapshot.items), transient=False, on_read=None)

    def put(
        self, content: ClipboardContent, *, transient: bool, on_read: ReadCallback | None
    ) -> None:
        """Offer text (and HTML, and the first image as PNG); the mark is a real format."""
        if self.fail_next_put is not None:
            error, self.fail_next_put = self.fail_next_put, None
            raise error
        items = {TEXT: content.text.encode()} if content.text or not content.images else {}
        if content.html is not None:
            items[HTML] = content.html.encode()
        if content.images:
            items[PNG] = content.images[0].data
        if transient:
            items[TRANSIENT_FORMAT] = b"secret"
        self._replace(items, transient=transient, on_read=on_read)

    def warm(self) -> None:
        """Nothing to prepare in memory."""

    def set_text(self, text: str) -> None:
        """What the user copying something in another program looks like."""
        self._replace({TEXT: text.encode()}, transient=False, on_read=None)

    def text(self) -> str | None:
        """The plain text offered, without counting as a read."""
        data = self.items.get(TEXT)
        return None if data is None else data.decode()

    def read(self, fmt: str = TEXT) -> bytes | None:
        """Another program reading `fmt`: fires the owner's read callback like Qt does."""
        self.reads.append(fmt)
        if self._on_read is not None:
            self._on_read(fmt)
        return self.items.get(fmt)

    def _replace(
        self, items: dict[str, bytes], *, transient: bool, on_read: ReadCallback | None
    ) -> None:
        self.items, self.transient, self._on_read = items, transient, on_read


@dataclass(eq=False)
class FakeWindow:
    """A fake top-level window of another application.

    Attributes:
        pasted: Text that arrived through a paste chord or typing, one entry per insertion.
        activations: How many times `activate` was called.
        accepts_chords: The paste chords this app understands (others paste nothing).
        reads_clipboard: False simulates a target that ignores the paste chord.
        rich: A rich text box: it takes the HTML when offered (into `pasted`), else the text.
        pasted_images: Images that arrived alone (a paste with an image and no text).
        selection: Text selected in the window; the copy chord puts it on the clipboard
            ("" copies nothing, as chat windows do with no selection).
    """

    title: str | None
    app_id: str | None = None
    is_elevated: bool | None = False
    own: bool = False
    alive: bool = True
    refuses_focus: bool = False
    accepts_chords: frozenset[Chord] = frozenset({PASTE_CTRL_V, PASTE_SHIFT_INSERT})
    reads_clipboard: bool = True
    rich: bool = False
    selection: str = ""
    pasted: list[str] = field(default_factory=list)
    pasted_images: list[bytes] = field(default_factory=list)
    activations: int = 0
    windows: FakeWindows | None = field(default=None, repr=False)

    def exists(self) -> bool:
        """Open until `close` is called."""
        return self.alive

    def activate(self) -> bool:
        """Focus this window unless it is closed or refuses focus."""
        self.activations += 1
        if not self.alive or self.refuses_focus or self.windows is None:
            return False
        self.windows.focused = self
        return True

    def when_focused(self, callback: FocusCallback, timeout_ms: int) -> None:
        """Answers at once: focus in the fake desktop changes synchronously."""
        callback(self.windows is not None and self.windows.focused is self)

    def close(self) -> None:
        """The user closed the window."""
        self.alive = False
        if self.windows is not None and self.windows.focused is self:
            self.windows.focused = None


class FakeWindows:
    """The fake desktop's window list and focus.

    Attributes:
        focused: The window with keyboard focus (may be one of "our own").
    """

    def __init__(self) -> None:
        self.all: list[FakeWindow] = []
        self.focused: FakeWindow | None = None

    def open(
        self,
        title: str | None,
        *,
        app_id: str | None = None,
        is_elevated: bool | None = False,
        own: bool = False,
    ) -> FakeWindow:
        """Open a window and give it focus, like a freshly started application.

        Args:
            title: The window title.
            app_id: The application name used for per-app paste methods.
            is_elevated: Simulates a window of a higher-privileged process.
            own: True for QuickReply's own windows (the popup), which capture ignores.
        """
        window = FakeWindow(title, app_id, is_elevated, own, windows=self)
        self.all.append(window)
        self.focused = window
        return window

    def focused_window(self) -> FakeWindow | None:
        """The focused window of another application; our own windows are ignored."""
        window = self.focused
        return None if window is None or window.own or not window.alive else window


class FakeKeys:
    """Records synthesised keys and delivers pastes/typing to the focused fake window.

    Attributes:
        sent: Every chord sent, in order.
        typed: Every string typed.
        fail_next: Set to an exception to make the next `send_chord` raise it.
    """

    def __init__(self, windows: FakeWindows, clipboard: FakeClipboard) -> None:
        self.sent: list[Chord] = []
        self.typed: list[str] = []
        self.fail_next: Exception | None = None
        self.prepared = 0  # `prepare` calls
        self.clicks: list[int] = []  # buttons passed on by `click`
        self._windows, self._clipboard = windows, clipboard

    def send_chord(self, chord: Chord) -> None:
        """Record `chord`; a focused window that accepts it reads the clipboard text.

        The copy chord instead puts the focused window's selection (if any) on the clipboard.
        """
        if self.fail_next is not None:
            error, self.fail_next = self.fail_next, None
            raise error
        self.sent.append(chord)
        target = self._windows.focused
        if chord == COPY_CTRL_C:
            if target is not None and target.selection:
                self._clipboard.set_text(target.selection)
            return
        if target is None or chord not in target.accepts_chords or not target.reads_clipboard:
            return
        offered = self._clipboard.items
        if target.rich and HTML in offered:
            target.pasted.append((self._clipboard.read(HTML) or b"").decode())
        elif TEXT in offered:
            target.pasted.append((self._clipboard.read(TEXT) or b"").decode())
        elif PNG in offered:
            target.pasted_images.append(self._clipboard.read(PNG) or b"")

    def warm(self) -> None:
        """Nothing to look up in memory."""

    def prepare(self) -> None:
        """Counts the calls: the inserter reads ahead before each paste."""
        self.prepared += 1

    def click(self, button: int) -> None:
        """Record the button passed on."""
        self.clicks.append(button)

    def type_text(self, text: str) -> None:
        """Record `text` and deliver it to the focused window."""
        self.typed.append(text)
        if self._windows.focused is not None:
            self._windows.focused.pasted.append(text)


class FakeHotkeys(HotkeyRegistry):
    """Hotkeys a test can press. Chords in `taken` behave as if another program owns them."""

    def __init__(self) -> None:
        super().__init__()
        self.taken: set[Chord] = set()

    def press(self, chord: Chord) -> bool:
        """Simulate the user pressing `chord`; True when one of ours will fire.

        Delivery is queued like a real backend's, so wait for `activated` (qtbot.waitSignal).
        """
        if chord not in self.registered:
            return False
        self._notify(chord)
        return True

    def _grab(self, chord: Chord) -> None:
        if chord in self.taken:
            raise HotkeyTakenError(chord, "simulated: held by another program")

    def _ungrab(self, chord: Chord) -> None:
        """Nothing to release in memory."""


#: Everything works; tests switch single flags off with `dataclasses.replace`.
FAKE_CAPABILITIES = Capabilities(
    global_hotkeys_available=True,
    can_send_keys=True,
    can_type_text=True,
    can_read_window_title=True,
    can_activate_window=True,
    can_restore_rich_clipboard=True,
    can_mark_clipboard_transient=True,
    can_detect_elevated_target=True,
)


class FakeBackend:
    """Owns one fake desktop; `platform()` wraps it as a `Platform`.

    Attributes:
        clipboard, windows, keys, hotkeys: The fake parts, for tests to drive and inspect.
    """

    def __init__(self, capabilities: Capabilities = FAKE_CAPABILITIES) -> None:
        self.clipboard = FakeClipboard()
        self.windows = FakeWindows()
        self.keys = FakeKeys(self.windows, self.clipboard)
        self.hotkeys = FakeHotkeys()
        self.capabilities = capabilities

    def platform(self, paste_chord: Chord = PASTE_CTRL_V) -> Platform:
        """A `Platform` backed by this fake desktop."""
        close: Callable[[], None] = self.hotkeys.close
        return Platform(
            name="fake",
            clipboard=self.clipboard,
            hotkeys=self.hotkeys,
            keys=self.keys,
            windows=self.windows,
            capabilities=self.capabilities,
            paste_chord=paste_chord,
            close=close,
        )
