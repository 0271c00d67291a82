"""One app per phrasebook: a second start hands over to the first and exits at once."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

import pytest
from quickreply_driver import (
    REPO,
    RunningApp,
    Target,
    XDesktop,
    app_command,
    expected_reply,
    read_jsonl,
    type_query,
    wait_app_focused,
)

pytestmark = pytest.mark.e2e

#: "Quickly": a Python + Qt start that only connects to the first instance's local socket.
SECOND_START_LIMIT_S = 5.0


def test_second_start_exits_0_and_opens_the_first_ones_popup(
    x_desktop: XDesktop, db: Path, target: Target, quickreply: RunningApp, tmp_path: Path
) -> None:
    second_trace = tmp_path / "second-trace.jsonl"
    target.focus()
    before = time.monotonic()

    result = subprocess.run(
        app_command(db),
        env=x_desktop.env | {"QUICKREPLY_TRACE": str(second_trace)},
        cwd=REPO,
        capture_output=True,
        timeout=30,
        check=False,
    )

    elapsed = time.monotonic() - before
    assert result.returncode == 0, result.stderr.decode()
    assert elapsed < SECOND_START_LIMIT_S
    assert read_jsonl(second_trace) == []  # never became ready itself
    quickreply.wait_event("popup_painted", after=before)
    wait_app_focused(x_desktop, quickreply)
    assert quickreply.proc.poll() is None

    # The popup it opened works: it captured the chat window that had the focus.
    type_query(x_desktop, "hyy")
    enter = time.monotonic()
    x_desktop.xdotool("key", "Return")
    assert quickreply.wait_event("inserted", after=enter)["ok"]
    assert target.text() == expected_reply(db, "hyy")


def test_show_import_then_cancel_keeps_the_app_running(
    x_desktop: XDesktop, db: Path, quickreply: RunningApp, tmp_path: Path
) -> None:
    """The import dialog is modal: opened from the other start's message, then cancelled, it
    must not take the app down (it crashed with SIGSEGV when run inside the socket's signal)."""
    for _ in range(3):
        after = time.monotonic()
        subprocess.run(
            app_command(db, "--show", "import"),
            env=x_desktop.env,
            cwd=REPO,
            capture_output=True,
            timeout=30,
            check=True,
        )
        quickreply.wait_event("window_shown", after=after, timeout=15)
        time.sleep(0.5)
        x_desktop.xdotool("key", "Escape")
        time.sleep(1.0)
        assert quickreply.proc.poll() is None, quickreply.stderr_tail()
