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


def test_the_command_line_follows_the_folder_the_app_moved_to(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Settings → Data moves the book: `phrasebook` with no --db must write to the same file."""
    from phrasebook.cli.main import main
    from phrasebook.paths import default_db_path

    monkeypatch.delenv("QUICKREPLY_DB", raising=False)
    moved = tmp_path / "moved" / "phrasebook.db"
    machine_settings.choose_db_path(moved)
    assert default_db_path() == moved.resolve()
    assert main(["add", "搬家后的新回复", "--title", "搬家"]) == 0
    from phrasebook import Phrasebook

    with Phrasebook.open(moved, auto_backup=False) as book:
        assert [p.title for p in book.phrases() if p.title == "搬家"] == ["搬家"]
    machine_settings.choose_db_path(None)
    assert default_db_path() != moved.resolve()


def test_a_choice_an_older_version_kept_in_qsettings_moves_to_the_shared_location(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop import setting_keys
    from phrasebook.paths import chosen_location

    monkeypatch.delenv("QUICKREPLY_DB", raising=False)
    older = tmp_path / "older" / "phrasebook.db"
    settings = machine_settings.machine_settings()
    settings.setValue(setting_keys.DB_PATH, str(older))
    settings.sync()
    assert machine_settings.chosen_db_path() == str(older.resolve())
    assert chosen_location() == older.resolve()
    assert machine_settings.machine_settings().value(setting_keys.DB_PATH) is None
