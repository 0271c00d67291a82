"""Serves the reply on the CLIPBOARD selection from our own python-xlib connection.

Why not QClipboard for the reply: a chat window pasting asks the owner twice (TARGETS, then the
text), and each answer from Qt crosses its xcb reader thread and the GUI event loop. Measured
with Chromium under Xvfb, Ctrl+V -> text took 12.8-14.7 ms with a Qt owner against 9.4-10.8 ms
with xclip. Answering SelectionRequest ourselves, on a connection the GUI thread watches with a
QSocketNotifier, is xclip's way; taking the selection is one request with no reply.

Only what fits in one property is served here (the X server's largest request, ~256 KB): a
larger reply (a big picture) would need the INCR protocol, and goes through QClipboard, which
speaks it. The agent's own clipboard is always restored through QClipboard (`X11Clipboard`).

ICCCM notes: the selection is taken at CurrentTime, so the server never refuses it for an old
timestamp (the restore through Qt later carries a fresh one, see `x11_selection`); TIMESTAMP and
MULTIPLE are not offered, and a request for them is refused, as xclip does.
"""

from __future__ import annotations

import logging
import select
import threading
from collections.abc import Mapping

from PySide6.QtCore import QObject, Signal
from Xlib import X, Xatom, display, error
from Xlib.protocol import event as xevent
from Xlib.protocol import request as xrequest

from desktop.platform.base import ClipboardContent, ClipboardSnapshot, ReadCallback
from desktop.platform.qt_clipboard import QtClipboard, clipboard_payload

__all__ = ["SelectionOwner", "X11Clipboard"]

log = logging.getLogger(__name__)

#: The X targets each MIME type is offered under (text is UTF-8 under every name).
_TARGET_NAMES: Mapping[str, tuple[str, ...]] = {
    "text/plain": ("UTF8_STRING", "text/plain;charset=utf-8", "text/plain", "TEXT"),
}
#: The property type of a reply to a target (default: the target itself).
_REPLY_TYPES: Mapping[str, str] = {"TEXT": "UTF8_STRING"}
#: Room for the ChangeProperty request's own header.
_REQUEST_HEADER = 32


def _bytes(value: str | bytes) -> bytes:
    return value.encode("utf-8") if isinstance(value, str) else value


class SelectionOwner(QObject):
    """Owns CLIPBOARD on a hidden window of its own connection and answers who reads it.

    The answers come from a thread of its own that waits on the connection, as xclip does:
    Chromium asks for TARGETS about a dozen times per paste, and each answer that waited for
    the GUI event loop to wake cost a round trip more (measured: Ctrl+V -> text 13-14 ms served
    from the event loop, 9 ms from a blocking reader). Reads are reported on the GUI thread.

    Args:
        display_name: The X display (None: $DISPLAY).
    """

    _read = Signal(int, str)  # (offer number, MIME type), queued into the GUI thread

    def __init__(self, display_name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._dpy = display.Display(display_name)
        root = self._dpy.screen().root
        self._window = root.create_window(0, 0, 1, 1, 0, 0, X.InputOnly, X.CopyFromParent)
        self._atoms: dict[str, int] = {}
        self._names: dict[int, str] = {}
        self._clipboard = self._atom("CLIPBOARD")
        self._targets = self._atom("TARGETS")
        self._served: dict[int, tuple[str, bytes]] = {}  # target atom -> (MIME type, bytes)
        self._on_read: ReadCallback | None = None
        self._offers = 0  # a read reported late for an earlier offer is not this one's
        self._limit = self._dpy.display.info.max_request_length * 4 - _REQUEST_HEADER
        self._lock = threading.Lock()  # the connection is shared by the GUI and serving threads
        self._stop = threading.Event()
        self._read.connect(self._report_read)
        self._thread = threading.Thread(target=self._serve, name="x11-clipboard", daemon=True)
        self._thread.start()

    @property
    def window(self) -> int:
        """The window that owns the selection while we serve."""
        return int(self._window.id)

    @property
    def serving(self) -> bool:
        """True from `offer` until another program (or `release`) takes the selection."""
        with self._lock:
            self._drain()
            return bool(self._served)

    def fits(self, payload: Mapping[str, str | bytes]) -> bool:
        """Whether every format fits in one property (no INCR transfer needed)."""
        return all(len(_bytes(data)) <= self._limit for data in payload.values())

    def offer(self, payload: Mapping[str, str | bytes], on_read: ReadCallback | None) -> None:
        """Take CLIPBOARD and serve `payload` (MIME type -> bytes) until someone else takes it."""
        served: dict[int, tuple[str, bytes]] = {}
        with self._lock:
            self._drain()  # a SelectionClear for an earlier offer must not clear this one
            for mime, value in payload.items():
                data = _bytes(value)
                for name in _TARGET_NAMES.get(mime, (mime,)):
                    served[self._atom(name)] = (mime, data)
            self._offers += 1
            self._served, self._on_read = served, on_read
            self._window.set_selection_owner(self._clipboard, X.CurrentTime)
            self._dpy.flush()

    def release(self) -> None:
        """Give the selection up (the clipboard is then empty) when we still hold it."""
        with self._lock:
            self._drain()
            if not self._served:
                return
            self._served, self._on_read = {}, None
            xrequest.SetSelectionOwner(
                display=self._dpy.display,
                window=X.NONE,
                selection=self._clipboard,
                time=X.CurrentTime,
            )
            self._dpy.flush()

    def snapshot(self) -> ClipboardSnapshot:
        """What we serve, as a snapshot (read without asking the X server: it would ask us)."""
        seen: dict[str, bytes] = {}
        with self._lock:
            for mime, data in self._served.values():
                seen.setdefault(mime, data)
        return ClipboardSnapshot(tuple(seen.items()))

    def warm(self) -> None:
        """Intern the text targets' atoms now (round trips the first offer would pay)."""
        with self._lock:
            for names in _TARGET_NAMES.values():
                for name in names:
                    self._atom(name)

    def close(self) -> None:
        """Stop serving and close the connection (the selection then has no owner)."""
        if self._stop.is_set():
            return
        self._stop.set()
        self._thread.join(timeout=2)
        with self._lock:
            self._served = {}
            try:
                self._dpy.close()
            except (error.ConnectionClosedError, OSError):
                log.debug("selection owner: connection already closed")

    # -- the selection protocol (called with the lock held) --------------------------------

    def _serve(self) -> None:
        """The serving thread: wake as soon as the connection has something to read."""
        fd = self._dpy.fileno()
        while not self._stop.is_set():
            try:
                select.select([fd], [], [], 0.1)
                with self._lock:
                    if not self._stop.is_set():
                        self._drain()
            except (OSError, ValueError):
                return

    def _atom(self, name: str) -> int:
        atom = self._atoms.get(name)
        if atom is None:
            atom = self._atoms[name] = int(self._dpy.intern_atom(name))
            self._names[atom] = name
        return atom

    def _drain(self) -> None:
        try:
            for _n in range(self._dpy.pending_events()):
                event = self._dpy.next_event()
                if event.type == X.SelectionRequest:
                    self._answer(event)
                elif event.type == X.SelectionClear and event.atom == self._clipboard:
                    self._served, self._on_read = {}, None
        except (error.ConnectionClosedError, OSError):
            self._served = {}

    def _answer(self, request: xevent.SelectionRequest) -> None:
        """Write the asked target onto the requestor's property, then tell it (SelectionNotify)."""
        prop = request.property or request.target  # obsolete clients pass None
        requestor = self._dpy.create_resource_object("window", request.requestor)
        catcher = error.CatchError()  # a requestor that closed meanwhile is no error of ours
        read: str | None = None
        if request.selection != self._clipboard or not self._served:
            prop = X.NONE
        elif request.target == self._targets:
            atoms = [self._targets, *self._served]
            requestor.change_property(prop, Xatom.ATOM, 32, atoms, onerror=catcher)
        elif request.target in self._served:
            read, data = self._served[request.target]
            name = self._names[request.target]
            kind = self._atom(_REPLY_TYPES.get(name, name))
            requestor.change_property(prop, kind, 8, data, onerror=catcher)
        else:
            prop = X.NONE
        notify = xevent.SelectionNotify(
            time=request.time,
            requestor=request.requestor,
            selection=request.selection,
            target=request.target,
            property=prop,
        )
        requestor.send_event(notify, onerror=catcher)
        self._dpy.flush()
        if read is not None and self._on_read is not None:
            self._read.emit(self._offers, read)

    def _report_read(self, offer: int, mime: str) -> None:
        """On the GUI thread: tell the current offer's reader hook (a read hook must never
        break anything)."""
        with self._lock:
            hook = self._on_read if offer == self._offers else None
        if hook is None:
            return
        try:
            hook(mime)
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
            self._qt.put(content, transient=transient, on_read=on_read)

    def warm(self) -> None:
        """QClipboard's first-time work, and our atoms."""
        self._qt.warm()
        self._owner.warm()
