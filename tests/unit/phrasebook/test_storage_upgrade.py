"""Upgrades: a file written by an older QuickReply opens, migrates, and is backed up first."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database, Migrations

from phrasebook import Phrasebook
from phrasebook.db import backup_files, backups, schema, storage
from phrasebook.errors import DatabaseError


@pytest.fixture
def old_file(tmp_path: Path) -> Path:
    """A phrasebook written by this version, before `newer_program` upgrades the program."""
    path = tmp_path / "book.db"
    with Phrasebook.open(path, auto_backup=False) as old:
        old.add("老版本写的短语", code="old")
    return path


@pytest.fixture
def newer_program(old_file: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """This program knows one migration more than the files written so far."""
    current = schema.migrations
    upgraded = Migrations(schema.MIGRATION_SET)
    upgraded._migrations = [*current._migrations]

    @upgraded(name="m9999_upgrade_test")
    def _add_table(db: Database) -> None:
        db.table("upgrade_test").create({"id": int}, pk="id")

    monkeypatch.setattr(schema, "migrations", upgraded)
    monkeypatch.setattr(schema, "KNOWN_MIGRATIONS", frozenset(m.name for m in upgraded._migrations))
    return "m9999_upgrade_test"


def _tables(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()


def test_an_older_file_is_backed_up_then_migrated(old_file: Path, newer_program: str) -> None:
    path = old_file
    with Phrasebook.open(path, auto_backup=False) as book:
        assert book.migrations_run == [newer_program]
        assert book.by_code("old")[0].text == "老版本写的短语"
        saved = book.backups()
    assert len(saved) == 1
    assert backups.parse_name(path, saved[0]).kind == "pre-migration"  # type: ignore[union-attr]
    assert "upgrade_test" not in _tables(saved[0])  # the copy is the file as it was
    assert "upgrade_test" in _tables(path)


def test_the_backup_of_an_older_file_restores(old_file: Path, newer_program: str) -> None:
    path = old_file
    with Phrasebook.open(path, auto_backup=False) as book:
        book.delete(book.by_code("old")[0].id)
        book.restore(book.backups()[0])
        assert book.by_code("old")[0].text == "老版本写的短语"


def test_a_new_file_gets_no_backup(tmp_path: Path, old_file: Path, newer_program: str) -> None:
    path = tmp_path / "new.db"
    with Phrasebook.open(path, auto_backup=False) as book:
        assert book.backups() == []
        assert newer_program in book.migrations_run


def test_a_current_file_gets_no_backup(old_file: Path) -> None:
    path = old_file
    with Phrasebook.open(path, auto_backup=False) as book:
        assert book.migrations_run == []
        assert book.backups() == []


def test_no_backup_no_migration(
    old_file: Path, newer_program: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = old_file

    def full_disk(*args: object, **kwargs: object) -> Path:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup_files, "make_backup", full_disk)
    with pytest.raises(DatabaseError, match="no backup could be made"):
        storage.open_database(path)
    assert "upgrade_test" not in _tables(path)
