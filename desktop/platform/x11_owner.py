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
from collections.abc import Mapping

from PySide6.QtCore import QObject, QSocketNotifier
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

    Args:
        display_name: The X display (None: $DISPLAY).
    """

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
        self._limit = self._dpy.display.info.max_request_length * 4 - _REQUEST_HEADER
        self._notifier = QSocketNotifier(self._dpy.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)

    @property
    def window(self) -> int:
        """The window that owns the selection while we serve."""
        return int(self._window.id)

    @property
    def serving(self) -> bool:
        """True from `offer` until another program (or `release`) takes the selection."""
        self._drain()
        return bool(self._served)

    def fits(self, payload: Mapping[str, str | bytes]) -> bool:
        """Whether every format fits in one property (no INCR transfer needed)."""
        return all(len(_bytes(data)) <= self._limit for data in payload.values())

    def offer(self, payload: Mapping[str, str | bytes], on_read: ReadCallback | None) -> None:
        """Take CLIPBOARD and serve `payload` (MIME type -> bytes) until someone else takes it."""
        self._drain()  # a SelectionClear for an earlier offer must not clear this one
        served: dict[int, tuple[str, bytes]] = {}
        for mime, value in payload.items():
            data = _bytes(value)
            for name in _TARGET_NAMES.get(mime, (mime,)):
                served[self._atom(name)] = (mime, data)
        self._served, self._on_read = served, on_read
        self._window.set_selection_owner(self._clipboard, X.CurrentTime)
        self._dpy.flush()

    def release(self) -> None:
        """Give the selection up (the clipboard is then empty) when we still hold it."""
        if not self.serving:
            return
        self._served, self._on_read = {}, None
        xrequest.SetSelectionOwner(
            display=self._dpy.display, window=X.NONE, selection=self._clipboard, time=X.CurrentTime
        )
        self._dpy.flush()

    def snapshot(self) -> ClipboardSnapshot:
        """What we serve, as a snapshot (read without asking the X server: it would ask us)."""
        seen: dict[str, bytes] = {}
        for mime, data in self._served.values():
            seen.setdefault(mime, data)
        return ClipboardSnapshot(tuple(seen.items()))

    def warm(self) -> None:
        """Intern the text targets' atoms now (round trips the first offer would pay)."""
        for names in _TARGET_NAMES.values():
            for name in names:
                self._atom(name)

    def close(self) -> None:
        """Stop serving and close the connection (the selection then has no owner)."""
        self._notifier.setEnabled(False)
        self._served = {}
        try:
            self._dpy.close()
        except (error.ConnectionClosedError, OSError):
            log.debug("selection owner: connection already closed")

    # -- the selection protocol ----------------------------------------------------------

    def _atom(self, name: str) -> int:
        atom = self._atoms.get(name)
        if atom is None:
            atom = self._atoms[name] = int(self._dpy.intern_atom(name))
            self._names[atom] = name
        return atom

    def _drain(self, *_: object) -> None:
        try:
            for _n in range(self._dpy.pending_events()):
                event = self._dpy.next_event()
                if event.type == X.SelectionRequest:
                    self._answer(event)
                elif event.type == X.SelectionClear and event.atom == self._clipboard:
                    self._served, self._on_read = {}, None
        except (error.ConnectionClosedError, OSError):
            self._notifier.setEnabled(False)
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
            try:
                self._on_read(read)
            except Exception:  # a read hook must never break the answer to the target
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
