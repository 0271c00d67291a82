"""Is there a display to show a window on? Asked before Qt starts, because Qt cannot say.

Without one, Qt's xcb plugin aborts the process (SIGABRT, rc 134) blaming a missing
`xcb-cursor0` library that is in fact installed. Users start QuickReply over SSH, from a cron
job or a service unit; they need to hear "no display", and a clean exit status.
"""

from __future__ import annotations

import os
import socket
import sys
from collections.abc import Mapping
from pathlib import Path

__all__ = ["NO_DISPLAY", "display_problem"]

NO_DISPLAY = "no display found: start QuickReply inside your desktop session"
X11_SOCKET_DIR = "/tmp/.X11-unix"
X11_TCP_PORT = 6000
CONNECT_TIMEOUT_S = 2.0
#: Qt platform plugins that need no display server (tests, CI, --self-check).
_DISPLAYLESS_QPA = ("offscreen", "minimal", "vnc", "linuxfb", "eglfs", "vkkhrdisplay")


def display_problem(
    environ: Mapping[str, str] | None = None, platform: str = sys.platform
) -> str | None:
    """A one-line reason why no window can be shown, or None when a display is reachable.

    Only Linux/BSD sessions are checked; Windows and macOS always have their display.
    """
    env = os.environ if environ is None else environ
    if platform.startswith(("win", "darwin")):
        return None
    qpa = env.get("QT_QPA_PLATFORM", "").split(":")[0].strip().lower()
    if qpa in _DISPLAYLESS_QPA:
        return None
    wayland, x11 = env.get("WAYLAND_DISPLAY", ""), env.get("DISPLAY", "")
    if wayland and _wayland_socket(wayland, env).exists():
        return None
    if x11 and _x_server_answers(x11):
        return None
    return NO_DISPLAY


def _wayland_socket(name: str, env: Mapping[str, str]) -> Path:
    """WAYLAND_DISPLAY is a socket name in XDG_RUNTIME_DIR, or an absolute path."""
    path = Path(name)
    return path if path.is_absolute() else Path(env.get("XDG_RUNTIME_DIR", "/nonexistent")) / path


def _x_server_answers(name: str) -> bool:
    """Connect (and disconnect) once: a stale DISPLAY from an old SSH session is not a display.

    A plain socket, not python-xlib: its failed connection leaks the socket.
    """
    host, _, rest = name.rpartition(":")
    number = rest.split(".")[0]
    if not number.isdigit():
        return True  # a form we do not know (e.g. a launchd path): let Qt try
    if host in ("", "unix"):
        path = f"{X11_SOCKET_DIR}/X{number}"
        # Linux X servers listen on an abstract socket too; Xvfb -nolisten tcp still does.
        return _connects(socket.AF_UNIX, "\0" + path) or _connects(socket.AF_UNIX, path)
    return _connects(socket.AF_INET, (host, X11_TCP_PORT + int(number)))


def _connects(family: socket.AddressFamily, address: str | tuple[str, int]) -> bool:
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.settimeout(CONNECT_TIMEOUT_S)
        try:
            sock.connect(address)
        except OSError:
            return False
    return True
