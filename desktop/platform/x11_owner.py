"""Serves the reply on the CLIPBOARD selection ourselves, not through QClipboard.

Why: a chat window pasting asks the owner about a dozen times (Chromium asks for TARGETS ~12
times per Ctrl+V, then for the text), one round trip after another, and each answer from Qt
crosses its xcb reader thread and the GUI event loop. Measured with Chromium under Xvfb, Ctrl+V
-> text took 12.8-14.7 ms with a Qt owner, 13 ms with python-xlib answering from a thread, and
9.4-10.8 ms with xclip; `XcbSelection` answers from a thread through libxcb, as xclip does.

Only what fits in one property is served here (the classic largest request, ~256 KB): a larger
reply (a big picture) would need the INCR protocol, and goes through QClipboard, which speaks
it. The agent's own clipboard is always restored through QClipboard (`X11Clipboard`).

ICCCM notes: the selection is taken at CurrentTime, so the server never refuses it for an old
timestamp (the restore through Qt later carries a fresh one, see `x11_selection`); TIMESTAMP and
MULTIPLE are not offered, and a request for them is refused, as xclip does.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

from PySide6.QtCore import QObject, Signal

from desktop.platform.base import ClipboardContent, ClipboardSnapshot, ReadCallback
from desktop.platform.qt_clipboard import QtClipboard, clipboard_payload
from desktop.platform.xcb_owner import XcbSelection

__all__ = ["SelectionOwner", "X11Clipboard"]

log = logging.getLogger(__name__)

#: The X targets each MIME type is offered under (text is UTF-8 under every name).
_TARGET_NAMES: Mapping[str, tuple[str, ...]] = {
    "text/plain": ("UTF8_STRING", "text/plain;charset=utf-8", "text/plain", "TEXT"),
}
#: The property type of a reply to a target (default: the target itself).
_REPLY_TYPES: Mapping[str, str] = {"TEXT": "UTF8_STRING"}
#: The largest property one ChangeProperty request carries without BIG-REQUESTS.
_MAX_PROPERTY = 65535 * 4 - 32


def _bytes(value: str | bytes) -> bytes:
    return value.encode("utf-8") if isinstance(value, str) else value


class SelectionOwner(QObject):
    """Serves our reply on CLIPBOARD (through `XcbSelection`) and reports reads on the GUI
    thread.

    Args:
        display_name: The X display (None: $DISPLAY).
    """

    _event = Signal(int, str, str)  # (offer number, "read" | "lost", target), queued

    def __init__(self, display_name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._offers = 0  # a read reported late for an earlier offer is not this one's
        self._on_read: ReadCallback | None = None
        self._payload: dict[str, bytes] = {}  # MIME type -> bytes, while we serve it
        self._mime_of: dict[str, str] = {}  # target name -> MIME type
        self._event.connect(self._report)
        self._xcb = XcbSelection(display_name, self._from_thread)

    @property
    def serving(self) -> bool:
        """True from `offer` until another program (or `release`) takes the selection."""
        return self._xcb.serving

    def fits(self, payload: Mapping[str, str | bytes]) -> bool:
        """Whether every format fits in one property (no INCR transfer needed)."""
        return all(len(_bytes(data)) <= _MAX_PROPERTY for data in payload.values())

    def offer(self, payload: Mapping[str, str | bytes], on_read: ReadCallback | None) -> None:
        """Take CLIPBOARD and serve `payload` (MIME type -> bytes) until someone else takes it."""
        served: dict[int, tuple[int, bytes]] = {}
        mime_of: dict[str, str] = {}
        for mime, value in payload.items():
            data = _bytes(value)
            for name in _TARGET_NAMES.get(mime, (mime,)):
                kind = self._xcb.atom(_REPLY_TYPES.get(name, name))
                served[self._xcb.atom(name)] = (kind, data)
                mime_of[name] = mime
        self._offers += 1
        self._on_read, self._mime_of = on_read, mime_of
        self._payload = {mime: _bytes(value) for mime, value in payload.items()}
        self._xcb.offer(served)

    def release(self) -> None:
        """Give the selection up (the clipboard is then empty) when we still hold it."""
        self._on_read = None
        self._xcb.release()

    def snapshot(self) -> ClipboardSnapshot:
        """What we serve, as a snapshot (read without asking the X server: it would ask us)."""
        return ClipboardSnapshot(tuple(self._payload.items()) if self.serving else ())

    def warm(self) -> None:
        """Intern the text targets' atoms now (round trips the first offer would pay)."""
        for names in _TARGET_NAMES.values():
            for name in names:
                self._xcb.atom(name)
                self._xcb.atom(_REPLY_TYPES.get(name, name))

    def close(self) -> None:
        """Stop serving and close the connection (the selection then has no owner)."""
        self._xcb.close()

    def _from_thread(self, kind: str, target: str) -> None:
        self._event.emit(self._offers, kind, target)

    def _report(self, offer: int, kind: str, target: str) -> None:
        """On the GUI thread: a read goes to the current offer's hook (which must never break
        anything); a lost selection ends the offer."""
        if offer != self._offers:
            return
        if kind == "lost":
            self._on_read, self._payload = None, {}
            return
        hook = self._on_read
        if hook is None:
            return
        try:
            hook(self._mime_of.get(target, target))
        except Exception:
            log.exception("clipboard read hook failed")


class X11Clipboard:
    """The X11 clipboard: replies served by `SelectionOwner`, everything else by QClipboard.

    Args:
        qt: Snapshots, restores and replies too large for one property.
        owner: Serves the reply itself.
    """

    def __init__(self, qt: QtClipboard, owner: SelectionOwner) -> None:
        self._qt, self._owner = qt, owner

    def snapshot(self) -> ClipboardSnapshot:
        """The agent's clipboard; while our own reply is on it, that reply (never asked of X)."""
        if self._owner.serving:
            return self._owner.snapshot()
        return self._qt.snapshot()

    def restore(self, snapshot: ClipboardSnapshot) -> None:
        """Offer the snapshot again through QClipboard (empty: give the selection up)."""
        if not snapshot.items and self._owner.serving:
            self._owner.release()
        self._qt.restore(snapshot)

    def put(
        self, content: ClipboardContent, *, transient: bool, on_read: ReadCallback | None
    ) -> None:
        """Serve the reply ourselves when it fits in one property, else through QClipboard."""
        payload = clipboard_payload(content, self._qt.transient_formats if transient else {})
        if self._owner.fits(payload):
            self._owner.offer(payload, on_read)
        else:
            self._qt.offer_payload(payload, on_read)

    def warm(self) -> None:
        """QClipboard's first-time work, and our atoms."""
        self._qt.warm()
        self._owner.warm()
