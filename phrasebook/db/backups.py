"""Rolling backups of the phrasebook file, and restoring one.

Backups are consistent copies made with SQLite's online backup API (safe while the app runs),
kept in a ``backups`` folder beside the database and named
``<db stem>-<YYYYmmdd-HHMMSS>-<kind>[-<serial>].db``: one daily backup per calendar day, the
newest seven of each kind. A restore first checks a scratch copy of the backup (the backup itself
is never opened for writing), then saves the current state as a ``pre-restore`` backup, so a
restore can itself be undone.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from phrasebook.db import storage
from phrasebook.db.backup_files import (
    DAY,
    KEEP,
    STAMP_FORMAT,
    BackupName,
    backup_dir,
    daily_backup_due,
    list_backups,
    make_backup,
    parse_name,
    resolve,
)
from phrasebook.errors import CorruptDatabaseError, DatabaseError

#: What lives in phrasebook.db.backup_files stays importable from here.
__all__ = [
    "DAY",
    "KEEP",
    "STAMP_FORMAT",
    "BackupName",
    "RestoreDiff",
    "backup_dir",
    "compare",
    "daily_backup_due",
    "list_backups",
    "make_backup",
    "parse_name",
    "replace_contents",
    "replace_damaged",
    "resolve",
    "restore_into",
    "restore_latest_over_damaged",
    "restore_over_damaged",
    "verified",
]


@contextmanager
def verified(backup: Path, work_dir: Path | None = None) -> Iterator[Path]:
    """A checked, migrated scratch copy of `backup` (deleted afterwards).

    Raises DatabaseError naming the backup when it is empty, damaged, foreign or newer.
    """
    if backup.stat().st_size == 0:
        raise CorruptDatabaseError(backup, "is empty, not a backup; nothing was restored")
    with tempfile.TemporaryDirectory(prefix=".restore-", dir=work_dir) as tmp:
        copy = Path(tmp) / "restore.db"
        shutil.copyfile(backup, copy)
        try:
            db, _ = storage.open_database(copy)
        except DatabaseError as exc:
            raise type(exc)(backup, f"{exc.reason}; nothing was restored") from None
        db.close()
        yield copy


@dataclass(frozen=True, slots=True)
class RestoreDiff:
    """What the current book has that a backup lacks: what a restore would take away."""

    new_phrases: int
    edited_phrases: int
    uses: int
    notebook_entries: int

    @property
    def anything(self) -> bool:
        return any((self.new_phrases, self.edited_phrases, self.uses, self.notebook_entries))

    def describe(self) -> str:
        if not self.anything:
            return "the backup holds everything the current book has"
        parts = [
            f"{n} {what}"
            for n, what in (
                (self.new_phrases, "phrases added"),
                (self.edited_phrases, "phrases edited"),
                (self.uses, "insertions recorded"),
                (self.notebook_entries, "notebook entries"),
            )
            if n
        ]
        return "the current book has " + ", ".join(parts) + " since the backup"


def compare(conn: sqlite3.Connection, checked_copy: Path) -> RestoreDiff:
    """Count what `conn`'s book has that the (verified, migrated) backup copy does not."""
    conn.execute("ATTACH DATABASE ? AS restoring", [str(checked_copy)])
    try:

        def one(sql: str) -> int:
            return int(conn.execute(sql).fetchone()[0] or 0)

        return RestoreDiff(
            new_phrases=one(
                "SELECT count(*) FROM main.phrases p WHERE p.deleted = 0 AND NOT EXISTS"
                " (SELECT 1 FROM restoring.phrases q WHERE q.id = p.id)"
            ),
            edited_phrases=one(
                "SELECT count(*) FROM main.phrases p JOIN restoring.phrases q ON q.id = p.id"
                " WHERE p.updated > q.updated"
            ),
            uses=one(
                "SELECT count(*) FROM main.usage WHERE at >"
                " coalesce((SELECT max(at) FROM restoring.usage), 0)"
            ),
            notebook_entries=one(
                "SELECT count(*) FROM main.notebook n WHERE NOT EXISTS (SELECT 1 FROM"
                " restoring.notebook m WHERE m.id = n.id AND m.updated >= n.updated)"
            ),
        )
    finally:
        conn.execute("DETACH DATABASE restoring")


def replace_contents(
    conn: sqlite3.Connection, source: Path, before: Callable[[], Path] | None = None
) -> Path | None:
    """Replace the open book's rows with `source`'s (a verified, migrated copy) in one write
    transaction; `before()` (the safety copy) runs inside it, after the write lock is taken.

    Holding the write lock from the safety copy to the commit means no other process can
    commit in between: its write is either in the safety copy or waits and lands after the
    restore, never lost between the two.
    """
    conn.execute("ATTACH DATABASE ? AS restoring", [str(source)])
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            safety = before() if before is not None else None
            conn.execute("PRAGMA defer_foreign_keys = ON")
            for table in _tables(conn, "main"):
                conn.execute(f"DELETE FROM main.[{table}]")
                theirs = set(_columns(conn, "restoring", table))
                names = ", ".join(f"[{c}]" for c in _columns(conn, "main", table) if c in theirs)
                if names:
                    select = f"SELECT {names} FROM restoring.[{table}]"
                    conn.execute(f"INSERT INTO main.[{table}] ({names}) {select}")
            conn.commit()
        except BaseException:
            conn.rollback()
            raise
    finally:
        conn.execute("DETACH DATABASE restoring")
    return safety


def _tables(conn: sqlite3.Connection, schema: str) -> list[str]:
    rows = conn.execute(
        f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    )
    return [r[0] for r in rows]


def _columns(conn: sqlite3.Connection, schema: str, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA {schema}.table_info([{table}])")]


def restore_into(conn: sqlite3.Connection, backup: Path) -> None:
    """Replace the open database's content with the backup's, in one step.

    The backup is checked first (a damaged or foreign file raises DatabaseError and nothing
    changes).
    """
    with verified(backup) as copy:
        replace_contents(conn, copy)


def restore_over_damaged(db_path: Path, backup: Path, now: float | None = None) -> Path:
    """Put a backup in place of a database file that no longer opens.

    The damaged file (and its -wal/-shm) is moved into the backups folder, never deleted.
    Returns where it was moved.
    """
    folder = backup_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    with verified(backup, work_dir=folder) as copy:
        return replace_damaged(db_path, copy, now)


def restore_latest_over_damaged(db_path: Path) -> tuple[Path, Path]:
    """Put the newest backup in place of a damaged book; returns (backup used, damaged copy)."""
    source = resolve(db_path, "latest")
    return source, restore_over_damaged(db_path, source)


def replace_damaged(db_path: Path, replacement: Path, now: float | None = None) -> Path:
    """Move a damaged book (with its -wal/-shm) into backups/ and `replacement` into its place.

    Returns where the damaged file now is (named *.damaged-<stamp>, never listed as a backup).
    """
    folder = backup_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.fromtimestamp(time.time() if now is None else now).strftime(STAMP_FORMAT)
    kept = folder / f"{db_path.name}.damaged-{stamp}"
    for suffix in ("-wal", "-shm"):
        side = db_path.with_name(db_path.name + suffix)
        if side.exists():
            os.replace(side, kept.with_name(kept.name + suffix))
    os.replace(db_path, kept)
    os.replace(replacement, db_path)
    return kept
