"""Placeholder search (substring over title, body and code); replaced by the real engine."""

from __future__ import annotations

from collections.abc import Iterable

from phrasebook.models import Hit, Match, Phrase


class SearchIndex:
    """In-memory index of phrases, kept up to date by the phrasebook on every write."""

    def __init__(self, phrases: Iterable[Phrase] = ()) -> None:
        self._phrases: dict[str, Phrase] = {p.id: p for p in phrases}

    def __len__(self) -> int:
        return len(self._phrases)

    def upsert(self, phrase: Phrase) -> None:
        self._phrases[phrase.id] = phrase

    def remove(self, phrase_id: str) -> None:
        self._phrases.pop(phrase_id, None)

    def search(self, query: str, limit: int = 10, *, now: float | None = None) -> list[Hit]:
        q = query.strip().lower()
        hits = []
        for p in self._phrases.values():
            for name, value in (("code", p.code), ("title", p.title), ("body", p.body)):
                at = value.lower().find(q)
                if at >= 0:
                    score = 3.0 if name == "code" else 2.0 if name == "title" else 1.0
                    hits.append(Hit(p, score + p.use_count / 1000, (Match(name, ((at, at + len(q)),)),)))
                    break
        hits.sort(key=lambda h: (-h.score, h.phrase.id))
        return hits[:limit]
