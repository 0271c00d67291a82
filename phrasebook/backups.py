"""Rolling backups of the phrasebook file, and restoring one.

Backups are consistent copies made with SQLite's online backup API (safe while the app runs),
kept in a ``backups`` folder beside the database: one a day, the newest seven of each kind.
A restore first checks the backup is a readable phrasebook, then saves the current state as a
``pre-restore`` backup, so a restore can itself be undone.
"""

from __future__ import annotations

import sqlite3
import time
from datetime import datetime
from pathlib import Path

from phrasebook import storage
from phrasebook.errors import NotFoundError

DAY = 24 * 60 * 60
KEEP = 7


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def list_backups(db_path: Path) -> list[Path]:
    """This database's backups, newest first."""
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{db_path.stem}-*.db"), key=lambda p: p.name, reverse=True)


def make_backup(
    conn: sqlite3.Connection, db_path: Path, kind: str = "manual", now: float | None = None
) -> Path:
    """Copy the open database to a new backup file; returns its path."""
    folder = backup_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.fromtimestamp(time.time() if now is None else now).strftime("%Y%m%d-%H%M%S")
    target = folder / f"{db_path.stem}-{stamp}-{kind}.db"
    serial = 1
    while target.exists():
        serial += 1
        target = folder / f"{db_path.stem}-{stamp}-{kind}-{serial}.db"
    partial = target.with_suffix(".partial")
    dest = sqlite3.connect(partial)
    try:
        conn.backup(dest)
    finally:
        dest.close()
    partial.replace(target)  # a crash mid-copy leaves only a .partial, never a broken backup
    _rotate(db_path, kind)
    return target


def daily_backup_due(db_path: Path, now: float | None = None) -> bool:
    """True when no daily backup was made in the last 24 hours."""
    now = time.time() if now is None else now
    dailies = [p for p in list_backups(db_path) if "-daily" in p.name]
    return not dailies or now - dailies[0].stat().st_mtime >= DAY


def resolve(db_path: Path, name: str) -> Path:
    """A backup by path, file name, or "latest"."""
    backups = list_backups(db_path)
    if name == "latest":
        if not backups:
            raise NotFoundError(f"no backups in {backup_dir(db_path)}")
        return backups[0]
    candidate = Path(name)
    if candidate.is_file():
        return candidate
    for path in backups:
        if name in (path.name, path.stem):
            return path
    raise NotFoundError(f"no backup {name!r}; `phrasebook backup --list` shows them")


def restore_into(conn: sqlite3.Connection, backup: Path) -> None:
    """Replace the open database's content with the backup's, in one step.

    The backup is opened and checked first (a damaged or foreign file raises DatabaseError and
    nothing changes).
    """
    source_db, _ = storage.open_database(backup)
    try:
        source_db.conn.backup(conn)
    finally:
        source_db.close()


def _rotate(db_path: Path, kind: str) -> None:
    same_kind = [p for p in list_backups(db_path) if f"-{kind}" in p.name]
    for old in same_kind[KEEP:]:
        old.unlink(missing_ok=True)
