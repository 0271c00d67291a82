"""One SQLite write transaction with the book's rules: BEGIN IMMEDIATE (through
`phrasebook.db.storage`'s connection), the clock's last stamp stored with the commit, SQLite's
failures turned into the `DatabaseError` that says which, caches reloaded after a rollback.

Nested transactions are savepoints (sqlite-utils' `atomic`): an inner failure rolls back only
the inner part, and the outer one may go on.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from sqlite_utils import Database

from phrasebook.db import faults


class Transaction:
    """A context manager around `db.atomic()`.

    Args:
        db: the open database.
        path: the file, named in errors.
        stamp: gives the clock's last stamp to store in meta on success (None: store nothing).
        on_failure: re-reads the caches a rolled-back transaction may have changed.
    """

    def __init__(
        self,
        db: Database,
        path: Path,
        stamp: Callable[[], str] | None,
        on_failure: Callable[[], None],
    ) -> None:
        self._db = db
        self._path = path
        self._stamp = stamp
        self._on_failure = on_failure
        self._atomic = db.atomic()

    def __enter__(self) -> None:
        try:
            self._atomic.__enter__()
        except sqlite3.Error as exc:
            raise faults.classify(exc, self._path, "write") from exc

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            if exc_type is None and self._stamp is not None:
                self._db.table("meta").upsert({"key": "hlc", "value": self._stamp()}, pk="key")
        except sqlite3.Error as failed:
            exc_type, exc, tb = type(failed), failed, failed.__traceback__
        try:
            self._atomic.__exit__(exc_type, exc, tb)
        except sqlite3.Error as failed:  # the COMMIT itself (disk full at the last moment)
            exc_type, exc = type(failed), failed
        finally:
            if exc_type is not None:
                self._on_failure()
        if isinstance(exc, sqlite3.Error) and not isinstance(exc, sqlite3.ProgrammingError):
            raise faults.classify(exc, self._path, "write") from exc
