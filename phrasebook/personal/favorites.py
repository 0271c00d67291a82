"""Favourites pinned to the number keys 1-9, so the desktop can insert them with one chord
(Ctrl+Alt+1..9) and no popup.

One row per slot (a stable UUID, stamps, a tombstone), so the pins can follow the agent to her
other devices when sync arrives. A phrase sits in at most one slot: pinning it elsewhere moves it.
"""

from __future__ import annotations

import uuid

from phrasebook.errors import ValidationError
from phrasebook.models import Phrase
from phrasebook.store import Store

#: The slots a favourite can be pinned to (the digit keys).
SLOTS = range(1, 10)


def check_slot(slot: int) -> int:
    """`slot` when it is 1..9; a ValidationError naming the range otherwise."""
    if isinstance(slot, bool) or not isinstance(slot, int) or slot not in SLOTS:
        raise ValidationError(f"a favourite slot is a number from 1 to 9, not {slot!r}")
    return slot


class Favorites:
    """Number-key favourites; reach it as `book.favorites`."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def pin(self, phrase_id: str, slot: int) -> None:
        """Put the phrase on `slot` (replacing whatever was there; moving it from its old slot)."""
        check_slot(slot)
        store = self._store
        store.phrase(phrase_id)
        now = store.clock.now()
        with store.write() as write:
            store.db.execute(
                "UPDATE favorite_slots SET deleted = 1, updated = ?"
                " WHERE phrase_id = ? AND slot != ? AND deleted = 0",
                [now, phrase_id, slot],
            )
            store.db.execute(
                "INSERT INTO favorite_slots(id, slot, phrase_id, created, updated, deleted)"
                " VALUES (?, ?, ?, ?, ?, 0) ON CONFLICT(slot) DO UPDATE SET"
                " phrase_id = excluded.phrase_id, updated = excluded.updated, deleted = 0",
                [str(uuid.uuid4()), slot, phrase_id, now, now],
            )
            write.touch({phrase_id})

    def unpin(self, slot: int) -> None:
        """Empty `slot` (nothing happens when it is empty already)."""
        check_slot(slot)
        store = self._store
        row = store.db.execute(
            "SELECT phrase_id FROM favorite_slots WHERE slot = ? AND deleted = 0", [slot]
        ).fetchone()
        if row is None:
            return
        with store.write() as write:
            store.db.execute(
                "UPDATE favorite_slots SET deleted = 1, updated = ? WHERE slot = ?",
                [store.clock.now(), slot],
            )
            write.touch({row[0]})

    def slots(self) -> dict[int, Phrase]:
        """Slot -> pinned phrase, in slot order; phrases in the trash are left out."""
        rows = self._store.db.execute(
            "SELECT slot, phrase_id FROM favorite_slots WHERE deleted = 0 ORDER BY slot"
        ).fetchall()
        if not rows:
            return {}
        marks = ",".join("?" * len(rows))
        live = self._store.phrases_where(
            f"p.deleted = 0 AND p.id IN ({marks})",
            [pid for _, pid in rows],
        )
        by_id = {p.id: p for p in live}
        return {slot: by_id[pid] for slot, pid in rows if pid in by_id}

    def get(self, slot: int) -> Phrase | None:
        """The phrase pinned to `slot`, or None."""
        return self.slots().get(check_slot(slot))

    def slot_of(self, phrase_id: str) -> int | None:
        """The slot this phrase is pinned to, or None."""
        row = self._store.db.execute(
            "SELECT slot FROM favorite_slots WHERE phrase_id = ? AND deleted = 0", [phrase_id]
        ).fetchone()
        return int(row[0]) if row else None
