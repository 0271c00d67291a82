"""Opening the SQLite file safely: refuse what is not ours, migrate what is, damage nothing.

The checks run before the first write, so a corrupt file, another program's database or a file
from a newer QuickReply is reported with its path and left byte-for-byte as it was.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from phrasebook import schema
from phrasebook.errors import (
    CorruptDatabaseError,
    DatabaseError,
    ForeignDatabaseError,
    NewerSchemaError,
)


def open_database(path: Path) -> tuple[Database, list[str]]:
    """Open (creating if absent) a phrasebook file and bring its schema up to date.

    Returns the database and the names of the migrations that just ran.
    Raises DatabaseError subclasses naming the file; the file is then untouched.
    """
    _check_header(path)
    try:
        conn = sqlite3.connect(path, check_same_thread=False)
    except sqlite3.Error as exc:
        raise DatabaseError(path, f"cannot open the database: {exc}") from exc
    try:
        db = Database(conn)
        _check_readable(db, path)
        _check_ours(db, path)
        _check_not_newer(db, path)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            conn.execute("PRAGMA journal_mode = WAL")
        _backup_before_migrating(db, path)
        ran = schema.apply_migrations(db)
        _stamp_app(db)
    except BaseException:
        conn.close()
        raise
    return db, ran


def _check_header(path: Path) -> None:
    if path.is_dir():
        raise DatabaseError(path, "is a folder, not a phrasebook file")
    if not path.exists():
        if not path.parent.is_dir():
            raise DatabaseError(path, "the folder for this file does not exist")
        return
    if not _is_sqlite(path):
        raise CorruptDatabaseError(
            path,
            "is not a SQLite database (damaged, or not a phrasebook); it was left untouched."
            " If it was your phrasebook, `phrasebook restore latest` brings back a backup",
        )


def _is_sqlite(path: Path) -> bool:
    """Whether SQLite can read the file's header, asked read-only through SQLite itself.

    Never open() the file here: this process may already hold it open (the app's own book, a
    background job's second connection), and closing *any* descriptor of a file drops every
    POSIX lock the process holds on it, which SQLite's locking depends on.
    """
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return True  # unreadable: the real connection right after says why
    try:
        conn.execute("PRAGMA schema_version")
    except sqlite3.DatabaseError as exc:
        return getattr(exc, "sqlite_errorcode", None) != sqlite3.SQLITE_NOTADB
    finally:
        conn.close()
    return True


def _check_readable(db: Database, path: Path) -> None:
    try:
        result = db.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabaseError(
            path, f"the database is damaged ({exc}); restore a backup with `phrasebook restore`"
        ) from exc
    if result != "ok":
        raise CorruptDatabaseError(
            path, f"the database is damaged ({result}); restore a backup with `phrasebook restore`"
        )


def _check_ours(db: Database, path: Path) -> None:
    names = set(db.table_names())
    if not names:
        return  # a new, empty file: ours to initialise
    if "meta" in names:
        row = db.execute("SELECT value FROM meta WHERE key = 'app'").fetchone()
        if row and row[0] == schema.APP_ID:
            return
    if _first_open_cut_short(db, names):
        return
    raise ForeignDatabaseError(
        path, "is a SQLite database of another program, not a QuickReply phrasebook; left untouched"
    )


def _first_open_cut_short(db: Database, names: set[str]) -> bool:
    """A file whose first open was killed before the app stamp: only our migration records.

    The migrations table is created, each migration commits, then the stamp is written; a
    crash between those steps must not make the user's new file "another program's".
    """
    if "_sqlite_migrations" not in names:
        return False
    rows = db.execute("SELECT DISTINCT migration_set FROM _sqlite_migrations").fetchall()
    sets = {row[0] for row in rows}
    return sets == {schema.MIGRATION_SET} if sets else names == {"_sqlite_migrations"}


def _check_not_newer(db: Database, path: Path) -> None:
    if "_sqlite_migrations" not in db.table_names():
        return
    unknown = [n for n in schema.applied_migrations(db) if n not in schema.KNOWN_MIGRATIONS]
    if unknown:
        raise NewerSchemaError(
            path,
            f"was written by a newer QuickReply (schema step {unknown[-1]!r} is unknown here); "
            "update QuickReply to open it. The file was left untouched",
        )


def _backup_before_migrating(db: Database, path: Path) -> None:
    """Copy a file written by an older QuickReply before its schema changes (not a new file).

    An upgrade that goes wrong can then be undone with `phrasebook restore`; a failed copy
    stops the upgrade, so the file is never migrated without its safety copy.
    """
    if "meta" not in db.table_names() or not schema.migrations.pending(db):
        return
    from phrasebook import backups  # imported here: backups builds on this module

    try:
        backups.make_backup(db.conn, path, "pre-migration")
    except (OSError, sqlite3.Error) as exc:
        raise DatabaseError(
            path, f"needs an upgrade, but no backup could be made first ({exc}); left untouched"
        ) from exc


def _stamp_app(db: Database) -> None:
    with db.atomic():
        db.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('app', ?)", [schema.APP_ID])
        db.execute(
            "INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?)",
            [str(schema.SCHEMA_VERSION)],
        )
