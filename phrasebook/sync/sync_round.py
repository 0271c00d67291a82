"""One sync round: capture local edits, publish them, fetch, check, guard, apply.

Nothing a peer sends can raise out of a round: a segment that fails any check is held whole
(`held`: retried later when the cause may heal, set aside when hostile, listed either way) and
the rest is applied. Each round also reports, per peer device, what it has seen and applied
(`peers`), and starts a new epoch when the book went back in time (`epochs`). Everything that
is applied goes in one transaction with the read-position updates, so a round killed at any
point leaves the database as it was before or after, and the next round finishes the job.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from phrasebook.errors import PhrasebookError
from phrasebook.store import Store
from phrasebook.sync import blobs, epochs, held, merge, peers, proposals_sync, team_rows
from phrasebook.sync.changelog import ChangeLog, Edit
from phrasebook.sync.folder import Incoming
from phrasebook.sync.keys import SigningKey
from phrasebook.sync.ops import Op, OpError, ahead_ms, check_authority, check_value
from phrasebook.sync.signed_segments import Segment, SegmentError, decode, encode
from phrasebook.sync.team import Member

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path


log = logging.getLogger(__name__)
SEGMENT_OPS = 5000
#: More incoming ops than this in one round: back the book up first.
BACKUP_ABOVE = 1000
#: Deleting more than this share of the team's live phrases in one round needs confirming.
DELETE_SHARE = 0.2
DELETE_MAX = 50
#: Stamps further ahead of this device's clock than this are worth a warning (one hour: more
#: than any daylight-saving or time-zone slip, far less than the day peers allow).
CLOCK_WARN_MS = 3_600_000


class Transport(Protocol):
    """What a round needs from a shared folder or a server."""

    def describe(self) -> str: ...
    def check(self) -> None: ...
    def read_roster(self) -> Any: ...
    def write_roster(self, roster: dict[str, Any], invite: str | None = None) -> str | None: ...
    def read_certificates(self) -> list[Any]: ...
    def published(self, node: str, above: int = 0, upto: int | None = None) -> int: ...
    def publish(self, node: str, first: int, last: int, data: bytes) -> None: ...
    def fetch(
        self, wanted: Callable[[str, int, int], bool], cursor: str
    ) -> tuple[list[Incoming], str]: ...


@dataclass(slots=True)
class SyncSummary:
    """What a round did (the `phrasebook sync --json` output and the tray's status).

    `held` lists every segment set aside (hostile) or waiting for a retry, with its file;
    `peers` each peer device's highest op seen and applied and any gap; `warnings` the gaps
    that lasted too long and an ignored team file.
    """

    sent: int = 0
    received: int = 0
    changed: int = 0
    conflicts: int = 0
    quarantined: int = 0
    held_deletes: int = 0
    pending: int = 0
    #: Pictures of team phrases sent and received this round (the bytes, apart from the ops).
    pictures_sent: int = 0
    pictures_received: int = 0
    #: Pictures team phrases name that are not in the shared place (yet): shown without them.
    pictures_waiting: int = 0
    epoch: int = 0
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    held: list[dict[str, Any]] = field(default_factory=list)
    peers: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class RoundContext:
    store: Store
    backup: Callable[[str], Path]
    transport: Transport
    team_id: str
    key: SigningKey
    members: dict[str, Member]
    state: Callable[[str], str]
    set_state: Callable[[str, str], None]


@dataclass(slots=True)
class Fetched:
    segments: list[Segment]
    digests: list[str]
    cursor: str
    listed: dict[str, int]
    failed: list[tuple[str, Incoming, str, bool]]  # digest, item, reason, hostile


def run_round(ctx: RoundContext, *, confirm_deletes: bool = False) -> SyncSummary:
    summary = SyncSummary()
    edits = _local_edits(ctx)
    _check_epoch(ctx, edits)
    _capture(ctx, _sendable(edits, summary))
    _send_pictures(ctx, summary)  # before the ops naming them, so they are there when read
    summary.sent = _publish(ctx)
    fetched = fetch_incoming(ctx)
    ops = [op for seg in fetched.segments for op in seg.ops]
    deletes = _deletions(ctx.store, ops)
    if deletes and _too_many(ctx.store, deletes) and not confirm_deletes:
        summary.held_deletes = deletes
        summary.problems.append(
            f"{deletes} team phrases would be deleted; nothing applied until an editor confirms"
            " (`phrasebook sync --confirm-deletes`)"
        )
        _note_failures(ctx, fetched, summary)
    elif fetched.segments:
        apply_incoming(ctx, fetched, summary)
    else:
        _note_failures(ctx, fetched, summary)
        ctx.set_state("cursor", fetched.cursor)
    _fetch_pictures(ctx, summary)
    summary.conflicts = count_conflicts(ctx, changed=summary.sent > 0)
    report_peers(ctx, fetched, summary)
    _warn_clock_ahead(ctx, summary)
    return summary


def _send_pictures(ctx: RoundContext, summary: SyncSummary) -> None:
    """A supervisor (who publishes team phrases) sends their pictures; see `blobs`."""
    member = ctx.members.get(ctx.key.id)
    if not isinstance(ctx.transport, blobs.BlobTransport) or member is None:
        return
    if member.role == "supervisor":
        if ctx.state("upload_all"):  # moved to a new place: it has none of them yet
            ctx.set_state(blobs.SENT_STATE, "")
        try:
            summary.pictures_sent = blobs.publish(
                ctx.store, ctx.transport, ctx.state, ctx.set_state
            )
        except (OSError, PhrasebookError) as exc:  # a full share or quota: sent next round
            summary.problems.append(f"pictures not sent yet: {exc}")


def _fetch_pictures(ctx: RoundContext, summary: SyncSummary) -> None:
    """Pictures named by team phrases that this book lacks, fetched and verified."""
    if not isinstance(ctx.transport, blobs.BlobTransport):
        return
    try:
        fetched = blobs.fetch(ctx.store, ctx.transport)
    except (OSError, PhrasebookError) as exc:  # an unplugged share, an unreachable server
        summary.problems.append(f"pictures not fetched yet: {exc}")
        return
    summary.pictures_received = fetched.arrived
    summary.quarantined += len(fetched.refused)
    summary.problems += fetched.refused
    summary.pictures_waiting = fetched.waiting
    if fetched.waiting:
        summary.warnings.append(
            f"{fetched.waiting} team pictures are not in the shared place (yet): their replies"
            " are sent without them until they arrive; if this lasts, ask the supervisor to"
            " sync again"
        )


def _warn_clock_ahead(ctx: RoundContext, summary: SyncSummary) -> None:
    """Tell the author when her stamps run ahead of her clock (it was set ahead, then fixed):
    peers hold her changes stamped more than a day ahead of theirs until their clocks get
    there, so they arrive late (nothing is lost)."""
    now_ms = int(ctx.store.wall() * 1000)
    ahead = ahead_ms(ctx.store.clock.last, now_ms)
    if ahead > CLOCK_WARN_MS:
        until = time.strftime("%Y-%m-%d %H:%M", time.localtime((now_ms + ahead) / 1000))
        summary.warnings.append(
            f"this computer's clock was ahead: its change stamps run {ahead / 3_600_000:.1f} h"
            f" ahead (until {until}); teammates get changes stamped more than a day ahead of"
            " their clocks only when their clocks get there (nothing is lost)"
        )


def report_peers(ctx: RoundContext, fetched: Fetched, summary: SyncSummary) -> None:
    """Held segments, each peer's progress and the epoch, into the round's summary."""
    conn = ctx.store.db.conn
    found = held.listed(conn)
    names = {key: m.name for key, m in ctx.members.items()}
    status = peers.update(conn, ctx.state, ctx.set_state, fetched.listed, names, found)
    summary.held = [asdict(h) for h in found]
    summary.peers = peers.as_dicts(status)
    summary.warnings += [p.warning for p in status if p.warning]
    summary.epoch = epochs.current(conn)


def count_conflicts(ctx: RoundContext, *, changed: bool) -> int:
    """Conflicts only change when ops came or went: local edits, or received ops that were not
    all clean successors (`apply_incoming` then drops the cached count); otherwise it stays."""
    cached = ctx.state("conflicts")
    if changed or not cached:
        cached = str(len(merge.conflicts(ctx.store.db.conn)))
        ctx.set_state("conflicts", cached)
    return int(cached)


def _check_epoch(ctx: RoundContext, edits: list[Edit]) -> None:
    """Before numbering new changes: when the transport holds higher numbers of this device's
    current epoch than the store, the book went back in time (a restore, a copy), so the new
    changes go in a fresh epoch. Asked only when there is something to send (no-op rounds make
    no extra request); a restored book that fetched its lost changes back first needs none."""
    conn, node = ctx.store.db.conn, ctx.key.id
    changelog = ChangeLog(conn, node)
    last = changelog.last_seq()
    if not edits and last <= max(int(ctx.state("sent") or 0), changelog.base):
        return
    published = ctx.transport.published(node, changelog.base, changelog.base + epochs.SPAN)
    if published <= last:
        return
    highest = epochs.epoch_of(max(ctx.transport.published(node), 1))
    with ctx.store.db.atomic():
        epoch = epochs.start_new_epoch(conn, node, at_least=highest)
    log.warning("sync: the team holds changes %d of this device that this book lacks (restored"
                " or copied?); new changes are numbered in epoch %d", published, epoch)  # fmt: skip


def _local_edits(ctx: RoundContext) -> list[Edit]:
    """Publishable local edits: everyone's own proposals; team phrases and decisions on
    proposals only from supervisors (agents' team edits stay local)."""
    member = ctx.members.get(ctx.key.id)
    if member is None:
        return []
    since, boss = ctx.state("captured"), member.role == "supervisor"
    edits = team_rows.local_edits(ctx.store, since) if boss else []
    return edits + proposals_sync.local_edits(ctx.store, since, ctx.key.id, supervisor=boss)


def _sendable(edits: list[Edit], summary: SyncSummary) -> list[Edit]:
    """The edits peers will accept; one they would refuse (a value too big) is never numbered,
    so it cannot hold back the segment it would have travelled in: it stays on this computer
    and the author is told which record and field."""
    kept: list[Edit] = []
    for edit in edits:
        try:
            check_value(edit.kind, edit.value)
        except OpError as exc:
            summary.problems.append(
                f"{edit.entity} {edit.row_id} field {edit.field!r} is too big to send ({exc});"
                " it stays on this computer only"
            )
            continue
        kept.append(edit)
    return kept


def _capture(ctx: RoundContext, edits: list[Edit]) -> None:
    """The local edits become ops (numbered in the current epoch)."""
    store = ctx.store
    if ctx.key.id not in ctx.members:
        return
    if edits:
        with store.write():
            ChangeLog(store.db.conn, ctx.key.id).record(store.clock, edits)
    ctx.set_state("captured", store.clock.last)


def _publish(ctx: RoundContext) -> int:
    conn, node = ctx.store.db.conn, ctx.key.id
    changelog = ChangeLog(conn, node)
    count = 0
    if ctx.state("upload_all"):  # moved: the new place gets the earlier epochs too
        for epoch in sorted(_own_extent(conn, node)):
            base = epochs.base(epoch)
            if base != changelog.base:
                there = ctx.transport.published(node, base, base + epochs.SPAN)
                count += _send(ctx, changelog.unsent(there, base), note=False)
        ctx.set_state("upload_all", "")
    sent = max(int(ctx.state("sent") or 0), changelog.base)
    last = changelog.last_seq()
    if last <= sent:
        return count
    # A round killed after publishing but before noting it: never publish an overlapping range.
    top = changelog.base + epochs.SPAN
    sent = max(sent, min(ctx.transport.published(node, changelog.base, top), last))
    ops = changelog.unsent(sent)
    if not ops:
        ctx.set_state("sent", str(sent))
    return count + _send(ctx, ops, note=True)


def _send(ctx: RoundContext, ops: list[Op], *, note: bool) -> int:
    """Publish ops as segments of consecutive numbers (a restored epoch may have holes)."""
    runs: list[list[Op]] = []
    for op in ops:
        if runs and op.seq == runs[-1][-1].seq + 1 and len(runs[-1]) < SEGMENT_OPS:
            runs[-1].append(op)
        else:
            runs.append([op])
    for chunk in runs:
        data = encode(ctx.team_id, ctx.key, chunk)
        ctx.transport.publish(ctx.key.id, chunk[0].seq, chunk[-1].seq, data)
        if note:
            ctx.set_state("sent", str(chunk[-1].seq))
    return len(ops)


def _own_extent(conn: Any, node: str) -> dict[int, tuple[int, int]]:
    """Epoch -> (highest op, op count) this book holds of its own device."""
    rows = conn.execute(
        "SELECT (seq - 1) / ?, max(seq), count(*) FROM sync_op WHERE node = ? GROUP BY 1",
        [epochs.SPAN, node],
    ).fetchall()
    return {int(e): (int(top), int(n)) for e, top, n in rows}


def fetch_incoming(ctx: RoundContext) -> Fetched:
    """The segments of other devices not applied yet, checked; failures listed apart."""
    conn, me = ctx.store.db.conn, ctx.key.id
    seen = dict(conn.execute("SELECT node, seq FROM sync_seen").fetchall())
    done = set(conn.execute("SELECT node, first, last FROM sync_segment").fetchall())
    mine = _own_extent(conn, me)
    listed: dict[str, int] = {}

    def own_missing(epoch: int, first: int, last: int) -> bool:
        """Ops this device published that the book lacks (it was restored from a backup)."""
        top, count = mine.get(epoch, (epochs.base(epoch), 0))
        if count == top - epochs.base(epoch):  # no holes: compare with the highest
            return last > top
        row = conn.execute("SELECT count(*) FROM sync_op WHERE node = ? AND seq BETWEEN ? AND ?",
                           [me, first, last]).fetchone()  # fmt: skip
        return int(row[0]) < last - first + 1

    def wanted(node: str, first: int, last: int) -> bool:
        # Exact ranges: after a move the same ops may come re-batched (1-13 where 1-11 was read).
        epoch = epochs.epoch_of(first)
        name = epochs.label(node, epoch)
        if node != me:
            listed[name] = max(listed.get(name, 0), last)
        if (node, first, last) in done:
            return False
        if node == me:
            return own_missing(epoch, first, last)
        return last > int(seen.get(name, epochs.base(epoch)))

    incoming, cursor = ctx.transport.fetch(wanted, ctx.state("cursor"))
    round_no = int(ctx.state("round") or 0) + 1
    skipper = held.HeldSegments(conn, round_no, _members_stamp(ctx.members))
    if skipper.waiting:  # rounds are counted only while a retry waits (no write otherwise)
        ctx.set_state("round", str(round_no))
    now_ms = int(ctx.store.wall() * 1000)
    fetched = Fetched([], [], cursor, listed, [])
    rewind: list[int] = []
    for item in incoming:
        key = held.digest(item.data, item.source)
        skip = skipper.skip(key)
        if skip:
            if skip == "wait" and item.position:
                rewind.append(int(item.position))
            continue
        try:
            fetched.segments.append(_checked(ctx, item, now_ms))
            fetched.digests.append(key)
        except (SegmentError, OpError) as exc:
            fetched.failed.append((key, item, str(exc), not exc.heals))
            if exc.heals and item.position:
                rewind.append(int(item.position))
    if rewind:  # a server: read the segments that may heal again next time
        fetched.cursor = str(min(rewind))
    return fetched


def _members_stamp(members: dict[str, Member]) -> str:
    return ",".join(sorted(members))


def _checked(ctx: RoundContext, item: Incoming, now_ms: int) -> Segment:
    if item.data is None:
        raise SegmentError(item.problem, heals=item.heals)

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


def _note_failures(ctx: RoundContext, fetched: Fetched, summary: SyncSummary) -> None:
    """Remember each failed segment by content: hostile ones for good, the rest for a retry."""
    if not fetched.failed:
        return
    with ctx.store.db.atomic():
        _record_failures(ctx, fetched, summary)


def _record_failures(ctx: RoundContext, fetched: Fetched, summary: SyncSummary) -> None:
    conn = ctx.store.db.conn
    round_no = int(ctx.state("round") or 0)
    table = held.HeldSegments(conn, round_no, _members_stamp(ctx.members))
    for key, item, reason, hostile in fetched.failed:
        table.note(key, item.source, (item.node, item.first, item.last), reason, hostile)
        if hostile:
            summary.quarantined += 1
            summary.problems.append(f"{item.source}: {reason}")


def _deletions(store: Store, ops: Sequence[Op]) -> int:
    """How many live team phrases these ops would delete."""
    rows = {
        op.row_id
        for op in ops
        if op.entity == team_rows.ENTITY and op.field == "deleted" and op.value == "true"
    }
    if not rows:
        return 0
    live = {
        r[0]
        for r in store.db.execute(
            "SELECT id FROM phrases WHERE scope = 'team' AND deleted = 0"
        ).fetchall()
    }
    return len(rows & live)


def _too_many(store: Store, deletes: int) -> bool:
    live = team_rows.live_team_count(store)
    return deletes > DELETE_MAX or (deletes >= 2 and deletes > live * DELETE_SHARE)


def apply_incoming(ctx: RoundContext, fetched: Fetched, summary: SyncSummary) -> None:
    """Merge the fetched ops and project them into the phrasebook, as one write."""
    store, segments = ctx.store, fetched.segments
    ops = [op for seg in segments for op in seg.ops]
    if len(ops) > BACKUP_ABOVE:
        ctx.backup("pre-sync")
    with store.write() as write:
        result = merge.apply_ops(store.db.conn, ops)
        _note_read(store, segments)
        held.forget(store.db.conn, fetched.digests)
        held.prune_applied(store.db.conn)
        _record_failures(ctx, fetched, summary)
        if result.max_hlc:
            store.clock.observe(result.max_hlc)
        rows = [r for e, r in result.changed if e == team_rows.ENTITY]
        written = team_rows.project(store, rows)
        _project_proposals(ctx, result.changed)
        ctx.set_state("cursor", fetched.cursor)
        if result.applied and not result.clean:
            ctx.set_state("conflicts", "")
        if len(written) > 200:  # re-reading everything is quicker than one by one
            write.touch(everything=True)
        else:
            write.touch(written)
    ctx.set_state("captured", store.clock.last)
    summary.received = result.applied
    summary.changed = len(written)


def _project_proposals(ctx: RoundContext, changed: frozenset[tuple[str, str]]) -> None:
    member = ctx.members.get(ctx.key.id)
    rows = [r for e, r in changed if e in proposals_sync.ENTITIES]
    if rows:
        boss = member is not None and member.role == "supervisor"
        names = {key: m.name for key, m in ctx.members.items()}
        proposals_sync.project(ctx.store, rows, ctx.key.id, supervisor=boss, names=names)


def _note_read(store: Store, segments: list[Segment]) -> None:
    """Record the ranges read and, per device and epoch, the highest op with none missing."""
    conn = store.db.conn
    conn.executemany(
        "INSERT OR IGNORE INTO sync_segment(node, first, last) VALUES (?, ?, ?)",
        [(s.node, s.first, s.last) for s in segments],
    )
    for node, epoch in Counter((s.node, epochs.epoch_of(s.first)) for s in segments):
        name = epochs.label(node, epoch)
        row = conn.execute("SELECT seq FROM sync_seen WHERE node = ?", [name]).fetchone()
        seen = row[0] if row else epochs.base(epoch)
        for (seq,) in conn.execute(
            "SELECT seq FROM sync_op WHERE node = ? AND seq > ? AND seq <= ? ORDER BY seq",
            [node, seen, epochs.base(epoch) + epochs.SPAN],
        ).fetchall():
            if seq != seen + 1:
                break
            seen = seq
        conn.execute("INSERT OR REPLACE INTO sync_seen(node, seq) VALUES (?, ?)", [name, seen])
