"""Checking a phrasebook file for damage, and copying what is still readable into a fresh one.

SQLite has no recovery API in Python's module (the `.recover` command lives in the sqlite3 shell,
which Windows machines do not have), so salvage reads row by row through a read-only
connection: rows come in rowid order in batches, a batch that hits a damaged page is retried
row by row, and a damaged stretch is skipped by probing ahead. Text that is no longer UTF-8
is kept with replacement characters and counted. The source file is never written.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from phrasebook.db import faults, storage
from phrasebook.errors import CorruptDatabaseError, DatabaseError

_BATCH = 500
_MAX_ROWID = 2**63 - 1
#: Columns holding JSON: damaged JSON is replaced by an empty value, or (None) the row dropped
#: (a setting, a sync op or a proposal is better gone than wrong; sync brings team rows back).
#: Columns holding bytes, never text: copied as they are (a picture is checked by its hash).
_BLOB_COLUMNS = frozenset({("images", "data")})
_JSON_COLUMNS: dict[tuple[str, str], str | None] = {
    ("phrases", "tags"): "[]",
    ("phrases", "questions"): "[]",
    ("phrases", "extra"): "{}",
    ("settings", "value"): None,
    ("sync_op", "value"): None,
    ("sync_field", "value"): None,
    ("proposals", "payload"): None,
}


@dataclass(frozen=True, slots=True)
class CheckReport:
    """What `check-db` found: SQLite's integrity check plus cells that are not UTF-8."""

    path: Path
    problems: tuple[str, ...]
    undecodable: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems and not self.undecodable

    @property
    def index_only(self) -> bool:
        """Damage that REINDEX repairs (opening the book does it, after a backup)."""
        return (
            bool(self.problems)
            and not self.undecodable
            and all(storage.INDEX_DAMAGE.search(p) for p in self.problems)
        )


@dataclass(slots=True)
class SalvageReport:
    """How much of each table came across, and what could not be read."""

    source: Path
    target: Path
    copied: dict[str, int] = field(default_factory=dict)
    lost_ranges: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    unreadable_tables: list[str] = field(default_factory=list)
    dropped: dict[str, int] = field(default_factory=dict)
    repaired_text: int = 0

    @property
    def phrases(self) -> int:
        return self.copied.get("phrases", 0)

    @property
    def phrases_lost_whole(self) -> bool:
        """Not one phrase could be read: a salvaged book would be empty, not rescued."""
        return self.phrases == 0 and (
            "phrases" in self.unreadable_tables or bool(self.lost_ranges.get("phrases"))
        )

    def summary(self) -> str:
        rows = sum(self.copied.values())
        lost = sum(len(r) for r in self.lost_ranges.values())
        parts = [f"{rows} rows copied ({self.phrases} phrases)"]
        if lost:
            where = ", ".join(
                f"{t} rowids {a}-{b}" for t, ranges in self.lost_ranges.items() for a, b in ranges
            )
            parts.append(f"unreadable stretches: {where}")
        if self.dropped:
            parts.append(
                "rows dropped as inconsistent: "
                + ", ".join(f"{t} {n}" for t, n in self.dropped.items())
            )
        if self.unreadable_tables:
            parts.append(f"tables not readable at all: {', '.join(self.unreadable_tables)}")
        if self.repaired_text:
            parts.append(f"{self.repaired_text} cells had damaged text (kept with '\ufffd')")
        return "; ".join(parts)


def _not_damage(exc: sqlite3.Error, path: Path, doing: str) -> DatabaseError | None:
    """The busy/read-only/full/I-O answer for a failure that is not damage; None for damage."""
    fault = faults.classify(exc, path, doing)
    return None if isinstance(fault, CorruptDatabaseError) else fault


def check(path: Path) -> CheckReport:
    """A full integrity check without writing; raises DatabaseError for an unreadable file.

    A busy, read-only or full disk is not damage: it raises that error instead of reporting it.
    """
    try:
        conn = storage.connect(path, read_only=True)
    except sqlite3.Error as exc:
        raise _not_damage(exc, path, "check") or DatabaseError(
            path, f"cannot be read at all ({exc})"
        ) from exc
    try:
        try:
            problems = storage.integrity_problems(conn)
        except sqlite3.DatabaseError as exc:
            if fault := _not_damage(exc, path, "check"):
                raise fault from exc
            problems = [str(exc)]
        try:
            bad = storage.undecodable_cells(conn)
        except sqlite3.DatabaseError as exc:
            if fault := _not_damage(exc, path, "check"):
                raise fault from exc
            bad = []
            problems.append(f"reading the tables failed: {exc}")
        return CheckReport(path, tuple(problems), tuple(bad))
    finally:
        conn.close()


def salvage(source: Path, target: Path) -> SalvageReport:
    """Copy every readable row of `source` into a new phrasebook file at `target`.

    The target is built under a temporary name and renamed into place only when complete; on
    any failure nothing is left behind. Raises DatabaseError when not even the table list can
    be read, or the busy/read-only/full error when the fault is not damage.
    """
    if target.exists():
        raise DatabaseError(target, "already exists; salvage writes a new file")
    partial = target.with_name(target.name + ".partial")
    _remove(partial)
    report = SalvageReport(source, target)
    try:
        _salvage_into(source, partial, report)
    except sqlite3.Error as exc:
        _remove(partial)
        raise _not_damage(exc, partial, "write") or DatabaseError(
            source, f"salvage failed ({exc})"
        ) from exc
    except BaseException:
        _remove(partial)
        raise
    for suffix in ("-wal", "-shm"):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)
    os.replace(partial, target)
    return report


def _salvage_into(source: Path, partial: Path, report: SalvageReport) -> None:
    src = storage.connect(source, read_only=True)
    src.text_factory = bytes
    try:
        tables = _tables(src, source, report)
        db, _ = storage.open_database(partial)  # a fresh book with today's schema
        try:
            wanted = set(db.table_names()) - {"_sqlite_migrations", "meta"}
            for name, columns in tables:
                if name in wanted:
                    _copy_table(src, db.conn, name, columns, report)
            _copy_meta(src, db.conn, report)
            db.conn.commit()
        finally:
            db.close()
    finally:
        src.close()


def _remove(partial: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)


def salvage_in_place(path: Path, *, force: bool = False) -> tuple[SalvageReport, Path]:
    """Salvage a damaged book into its own place; returns the report and where the damaged
    file was kept (in the backups folder). Refused when not one phrase could be read, unless
    `force`: an empty book is no rescue, a backup is the better way back."""
    from phrasebook.db import backups

    target = path.with_name(f".{path.name}.salvaging")
    _remove(target)
    try:
        report = salvage(path, target)
        if report.phrases_lost_whole and not force:
            raise nothing_readable(path, report)
        kept = backups.replace_damaged(path, target)
    finally:
        _remove(target)
    report.target = path
    return report, kept


def nothing_readable(path: Path, report: SalvageReport) -> CorruptDatabaseError:
    return CorruptDatabaseError(
        path,
        f"not one phrase could be read ({report.summary()}); salvage would leave an empty"
        " book, so nothing was changed. `phrasebook restore latest` brings back the newest"
        " backup (--force salvages anyway)",
    )


def _tables(
    src: sqlite3.Connection, path: Path, report: SalvageReport
) -> list[tuple[str, list[str]]]:
    """The source's tables and columns; a table whose schema entry is damaged is reported."""
    src.execute("PRAGMA writable_schema = ON")  # read past schema entries SQLite cannot parse
    try:
        rows = src.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    except sqlite3.DatabaseError as exc:
        if fault := _not_damage(exc, path, "read"):
            raise fault from exc
        raise DatabaseError(
            path, f"is too damaged to list its tables ({exc}); restore a backup"
        ) from exc
    tables = []
    for (raw,) in rows:
        name = _decoded(raw, report)
        try:
            columns = [_decoded(r[1], report) for r in src.execute(f"PRAGMA table_info([{name}])")]
        except sqlite3.DatabaseError:
            columns = []
        if columns:
            tables.append((name, columns))
        else:
            report.unreadable_tables.append(name)
    return tables


def _copy_table(
    src: sqlite3.Connection,
    dest: sqlite3.Connection,
    table: str,
    columns: list[str],
    report: SalvageReport,
) -> None:
    dest_columns = {r[1] for r in dest.execute(f"PRAGMA table_info([{table}])")}
    keep = [c for c in columns if c in dest_columns]
    if not keep:
        return
    names = ", ".join(f"[{c}]" for c in keep)
    insert = f"INSERT OR IGNORE INTO [{table}] ({names}) VALUES ({', '.join('?' * len(keep))})"
    json_columns = {
        i: _JSON_COLUMNS[(table, c)] for i, c in enumerate(keep) if (table, c) in _JSON_COLUMNS
    }
    copied = dropped = 0
    id_column = keep.index("id") if "id" in keep else None
    blobs = {i for i, c in enumerate(keep) if (table, c) in _BLOB_COLUMNS}
    for row in _readable_rows(src, table, names, report):
        decoded = [v if i in blobs else _decoded(v, report) for i, v in enumerate(row)]
        values = _valid_json(decoded, json_columns)
        if values is not None and id_column is not None and _damaged_id(values[id_column]):
            values = None  # a made-up record from damaged bytes: better dropped than invented
        if values is not None and table == "images" and _damaged_picture(keep, values):
            values = None  # its bytes no longer match their hash: the picture is lost
        try:
            if values is None:
                raise sqlite3.IntegrityError("damaged JSON")
            dest.execute(insert, values)
        except sqlite3.IntegrityError:  # a damaged NOT NULL or key: that row is lost
            dropped += 1
            continue
        copied += 1
    report.copied[table] = copied
    if dropped:
        report.dropped[table] = dropped


def _damaged_id(value: Any) -> bool:
    text = str(value)
    return "\ufffd" in text or any(ord(c) < 0x20 or ord(c) == 0x7F for c in text)


def _valid_json(values: list[Any], json_columns: dict[int, str | None]) -> list[Any] | None:
    for i, empty in json_columns.items():
        if values[i] is None:
            continue
        try:
            json.loads(values[i])
        except (TypeError, ValueError):
            if empty is None:
                return None
            values[i] = empty
    return values


def _copy_meta(src: sqlite3.Connection, dest: sqlite3.Connection, report: SalvageReport) -> None:
    """The device key, clock and seed marks; the app stamp and schema are the new file's own."""
    try:
        rows = src.execute("SELECT key, value FROM meta").fetchall()
    except sqlite3.DatabaseError:
        report.unreadable_tables.append("meta")
        return
    for key, value in rows:
        name = _decoded(key, report)
        if name not in ("app", "schema_version"):
            dest.execute(
                "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                [name, _decoded(value, report)],
            )
    report.copied["meta"] = len(rows)


def _damaged_picture(columns: list[str], values: list[Any]) -> bool:
    row = dict(zip(columns, values, strict=True))
    data = row.get("data")
    return not isinstance(data, bytes) or hashlib.sha256(data).hexdigest() != row.get("hash")


def _decoded(value: Any, report: SalvageReport) -> Any:
    if not isinstance(value, bytes):
        return value
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        report.repaired_text += 1
        return value.decode("utf-8", "replace")


def _readable_rows(
    src: sqlite3.Connection, table: str, names: str, report: SalvageReport
) -> Iterator[tuple[Any, ...]]:
    """Rows in rowid order, stepping over damaged stretches (recorded in the report).

    Forward from the start until a damaged page, then backward from the end until one, so both
    sides of a broken subtree come back; what lies between is probed for readable islands.
    """
    forward = f"SELECT rowid, {names} FROM [{table}] WHERE rowid > ? AND rowid < ? ORDER BY rowid"
    after, ceiling = -_MAX_ROWID - 1, _MAX_ROWID
    tail: list[tuple[Any, ...]] = []
    reversed_once = False
    while True:
        batch, failed = _rows_until_error(src, f"{forward} LIMIT {_BATCH}", [after, ceiling])
        for row in batch:
            yield row[1:]
        if batch:
            after = batch[-1][0]
            continue
        if not failed:
            break
        if not reversed_once:
            reversed_once = True
            backward = f"SELECT rowid, {names} FROM [{table}] WHERE rowid > ? ORDER BY rowid DESC"
            tail, _ = _rows_until_error(src, backward, [after])
            ceiling = tail[-1][0] if tail else _MAX_ROWID
        resume = _next_readable(src, table, after, ceiling)
        lost_to = (resume if resume is not None else ceiling) - 1
        if lost_to >= after + 1:
            report.lost_ranges.setdefault(table, []).append((after + 1, lost_to))
        if resume is None:
            break
        after = resume - 1 if resume > after + 1 else resume
    for row in reversed(tail):
        yield row[1:]


def _rows_until_error(
    src: sqlite3.Connection, sql: str, params: list[Any]
) -> tuple[list[tuple[Any, ...]], bool]:
    """Rows of a query up to the first damaged page; and whether one was hit."""
    rows: list[tuple[Any, ...]] = []
    try:
        cursor = src.execute(sql, params)
        while True:
            row = cursor.fetchone()
            if row is None:
                return rows, False
            rows.append(row)
    except sqlite3.DatabaseError:
        return rows, True


def _next_readable(src: sqlite3.Connection, table: str, after: int, ceiling: int) -> int | None:
    """The first rowid below `ceiling` past a damaged stretch that reads again, probing further."""
    step = 1
    while after + step < ceiling:
        try:
            row = src.execute(
                f"SELECT rowid FROM [{table}] WHERE rowid >= ? AND rowid < ?"
                " ORDER BY rowid LIMIT 1",
                [after + step, ceiling],
            ).fetchone()
        except sqlite3.DatabaseError:
            step *= 2
            continue
        return None if row is None else int(row[0])
    return None
