"""The core/GUI split is machine-checked: the core never imports Qt, OS input or the app."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_linter_contracts_hold() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "from importlinter.cli import lint_imports_command; lint_imports_command()",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 kept, 0 broken" in result.stdout


def test_importing_the_core_loads_no_gui_or_os_input_module() -> None:
    probe = (
        "import sys, phrasebook, phrasebook.cli.main;"
        "bad = [m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'desktop', 'keyboard', 'pynput', 'Xlib', 'pyperclip')];"
        "print(','.join(bad))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert result.stdout.strip() == ""
