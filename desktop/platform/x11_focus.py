"""Event-driven "the target has the keyboard focus" on X11, so the paste chord goes out as soon
as the X server says so - not after a fixed timer.

The server sends FocusIn to a window when it gets the keyboard focus, and XTEST key events go
to the window that has the focus when the server processes them. We select FocusChangeMask on
the target and PropertyChangeMask on the root (our own connection: other clients' selections
are untouched), check at once, and re-check on each FocusIn or _NET_ACTIVE_WINDOW change:
confirmed when the server's input focus is the target or inside it. When `activate` could set
the focus itself (the usual case) that holds at once; a minimised or unmapped window gets it
only after the window manager has mapped it (FocusIn). The window manager's own
_NET_ACTIVE_WINDOW is not waited for: measured under openbox it follows 3-5 ms later, and
the keys already go to the target; after the chord nothing depends on it.

Events wake us through a QSocketNotifier on the connection; python-xlib may already have read
an event into its queue while answering a request, so a short local timer drains that queue
too (no round trip unless an event is there). After `timeout_ms` the callback gets False and
the caller pastes anyway.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, QTimer
from Xlib import X, display, error

from desktop.platform.base import FocusCallback

__all__ = ["FocusWatcher"]

log = logging.getLogger(__name__)

#: How often python-xlib's own event queue is looked at while a wait runs (local, no request).
DRAIN_MS = 2


@dataclass
class _Wait:
    wid: int
    callback: FocusCallback
    deadline: float


class FocusWatcher(QObject):
    """Confirms focus on one window at a time, on the given python-xlib connection.

    Args:
        dpy: A connection used only from the GUI thread.
    """

    def __init__(self, dpy: display.Display, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._dpy = dpy
        self._root = dpy.screen().root
        self._active = dpy.intern_atom("_NET_ACTIVE_WINDOW")
        self._wait: _Wait | None = None
        self._notifier: QSocketNotifier | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(DRAIN_MS)
        self._timer.timeout.connect(self._on_events)

    def wait(self, wid: int, callback: FocusCallback, timeout_ms: int) -> None:
        """Call `callback(True)` once `wid` has the focus, `callback(False)` after the timeout."""
        self._answer(False)  # a newer insertion replaces an older wait
        window = self._dpy.create_resource_object("window", wid)
        catcher = error.CatchError()
        window.change_attributes(event_mask=X.FocusChangeMask, onerror=catcher)
        self._root.change_attributes(event_mask=X.PropertyChangeMask)
        self._wait = _Wait(wid, callback, time.monotonic() + timeout_ms / 1000)
        if self._confirmed(wid):
            self._answer(True)
            return
        if self._notifier is None:
            self._notifier = QSocketNotifier(self._dpy.fileno(), QSocketNotifier.Type.Read, self)
            self._notifier.activated.connect(self._on_events)
        self._notifier.setEnabled(True)
        self._timer.start()

    def _on_events(self, *_: Any) -> None:
        relevant = False
        try:
            for _n in range(self._dpy.pending_events()):
                event = self._dpy.next_event()
                kind = event.type
                if kind == X.FocusIn or (kind == X.PropertyNotify and event.atom == self._active):
                    relevant = True
        except (error.ConnectionClosedError, OSError):
            self._answer(False)
            return
        wait = self._wait
        if wait is None:
            return
        if relevant and self._confirmed(wait.wid):
            self._answer(True)
        elif time.monotonic() >= wait.deadline:
            self._answer(False)

    def _answer(self, confirmed: bool) -> None:
        wait, self._wait = self._wait, None
        self._timer.stop()
        if self._notifier is not None:
            self._notifier.setEnabled(False)
        if wait is None:
            return
        try:
            self._root.change_attributes(event_mask=X.NoEventMask)
            self._dpy.create_resource_object("window", wait.wid).change_attributes(
                event_mask=X.NoEventMask, onerror=error.CatchError()
            )
            self._dpy.flush()
        except (error.ConnectionClosedError, OSError):
            log.debug("focus watch: connection closed")
        wait.callback(confirmed)

    def _confirmed(self, wid: int) -> bool:
        """The X server's input focus is `wid` or one of its descendants."""
        try:
            return self._inside(self._dpy.get_input_focus().focus, wid)
        except (error.XError, error.ConnectionClosedError, OSError):
            return False

    def _inside(self, window: Any, wid: int) -> bool:
        """Whether `window` is `wid` or one of its descendants."""
        for _depth in range(32):
            if not hasattr(window, "query_tree"):  # PointerRoot / None are plain ints
                return False
            if int(window.id) == wid:
                return True
            if int(window.id) == int(self._root.id):
                return False
            parent = window.query_tree().parent
            if not parent:
                return False
            window = parent
        return False
