"""No display: one clear line and exit 1 before Qt starts (Qt itself aborts with rc 134)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.display_check import NO_DISPLAY, display_problem

REPO = Path(__file__).resolve().parents[3]
#: No X server listens here: display numbers stop well below this in practice.
DEAD_DISPLAY = ":6543"


def run_app(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """`python -m desktop` with no display variables, plus `env`."""
    base = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--db", str(tmp_path / "book.db"), *args],
        env=base | {"PYTHONPATH": str(REPO)} | env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize(
    "env",
    [
        {},
        {"DISPLAY": DEAD_DISPLAY},  # a stale DISPLAY, e.g. from an old SSH session
        {"WAYLAND_DISPLAY": "wayland-9", "XDG_RUNTIME_DIR": "/nonexistent"},
    ],
)
def test_no_reachable_display_is_a_problem(env: dict[str, str]) -> None:
    assert display_problem(env, "linux") == NO_DISPLAY


def test_displayless_qt_plugins_and_other_systems_need_no_display() -> None:
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert display_problem({}, "win32") is None and display_problem({}, "darwin") is None


def test_wayland_socket_counts_as_a_display(tmp_path: Path) -> None:
    (tmp_path / "wayland-0").touch()
    env = {"WAYLAND_DISPLAY": "wayland-0", "XDG_RUNTIME_DIR": str(tmp_path)}
    assert display_problem(env, "linux") is None


@pytest.mark.parametrize("env", [{}, {"DISPLAY": DEAD_DISPLAY}])
def test_app_without_display_says_so_and_exits_1(tmp_path: Path, env: dict[str, str]) -> None:
    result = run_app(tmp_path, **env)
    assert (result.returncode, result.stderr) == (1, f"quickreply: {NO_DISPLAY}\n")
    assert not (tmp_path / "book.db").exists()  # stopped before anything was created


def test_self_check_still_runs_offscreen_with_the_fake_platform(tmp_path: Path) -> None:
    result = run_app(tmp_path, "--self-check", "--platform", "fake", QT_QPA_PLATFORM="offscreen")
    assert result.returncode == 0, result.stderr
    assert "backend" in result.stdout and "fake" in result.stdout
