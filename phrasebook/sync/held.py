"""Segments that failed their checks, remembered by content digest (never by file name).

- A cause that may heal (a file a cloud drive is still downloading, a member whose certificate
  has not arrived, a newer format) is retried on later rounds with exponential backoff in rounds,
  and at once when the team's member list changed. When the file becomes whole its content, and
  so its digest, changes: it is simply read again.
- A provably hostile segment (bad signature from a known key, another team's file, a forbidden
  change) is set aside for good, and stays listed with its file and reason.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
from dataclasses import dataclass

log = logging.getLogger(__name__)
#: Retry after 1, 2, 4 ... rounds, at most this many rounds apart.
MAX_ROUNDS_APART = 32


@dataclass(frozen=True, slots=True)
class Held:
    """One held segment, as listed by `sync --json` and the tray."""

    file: str
    node: str
    first: int
    last: int
    reason: str
    hostile: bool
    tries: int


def digest(data: bytes | None, source: str) -> str:
    """The content's SHA-256 (an unreadable file is named by its source until it reads)."""
    if data is None:
        return "unread:" + hashlib.sha256(source.encode()).hexdigest()
    return hashlib.sha256(data).hexdigest()


class HeldSegments:
    """The `sync_held` table for one round: what to skip, what to retry, what to note."""

    def __init__(self, conn: sqlite3.Connection, round_no: int, members: str) -> None:
        self._conn = conn
        self._round = round_no
        self._members = members
        rows = conn.execute("SELECT digest, hostile, retry_round, members FROM sync_held")
        self._known = {d: (bool(h), int(r or 0), m or "") for d, h, r, m in rows.fetchall()}
        self.waiting = any(not hostile for hostile, _, _ in self._known.values())

    def skip(self, key: str) -> str:
        """ "hostile" (set aside), "wait" (its retry is not due yet) or "" (read it)."""
        found = self._known.get(key)
        if found is None:
            return ""
        hostile, retry_round, members = found
        if hostile:
            return "hostile"
        return "wait" if self._round < retry_round and members == self._members else ""

    def note(self, key: str, source: str, span: tuple[str, int, int], reason: str,
             hostile: bool) -> None:  # fmt: skip
        """Remember a failure (call inside the round's write transaction)."""
        row = self._conn.execute("SELECT tries FROM sync_held WHERE digest = ?", [key]).fetchone()
        tries = int(row[0]) + 1 if row else 1
        wait = min(2 ** (tries - 1), MAX_ROUNDS_APART)
        log.warning("sync: %s %s: %s", "set aside" if hostile else "will retry", source, reason)
        self._conn.execute(
            "INSERT OR REPLACE INTO sync_held(digest, source, node, first, last, reason, hostile,"
            " tries, retry_round, members) VALUES (?,?,?,?,?,?,?,?,?,?)",
            [key, source, *span, reason, int(hostile), tries, self._round + wait, self._members],
        )


def forget(conn: sqlite3.Connection, keys: list[str]) -> None:
    """Segments that were applied after all (call inside the write transaction)."""
    conn.executemany("DELETE FROM sync_held WHERE digest = ?", [(k,) for k in keys])


def listed(conn: sqlite3.Connection) -> list[Held]:
    """Every held segment, hostile first, then by file."""
    rows = conn.execute(
        "SELECT source, node, first, last, reason, hostile, tries FROM sync_held"
        " ORDER BY hostile DESC, source"
    ).fetchall()
    return [Held(s, n, f, la, r, bool(h), t) for s, n, f, la, r, h, t in rows]


def prune_applied(conn: sqlite3.Connection) -> None:
    """Drop retry entries whose ranges were read meanwhile (another copy of the same ops)."""
    conn.execute(
        "DELETE FROM sync_held WHERE hostile = 0 AND EXISTS (SELECT 1 FROM sync_segment s"
        " WHERE s.node = sync_held.node AND s.first <= sync_held.first"
        " AND s.last >= sync_held.last)"
    )
