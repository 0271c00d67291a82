"""Machine settings: the phrasebook folder chosen in settings is used from the next start."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop import launcher
from desktop.settings import machine_settings


def test_next_start_uses_the_chosen_file_unless_overridden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = tmp_path / "synced" / "phrasebook.db"
    machine_settings.choose_db_path(chosen)
    try:
        args = launcher.build_parser().parse_args([])
        assert launcher.db_path(args) == chosen
        explicit = launcher.build_parser().parse_args(["--db", str(tmp_path / "x.db")])
        assert launcher.db_path(explicit) == tmp_path / "x.db"
        monkeypatch.setenv("QUICKREPLY_DB", str(tmp_path / "env.db"))
        assert launcher.db_path(args) == tmp_path / "env.db"
    finally:
        machine_settings.choose_db_path(None)
    monkeypatch.delenv("QUICKREPLY_DB")
    assert launcher.db_path(launcher.build_parser().parse_args([])).name == "phrasebook.db"
    assert machine_settings.chosen_db_path() is None


def test_machine_settings_live_in_the_user_config_folder(user_dirs: Path) -> None:
    path = Path(machine_settings.machine_settings().fileName())
    assert path.is_relative_to(user_dirs)
