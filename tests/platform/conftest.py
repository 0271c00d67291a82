"""Real-X11 fixtures: a private Xvfb (+ openbox) session per test session.

Skips with a clear reason when Xvfb, openbox or xdotool are missing
(`apt-get install $(cat .ci/apt-packages.txt)`).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

# The in-process QApplication only carries the hotkey bridge's queued signal; the X server
# is reached by display name. Helpers that need a real xcb clipboard run as subprocesses.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HELPERS = Path(__file__).parent / "helpers"
# Xvfb start-up and the chat-window stand-in are shared with the end-to-end tests.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "e2e"))
from quickreply_driver import TARGET_APP, DriverError, start_xvfb  # noqa: E402

REPO = Path(__file__).resolve().parents[2]


@dataclass
class XSession:
    """A running X server the tests may drive with xdotool/xclip."""

    display: str

    @property
    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
        env |= {"DISPLAY": self.display, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(REPO)}
        return env

    def run(self, *cmd: str, timeout: float = 10) -> str:
        result = subprocess.run(
            cmd, env=self.env, capture_output=True, text=True, timeout=timeout, check=True
        )
        return result.stdout

    def xdotool(self, *args: str) -> str:
        return self.run("xdotool", *args)

    def helper(self, name: str, *args: str, timeout: float = 30) -> dict[str, object]:
        """Run a helper script as its own Qt process in this session; parse its JSON line."""
        out = self.run(sys.executable, str(HELPERS / name), *args, timeout=timeout)
        return json.loads(out.strip().splitlines()[-1])  # type: ignore[no-any-return]


def _require(*tools: str) -> None:
    missing = [t for t in tools if shutil.which(t) is None]
    if missing:
        pytest.skip(f"real-X11 tests need {', '.join(missing)} (see .ci/apt-packages.txt)")


@pytest.fixture(scope="session")
def x_session() -> Iterator[XSession]:
    """Xvfb plus openbox (real focus handling), torn down by process handle."""
    _require("Xvfb", "openbox", "xdotool", "xclip")
    try:
        server, display = start_xvfb()
    except DriverError as exc:
        pytest.skip(str(exc))
    session = XSession(display)
    wm = subprocess.Popen(
        ["openbox"], env=session.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    time.sleep(0.5)  # let openbox claim the WM selection before windows map
    try:
        yield session
    finally:
        for proc in (wm, server):
            proc.terminate()
            proc.wait(timeout=5)


@dataclass
class TargetApp:
    """A separate Qt process with a text box, logging key presses and text as JSONL."""

    title: str
    log: Path

    def records(self) -> list[dict[str, object]]:
        if not self.log.exists():
            return []
        return [json.loads(line) for line in self.log.read_text("utf-8").splitlines()]

    def text(self) -> str:
        texts = [r["text"] for r in self.records() if "text" in r]
        return str(texts[-1]) if texts else ""


@pytest.fixture
def target_app(x_session: XSession, tmp_path: Path) -> Iterator[TargetApp]:
    """Start the target window and focus it (xdotool windowactivate --sync)."""
    app = TargetApp(f"qr-target-{tmp_path.name}", tmp_path / "target.jsonl")
    proc = subprocess.Popen(
        [sys.executable, str(TARGET_APP), str(app.log), app.title],
        env=x_session.env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        wid = x_session.xdotool("search", "--sync", "--name", f"^{app.title}$").split()[0]
        x_session.xdotool("windowactivate", "--sync", wid)
        yield app
    finally:
        proc.terminate()
        proc.wait(timeout=5)
        if proc.stdout is not None:
            proc.stdout.close()
