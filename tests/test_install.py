"""`.ci/install` never touches the system python and says what a bare system lacks.

These run the real script in a scratch copy of `.ci/` with stand-in interpreters, so they need
no network; the full install (venv, pip, command links) is what CI's `.ci/run` does for real.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def checkout(tmp_path: Path) -> Path:
    """A checkout with .ci/install but no apt list, so no Debian package is touched."""
    repo = tmp_path / "repo"
    (repo / ".ci").mkdir(parents=True)
    shutil.copy(ROOT / ".ci" / "install", repo / ".ci" / "install")
    return repo


def stand_in(path: Path, body: str) -> Path:
    path.write_text(f"#!/bin/sh\n{body}\n")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


def install(repo: Path, python: Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHON=str(python), HOME=str(home))
    return subprocess.run(
        ["bash", str(repo / ".ci" / "install")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def test_without_the_venv_module_it_names_the_package_and_leaves_nothing(
    tmp_path: Path,
) -> None:
    repo = checkout(tmp_path)
    # Debian's python3 without python3-venv: `-m venv` fails on ensurepip.
    python = stand_in(
        tmp_path / "python3",
        'case "$*" in *"-m venv"*) echo "ensurepip is not available" >&2; exit 1;; esac\nexit 0',
    )
    done = install(repo, python, tmp_path / "home")
    assert done.returncode == 1
    assert "python3-venv" in done.stderr
    assert not (repo / ".venv").exists()
    assert not (tmp_path / "home" / ".local" / "bin").exists()


def test_an_old_python_is_refused_with_its_version(tmp_path: Path) -> None:
    repo = checkout(tmp_path)
    python = stand_in(
        tmp_path / "python3", 'if [ "$1" = -V ]; then echo "Python 3.9.2"; fi\nexit 1'
    )
    done = install(repo, python, tmp_path / "home")
    assert done.returncode == 1
    assert "needs Python 3.11 or newer; Python 3.9.2 is too old" in done.stderr


def test_the_apt_list_names_what_a_minimal_system_lacks_for_a_venv() -> None:
    listed = {
        line.split("#")[0].strip()
        for line in (ROOT / ".ci" / "apt-packages.txt").read_text().splitlines()
    }
    assert {"python3", "python3-venv"} <= listed
