"""Quitting with the popup open ends the process cleanly: rc 0, no error, grabs released.

The popup is open on purpose: hiding it after the X connections closed re-activated the chat
window through a dead connection, an error dialog appeared, and the process lived on.
"""

from __future__ import annotations

import signal
import subprocess
import time

import pytest
from quickreply_driver import RunningApp, Target, XDesktop, open_popup
from Xlib import XK, X, display, error

pytestmark = pytest.mark.e2e

#: Generous: a quit takes a fraction of a second; this only bounds a hung process.
EXIT_WAIT_S = 15


def quit_from_tray(desktop: XDesktop) -> None:
    """Right-click the tray icon (trayer sits top right, 32 px high: the driver's TRAYER
    options), then choose the menu's last item."""
    width = int(desktop.xdotool("getdisplaygeometry").split()[0])
    desktop.xdotool("mousemove", str(width - 13), "16", "click", "3")
    time.sleep(0.8)  # the menu maps; Up from no selection wraps to its last item, "Quit"
    desktop.xdotool("key", "Up")
    time.sleep(0.2)
    desktop.xdotool("key", "Return")


def can_grab_popup_chord(desktop: XDesktop) -> bool:
    """Whether another client may grab Ctrl+Alt+Space now (released afterwards)."""
    dpy = display.Display(desktop.display)
    try:
        root = dpy.screen().root
        code = dpy.keysym_to_keycode(XK.string_to_keysym("space"))
        mask = X.ControlMask | X.Mod1Mask
        catcher = error.CatchError(error.BadAccess)
        root.grab_key(code, mask, False, X.GrabModeAsync, X.GrabModeAsync, onerror=catcher)
        dpy.sync()
        taken = catcher.get_error() is not None
        root.ungrab_key(code, mask)
        dpy.sync()
        return not taken
    finally:
        dpy.close()


@pytest.mark.parametrize("how", ["tray", "sigterm"])
def test_quit_with_popup_open_exits_0_and_releases_the_hotkey(
    x_desktop: XDesktop, target: Target, quickreply: RunningApp, how: str
) -> None:
    x_desktop.xdotool("mousemove", "200", "650")  # the popup opens at the mouse, off the tray
    open_popup(x_desktop, quickreply, target)
    assert not can_grab_popup_chord(x_desktop)  # the check sees the app's grab

    if how == "tray":
        quit_from_tray(x_desktop)
    else:
        quickreply.proc.send_signal(signal.SIGTERM)
    try:
        rc = quickreply.proc.wait(timeout=EXIT_WAIT_S)
    except subprocess.TimeoutExpired:
        pytest.fail(f"still running after quit; stderr:\n{quickreply.stderr_tail()}")

    assert rc == 0, quickreply.stderr_tail()
    log = quickreply.stderr_log.read_text("utf-8", "replace")
    assert "Traceback" not in log and "unexpected error" not in log, log
    assert can_grab_popup_chord(x_desktop)
