"""Whole titles a customer wrote in her question (退货地址发我 holds the title 退货地址).

Titles are folded and their spaces dropped; the map is built on the first question and then
kept up to date phrase by phrase, so a 100,000-phrase book pays for it once.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from phrasebook.models import Phrase
from phrasebook.search.normalize import SEP, fold_text

#: Titles shorter than this are too common to say what a question is about.
MIN_TITLE_CHARS = 2


def _key(folded: str) -> str:
    return "".join(folded.split())


class TitleMap:
    """Folded titles -> ids of the phrases with that title."""

    def __init__(self, phrases: Iterable[Phrase]) -> None:
        chosen = list(phrases)
        # One fold over all titles (folding is per character; a title never holds SEP).
        folded = fold_text(SEP.join([p.title for p in chosen])).split(SEP) if chosen else []
        #: Tuples, not sets: most titles are one phrase's, and 100,000 small sets cost ~20 MB.
        self._ids: dict[str, tuple[str, ...]] = {}
        #: No title is longer: a 300-character question need not try longer pieces.
        self._longest = 0
        for phrase, title in zip(chosen, folded, strict=True):
            self._put(phrase.id, "".join(title.split()))

    def add(self, phrase: Phrase) -> None:
        self._put(phrase.id, _key(fold_text(phrase.title)))

    def discard(self, phrase: Phrase) -> None:
        key = _key(fold_text(phrase.title))
        kept = tuple(i for i in self._ids.get(key, ()) if i != phrase.id)
        if kept:
            self._ids[key] = kept
        else:
            self._ids.pop(key, None)

    def written_in(self, folded_question: str) -> Iterator[tuple[str, int]]:
        """(phrase id, title length) for every title that occurs in the question."""
        squeezed = _key(folded_question)
        for size in range(MIN_TITLE_CHARS, min(len(squeezed), self._longest) + 1):
            for start in range(len(squeezed) - size + 1):
                for phrase_id in self._ids.get(squeezed[start : start + size], ()):
                    yield phrase_id, size

    def _put(self, phrase_id: str, key: str) -> None:
        if len(key) >= MIN_TITLE_CHARS:
            found = self._ids.get(key, ())
            if phrase_id not in found:
                self._ids[key] = (*found, phrase_id)
                self._longest = max(self._longest, len(key))
