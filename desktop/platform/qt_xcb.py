"""One round trip on Qt's own X connection, so what Qt queued there has reached the X server.

Qt's xcb requests (a popup releasing its keyboard grab, say) wait in its output buffer until its
event loop next flushes. Our key events go through another connection (python-xlib), and the
X server orders requests only within a connection: a paste chord sent right after the popup
let go could still meet the grab and go to the popup. Asking Qt's connection a question and
waiting for the answer (xcb_get_input_focus) flushes it and proves the server handled all of
it. Qt gives out its connection through QNativeInterface.QX11Application; libxcb does the rest.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QGuiApplication

from desktop.platform.xcb_owner import XcbError, c_free, libxcb

__all__ = ["sync_qt_connection"]

log = logging.getLogger(__name__)


def _qt_connection() -> int:
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication) or QGuiApplication.platformName() != "xcb":
        return 0
    native = app.nativeInterface()
    connection = getattr(native, "connection", None)
    return int(connection()) if connection is not None else 0


def sync_qt_connection() -> bool:
    """Flush Qt's X connection and wait until the server answered; False where there is none."""
    connection = _qt_connection()
    if not connection:
        return False
    try:
        lib = libxcb()
    except XcbError:
        return False
    reply = lib.xcb_get_input_focus_reply(connection, lib.xcb_get_input_focus(connection), None)
    if not reply:
        log.debug("Qt's X connection did not answer")
        return False
    c_free()(reply)
    return True
