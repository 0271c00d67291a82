"""Fixtures for the core's tests: the `phrasebook` command run in-process on any file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from phrasebook.cli import main


@pytest.fixture
def cli_run(capsys: pytest.CaptureFixture[str]) -> Any:
    """`cli_run(path, *args)` -> (exit code, stdout, stderr) of `phrasebook --db path ...`."""

    def invoke(path: Path, *args: str) -> tuple[int, str, str]:
        code = main.main(["--db", str(path), *args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return invoke
