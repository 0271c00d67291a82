"""`Store`: the open phrasebook file and the caches kept beside it, changed only through `write`.

It owns the SQLite database (sqlite-utils), the hybrid logical clock, the group tree, the
in-memory search index, the wall clock, the meta table and the last phrase position. Every write
is one `with store.write() as w:` block: it commits (or rolls back) as one transaction, and only
after the commit are the caches the block touched refreshed and one `Changes` sent to the
listeners. A rolled-back write refreshes and announces nothing.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from phrasebook.db import phrase_rows, storage
from phrasebook.errors import NotFoundError
from phrasebook.models import Hit, Phrase
from phrasebook.search import SearchIndex
from phrasebook.store.changes import Changes, Listener
from phrasebook.store.group_tree import GroupTree
from phrasebook.store.hybrid_clock import HybridClock
from phrasebook.store.transaction import Transaction
from phrasebook.store.writes import Write

log = logging.getLogger(__name__)


class Store:
    """One open phrasebook file. Build it with the path; `close` it when done.

    Attributes:
        path: the database file.
        db: the sqlite-utils Database (reads go straight to it; writes go through `write`).
        migrations_run: the schema steps opening the file applied.
        wall: the wall clock in unix seconds; replaceable (tests move time), the clock follows.
        clock: the hybrid logical clock stamping every edit.
        groups: the group tree cache.
    """

    def __init__(self, path: Path, wall: Callable[[], float] = time.time) -> None:
        self.path = path
        self.wall = wall
        self.db, self.migrations_run = storage.open_database(path)
        try:
            self.clock = HybridClock(self._device_id(), self._now, self.meta("hlc"))
            self.groups = GroupTree(self.db)
            self._last_position = self._max_position()
            self._listeners: list[Listener] = []
            self._writes: list[Write] = []
            self._data_version = self._current_data_version()
            self._index = SearchIndex(self.live_phrases())
        except BaseException:
            self.db.close()  # a half-built store must not keep the file open
            raise

    @property
    def index(self) -> SearchIndex:
        """The search index over live phrases (rebuilt by `reload`)."""
        return self._index

    # -- writes ------------------------------------------------------------------------------

    @contextlib.contextmanager
    def write(self, *, stamp: bool = True) -> Iterator[Write]:
        """One write transaction; `touch` what it changed. With `stamp`, the clock's last
        stamp is stored with it (False for writes that issue no stamps: usage, settings).

        Inside another write it is a savepoint: its failure rolls back only itself, and what
        it touched is refreshed when the outer write commits.
        """
        write = Write()
        outer = self._writes[-1] if self._writes else None
        last = (lambda: self.clock.last) if stamp else None
        self._writes.append(write)
        try:
            with Transaction(self.db, self.path, last, self._after_rollback):
                yield write
        finally:
            self._writes.pop()
        if outer is not None:
            outer.absorb(write)
            write.fresh = self._live(write.ids)
        else:
            self._refresh(write)

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[None]:
        """Several reads that see one state of the file (a read transaction)."""
        conn = self.db.conn
        if conn.in_transaction:
            yield
            return
        conn.execute("BEGIN DEFERRED")
        try:
            yield
        finally:
            conn.commit()

    @property
    def last_position(self) -> float:
        """The largest phrase position in the book (new phrases go after it)."""
        return self._last_position

    def next_position(self) -> float:
        """The position of a phrase added now: after every other. Call inside a write."""
        self._last_position += 1.0
        return self._last_position

    def note_position(self, position: float) -> None:
        """A phrase was given `position` (a reorder): later additions go after it."""
        self._last_position = max(self._last_position, position)

    # -- listeners ---------------------------------------------------------------------------

    def on_change(self, listener: Listener) -> Callable[[], None]:
        """Call `listener(changes)` after every committed write; returns an unsubscribe."""
        self._listeners.append(listener)

        def unsubscribe() -> None:  # safe to call twice (e.g. from a widget's destroyed signal)
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    # -- reads -------------------------------------------------------------------------------

    def phrases_where(
        self, where: str = "p.deleted = 0", params: Iterable[Any] = ()
    ) -> list[Phrase]:
        """Phrases of the rows matching an SQL condition on `phrases p`, with group paths."""
        return phrase_rows.load(self.db, self.groups.path_of, where, list(params))

    def phrase(self, phrase_id: str) -> Phrase:
        """The live phrase with this id; NotFoundError when there is none."""
        found = self.phrases_where("p.id = ? AND p.deleted = 0", [phrase_id])
        if not found:
            raise NotFoundError(f"no phrase with id {phrase_id!r}")
        return found[0]

    def live_phrases(self) -> list[Phrase]:
        """Every live phrase in group order."""
        order = {g.path: i for i, g in enumerate(self.groups.all())}
        return sorted(self.phrases_where(), key=lambda p: order.get(p.group, -1))

    def search(self, query: str, limit: int = 10) -> list[Hit]:
        """The index's best phrases, re-read first when another connection wrote the file."""
        if self.written_elsewhere():
            self.reload()
        return self._index.search(query, limit, now=self.wall())

    def written_elsewhere(self) -> bool:
        """Whether another connection committed since the last look."""
        # SQLite bumps data_version only for commits made through *other* connections.
        version = self._current_data_version()
        changed = version != self._data_version
        self._data_version = version
        return changed

    def meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return str(row[0]) if row else None

    def set_meta(self, key: str, value: str) -> None:
        with self.db.atomic():
            self.db.table("meta").upsert({"key": key, "value": value}, pk="key")

    # -- whole-file events -------------------------------------------------------------------

    def reload(self) -> None:
        """Re-read every cache (another connection wrote the file, a restore) and tell the
        listeners that everything changed."""
        self.reread()
        self._emit(Changes(everything=True))

    def reread(self) -> None:
        """Re-read every cache from the file, silently (`reload` also tells the listeners)."""
        self._data_version = self._current_data_version()
        self.groups.reload()
        self._last_position = self._max_position()
        self.clock.observe(self.meta("hlc") or self.clock.last)
        self._index = SearchIndex(self.live_phrases())

    def checkpoint(self) -> bool:
        """Copy the WAL into the main file now; False when a reader of another process kept part
        of it. Never raises: a busy file is checkpointed by a later commit."""
        try:
            _, frames, copied = self.db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        except sqlite3.Error as exc:
            log.info("checkpoint of %s postponed: %s", self.path, exc)
            return False
        return bool(frames == copied)

    def close(self) -> None:
        """Checkpoint and close the database."""
        try:
            self.checkpoint()
        finally:
            self.db.close()

    # -- internals ---------------------------------------------------------------------------

    def _refresh(self, write: Write) -> None:
        """After a commit: bring what the write touched in step, then tell the listeners."""
        if not write.touched:
            return
        if write.everything:
            self.reread()
            write.fresh = self._live(write.ids)
        else:
            write.fresh = self._live(write.ids)
            for phrase in write.fresh:
                self._index.upsert(phrase)
            for gone in write.ids - {p.id for p in write.fresh}:
                self._index.remove(gone)
            if write.groups:
                self.groups.reload()
        self._emit(write.changes())

    def _live(self, ids: set[str]) -> list[Phrase]:
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        return self.phrases_where(f"p.deleted = 0 AND p.id IN ({marks})", ids)

    def _emit(self, changes: Changes) -> None:
        for listener in list(self._listeners):
            listener(changes)

    def _after_rollback(self) -> None:
        self.groups.reload()
        self._last_position = self._max_position()

    def _now(self) -> float:
        return self.wall()  # looked up at each call: replacing `wall` moves the clock too

    def _current_data_version(self) -> int:
        return int(self.db.execute("PRAGMA data_version").fetchone()[0])

    def _max_position(self) -> float:
        row = self.db.execute("SELECT max(position) FROM phrases").fetchone()
        return float(row[0] or 0.0)

    def _device_id(self) -> str:
        device = self.meta("device")
        if device is None:
            device = uuid.uuid4().hex[:12]
            self.set_meta("device", device)
        return device
