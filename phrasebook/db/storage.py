"""Opening the SQLite file safely: refuse what is not ours, migrate what is, damage nothing.

The checks run before the first write, so a corrupt file, another program's database or a file
from a newer QuickReply is reported with its path and left byte-for-byte as it was.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from phrasebook.db import backup_files, faults, schema
from phrasebook.errors import (
    CorruptDatabaseError,
    DatabaseError,
    ForeignDatabaseError,
    NewerSchemaError,
)

log = logging.getLogger(__name__)
#: Seconds a connection waits for another process's write to finish before giving up.
BUSY_TIMEOUT = 10.0
#: Pages in the WAL after which a commit checkpoints it into the main file. One page means every
#: commit is checkpointed at once, so losing the WAL file loses at most a commit in flight.
WAL_AUTOCHECKPOINT_PAGES = 1
#: Bytes the WAL file is truncated to after a checkpoint.
JOURNAL_SIZE_LIMIT = 1024 * 1024
#: Files up to this size get every text cell decoded at open; larger ones rely on check-db.
_DECODE_SCAN_LIMIT = 64 * 1024 * 1024
INDEX_DAMAGE = re.compile(
    r"(missing from index|wrong # of entries in index|non-unique entry in UNIQUE index"
    r"|row \d+ missing from index)"
)


def open_database(path: Path) -> tuple[Database, list[str]]:
    """Open (creating if absent) a phrasebook file and bring its schema up to date.

    Returns the database and the names of the migrations that just ran.
    Raises DatabaseError subclasses naming the file. A file that is refused (damaged, foreign,
    newer) is checked through a read-only connection first, so it is left byte for byte as it
    was; a file whose only damage is an index gets the index rebuilt.
    """
    _check_header(path)
    reindex = False
    if path.exists() and path.stat().st_size > 0:
        reindex = _check_read_only(path)
    try:
        conn = connect(path)
    except sqlite3.Error as exc:
        raise faults.classify(exc, path, "open") from exc
    try:
        db = Database(conn)
        if reindex:
            _rebuild_indexes(db, path)
        _check_readable(db, path)
        _check_ours(db, path)
        _check_not_newer(db, path)
        conn.execute("PRAGMA foreign_keys = ON")
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute(f"PRAGMA wal_autocheckpoint = {WAL_AUTOCHECKPOINT_PAGES}")
        conn.execute(f"PRAGMA journal_size_limit = {JOURNAL_SIZE_LIMIT}")
        _backup_before_migrating(db, path)
        ran = schema.apply_migrations(db)
        _stamp_app(db)
    except sqlite3.Error as exc:
        conn.close()
        raise faults.classify(exc, path, "open") from exc
    except BaseException:
        conn.close()
        raise
    return db, ran


def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """A connection with our busy timeout and a text decoder that never raises.

    Writes begin with BEGIN IMMEDIATE (see `_ImmediateConnection`), so two writers queue on the
    busy timeout instead of one failing at once with "database is locked".
    """
    if read_only:
        uri = f"{path.resolve().as_uri()}?mode=ro"
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT, check_same_thread=False)
    else:
        conn = sqlite3.connect(
            path, timeout=BUSY_TIMEOUT, check_same_thread=False, factory=_ImmediateConnection
        )
    conn.text_factory = decode_text
    return conn


class _ImmediateConnection(sqlite3.Connection):
    """Turns the plain BEGIN of sqlite-utils' atomic() into BEGIN IMMEDIATE.

    A deferred transaction that reads first and then writes cannot wait for another writer:
    SQLite answers SQLITE_BUSY at once because its snapshot is stale. Taking the write lock at
    BEGIN makes it wait its turn (busy_timeout) and keeps a read-then-write plan consistent.
    """

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
        if sql.strip().rstrip(";").upper() == "BEGIN":
            sql = "BEGIN IMMEDIATE"
        return super().execute(sql, *args)


def decode_text(raw: bytes) -> str:
    """UTF-8 text from the file; damaged bytes become U+FFFD instead of failing every read."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        if not _warned:
            _warned.append(True)
            log.warning("undecodable text in the phrasebook; `phrasebook check-db` lists it")
        return raw.decode("utf-8", "replace")


_warned: list[bool] = []  # one log line per process, not one per damaged cell


def _check_read_only(path: Path) -> bool:
    """Run the refusal checks without writing; True when only an index needs rebuilding."""
    try:
        conn = connect(path, read_only=True)
    except sqlite3.Error:
        return False  # e.g. a WAL that needs recovery: the read-write checks below cover it
    try:
        db = Database(conn)
        problems = integrity_problems(conn)
        if problems and not all(INDEX_DAMAGE.search(p) for p in problems):
            raise _damaged(path, problems[0])
        _check_ours(db, path)
        _check_not_newer(db, path)
        if path.stat().st_size <= _DECODE_SCAN_LIMIT:
            bad = undecodable_cells(conn, limit=1)
            if bad:
                raise _damaged(path, f"text that is not UTF-8 in {bad[0]}")
        return bool(problems)
    except sqlite3.Error as exc:
        code = faults.primary_code(exc)
        if code in (8, 14):  # READONLY/CANTOPEN: the read-write checks below cover it
            return False
        if code == 26:  # SQLITE_NOTADB
            raise _not_sqlite(path) from exc
        raise faults.classify(exc, path, "open") from exc
    finally:
        conn.close()


def integrity_problems(conn: sqlite3.Connection, limit: int = 100) -> list[str]:
    """SQLite's full integrity check; an empty list for a healthy file."""
    rows = [str(r[0]) for r in conn.execute(f"PRAGMA integrity_check({limit})").fetchall()]
    return [] if rows == ["ok"] else rows


def undecodable_cells(conn: sqlite3.Connection, limit: int = 100) -> list[str]:
    """Cells whose text is not valid UTF-8, as "table row N" (the decode the app relies on)."""
    found: list[str] = []
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    # Only text cells: a picture's bytes (a BLOB) are not text and need no decoding.
    queries = {table: _text_cells_query(conn, table) for table in tables}
    previous = conn.text_factory
    conn.text_factory = bytes
    try:
        for table, query in queries.items():
            for row in conn.execute(query):
                for value in row[1:]:
                    if isinstance(value, bytes) and not _valid_utf8(value):
                        found.append(f"{table} row {row[0]}")
                        break
                if len(found) >= limit:
                    return found
    finally:
        conn.text_factory = previous
    return found


def _text_cells_query(conn: sqlite3.Connection, table: str) -> str:
    columns = [str(r[1]) for r in conn.execute(f"PRAGMA table_info([{table}])")]
    texts = ", ".join(f"CASE WHEN typeof([{c}]) = 'text' THEN [{c}] END" for c in columns)
    return f"SELECT rowid, {texts or 'NULL'} FROM [{table}]"


def _valid_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _damaged(path: Path, detail: str) -> CorruptDatabaseError:
    return CorruptDatabaseError(
        path,
        f"the database is damaged ({detail.splitlines()[-1][:200]}); it was left untouched."
        f" {faults.DAMAGE_ADVICE}",
    )


def _rebuild_indexes(db: Database, path: Path) -> None:
    """Only indexes were damaged: keep a copy of the file as it was, then REINDEX."""
    try:
        kept = backup_files.make_backup(db.conn, path, "pre-reindex")
    except (OSError, sqlite3.Error) as exc:
        raise DatabaseError(
            path, f"has a damaged index, but no backup could be made before rebuilding it ({exc})"
        ) from exc
    db.conn.execute("REINDEX")
    db.conn.commit()
    log.warning("rebuilt the damaged indexes of %s (the file before: %s)", path, kept)


def _check_header(path: Path) -> None:
    """Folder and existence checks by name only.

    The file itself is never opened outside SQLite: in a process that already has the book open
    (the app's background jobs open a second connection), closing any descriptor on it would
    drop every POSIX lock SQLite holds. Whether it is SQLite at all is SQLite's to say.
    """
    if path.is_dir():
        raise DatabaseError(path, "is a folder, not a phrasebook file")
    if not path.exists() and not path.parent.is_dir():
        raise DatabaseError(path, "the folder for this file does not exist")


def _not_sqlite(path: Path) -> CorruptDatabaseError:
    return CorruptDatabaseError(
        path,
        "is not a SQLite database (damaged, or not a phrasebook); it was left untouched."
        " If it was your phrasebook, `phrasebook restore latest` brings back a backup",
    )


def own_files(path: Path) -> list[Path]:
    """The database and the files SQLite keeps beside it."""
    return [path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")]


def is_own_file(book_path: Path, other: Path) -> bool:
    """True when `other` is the book's database or one of SQLite's files beside it (by inode)."""
    for own in own_files(book_path):
        try:
            if own.exists() and other.exists() and os.path.samefile(own, other):
                return True
        except OSError:
            continue
    return False


def _check_readable(db: Database, path: Path) -> None:
    """quick_check through the read-write connection (after a WAL recovery, say)."""
    try:
        result = db.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise faults.classify(exc, path, "open") from exc
    if result != "ok":
        raise _damaged(path, str(result))


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
    try:
        backup_files.make_backup(db.conn, path, "pre-migration")
    except (OSError, sqlite3.Error) as exc:
        raise DatabaseError(
            path, f"needs an upgrade, but no backup could be made first ({exc}); left untouched"
        ) from exc


def _stamp_app(db: Database) -> None:
    """Mark the file as ours; written only when missing, so a plain open writes nothing."""
    stamped = dict(db.execute("SELECT key, value FROM meta WHERE key IN ('app', 'schema_version')"))
    if stamped == {"app": schema.APP_ID, "schema_version": str(schema.SCHEMA_VERSION)}:
        return
    with db.atomic():
        db.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('app', ?)", [schema.APP_ID])
        db.execute(
            "INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?)",
            [str(schema.SCHEMA_VERSION)],
        )
