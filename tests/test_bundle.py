"""The PyInstaller bundle builds, starts offscreen with the fake platform and finds its resources.

Slow (a build takes a minute or more), so it runs only with QUICKREPLY_TEST_BUNDLE=1;
CI runs the same steps through .ci/bundle.sh.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.environ.get("QUICKREPLY_TEST_BUNDLE") != "1",
        reason="builds the bundle; set QUICKREPLY_TEST_BUNDLE=1",
    ),
]


@pytest.fixture(scope="module")
def built() -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", str(ROOT / ".ci" / "bundle.sh")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def test_bundle_builds_and_passes_its_self_check(built: subprocess.CompletedProcess[str]) -> None:
    assert built.returncode == 0, built.stdout + built.stderr
    assert "[result]\n  ok" in built.stdout
    assert "bundle: dist/quickreply is" in built.stdout


def test_bundle_reads_resources_from_itself(built: subprocess.CompletedProcess[str]) -> None:
    assert str(Path("_internal") / "resources") in built.stdout
    bundled = ROOT / "dist" / "quickreply" / "_internal" / "resources"
    for folder in ("starter", "translations", "icons"):
        assert any((bundled / folder).iterdir()), folder


def test_bundle_fails_its_self_check_without_resources(
    built: subprocess.CompletedProcess[str], tmp_path: Path
) -> None:
    """A bundle missing its resources must say so and exit non-zero."""
    exe = (
        ROOT
        / "dist"
        / "quickreply"
        / ("quickreply.exe" if sys.platform == "win32" else "quickreply")
    )
    empty = tmp_path / "res"
    (empty / "starter").mkdir(parents=True)  # found, but without packs, translations, icons
    env = os.environ | {
        "QT_QPA_PLATFORM": "offscreen",
        "QUICKREPLY_RESOURCES": str(empty),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    run = subprocess.run(
        [str(exe), "--self-check", "--platform", "fake"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert run.returncode == 1
    assert "PROBLEM: resources/translations" in run.stdout
