"""Follow-ups (问一答三): what the agent usually sends next, and phrases linked by hand.

Learned from the order of insertions in the `usage` table: for every time she inserted phrase A,
the next insertion in the same shop within `WINDOW_SECONDS` counts as "B follows A". Links made
by hand in the editor (`links` table, undirected) are added after the learned ones.
"""

from __future__ import annotations

import uuid

from phrasebook.errors import ValidationError
from phrasebook.models import Phrase, Scope
from phrasebook.store import Store

#: How soon the next insertion must come to count as a follow-up: one customer's conversation.
WINDOW_SECONDS = 600.0

_NEXT = """
SELECT nxt.phrase_id, count(*) AS times, max(nxt.at) AS last
FROM usage u
JOIN usage nxt ON nxt.id = (
    SELECT n.id FROM usage n
    WHERE n.shop IS u.shop AND n.at > u.at AND n.at <= u.at + ?
    ORDER BY n.at, n.id LIMIT 1)
WHERE u.phrase_id = ? AND nxt.phrase_id != u.phrase_id
GROUP BY nxt.phrase_id
ORDER BY times DESC, last DESC
"""

_RELATED = """
SELECT CASE WHEN phrase_id = ?1 THEN related_id ELSE phrase_id END
FROM links WHERE (phrase_id = ?1 OR related_id = ?1) AND deleted = 0
ORDER BY created, id
"""


class FollowUps:
    """Learned and hand-linked follow-ups; reach it as `book.links` (and `book.follow_ups`)."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def link(self, phrase_id: str, related_id: str, *, scope: Scope = "personal") -> None:
        """Mark two phrases as related (both ways); linking twice is harmless."""
        if phrase_id == related_id:
            raise ValidationError("a phrase cannot be linked to itself")
        store = self._store
        store.phrase(phrase_id), store.phrase(related_id)
        existing = self._row(phrase_id, related_id)
        now = store.clock.now()
        with store.write() as write:
            if existing is not None:
                store.db.execute(
                    "UPDATE links SET deleted = 0, updated = ? WHERE id = ?", [now, existing]
                )
            else:
                store.db.table("links").insert(
                    {
                        "id": str(uuid.uuid4()),
                        "phrase_id": phrase_id,
                        "related_id": related_id,
                        "scope": scope,
                        "created": now,
                        "updated": now,
                        "deleted": 0,
                    }
                )
            write.touch({phrase_id, related_id})

    def unlink(self, phrase_id: str, related_id: str) -> bool:
        """Remove the link between two phrases; False when there was none."""
        existing = self._row(phrase_id, related_id, live=True)
        if existing is None:
            return False
        store = self._store
        with store.write() as write:
            store.db.execute(
                "UPDATE links SET deleted = 1, updated = ? WHERE id = ?",
                [store.clock.now(), existing],
            )
            write.touch({phrase_id, related_id})
        return True

    def related(self, phrase_id: str) -> list[Phrase]:
        """Phrases linked to this one by hand, in list order."""
        ids = [row[0] for row in self._store.db.execute(_RELATED, [phrase_id])]
        return self._live(ids)

    def learned(self, phrase_id: str, window: float = WINDOW_SECONDS) -> list[tuple[str, int]]:
        """(phrase id, times) of what followed `phrase_id`, most frequent (then latest) first."""
        rows = self._store.db.execute(_NEXT, [window, phrase_id]).fetchall()
        return [(pid, int(times)) for pid, times, _ in rows]

    def after(self, phrase_id: str, limit: int = 5) -> list[Phrase]:
        """What to offer after inserting `phrase_id`: learned follow-ups, then linked ones."""
        ids = [pid for pid, _ in self.learned(phrase_id)]
        related = [row[0] for row in self._store.db.execute(_RELATED, [phrase_id])]
        ordered = list(dict.fromkeys([*ids, *related]))
        return self._live([pid for pid in ordered if pid != phrase_id])[: max(limit, 0)]

    def _live(self, ids: list[str]) -> list[Phrase]:
        """The live phrases among `ids`, in the order given."""
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        found = self._store.phrases_where(f"p.deleted = 0 AND p.id IN ({marks})", ids)
        by_id = {p.id: p for p in found}
        return [by_id[pid] for pid in ids if pid in by_id]

    def _row(self, a: str, b: str, *, live: bool = False) -> str | None:
        alive = " AND deleted = 0" if live else ""
        row = self._store.db.execute(
            "SELECT id FROM links WHERE ((phrase_id = ? AND related_id = ?)"
            f" OR (phrase_id = ? AND related_id = ?)){alive} ORDER BY deleted LIMIT 1",
            [a, b, b, a],
        ).fetchone()
        return str(row[0]) if row else None
