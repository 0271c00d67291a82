"""Property tests of the merge: 2-5 replicas with skewed clocks edit, delete, re-create, count
and resolve at random, and exchange ops in random, partial, duplicated and re-batched deliveries.
After a full exchange every replica holds the same state, and no edit was lost: each one is the
winner, was superseded by an edit made after seeing it, or is listed as a visible conflict."""

from __future__ import annotations

import json
import random
import sqlite3

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule
from sqlite_utils import Database

from phrasebook.db import schema
from phrasebook.store.hybrid_clock import HybridClock
from phrasebook.sync import merge
from phrasebook.sync.changelog import ChangeLog, Edit
from phrasebook.sync.ops import Op

START = 1_770_000_000.0
ROWS = ("r1", "r2", "r3")
FIELDS = ("text", "title", "deleted")
HOUR = 3600.0


class Replica:
    """One device: its own database, clock (skewed) and change log."""

    def __init__(self, index: int, skew: float) -> None:
        self.db = Database(memory=True)
        schema.apply_migrations(self.db)
        self.conn = self.db.conn
        self.node = f"node{index}"
        self.wall = START + skew
        self.clock = HybridClock(self.node, lambda: self.wall)
        self.log = ChangeLog(self.conn, self.node)
        self.cells: dict[str, int] = {}  # this device's usage counter per row

    def ops(self) -> list[Op]:
        rows = self.conn.execute("SELECT * FROM sync_op ORDER BY node, seq").fetchall()
        return [Op(*row) for row in rows]

    def receive(self, ops: list[Op]) -> None:
        with self.db.atomic():
            result = merge.apply_ops(self.conn, ops)
        if result.max_hlc:
            self.clock.observe(result.max_hlc)

    def winner(self, row: str, field: str) -> tuple[str, str] | None:
        found = self.conn.execute(
            "SELECT hlc, value FROM sync_field WHERE entity='phrase' AND row_id=? AND field=?",
            [row, field],
        ).fetchone()
        return (found[0], found[1]) if found else None


def is_lost(conn: sqlite3.Connection, op: Op, visible: set[str]) -> bool:
    """True when a set op is neither winner, nor equal to it, nor superseded, nor a conflict."""
    won = conn.execute(
        "SELECT hlc, value FROM sync_field WHERE entity=? AND row_id=? AND field=?",
        [op.entity, op.row_id, op.field],
    ).fetchone()
    if won[0] == op.hlc or won[1] == op.value or op.hlc in visible:
        return False
    successor = conn.execute(
        "SELECT 1 FROM sync_op WHERE base=? AND entity=? AND row_id=? AND field=?",
        [op.hlc, op.entity, op.row_id, op.field],
    ).fetchone()
    return successor is None


class Replicas(RuleBasedStateMachine):
    @initialize(
        skews=st.lists(st.floats(-3 * HOUR, 3 * HOUR), min_size=2, max_size=5),
        seed=st.integers(0, 2**32),
    )
    def start(self, skews: list[float], seed: int) -> None:
        self.replicas = [Replica(i, skew) for i, skew in enumerate(skews)]
        self.rng = random.Random(seed)
        self.seen_before: list[tuple[str, str]] = []  # (earlier hlc, later hlc) causal pairs

    def pick(self, i: int) -> Replica:
        return self.replicas[i % len(self.replicas)]

    @rule(
        i=st.integers(0, 4),
        row=st.sampled_from(ROWS),
        field=st.sampled_from(FIELDS[:2]),
        value=st.text(max_size=3),
    )
    def edit(self, i: int, row: str, field: str, value: str) -> None:
        self.write(self.pick(i), row, field, json.dumps(value))

    @rule(i=st.integers(0, 4), row=st.sampled_from(ROWS), deleted=st.booleans())
    def delete_or_recreate(self, i: int, row: str, deleted: bool) -> None:
        self.write(self.pick(i), row, "deleted", json.dumps(deleted))

    def write(self, replica: Replica, row: str, field: str, value: str) -> None:
        seen = replica.winner(row, field)
        with replica.db.atomic():
            (op,) = replica.log.record(replica.clock, [Edit("phrase", row, field, value)])
        if seen:
            assert op.base == seen[0]
            self.seen_before.append((seen[0], op.hlc))

    @rule(i=st.integers(0, 4), row=st.sampled_from(ROWS))
    def count_use(self, i: int, row: str) -> None:
        replica = self.pick(i)
        replica.cells[row] = replica.cells.get(row, 0) + 1
        cell = json.dumps(replica.cells[row])
        with replica.db.atomic():
            replica.log.record(replica.clock, [Edit("phrase", row, "uses", cell, "add")])

    @rule(i=st.integers(0, 4))
    def resolve_a_conflict(self, i: int) -> None:
        replica = self.pick(i)
        found = merge.conflicts(replica.conn)
        if found:
            with replica.db.atomic():
                replica.log.acknowledge(replica.clock, self.rng.choice(found))

    @rule(i=st.integers(0, 4), seconds=st.floats(-2 * HOUR, 2 * HOUR))
    def clock_jumps(self, i: int, seconds: float) -> None:
        self.pick(i).wall += seconds  # forwards or backwards: HLC must stay monotonic

    @rule(
        src=st.integers(0, 4),
        dst=st.integers(0, 4),
        share=st.floats(0, 1),
        batches=st.integers(1, 4),
        duplicate=st.booleans(),
    )
    def partial_exchange(
        self, src: int, dst: int, share: float, batches: int, duplicate: bool
    ) -> None:
        ops = self.pick(src).ops()
        chosen = self.rng.sample(ops, int(len(ops) * share))
        if duplicate:
            chosen += self.rng.sample(chosen, len(chosen) // 2)
        self.rng.shuffle(chosen)
        for k in range(batches):
            self.pick(dst).receive(chosen[k::batches])

    @invariant()
    def causal_edits_win(self) -> None:
        for earlier, later in getattr(self, "seen_before", []):
            assert later > earlier

    def teardown(self) -> None:
        if not hasattr(self, "replicas"):
            return
        everything = [op for r in self.replicas for op in r.ops()]
        for replica in self.replicas:
            shuffled = list(everything)
            self.rng.shuffle(shuffled)
            replica.receive(shuffled)
        hashes = {merge.state_hash(r.conn) for r in self.replicas}
        assert len(hashes) == 1, "replicas diverged after a full exchange"
        conn = self.replicas[0].conn
        visible = {c.hlc for c in merge.conflicts(conn)}
        lost = [op for op in everything if op.kind == "set" and is_lost(conn, op, visible)]
        assert not lost, f"edits lost: {lost}"
        totals = merge.counter_totals(conn, "phrase")
        assert sum(totals.values()) == sum(sum(r.cells.values()) for r in self.replicas)
        # Re-applying everything again changes nothing (idempotence).
        self.replicas[0].receive(everything)
        assert merge.state_hash(conn) in hashes


Replicas.TestCase.settings = settings(
    max_examples=60,
    stateful_step_count=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
test_replicas_converge_and_lose_nothing = Replicas.TestCase
