"""The popup hotkey in a real X session: grabbed while the app runs, given back when it quits;
Esc leaves the chat window exactly as it was.
"""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

import pytest
from quickreply_driver import (
    HOTKEY,
    Record,
    RunningApp,
    Target,
    XDesktop,
    active_window,
    expected_reply,
    open_popup,
    type_query,
    wait_app_focused,
    wait_until,
)

pytestmark = pytest.mark.e2e

QT_KEY_SPACE = 0x20
QT_CTRL_ALT = 0x04000000 | 0x08000000  # Qt.ControlModifier | Qt.AltModifier


def chord_presses(records: list[Record]) -> list[Record]:
    """Ctrl+Alt+Space key presses the target window received."""
    return [
        r for r in records if r["key"] == QT_KEY_SPACE and r["mods"] & QT_CTRL_ALT == QT_CTRL_ALT
    ]


def is_mapped(desktop: XDesktop, app: RunningApp, wid: str) -> bool:
    """Whether `wid` is among the app's visible windows (xdotool exits 1 when none are)."""
    try:
        found = desktop.xdotool("search", "--onlyvisible", "--pid", str(app.proc.pid))
    except subprocess.CalledProcessError:
        return False
    return wid in found.split()


def focus_returns_to(desktop: XDesktop, target: Target) -> None:
    wait_until(
        lambda: active_window(desktop) == target.wid,
        5,
        "the focus to return to the target",
        step=0.05,
    )


def test_hotkey_fires_while_running_and_reaches_the_target_after_quit(
    x_desktop: XDesktop, target: Target, quickreply: RunningApp
) -> None:
    before = time.monotonic()
    open_popup(x_desktop, quickreply, target)
    assert quickreply.events("hotkey", after=before)
    assert is_mapped(x_desktop, quickreply, wait_app_focused(x_desktop, quickreply))
    assert chord_presses(target.keys_since(before)) == []  # grabbed, not leaked

    x_desktop.xdotool("key", "Escape")
    focus_returns_to(x_desktop, target)
    quickreply.stop()

    target.focus()
    after = time.monotonic()
    x_desktop.xdotool("key", HOTKEY)
    wait_until(lambda: chord_presses(target.keys_since(after)), 5, "the chord in the target")
    assert quickreply.events("hotkey", after=after) == []


def test_escape_closes_popup_and_typing_lands_in_the_target(
    x_desktop: XDesktop, db: Path, target: Target, quickreply: RunningApp
) -> None:
    x_desktop.set_clipboard("剪贴板原样".encode())
    before = time.monotonic()
    open_popup(x_desktop, quickreply, target)
    type_query(x_desktop, "hyy")
    popup = wait_app_focused(x_desktop, quickreply)

    x_desktop.xdotool("key", "Escape")

    focus_returns_to(x_desktop, target)
    wait_until(lambda: not is_mapped(x_desktop, quickreply, popup), 5, "the popup to hide")
    x_desktop.xdotool("type", "--delay", "20", "ok 123")
    wait_until(lambda: target.text() == "ok 123", 5, "typed text in the target")
    assert quickreply.events("inserted", after=before) == []
    assert x_desktop.clipboard().decode() == "剪贴板原样"
    assert expected_reply(db, "hyy") not in target.text()


def test_hotkey_opens_the_popup_again_after_an_insertion(
    x_desktop: XDesktop, target: Target, quickreply: RunningApp
) -> None:
    for _ in range(3):
        open_popup(x_desktop, quickreply, target)
        x_desktop.xdotool("key", "Escape")
        focus_returns_to(x_desktop, target)
    assert len(quickreply.events("popup_painted")) == 3


def test_a_click_outside_the_popup_goes_to_the_window_clicked(
    x_desktop: XDesktop, target: Target, quickreply: RunningApp, tmp_path: Path
) -> None:
    """The popup holds the pointer like a menu: the click that closes it is passed on, so an
    agent who clicks another customer's chat types there, not into the previous one."""
    from quickreply_driver import start_target

    other = start_target(x_desktop, tmp_path / "other.jsonl", f"qr-other-{tmp_path.name}")
    try:
        for window, size, place in ((target, "500 300", "0 100"), (other, "400 250", "700 420")):
            x_desktop.xdotool("windowsize", window.wid, *size.split())
            x_desktop.xdotool("windowmove", window.wid, *place.split())
        x_desktop.xdotool("mousemove", "80", "80")  # the popup opens here, away from `other`
        open_popup(x_desktop, quickreply, target)
        geometry = x_desktop.xdotool("getwindowgeometry", "--shell", other.wid)
        place = dict(line.split("=") for line in geometry.split())
        x, y = int(place["X"]) + 60, int(place["Y"]) + 40
        x_desktop.xdotool("mousemove", str(x), str(y), "click", "1")
        quickreply.wait_event("popup_dismissed", timeout=5)
        focus_returns_to(x_desktop, other)  # type: ignore[arg-type]
        x_desktop.xdotool("type", "--delay", "20", "ok 2")
        wait_until(lambda: other.text() == "ok 2", 5, "typed text in the window clicked")
        assert target.text() == ""
        assert quickreply.events("popup_click_passed")[-1]["button"] == 1
    finally:
        other.close()
