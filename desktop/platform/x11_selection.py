"""Keeps Qt's X server time current, so that our clipboard ownership is not silently refused.

X11 ignores SetSelectionOwner when its timestamp is older than the selection's last change.
Qt stamps the request with the time of the last X event *it* saw. Our hotkeys are grabbed on
python-xlib's own connection and the chat window has the focus, so Qt may have seen nothing
for minutes; when the chat window took the clipboard after that (the capture's Ctrl+C, or the
agent copying), Qt's restore fails with "QXcbClipboard::setMimeData: Cannot set X11 selection
owner" and the customer's question stays on the clipboard (measured with mousepad).

The fix Qt itself uses for the same problem (`QXcbConnection::getTimestamp`): change a property
on one of its windows; the PropertyNotify carries the server's current time, and Qt's window
handler stores it (`connection()->setTime`). We append nothing to a property of a hidden QWindow
through our connection, then spin Qt's event loop until a native event filter has seen that
event go by.
"""

from __future__ import annotations

import ctypes
import logging
import time

from PySide6.QtCore import QAbstractNativeEventFilter, QByteArray, QCoreApplication, QEventLoop
from PySide6.QtGui import QWindow
from Xlib import X, Xatom, display

__all__ = ["SelectionClock"]

log = logging.getLogger(__name__)

_PROPERTY_NOTIFY = 28  # xcb_property_notify_event_t.response_type (X protocol PropertyNotify)
_STAMP_PROPERTY = "_QUICKREPLY_TIMESTAMP"
#: Longest wait for Qt to see the PropertyNotify; it arrives within a millisecond when idle.
REFRESH_TIMEOUT_S = 0.5


class _PropertyNotify(ctypes.Structure):
    """The head of xcb_property_notify_event_t (X protocol, 32-byte event)."""

    _fields_ = [
        ("response_type", ctypes.c_uint8),
        ("pad0", ctypes.c_uint8),
        ("sequence", ctypes.c_uint16),
        ("window", ctypes.c_uint32),
        ("atom", ctypes.c_uint32),
        ("time", ctypes.c_uint32),
    ]


class _StampWatcher(QAbstractNativeEventFilter):
    """Notes when Qt's event loop dispatches the PropertyNotify we caused."""

    def __init__(self, window: int, atom: int) -> None:
        super().__init__()
        self.window, self.atom = window, atom
        self.seen = False

    def nativeEventFilter(  # noqa: N802 - Qt's name
        self, eventType: QByteArray | bytes | bytearray | memoryview, message: int
    ) -> object:
        kind = eventType.data() if isinstance(eventType, QByteArray) else bytes(eventType)
        address = int(message)  # a shiboken VoidPtr of size 0: falsy even when set
        if kind == b"xcb_generic_event_t" and address:
            event = _PropertyNotify.from_address(address)
            if (event.response_type & 0x7F) == _PROPERTY_NOTIFY and (
                event.window == self.window and event.atom == self.atom
            ):
                self.seen = True  # returning False lets Qt's handler store the time next
        return False, 0


class SelectionClock:
    """Owner queries and Qt timestamp refreshes for the CLIPBOARD selection.

    Args:
        display_name: The X display (None: $DISPLAY).
    """

    def __init__(self, display_name: str | None = None) -> None:
        self._dpy = display.Display(display_name)
        self._clipboard = self._dpy.intern_atom("CLIPBOARD")
        self._stamp = self._dpy.intern_atom(_STAMP_PROPERTY)
        self._window: QWindow | None = None  # built on first use: needs the QGuiApplication

    def owner(self) -> int:
        """The X window that owns the clipboard now (0: nobody)."""
        reply = self._dpy.get_selection_owner(self._clipboard)
        return int(reply) if isinstance(reply, int) else int(reply.id)

    def refresh(self) -> bool:
        """Bring Qt's last-seen server time up to now; False when Qt did not see it in time."""
        app = QCoreApplication.instance()
        if app is None:
            return False
        wid = self._stamp_window()
        watcher = _StampWatcher(wid, self._stamp)
        app.installNativeEventFilter(watcher)
        try:
            window = self._dpy.create_resource_object("window", wid)
            window.change_property(self._stamp, Xatom.INTEGER, 32, [], X.PropModeAppend)
            self._dpy.sync()
            deadline = time.monotonic() + REFRESH_TIMEOUT_S
            while not watcher.seen and time.monotonic() < deadline:
                # Only X events: no user input or timers of ours run in this short wait.
                app.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, 5)
        finally:
            app.removeNativeEventFilter(watcher)
        if not watcher.seen:
            log.warning("Qt did not see a fresh X timestamp; the clipboard may not be ours")
        return watcher.seen

    def _stamp_window(self) -> int:
        if self._window is None:
            self._window = QWindow()  # never shown; Qt selects PropertyChange on every window
            self._window.create()
        return int(self._window.winId())

    def close(self) -> None:
        """Close the connection and the hidden window."""
        if self._window is not None:
            self._window.destroy()
            self._window = None
        self._dpy.close()
