"""ruff and mypy run as tests, so the README's one test command checks style and types too."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    "args", [["check", "."], ["format", "--check", "."]], ids=["check", "format"]
)
def test_ruff(args: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ruff", *args], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]


def test_mypy_core_is_strict_clean() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "phrasebook"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-4000:]


def test_mypy_app_is_clean() -> None:
    """The app is checked too (untyped defs refused), so a wrong call into the core shows here."""
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "desktop"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-4000:]
