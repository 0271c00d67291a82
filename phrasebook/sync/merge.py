"""The merge: fold ops into the per-field winners, as one set-based SQL pass.

Rules (order-free, so any exchange order converges; re-applying an op changes nothing):

- `set`: for each (entity, row, field) the greatest HLC stamp wins; equal stamps (only a cloned
  device makes them) are broken by the larger value, so every replica picks the same one.
- `add`: a G-counter; each device owns its cell and only raises it; the total is the sum.
- `ack`: changes no value; it marks the version named by its `base` as seen.
- A conflict is derived, never stored: a `set` op that lost, whose value differs from the
  winner's and that no later op names as its base, was made without seeing the winner. It stays
  in `sync_op` (nothing is discarded) and is listed by `conflicts` until someone edits on top of
  it or acknowledges it.

Functions take the raw sqlite3 connection and never commit: the caller owns the transaction.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from phrasebook.sync.ops import Op

_SEP = "\x1f"  # never inside a stamp; joins stamp and value so max() breaks ties by value


@dataclass(frozen=True, slots=True)
class MergeResult:
    """What one merge changed."""

    applied: int  # ops not seen before
    changed: frozenset[tuple[str, str]]  # (entity, row_id) whose winners changed
    max_hlc: str  # the largest stamp among new ops ("" if none), for the clock to observe
    clean: bool = False  # every new op was a first value or a causal successor of a lone
    # winner: the set of conflicts cannot have changed (no need to recount them)


@dataclass(frozen=True, slots=True)
class Conflict:
    """A concurrent edit that lost; kept so an editor can restore it ("mine / theirs")."""

    entity: str
    row_id: str
    field: str
    hlc: str
    value: str
    author: str
    winner_hlc: str
    winner_value: str


def winner(a: tuple[str, str], b: tuple[str, str]) -> tuple[str, str]:
    """The winning (hlc, value) of two versions of a field; the SQL below follows this rule."""
    return max(a, b)


def apply_ops(conn: sqlite3.Connection, ops: Sequence[Op]) -> MergeResult:
    """Merge `ops` into the sync tables (ops log, winners, counters)."""
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS sync_in(node, seq, hlc, base, author, kind, entity,"
        " row_id, field, value)"
    )
    conn.execute("DELETE FROM sync_in")
    conn.executemany("INSERT INTO sync_in VALUES (?,?,?,?,?,?,?,?,?,?)", ops)
    conn.execute(
        "DELETE FROM sync_in WHERE EXISTS (SELECT 1 FROM sync_op o"
        " WHERE o.node = sync_in.node AND o.seq = sync_in.seq)"
    )
    clean = _clean(conn)
    conn.execute("INSERT OR IGNORE INTO sync_op SELECT * FROM sync_in")
    applied = conn.execute("SELECT count(DISTINCT node || ':' || seq) FROM sync_in").fetchone()[0]
    _merge_winners(conn)
    _merge_counters(conn)
    changed = conn.execute(
        "SELECT DISTINCT i.entity, i.row_id FROM sync_in i JOIN sync_field f"
        " ON f.entity = i.entity AND f.row_id = i.row_id AND f.field = i.field"
        " WHERE i.kind = 'set' AND f.hlc = i.hlc"
        " UNION SELECT DISTINCT entity, row_id FROM sync_in WHERE kind = 'add'"
    ).fetchall()
    max_hlc = conn.execute("SELECT coalesce(max(hlc), '') FROM sync_in").fetchone()[0]
    return MergeResult(applied, frozenset(map(tuple, changed)), max_hlc, clean)


def _clean(conn: sqlite3.Connection) -> bool:
    """True when each new op sets a field for the first time, or follows (names as its base)
    the field's winner while no older version exists: then no conflict appears or goes."""
    unclean = conn.execute(
        "SELECT 1 FROM sync_in i LEFT JOIN sync_field f ON f.entity = i.entity"
        " AND f.row_id = i.row_id AND f.field = i.field"
        " WHERE NOT (i.kind = 'set' AND ((f.hlc IS NULL AND i.base = '')"
        "                               OR (f.hlc = i.base AND i.hlc > f.hlc)))"
        " OR EXISTS (SELECT 1 FROM sync_op o WHERE o.entity = i.entity AND o.row_id = i.row_id"
        "            AND o.field = i.field AND o.hlc < f.hlc)"
        " LIMIT 1"
    ).fetchone()
    twice = conn.execute(
        "SELECT 1 FROM sync_in GROUP BY entity, row_id, field HAVING count(*) > 1 LIMIT 1"
    ).fetchone()
    return unclean is None and twice is None


def _merge_winners(conn: sqlite3.Connection) -> None:
    conn.execute(
        f"""
        INSERT INTO sync_field(entity, row_id, field, hlc, value)
        SELECT entity, row_id, field, substr(k, 1, instr(k, '{_SEP}') - 1),
               substr(k, instr(k, '{_SEP}') + 1)
        FROM (SELECT entity, row_id, field, max(hlc || '{_SEP}' || value) AS k
              FROM sync_in WHERE kind = 'set' GROUP BY entity, row_id, field)
        WHERE true
        ON CONFLICT(entity, row_id, field) DO UPDATE SET hlc = excluded.hlc, value = excluded.value
        WHERE excluded.hlc > sync_field.hlc
           OR (excluded.hlc = sync_field.hlc AND excluded.value > sync_field.value)
        """
    )


def _merge_counters(conn: sqlite3.Connection) -> None:
    conn.execute(
        """
        INSERT INTO sync_counter(entity, row_id, field, node, value)
        SELECT entity, row_id, field, node, max(CAST(value AS INTEGER))
        FROM sync_in WHERE kind = 'add' GROUP BY entity, row_id, field, node
        ON CONFLICT(entity, row_id, field, node) DO UPDATE
        SET value = max(sync_counter.value, excluded.value)
        """
    )


def conflicts(conn: sqlite3.Connection, entity: str | None = None) -> list[Conflict]:
    """Every unresolved conflict version, oldest first."""
    rows = conn.execute(
        """
        WITH multi AS (SELECT entity, row_id, field FROM sync_op
                       WHERE kind = 'set' AND (?1 IS NULL OR entity = ?1)
                       GROUP BY entity, row_id, field HAVING count(*) > 1)
        SELECT o.entity, o.row_id, o.field, o.hlc, o.value, o.author, f.hlc, f.value
        FROM multi m
        JOIN sync_field f ON f.entity = m.entity AND f.row_id = m.row_id AND f.field = m.field
        JOIN sync_op o ON o.entity = m.entity AND o.row_id = m.row_id AND o.field = m.field
        WHERE o.kind = 'set' AND o.hlc < f.hlc AND o.value IS NOT f.value
          AND NOT EXISTS (SELECT 1 FROM sync_op s WHERE s.base = o.hlc AND s.entity = o.entity
                          AND s.row_id = o.row_id AND s.field = o.field)
        ORDER BY o.hlc
        """,
        [entity],
    ).fetchall()
    return [Conflict(*row) for row in rows]


def counter_totals(conn: sqlite3.Connection, entity: str) -> dict[tuple[str, str], int]:
    """(row_id, field) -> the sum of every device's cell."""
    rows = conn.execute(
        "SELECT row_id, field, sum(value) FROM sync_counter WHERE entity = ?"
        " GROUP BY row_id, field",
        [entity],
    ).fetchall()
    return {(r, f): int(total) for r, f, total in rows}


def state_hash(conn: sqlite3.Connection) -> str:
    """A digest of the replicated state (winners, counters, conflicts): equal on converged
    replicas whatever order they received things in."""
    digest = hashlib.sha256()
    queries: Iterable[str] = (
        "SELECT entity, row_id, field, hlc, value FROM sync_field ORDER BY 1, 2, 3",
        "SELECT entity, row_id, field, node, value FROM sync_counter ORDER BY 1, 2, 3, 4",
    )
    for query in queries:
        for row in conn.execute(query):
            digest.update(repr(row).encode())
    for conflict in conflicts(conn):
        digest.update(repr(conflict).encode())
    return digest.hexdigest()
