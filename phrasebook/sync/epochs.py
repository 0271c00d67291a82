"""Epochs: a device's op numbers start afresh, in a range nobody has used, after its book went
back in time (a restore) or was copied (the device key travels inside the file).

Op numbers are `node:seq`. A restored book would number its next edits from the backup's last op,
and those numbers may already be published with other content; peers would take them as
already read. So a device writes in epochs: epoch `e` owns seq `e * SPAN + 1 ..(e + 1) * SPAN`.
Epoch 0 is the range every book used before epochs existed, so old segments read unchanged.

A new epoch starts:

- right after a restore (`start_new_epoch`, called by the restore);
- when the book is opened on another computer or at another path than the one it last synced
  from (`note_place`): a copy, whose original keeps its own epoch;
- at a round, when the transport holds higher numbers in the current epoch than the book does
  (`RoundContext`'s check in the engine): a restore done some other way.

Ops the book lost (published before the restore) come back from the team like any other op.
"""

from __future__ import annotations

import functools
import hashlib
import platform
import sqlite3
import uuid
from pathlib import Path

SPAN = 1_000_000_000
#: Segment file names have 12 digits, so 999 epochs fit.
MAX_EPOCH = 998


def epoch_of(seq: int) -> int:
    return (seq - 1) // SPAN


def base(epoch: int) -> int:
    """The number just before an epoch's first op."""
    return epoch * SPAN


def label(node: str, epoch: int) -> str:
    """How a peer's epoch is named in read positions and the status ("node" for epoch 0)."""
    return node if epoch == 0 else f"{node}#{epoch}"


def _state(conn: sqlite3.Connection, key: str) -> str:
    row = conn.execute("SELECT value FROM sync_state WHERE key = ?", [key]).fetchone()
    return str(row[0]) if row else ""


def _set(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute("INSERT OR REPLACE INTO sync_state(key, value) VALUES (?, ?)", [key, value])


def current(conn: sqlite3.Connection) -> int:
    """The epoch this device writes in now."""
    return int(_state(conn, "epoch") or 0)


def start_new_epoch(conn: sqlite3.Connection, node: str = "", at_least: int = 0) -> int:
    """Move this device's numbering to a fresh epoch; returns it (call inside a transaction).

    The new epoch is above any the book knows of its own (and `at_least`, what a transport
    holds). Local ops not yet published move along with it, so they cannot collide either.
    """
    node = node or _node(conn)
    old = current(conn)
    if not node:
        return old
    row = conn.execute("SELECT max(seq) FROM sync_op WHERE node = ?", [node]).fetchone()
    known = epoch_of(int(row[0])) if row and row[0] else 0
    epoch = min(max(old, known, at_least) + 1, MAX_EPOCH)
    sent = int(_state(conn, "sent") or 0)
    start = max(sent, base(old))
    conn.execute(
        "UPDATE sync_op SET seq = seq - ? + ? WHERE node = ? AND seq > ? AND seq <= ?",
        [base(old), base(epoch), node, start, base(old) + SPAN],
    )
    _set(conn, "epoch", str(epoch))
    _set(conn, "sent", str(base(epoch)))
    return epoch


def _node(conn: sqlite3.Connection) -> str:
    """This device's key id, or "" when it has none (never in a team: nothing to renumber)."""
    from phrasebook.sync.keys import SigningKey

    secret = _state(conn, "device_key")
    return SigningKey.from_secret(secret).id if secret else ""


@functools.cache
def _machine() -> str:
    mac = uuid.getnode()
    machine = "" if mac & (1 << 40) else str(mac)  # a random stand-in is not an identity
    return f"{platform.node()}|{machine}"


def place(path: Path) -> str:
    """A fingerprint of this computer and this file's location."""
    where = f"{_machine()}|{path.resolve()}"
    return hashlib.sha256(where.encode()).hexdigest()[:16]


def note_place(conn: sqlite3.Connection, path: Path) -> bool:
    """Start a new epoch when the book moved to another computer or path; True if it did.

    Call inside a transaction.
    """
    here, last = place(path), _state(conn, "place")
    if last == here:
        return False
    _set(conn, "place", here)
    if not last:
        return False
    start_new_epoch(conn)
    return True
