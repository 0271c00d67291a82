"""`quickreply --show WINDOW`: the running app opens that window; with none running, one starts.

Two real app processes (offscreen Qt, fake platform) on one phrasebook; each traces what it
showed (QUICKREPLY_TRACE), so the test reads what the *first* process did on a second start.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.single_instance import WINDOWS, parse_message, show_message

ROOT = Path(__file__).resolve().parents[3]
WAIT_S = 60  # a generous ceiling for a loaded machine, not a speed claim

#: What each --show must make visible in the running app.
EXPECTED = {
    "popup": "SearchPopup",
    "manager": "ManagerWindow",
    "notebook": "NotebookWindow",
    "settings": "SettingsWindow",
    "import": "QFileDialog",
}


class App:
    """One `python -m desktop` process and its trace file."""

    def __init__(self, db: Path, trace: Path, *extra: str) -> None:
        self.trace = trace
        env = os.environ | {
            "QT_QPA_PLATFORM": "offscreen",
            "QUICKREPLY_TRACE": str(trace),
            "QUICKREPLY_PLATFORM": "fake",
        }
        command = [sys.executable, "-m", "desktop", "--db", str(db), "--no-welcome", *extra]
        self.proc = subprocess.Popen(
            command, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )

    def events(self, name: str) -> list[dict[str, Any]]:
        if not self.trace.exists():
            return []
        records = [json.loads(line) for line in self.trace.read_text().splitlines()]
        return [r for r in records if r["event"] == name]

    def wait_event(self, name: str, count: int = 1) -> dict[str, Any]:
        deadline = time.monotonic() + WAIT_S
        while time.monotonic() < deadline:
            found = self.events(name)
            if len(found) >= count:
                return found[count - 1]
            if self.proc.poll() is not None:
                pytest.fail(f"the app exited: {self.proc.communicate()[1].decode()[-2000:]}")
            time.sleep(0.05)
        pytest.fail(f"no {name!r} event #{count} in {self.trace}")

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.communicate(timeout=WAIT_S)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "book.db"


@pytest.fixture
def running(db: Path, tmp_path: Path) -> Iterator[App]:
    app = App(db, tmp_path / "first.jsonl")
    app.wait_event("ready")
    yield app
    app.stop()


def second_start(db: Path, tmp_path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "QUICKREPLY_PLATFORM": "fake"}
    env["QUICKREPLY_TRACE"] = str(tmp_path / "second.jsonl")
    command = [sys.executable, "-m", "desktop", "--db", str(db), "--no-welcome", *extra]
    return subprocess.run(
        command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=WAIT_S, check=False
    )


def test_each_window_opens_in_the_running_app(running: App, db: Path, tmp_path: Path) -> None:
    for count, window in enumerate(WINDOWS, start=1):
        result = second_start(db, tmp_path, "--show", window)
        assert result.returncode == 0, result.stderr
        assert window in result.stdout
        shown = running.wait_event("window_shown", count)
        assert shown["window"] == window
        assert EXPECTED[window] in shown["shown"], shown
    assert not (tmp_path / "second.jsonl").exists()  # the second start never became an app


def test_bare_show_and_a_plain_second_start_open_the_popup(
    running: App, db: Path, tmp_path: Path
) -> None:
    assert second_start(db, tmp_path, "--show").returncode == 0
    assert running.wait_event("window_shown", 1)["window"] == "popup"
    assert second_start(db, tmp_path).returncode == 0
    assert running.wait_event("window_shown", 2)["window"] == "popup"


def test_with_no_app_running_it_starts_and_shows_the_window(db: Path, tmp_path: Path) -> None:
    app = App(db, tmp_path / "alone.jsonl", "--show", "manager")
    try:
        app.wait_event("ready")
        shown = app.wait_event("window_shown")
        assert shown["window"] == "manager" and "ManagerWindow" in shown["shown"]
    finally:
        app.stop()


def test_an_unknown_window_is_refused_by_both_sides(db: Path, tmp_path: Path) -> None:
    result = second_start(db, tmp_path, "--show", "trash")
    assert result.returncode == 2
    assert "--show" in result.stderr and "invalid choice" in result.stderr
    assert not db.exists()
    assert parse_message(b"show trash\n") is None
    assert parse_message(b"show\n") == "popup"
    assert all(parse_message(show_message(w)) == w for w in WINDOWS)
