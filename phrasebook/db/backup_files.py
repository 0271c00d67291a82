"""Backup files beside the database: their names, making one, listing and rotating them.

Kept apart from `phrasebook.db.backups` (checking and restoring) because opening a database
(`phrasebook.db.storage`) makes a safety copy before it migrates or reindexes a file, and the
restore side opens databases: one module for both would import storage and be imported by it.
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

from phrasebook.db import faults
from phrasebook.errors import NotFoundError

DAY = 24 * 60 * 60
KEEP = 7
STAMP_FORMAT = "%Y%m%d-%H%M%S"
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
    stamp = datetime.fromtimestamp(time.time() if now is None else now).strftime(STAMP_FORMAT)
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


def _rotate(db_path: Path, kind: str) -> None:
    names = ((parse_name(db_path, p), p) for p in list_backups(db_path))
    same_kind = [p for name, p in names if name and name.kind == kind]
    for old in same_kind[KEEP:]:
        old.unlink(missing_ok=True)
