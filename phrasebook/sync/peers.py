"""Is this device behind? Per peer device (and epoch): the highest op seen at the transport, the
highest applied with nothing missing before it, and how many rounds a gap has lasted.

A gap that outlives `GAP_ROUNDS` rounds becomes a warning with its reason (the held segment's,
or "not received yet"): silent divergence is the one failure team sync must not have.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass

from phrasebook.sync import epochs
from phrasebook.sync.held import Held

GAP_ROUNDS = 3


@dataclass(frozen=True, slots=True)
class Peer:
    """One peer device's read position, as `sync --json` and the tray show it."""

    device: str  # key id, with "#epoch" after a restore or copy
    name: str
    seen: int
    applied: int
    gap: int
    gap_rounds: int
    reason: str

    @property
    def warning(self) -> str:
        """A one-line warning when the gap has lasted too long ("" otherwise)."""
        if not self.gap or self.gap_rounds <= GAP_ROUNDS:
            return ""
        who = self.name or self.device
        return (f"behind {who} by {self.gap} changes for {self.gap_rounds} rounds: "
                f"{self.reason}")  # fmt: skip


def update(
    conn: sqlite3.Connection,
    state: Callable[[str], str],
    set_state: Callable[[str, str], None],
    listed: Mapping[str, int],
    names: Mapping[str, str],
    held: list[Held],
) -> list[Peer]:
    """Fold this round's listing into the stored positions; returns every peer's status."""
    before = json.loads(state("peers") or "{}")
    applied = dict(conn.execute("SELECT node, seq FROM sync_seen").fetchall())
    peers: list[Peer] = []
    stored: dict[str, dict[str, int]] = {}
    for device in sorted(set(before) | set(listed)):
        node, _, epoch = device.partition("#")
        seen = max(int(before.get(device, {}).get("seen", 0)), int(listed.get(device, 0)))
        done = int(applied.get(device, epochs.base(int(epoch or 0))))
        gap = max(0, seen - done)
        rounds = int(before.get(device, {}).get("gap_rounds", 0)) + 1 if gap else 0
        reason = _reason(node, done, seen, held) if gap else ""
        peers.append(Peer(device, names.get(node, ""), seen, done, gap, rounds, reason))
        stored[device] = {"seen": seen, "gap_rounds": rounds}
    if stored != before:  # no write in a round where nothing moved
        set_state("peers", json.dumps(stored))
    return peers


def _reason(node: str, done: int, seen: int, held: list[Held]) -> str:
    for item in held:
        if item.node == node and item.last > done and item.first <= seen:
            return f"{item.file}: {item.reason}"
    return f"changes {done + 1}-{seen} not received yet"


def as_dicts(peers: list[Peer]) -> list[dict[str, object]]:
    return [asdict(p) | {"warning": p.warning} for p in peers]
