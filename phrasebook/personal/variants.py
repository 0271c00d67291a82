"""Personal variants: the agent's own wording of a team phrase, and what happens when the team
rewrites the phrase afterwards.

A variant remembers the team text it rewrote (`base_text`, plus the phrase's `updated` stamp as
`base_updated`). Team updates - `Phrasebook.update`, imports, sync - only ever write the
`phrases` table, so her text survives them; when the team text differs from her base,
`Phrase.team_changed` is set and the editor offers the three ways out: keep mine (re-base),
take theirs (drop the variant) or save a hand-merged text.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from phrasebook import validate
from phrasebook.errors import NotFoundError
from phrasebook.models import Phrase
from phrasebook.store import Store

_UPSERT = """
INSERT INTO variants(id, phrase_id, text, base_text, base_updated, created, updated, deleted)
VALUES (?, ?, ?, ?, ?, ?, ?, 0)
ON CONFLICT(phrase_id) DO UPDATE SET text = excluded.text, base_text = excluded.base_text,
    base_updated = excluded.base_updated, updated = excluded.updated, deleted = 0
"""


@dataclass(frozen=True, slots=True)
class VariantComparison:
    """Both sides of a personalised phrase, for the side-by-side view.

    Attributes:
        mine: the agent's variant.
        theirs: the team's current text.
        base: the team text she rewrote (None when unknown, e.g. written by an older version).
    """

    phrase_id: str
    mine: str
    theirs: str
    base: str | None

    @property
    def team_changed(self) -> bool:
        return self.base is not None and self.base != self.theirs


class Variants:
    """Writes and resolves personal variants; reach it as `book.variants`."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def set(self, phrase_id: str, text: str | None) -> Phrase:
        """Write (or with None, drop) her wording, based on the team text as it is now."""
        if text is None:
            return self.take_theirs(phrase_id)
        return self._write(self._store.phrase(phrase_id), validate.text(text))

    def compare(self, phrase_id: str) -> VariantComparison:
        """Her text beside the team's; NotFoundError when the phrase has no variant."""
        phrase = self._store.phrase(phrase_id)
        row = self._store.db.execute(
            "SELECT text, base_text FROM variants WHERE phrase_id = ? AND deleted = 0", [phrase_id]
        ).fetchone()
        if row is None:
            raise NotFoundError(f"phrase {phrase_id!r} has no personal variant")
        return VariantComparison(phrase_id, row[0], phrase.text, row[1])

    def changed(self) -> list[Phrase]:
        """Phrases whose team text changed after she personalised them (the badge list)."""
        return [p for p in self._store.live_phrases() if p.team_changed]

    def keep_mine(self, phrase_id: str) -> Phrase:
        """Keep her text and accept the team's new version as the base (clears the badge)."""
        return self._write(self._store.phrase(phrase_id), self.compare(phrase_id).mine)

    def take_theirs(self, phrase_id: str) -> Phrase:
        """Drop her variant: the team text is used again."""
        store = self._store
        store.phrase(phrase_id)
        with store.write() as write:
            store.db.execute(
                "UPDATE variants SET deleted = 1, updated = ? WHERE phrase_id = ? AND deleted = 0",
                [store.clock.now(), phrase_id],
            )
            write.touch({phrase_id})
        return write.fresh[0]

    def merge(self, phrase_id: str, text: str) -> Phrase:
        """Save a text she merged by hand, based on the team's current version."""
        self.compare(phrase_id)  # merging needs two sides
        return self.set(phrase_id, text)

    def _write(self, phrase: Phrase, text: str) -> Phrase:
        store = self._store
        now = store.clock.now()
        values = [str(uuid.uuid4()), phrase.id, text, phrase.text, phrase.updated, now, now]
        with store.write() as write:
            store.db.execute(_UPSERT, values)
            write.touch({phrase.id})
        return write.fresh[0]
