"""Without the [server] extra the server tests skip with the reason, rather than error."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parents[1]

# Run in the child before anything else: Starlette and uvicorn cannot be imported there.
BLOCKER = """
import sys

class _NoServerExtra:
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in ("starlette", "uvicorn", "psycopg"):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None

sys.meta_path.insert(0, _NoServerExtra())
"""


def test_server_tests_skip_naming_the_extra_when_it_is_missing(tmp_path: Path) -> None:
    (tmp_path / "sitecustomize.py").write_text(BLOCKER)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(tmp_path), str(ROOT)]))
    pytest_args = ["-q", "-rs", "-p", "no:cacheprovider", str(HERE / "test_server_exchange.py")]
    done = subprocess.run(
        [sys.executable, "-m", "pytest", *pytest_args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=300,
        check=False,
    )
    report = done.stdout + done.stderr
    assert done.returncode == 0, report
    assert "error" not in report.splitlines()[-1], report
    assert "skipped" in report.splitlines()[-1], report
    assert "the [server] extra is not installed" in report
