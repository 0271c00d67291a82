"""Turning SQLite's error codes into the four things a person can act on.

"database is locked", a read-only folder and a full disk are not damage: calling them damaged
sent people to `restore`, which replaced a healthy book with an older one. Only SQLITE_CORRUPT
and SQLITE_NOTADB suggest salvage or restore; the others say what to do instead.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path

from phrasebook.db.file_holders import describe_holders
from phrasebook.errors import (
    BusyDatabaseError,
    CorruptDatabaseError,
    DatabaseError,
    DiskFullError,
    DiskIOError,
    ReadOnlyDatabaseError,
)

# Primary result codes (the low byte of extended codes): sqlite.org/rescode.html
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 6, 8, 10, 11, 13, 14, 26
#: Below this many free bytes an I/O error on write is reported as a full disk.
_NEARLY_FULL = 4 * 1024 * 1024

DAMAGE_ADVICE = (
    "`phrasebook check-db --salvage` copies everything still readable into a fresh book;"
    " `phrasebook restore latest` brings back the newest backup instead"
)


_BY_TEXT = (
    ("locked", _BUSY),
    ("busy", _BUSY),
    ("readonly", _READONLY),
    ("read-only", _READONLY),
    ("disk is full", _FULL),
    ("disk i/o error", _IOERR),
    ("malformed", _CORRUPT),
    ("not a database", _NOTADB),
    ("unable to open", _CANTOPEN),
)


def primary_code(exc: sqlite3.Error) -> int | None:
    """SQLite's primary result code; read from the message when the exception carries none."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return int(code) & 0xFF
    text = str(exc).lower()
    return next((c for words, c in _BY_TEXT if words in text), None)


def classify(exc: sqlite3.Error, path: Path, doing: str = "use") -> DatabaseError:
    """The DatabaseError subclass (with an actionable message) for a SQLite failure on `path`."""
    code = primary_code(exc)
    text = str(exc)
    if code in (_BUSY, _LOCKED):
        held = describe_holders(path)
        return BusyDatabaseError(
            path,
            f"cannot {doing} it: another program{held} is writing to the phrasebook and did not"
            " finish in time. The file is fine; try again in a moment",
        )
    if code == _READONLY:
        return ReadOnlyDatabaseError(path, f"cannot {doing} it: {read_only_reason(path)}")
    if code == _FULL or (code == _IOERR and disk_nearly_full(path)):
        return DiskFullError(path, f"cannot {doing} it: {full_reason(path)}")
    if code in (_CORRUPT, _NOTADB):
        return CorruptDatabaseError(path, f"the database is damaged ({text}); {DAMAGE_ADVICE}")
    if code == _CANTOPEN:
        if not os.access(path.parent, os.W_OK | os.X_OK):
            return ReadOnlyDatabaseError(path, f"cannot {doing} it: {read_only_reason(path)}")
        return DiskIOError(path, f"cannot open it ({text}); check that the file and folder exist")
    if code == _IOERR:
        return DiskIOError(
            path,
            f"cannot {doing} it: the disk or network share reported an error ({text}). Nothing"
            " was changed; check the drive or connection and try again",
        )
    return DatabaseError(path, f"cannot {doing} it ({text})")


def classify_os_error(exc: OSError, path: Path, doing: str = "write") -> DatabaseError:
    """The same four answers for a plain file operation (copying a backup, say)."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return DiskFullError(path, f"cannot {doing} it: {full_reason(path)}")
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return ReadOnlyDatabaseError(path, f"cannot {doing} it: {read_only_reason(path)}")
    return DiskIOError(path, f"cannot {doing} it: {exc.strerror or exc}")


def read_only_reason(path: Path) -> str:
    if _read_only_mount(path):
        what = "the drive or share holding it is mounted read-only"
    elif path.exists() and not os.access(path, os.W_OK):
        what = "the file is read-only"
    elif not os.access(path.parent, os.W_OK | os.X_OK):
        what = f"its folder {path.parent} is read-only"
    else:
        what = "the drive or share is mounted read-only"
    return (
        f"{what}. SQLite also needs to write the -wal and -shm files beside it. Nothing was"
        " changed; fix the permissions, or move the phrasebook with --db to a writable folder"
    )


def _read_only_mount(path: Path) -> bool:
    try:
        return bool(os.statvfs(path.parent).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # no statvfs on Windows
        return False


def free_bytes(path: Path) -> int | None:
    try:
        return shutil.disk_usage(path.parent if not path.is_dir() else path).free
    except OSError:
        return None


def disk_nearly_full(path: Path) -> bool:
    free = free_bytes(path)
    return free is not None and free < _NEARLY_FULL


def full_reason(path: Path) -> str:
    free = free_bytes(path)
    room = f" ({free // 1024} KB free)" if free is not None else ""
    return (
        f"the disk holding {path.parent} is full{room}. Nothing was lost or half-written;"
        " free some space and try again"
    )
