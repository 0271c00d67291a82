"""One round trip on Qt's own X connection, so what Qt queued there has reached the X server.

Qt's xcb requests (a popup releasing its keyboard grab, say) wait in its output buffer until its
event loop next flushes. Our key events go through another connection (python-xlib), and the
X server orders requests only within a connection: a paste chord sent right after the popup
let go could still meet the grab and go to the popup. Asking Qt's connection a question and
waiting for the answer (xcb_get_input_focus) flushes it and proves the server handled all of
it. Qt gives out its connection through QNativeInterface.QX11Application; libxcb does the rest.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
from functools import cache

from PySide6.QtGui import QGuiApplication

__all__ = ["sync_qt_connection"]

log = logging.getLogger(__name__)


@cache
def _libxcb() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("xcb") or "libxcb.so.1"
    try:
        lib = ctypes.CDLL(name)
    except OSError:
        return None
    # The cookie is a struct of one unsigned int: passed and returned as one.
    lib.xcb_get_input_focus.argtypes = [ctypes.c_void_p]
    lib.xcb_get_input_focus.restype = ctypes.c_uint
    lib.xcb_get_input_focus_reply.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_void_p]
    lib.xcb_get_input_focus_reply.restype = ctypes.c_void_p
    return lib


def _qt_connection() -> int:
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication) or QGuiApplication.platformName() != "xcb":
        return 0
    native = app.nativeInterface()
    connection = getattr(native, "connection", None)
    return int(connection()) if connection is not None else 0


def sync_qt_connection() -> bool:
    """Flush Qt's X connection and wait until the server answered; False where there is none."""
    connection, lib = _qt_connection(), _libxcb()
    if not connection or lib is None:
        return False
    reply = lib.xcb_get_input_focus_reply(connection, lib.xcb_get_input_focus(connection), None)
    if not reply:
        log.debug("Qt's X connection did not answer")
        return False
    _libc().free(reply)
    return True


@cache
def _libc() -> ctypes.CDLL:
    libc = ctypes.CDLL(None)
    libc.free.argtypes = [ctypes.c_void_p]
    libc.free.restype = None
    return libc
