"""One sync round: capture local edits, publish them, fetch, check, guard, apply.

Nothing a peer sends can raise out of a round: a segment that fails any check is quarantined
whole (with a log line and a row in `sync_quarantine`) and the rest is applied. Everything that
is applied goes in one transaction with the read-position updates, so a round killed at any
point leaves the database as it was before or after, and the next round finishes the job.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from phrasebook.sync import merge, proposals_sync, records
from phrasebook.sync.changelog import ChangeLog
from phrasebook.sync.folder import Incoming
from phrasebook.sync.keys import SigningKey
from phrasebook.sync.ops import Op, OpError, check_authority
from phrasebook.sync.segments import Segment, SegmentError, decode, encode
from phrasebook.sync.team import Member

if TYPE_CHECKING:
    from collections.abc import Callable

    from phrasebook.book import Phrasebook

log = logging.getLogger(__name__)
SEGMENT_OPS = 5000
#: More incoming ops than this in one round: back the book up first.
BACKUP_ABOVE = 1000
#: Deleting more than this share of the team's live phrases in one round needs confirming.
DELETE_SHARE = 0.2
DELETE_MAX = 50


class Transport(Protocol):
    """What a round needs from a shared folder or a server."""

    def describe(self) -> str: ...
    def check(self) -> None: ...
    def read_roster(self) -> Any: ...
    def read_certificates(self) -> list[Any]: ...
    def published(self, node: str) -> int: ...
    def publish(self, node: str, first: int, last: int, data: bytes) -> None: ...
    def fetch(
        self, wanted: Callable[[str, int, int], bool], cursor: str
    ) -> tuple[list[Incoming], str]: ...


@dataclass(slots=True)
class SyncSummary:
    """What a round did (the `phrasebook sync --json` output and the tray's status)."""

    sent: int = 0
    received: int = 0
    changed: int = 0
    conflicts: int = 0
    quarantined: int = 0
    held_deletes: int = 0
    pending: int = 0
    problems: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class RoundContext:
    book: Phrasebook
    transport: Transport
    team_id: str
    key: SigningKey
    members: dict[str, Member]
    state: Callable[[str], str]
    set_state: Callable[[str, str], None]


def run_round(ctx: RoundContext, *, confirm_deletes: bool = False) -> SyncSummary:
    summary = SyncSummary()
    _capture(ctx)
    summary.sent = _publish(ctx)
    segments, cursor = _fetch(ctx, summary)
    ops = [op for seg in segments for op in seg.ops]
    deletes = _deletions(ctx.book, ops)
    if deletes and _too_many(ctx.book, deletes) and not confirm_deletes:
        summary.held_deletes = deletes
        summary.problems.append(
            f"{deletes} team phrases would be deleted; nothing applied until an editor confirms"
            " (`phrasebook sync --confirm-deletes`)"
        )
    elif segments:
        _apply(ctx, segments, cursor, summary)
    else:
        ctx.set_state("cursor", cursor)
    summary.conflicts = _conflict_count(ctx, changed=summary.sent + summary.received > 0)
    return summary


def _conflict_count(ctx: RoundContext, *, changed: bool) -> int:
    """Conflicts only change when ops came or went; a no-op round reuses the last count."""
    cached = ctx.state("conflicts")
    if changed or not cached:
        cached = str(len(merge.conflicts(ctx.book.db.conn)))
        ctx.set_state("conflicts", cached)
    return int(cached)


def _capture(ctx: RoundContext) -> None:
    """Publishable local edits become ops: everyone's own proposals; team phrases and decisions
    on proposals only from supervisors (agents' team edits stay local)."""
    book = ctx.book
    member = ctx.members.get(ctx.key.id)
    if member is None:
        return
    since, boss = ctx.state("captured"), member.role == "supervisor"
    edits = records.local_edits(book, since) if boss else []
    edits += proposals_sync.local_edits(book, since, ctx.key.id, supervisor=boss)
    if edits:
        with book._transaction():
            ChangeLog(book.db.conn, ctx.key.id).record(book._clock, edits)
    ctx.set_state("captured", book._clock.last)


def _publish(ctx: RoundContext) -> int:
    sent = int(ctx.state("sent") or 0)
    last = ChangeLog(ctx.book.db.conn, ctx.key.id).last_seq()
    if last <= sent:
        return 0
    # A round killed after publishing but before noting it: never publish an overlapping range.
    sent = max(sent, min(ctx.transport.published(ctx.key.id), last))
    ops = ChangeLog(ctx.book.db.conn, ctx.key.id).unsent(sent)
    if not ops:
        ctx.set_state("sent", str(sent))
    for start in range(0, len(ops), SEGMENT_OPS):
        chunk = ops[start : start + SEGMENT_OPS]
        data = encode(ctx.team_id, ctx.key, chunk)
        ctx.transport.publish(ctx.key.id, chunk[0].seq, chunk[-1].seq, data)
        ctx.set_state("sent", str(chunk[-1].seq))
    return len(ops)


def _fetch(ctx: RoundContext, summary: SyncSummary) -> tuple[list[Segment], str]:
    conn = ctx.book.db.conn
    seen = dict(conn.execute("SELECT node, seq FROM sync_seen").fetchall())
    done = set(conn.execute("SELECT node, first, last FROM sync_segment").fetchall())
    bad = {r[0] for r in conn.execute("SELECT source FROM sync_quarantine")}

    def wanted(node: str, first: int, last: int) -> bool:
        # Exact ranges: after a move the same ops may come re-batched (1-13 where 1-11 was read).
        return node != ctx.key.id and last > seen.get(node, 0) and (node, first, last) not in done

    incoming, cursor = ctx.transport.fetch(wanted, ctx.state("cursor"))
    now_ms = int(ctx.book._wall() * 1000)
    segments: list[Segment] = []
    for item in incoming:
        if item.source in bad or not wanted(item.node, item.first, item.last):
            continue
        try:
            segments.append(_checked(ctx, item, now_ms))
        except (SegmentError, OpError) as exc:
            _quarantine(ctx, item.source, str(exc), summary)
    return segments, cursor


def _checked(ctx: RoundContext, item: Incoming, now_ms: int) -> Segment:
    if item.data is None:
        raise SegmentError(item.problem)

    def public_of(node: str) -> str | None:
        member = ctx.members.get(node)
        return member.public if member else None

    seg = decode(item.data, ctx.team_id, public_of, now_ms)
    if (seg.node, seg.first, seg.last) != (item.node, item.first, item.last):
        raise SegmentError("its name does not match its signed header (renamed or replayed)")
    role = ctx.members[seg.node].role
    for op in seg.ops:
        check_authority(op, role)
    return seg


def _quarantine(ctx: RoundContext, source: str, reason: str, summary: SyncSummary) -> None:
    log.warning("sync: quarantined %s: %s", source, reason)
    summary.quarantined += 1
    summary.problems.append(f"{source}: {reason}")
    with ctx.book.db.atomic():
        ctx.book.db.execute(
            "INSERT INTO sync_quarantine(at, source, reason) VALUES (?, ?, ?)",
            [ctx.book._clock.last, source, reason],
        )


def _deletions(book: Phrasebook, ops: Sequence[Op]) -> int:
    """How many live team phrases these ops would delete."""
    rows = {
        op.row_id
        for op in ops
        if op.entity == records.ENTITY and op.field == "deleted" and op.value == "true"
    }
    if not rows:
        return 0
    live = {
        r[0]
        for r in book.db.execute(
            "SELECT id FROM phrases WHERE scope = 'team' AND deleted = 0"
        ).fetchall()
    }
    return len(rows & live)


def _too_many(book: Phrasebook, deletes: int) -> bool:
    live = records.live_team_count(book)
    return deletes > DELETE_MAX or (deletes >= 2 and deletes > live * DELETE_SHARE)


def _apply(ctx: RoundContext, segments: list[Segment], cursor: str, summary: SyncSummary) -> None:
    book = ctx.book
    ops = [op for seg in segments for op in seg.ops]
    if len(ops) > BACKUP_ABOVE:
        book.backup("pre-sync")
    with book._transaction():
        result = merge.apply_ops(book.db.conn, ops)
        _note_read(book, segments)
        if result.max_hlc:
            book._clock.observe(result.max_hlc)
        rows = [r for e, r in result.changed if e == records.ENTITY]
        written = records.project(book, rows)
        _project_proposals(ctx, result.changed)
        ctx.set_state("cursor", cursor)
    ctx.set_state("captured", book._clock.last)
    summary.received = result.applied
    summary.changed = len(written)
    if len(written) > 200:
        book._reload()
    else:
        book._refreshed(written)


def _project_proposals(ctx: RoundContext, changed: frozenset[tuple[str, str]]) -> None:
    member = ctx.members.get(ctx.key.id)
    rows = [r for e, r in changed if e in proposals_sync.ENTITIES]
    if rows:
        boss = member is not None and member.role == "supervisor"
        names = {key: m.name for key, m in ctx.members.items()}
        proposals_sync.project(ctx.book, rows, ctx.key.id, supervisor=boss, names=names)


def _note_read(book: Phrasebook, segments: list[Segment]) -> None:
    conn = book.db.conn
    conn.executemany(
        "INSERT OR IGNORE INTO sync_segment(node, first, last) VALUES (?, ?, ?)",
        [(s.node, s.first, s.last) for s in segments],
    )
    for node in Counter(s.node for s in segments):
        row = conn.execute("SELECT seq FROM sync_seen WHERE node = ?", [node]).fetchone()
        seen = row[0] if row else 0
        for (seq,) in conn.execute(
            "SELECT seq FROM sync_op WHERE node = ? AND seq > ? ORDER BY seq", [node, seen]
        ).fetchall():
            if seq != seen + 1:
                break
            seen = seq
        conn.execute("INSERT OR REPLACE INTO sync_seen(node, seq) VALUES (?, ?)", [node, seen])
