"""Where `phrasebook serve` keeps teams: SQLite (a file, the default) or PostgreSQL.

The server stores what the folder transport keeps as files (roster, member certificates, signed
segments, reply pictures by their SHA-256) plus hashed access tokens. Segments are numbered by
the database (`seq`), which is the cursor clients read from; per team, numbers are handed out in
commit order (one writer at a time in this process, and a per-team advisory lock in PostgreSQL),
so a reader never skips a segment that commits later with a smaller number.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NamedTuple

_TABLES = """
CREATE TABLE IF NOT EXISTS teams (id TEXT PRIMARY KEY, roster TEXT NOT NULL,
    version INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS tokens (hash TEXT PRIMARY KEY, team TEXT NOT NULL, key TEXT NOT NULL,
    kind TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS certs (team TEXT NOT NULL, key TEXT NOT NULL, cert TEXT NOT NULL,
    PRIMARY KEY (team, key));
CREATE TABLE IF NOT EXISTS segments (seq {serial}, team TEXT NOT NULL,
    node TEXT NOT NULL, first BIGINT NOT NULL, last BIGINT NOT NULL, data {blob} NOT NULL,
    UNIQUE (team, node, first));
CREATE INDEX IF NOT EXISTS segments_by_node ON segments (team, node, last);
CREATE TABLE IF NOT EXISTS admin (id INTEGER PRIMARY KEY, hash TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS proofs (team TEXT NOT NULL, hash TEXT NOT NULL, at BIGINT NOT NULL,
    PRIMARY KEY (team, hash));
CREATE TABLE IF NOT EXISTS usage (team TEXT PRIMARY KEY, bytes BIGINT NOT NULL);
CREATE TABLE IF NOT EXISTS blobs (team TEXT NOT NULL, hash TEXT NOT NULL, size BIGINT NOT NULL,
    data {blob} NOT NULL, PRIMARY KEY (team, hash));
"""


class Full(Exception):
    """A cap on what the server stores was reached (the message says which)."""


class StoredSegment(NamedTuple):
    seq: int
    node: str
    first: int
    last: int
    data: bytes


class Store:
    """Thread-safe access to the server's tables; subclasses only connect and lock."""

    placeholder = "?"

    def __init__(self) -> None:
        self._lock = threading.Lock()

    # -- backend hooks ------------------------------------------------------------------------

    def _cursor(self) -> Any:
        raise NotImplementedError

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        raise NotImplementedError
        yield

    def _lock_team(self, team: str) -> None:
        """Serialize writers of one team across server processes (PostgreSQL only)."""

    def close(self) -> None:
        raise NotImplementedError

    def describe(self) -> str:
        raise NotImplementedError

    # -- queries ------------------------------------------------------------------------------

    def _run(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        cur = self._cursor()
        cur.execute(sql.replace("?", self.placeholder), list(params))
        rows = cur.fetchall() if cur.description else []
        return [tuple(r) for r in rows]

    def roster(self, team: str) -> str | None:
        with self._lock:
            rows = self._run("SELECT roster FROM teams WHERE id = ?", [team])
        return str(rows[0][0]) if rows else None

    def admin(self) -> str | None:
        """The hash of the operator's token (who may create teams), or None before the first."""
        with self._lock:
            rows = self._run("SELECT hash FROM admin WHERE id = 1")
        return str(rows[0][0]) if rows else None

    def set_admin(self, digest: str) -> None:
        with self._lock, self._transaction():
            self._run("DELETE FROM admin WHERE id = 1")
            self._run("INSERT INTO admin(id, hash) VALUES (1, ?)", [digest])

    def team_count(self) -> int:
        with self._lock:
            return int(self._run("SELECT count(*) FROM teams")[0][0])

    def invite_count(self, team: str) -> int:
        """Invitation tokens not yet used."""
        with self._lock:
            rows = self._run("SELECT count(*) FROM tokens WHERE team = ? AND kind = 'invite'",
                             [team])  # fmt: skip
        return int(rows[0][0])

    def member_count(self, team: str) -> int:
        with self._lock:
            return int(self._run("SELECT count(*) FROM certs WHERE team = ?", [team])[0][0])

    def create_team(self, team: str, roster: str, version: int, max_teams: int = 0) -> bool:
        """Store a new team; False when it exists already (Full past `max_teams`)."""
        with self._lock, self._transaction():
            if self._run("SELECT 1 FROM teams WHERE id = ?", [team]):
                return False
            if max_teams and int(self._run("SELECT count(*) FROM teams")[0][0]) >= max_teams:
                raise Full(f"this server holds its limit of {max_teams} teams")
            self._run("INSERT INTO teams(id, roster, version) VALUES (?, ?, ?)",
                      [team, roster, version])  # fmt: skip
            return True

    def set_roster(self, team: str, roster: str, version: int) -> bool:
        """Replace the roster with a newer version; False when the stored one is as new."""
        with self._lock, self._transaction():
            rows = self._run("SELECT version FROM teams WHERE id = ?", [team])
            if not rows or int(rows[0][0]) >= version:
                return False
            self._run("UPDATE teams SET roster = ?, version = ? WHERE id = ?",
                      [roster, version, team])  # fmt: skip
            return True

    def add_token(self, digest: str, team: str, key: str, kind: str) -> None:
        """Store a token; a device's new member token replaces its old ones (one per device)."""
        with self._lock, self._transaction():
            if kind == "member":
                self._run("DELETE FROM tokens WHERE team = ? AND key = ? AND kind = 'member'",
                          [team, key])  # fmt: skip
            self._run("INSERT INTO tokens(hash, team, key, kind) VALUES (?, ?, ?, ?)",
                      [digest, team, key, kind])  # fmt: skip

    def token(self, digest: str) -> tuple[str, str, str] | None:
        """(team, key, kind) of a token's hash, or None."""
        with self._lock:
            rows = self._run("SELECT team, key, kind FROM tokens WHERE hash = ?", [digest])
        return (str(rows[0][0]), str(rows[0][1]), str(rows[0][2])) if rows else None

    def use_invite(self, digest: str, team: str, key: str, cert: str, member: str) -> bool:
        """Spend an invitation token: store the certificate and the member's token hash."""
        with self._lock, self._transaction():
            gone = self._run("DELETE FROM tokens WHERE hash = ? AND kind = 'invite' RETURNING 1",
                             [digest])  # fmt: skip
            if not gone:
                return False
            self._store_cert(team, key, cert)
            self._run("INSERT INTO tokens(hash, team, key, kind) VALUES (?, ?, ?, 'member')",
                      [member, team, key])  # fmt: skip
            return True

    def add_cert(self, team: str, key: str, cert: str) -> None:
        with self._lock, self._transaction():
            self._store_cert(team, key, cert)

    def _store_cert(self, team: str, key: str, cert: str) -> None:
        if not self._run("SELECT 1 FROM certs WHERE team = ? AND key = ?", [team, key]):
            self._run("INSERT INTO certs(team, key, cert) VALUES (?, ?, ?)", [team, key, cert])

    def certs(self, team: str) -> list[str]:
        with self._lock:
            rows = self._run("SELECT cert FROM certs WHERE team = ? ORDER BY key", [team])
        return [str(r[0]) for r in rows]

    def note_nonce(self, team: str, digest: str, at: int, forget_before: int) -> bool:
        """Remember a signed request; False when it was seen before (a replay). Requests signed
        before `forget_before` are forgotten: they are too old to be accepted anyway."""
        with self._lock, self._transaction():
            self._run("DELETE FROM proofs WHERE team = ? AND at < ?", [team, forget_before])
            if self._run("SELECT 1 FROM proofs WHERE team = ? AND hash = ?", [team, digest]):
                return False
            self._run("INSERT INTO proofs(team, hash, at) VALUES (?, ?, ?)", [team, digest, at])
            return True

    def add_segment(self, team: str, node: str, first: int, last: int, data: bytes,
                    quota: int = 0) -> str:  # fmt: skip
        """'stored', 'duplicate' (the same range again), 'overlap' or 'full' (refused)."""
        with self._lock, self._transaction():
            self._lock_team(team)
            rows = self._run(
                "SELECT first, last FROM segments WHERE team = ? AND node = ? AND last >= ?"
                " AND first <= ?", [team, node, first, last],
            )  # fmt: skip
            if rows:
                return "duplicate" if (int(rows[0][0]), int(rows[0][1])) == (first, last) else (
                    "overlap")  # fmt: skip
            used = self._run("SELECT bytes FROM usage WHERE team = ?", [team])
            total = (int(used[0][0]) if used else 0) + len(data)
            if quota and total > quota:
                return "full"
            self._run("INSERT INTO segments(team, node, first, last, data) VALUES (?, ?, ?, ?, ?)",
                      [team, node, first, last, data])  # fmt: skip
            self._run("DELETE FROM usage WHERE team = ?", [team])
            self._run("INSERT INTO usage(team, bytes) VALUES (?, ?)", [team, total])
            return "stored"

    def published(self, team: str, node: str, above: int = 0, upto: int = 10**12) -> int:
        """The highest op number of `node` the server holds in (above, upto] (0 for none)."""
        with self._lock:
            rows = self._run(
                "SELECT max(last) FROM segments WHERE team = ? AND node = ? AND first > ?"
                " AND last <= ?", [team, node, above, upto],
            )  # fmt: skip
        return int(rows[0][0] or 0) if rows else 0

    def segments(self, team: str, after: int, limit: int, max_bytes: int) -> list[StoredSegment]:
        """Segments numbered after `after`, in order, at most `limit` and about `max_bytes`."""
        with self._lock:
            rows = self._run(
                "SELECT seq, node, first, last, data FROM segments WHERE team = ? AND seq > ?"
                " ORDER BY seq LIMIT ?", [team, after, limit],
            )  # fmt: skip
        found: list[StoredSegment] = []
        size = 0
        for seq, node, first, last, data in rows:
            size += len(data)
            if found and size > max_bytes:
                break
            found.append(StoredSegment(int(seq), str(node), int(first), int(last), bytes(data)))
        return found

    def add_blob(self, team: str, name: str, data: bytes, quota: int = 0) -> str:
        """Store a picture under its hash: 'stored', 'duplicate' (held already) or 'full' (the
        team's pictures would pass `quota` bytes; refused)."""
        with self._lock, self._transaction():
            self._lock_team(team)
            if self._run("SELECT 1 FROM blobs WHERE team = ? AND hash = ?", [team, name]):
                return "duplicate"
            used = self._run("SELECT coalesce(sum(size), 0) FROM blobs WHERE team = ?", [team])
            if quota and int(used[0][0]) + len(data) > quota:
                return "full"
            self._run("INSERT INTO blobs(team, hash, size, data) VALUES (?, ?, ?, ?)",
                      [team, name, len(data), data])  # fmt: skip
            return "stored"

    def has_blob(self, team: str, name: str) -> bool:
        with self._lock:
            return bool(self._run("SELECT 1 FROM blobs WHERE team = ? AND hash = ?", [team, name]))

    def blob(self, team: str, name: str) -> bytes | None:
        """A picture's bytes, or None when the team has none of that hash."""
        with self._lock:
            rows = self._run("SELECT data FROM blobs WHERE team = ? AND hash = ?", [team, name])
        return bytes(rows[0][0]) if rows else None


class SQLiteStore(Store):
    """The default: one SQLite file (WAL), one connection shared under the store's lock."""

    def __init__(self, path: str | Path) -> None:
        super().__init__()
        self.path = Path(path).expanduser()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA busy_timeout=10000")
        ddl = _TABLES.format(serial="INTEGER PRIMARY KEY AUTOINCREMENT", blob="BLOB")
        self._conn.executescript(ddl)

    def _cursor(self) -> Any:
        return self._conn.cursor()

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    def close(self) -> None:
        self._conn.close()

    def describe(self) -> str:
        return f"SQLite {self.path}"


class PostgresStore(Store):
    """PostgreSQL through psycopg 3 (imported only when used)."""

    placeholder = "%s"

    def __init__(self, url: str) -> None:
        import psycopg  # the `server` extra

        super().__init__()
        self.url = url
        self._conn = psycopg.connect(url, autocommit=True)
        with self._transaction():
            self._lock_team("schema")
            for statement in _TABLES.format(serial="BIGSERIAL PRIMARY KEY", blob="BYTEA").split(
                ";"
            ):
                if statement.strip():
                    self._conn.execute(statement)

    def _cursor(self) -> Any:
        return self._conn.cursor()

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        with self._conn.transaction():
            yield

    def _lock_team(self, team: str) -> None:
        self._run("SELECT pg_advisory_xact_lock(hashtext(?))", [team])

    def close(self) -> None:
        self._conn.close()

    def describe(self) -> str:
        host = self.url.rsplit("@", 1)[-1]  # never print the password
        return f"PostgreSQL {host}"


def open_store(url: str | Path) -> Store:
    """`postgresql://...` (or `postgres://`) -> PostgreSQL; a path or `sqlite:///path` -> SQLite."""
    text = str(url)
    if text.startswith(("postgresql://", "postgres://")):
        return PostgresStore(text)
    if text.startswith("sqlite:///"):
        text = text[len("sqlite:///") :]
    return SQLiteStore(text)
