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
import re
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

from phrasebook.db import faults, storage
from phrasebook.errors import CorruptDatabaseError, DatabaseError, NotFoundError

DAY = 24 * 60 * 60
KEEP = 7
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"(?P<stamp>\d{8}-\d{6})-(?P<kind>[a-z]+(?:-[a-z]+)*)(?:-(?P<serial>\d+))?\.db")


class BackupName(NamedTuple):
    """What a backup's file name says: when (local time), its serial that second, its kind."""

    stamp: str
    serial: int
    kind: str


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def parse_name(db_path: Path, path: Path) -> BackupName | None:
    """The parts of one of this database's backup names; None for any other file."""
    prefix = f"{db_path.stem}-"
    match = _NAME.fullmatch(path.name[len(prefix) :]) if path.name.startswith(prefix) else None
    if match is None:
        return None
    return BackupName(match["stamp"], int(match["serial"] or 1), match["kind"])


def list_backups(db_path: Path) -> list[Path]:
    """This database's backups, newest first (by the stamp in the name, then its serial)."""
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    named = [(parse_name(db_path, p), p) for p in folder.glob(f"{db_path.stem}-*.db")]
    return [p for name, p in sorted((n, p) for n, p in named if n is not None)][::-1]


def make_backup(
    conn: sqlite3.Connection, db_path: Path, kind: str = "manual", now: float | None = None
) -> Path:
    """Copy the open database to a new backup file; returns its path."""
    folder = backup_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.fromtimestamp(time.time() if now is None else now).strftime(_STAMP)
    target = folder / f"{db_path.stem}-{stamp}-{kind}.db"
    serial = 1
    while target.exists():
        serial += 1
        target = folder / f"{db_path.stem}-{stamp}-{kind}-{serial}.db"
    partial = target.with_suffix(f".{os.getpid()}.partial")  # two processes may back up at once
    try:
        dest = sqlite3.connect(partial)
        try:
            conn.backup(dest)
        finally:
            dest.close()
        partial.replace(target)  # a crash mid-copy leaves only a .partial, never a broken backup
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)  # a full disk leaves nothing half-written behind
        if isinstance(exc, OSError):
            raise faults.classify_os_error(exc, target, "write") from exc
        raise faults.classify(exc, target, "write") from exc
    _rotate(db_path, kind)
    return target


def daily_backup_due(db_path: Path, now: float | None = None) -> bool:
    """True when no daily backup is stamped with today's date.

    The date comes from the name (written with the same injectable clock), not the file's
    mtime, so a test clock or a copied backup folder gives the same answer.
    """
    today = datetime.fromtimestamp(time.time() if now is None else now).strftime("%Y%m%d")
    names = (parse_name(db_path, p) for p in list_backups(db_path))
    return not any(n and n.kind == "daily" and n.stamp.startswith(today) for n in names)


def resolve(db_path: Path, name: str) -> Path:
    """A backup by path, file name, or "latest"."""
    backups = list_backups(db_path)
    if name == "latest":  # the newest real backup, not the copy a restore itself just made
        named = [(parse_name(db_path, p), p) for p in backups]
        real = [p for n, p in named if n is None or n.kind != "pre-restore"]
        if not real:
            raise NotFoundError(f"no backups in {backup_dir(db_path)}")
        return real[0]
    candidate = Path(name).expanduser()
    if candidate.is_file():
        return candidate
    for path in backups:
        if name in (path.name, path.stem):
            return path
    raise NotFoundError(f"no backup {name!r}; `phrasebook backup --list` shows them")


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
    stamp = datetime.fromtimestamp(time.time() if now is None else now).strftime(_STAMP)
    kept = folder / f"{db_path.name}.damaged-{stamp}"
    for suffix in ("-wal", "-shm"):
        side = db_path.with_name(db_path.name + suffix)
        if side.exists():
            os.replace(side, kept.with_name(kept.name + suffix))
    os.replace(db_path, kept)
    os.replace(replacement, db_path)
    return kept


def _rotate(db_path: Path, kind: str) -> None:
    names = ((parse_name(db_path, p), p) for p in list_backups(db_path))
    same_kind = [p for name, p in names if name and name.kind == kind]
    for old in same_kind[KEEP:]:
        old.unlink(missing_ok=True)
