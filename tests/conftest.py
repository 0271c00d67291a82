"""Shared fixtures: real phrasebook files in tmp dirs, user folders redirected, platform skips."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from phrasebook import Phrasebook

# Speed is measured in benchmarks/, never asserted: a property test is judged on its examples
# alone, so a busy CI machine cannot fail one with hypothesis' per-example deadline.
settings.register_profile("quickreply", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("quickreply")


@pytest.fixture(autouse=True)
def user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point every per-user folder at tmp_path, so no test touches the real profile."""
    home = tmp_path / "home"
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        folder = home / name.lower()
        folder.mkdir(parents=True)
        monkeypatch.setenv(name, str(folder))
    monkeypatch.delenv("QUICKREPLY_DB", raising=False)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    return home


@pytest.fixture
def book(tmp_path: Path) -> Iterator[Phrasebook]:
    """An empty phrasebook in a real SQLite file."""
    with Phrasebook.open(tmp_path / "book.db") as opened:
        yield opened


@pytest.fixture(scope="session")
def _starter_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "starter.db"
    with Phrasebook.open(path) as template:
        template.seed_starter("zh-Hans")
    return path


@pytest.fixture
def starter_book(tmp_path: Path, _starter_template: Path) -> Iterator[Phrasebook]:
    """A copy of a phrasebook seeded with the zh-Hans starter set (prepared once per run)."""
    path = tmp_path / "starter.db"
    shutil.copy(_starter_template, path)
    with Phrasebook.open(path, auto_backup=False) as opened:
        yield opened


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Skip tests marked for another OS, or for X11 when no Xvfb is installed."""
    reasons = {
        "windows": None if sys.platform == "win32" else "needs Windows",
        "macos": None if sys.platform == "darwin" else "needs macOS",
        "x11": None if shutil.which("Xvfb") else "needs Xvfb (bash .ci/install installs it)",
        "e2e": None if shutil.which("Xvfb") else "needs Xvfb (bash .ci/install installs it)",
    }
    for item in items:
        for marker, reason in reasons.items():
            if reason and marker in item.keywords:
                item.add_marker(pytest.mark.skip(reason=reason))
