"""This device's side of the change log: numbering its ops, recording them, listing the unsent.

A local edit becomes ops in the same transaction as the edit's capture; the ops are merged
through the same code as remote ones, so local and remote state can never disagree about rules.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from phrasebook.store.hybrid_clock import HybridClock
from phrasebook.sync import epochs, merge
from phrasebook.sync.ops import Op


@dataclass(frozen=True, slots=True)
class Edit:
    """One field a local edit set (value as canonical JSON text), or an ack (value None)."""

    entity: str
    row_id: str
    field: str
    value: str | None
    kind: str = "set"
    base: str | None = None  # the winner's stamp when the caller knows it (saves a query)


class ChangeLog:
    """Records ops for the device `node` (its key id), signed later by `author` (the same key)."""

    def __init__(self, conn: sqlite3.Connection, node: str) -> None:
        self._conn = conn
        self.node = node
        self.base = epochs.base(epochs.current(conn))

    def last_seq(self) -> int:
        """The last op number this device used in its current epoch (the epoch's base if none)."""
        row = self._conn.execute(
            "SELECT max(seq) FROM sync_op WHERE node = ? AND seq > ? AND seq <= ?",
            [self.node, self.base, self.base + epochs.SPAN],
        )
        return int(row.fetchone()[0] or self.base)

    def record(self, clock: HybridClock, edits: Sequence[Edit]) -> list[Op]:
        """Turn edits into ops and merge them; one stamp per record, so a row edit is one step.

        Each op's base is the winner this device saw, which is what tells a later merge whether
        another device's edit was made with or without knowledge of this one. Call inside a
        transaction.
        """
        seq = self.last_seq()
        stamps: dict[tuple[str, str], str] = {}
        ops: list[Op] = []
        for edit in edits:
            key = (edit.entity, edit.row_id)
            if key not in stamps:
                stamps[key] = clock.now()
            seq += 1
            base = edit.base if edit.base is not None else self._base(edit)
            ops.append(
                Op(
                    self.node,
                    seq,
                    stamps[key],
                    base,
                    self.node,
                    edit.kind,
                    edit.entity,
                    edit.row_id,
                    edit.field,
                    edit.value,
                )
            )
        merge.apply_ops(self._conn, ops)
        return ops

    def _base(self, edit: Edit) -> str:
        row = self._conn.execute(
            "SELECT hlc FROM sync_field WHERE entity = ? AND row_id = ? AND field = ?",
            [edit.entity, edit.row_id, edit.field],
        ).fetchone()
        return str(row[0]) if row else ""

    def acknowledge(self, clock: HybridClock, conflict: merge.Conflict) -> Op:
        """Mark a conflict version as seen (the editor kept the winner); call in a transaction."""
        op = Op(
            self.node,
            self.last_seq() + 1,
            clock.now(),
            conflict.hlc,
            self.node,
            "ack",
            conflict.entity,
            conflict.row_id,
            conflict.field,
            None,
        )
        merge.apply_ops(self._conn, [op])
        return op

    def unsent(self, after_seq: int, base: int | None = None) -> list[Op]:
        """This device's ops of its current epoch (or the epoch starting after `base`) numbered
        after `after_seq`, in order."""
        start = self.base if base is None else base
        rows = self._conn.execute(
            "SELECT node, seq, hlc, base, author, kind, entity, row_id, field, value"
            " FROM sync_op WHERE node = ? AND seq > ? AND seq <= ? ORDER BY seq",
            [self.node, max(after_seq, start), start + epochs.SPAN],
        ).fetchall()
        return [Op(*row) for row in rows]
