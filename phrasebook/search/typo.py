"""A small typo in a Latin word (`refnd`) still finds the word (`refund`).

Only used for a term that matches nothing as typed, and only words at edit distance 1 (2 for
long words) are tried, so a correct query never gets a tail of look-alikes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rapidfuzz import process
from rapidfuzz.distance import OSA

from phrasebook.search.normalize import fold_text

MIN_TYPO_LENGTH = 4
_LONG_WORD = 8
_MAX_CANDIDATES = 3
_WORD = re.compile(r"[A-Za-z\u00c0-\u024f\uff21-\uff3a\uff41-\uff5a]{4,}")


class LatinWords:
    """Distinct Latin words of the phrasebook (never shrinks; a stale word just finds nothing)."""

    def __init__(self) -> None:
        self._words: set[str] = set()
        self._sorted: list[str] | None = None

    def add_texts(self, texts: Iterable[str]) -> None:
        """Collect the words of some (raw) texts; texts without Latin letters cost nothing."""
        found = set(_WORD.findall("\n".join(texts)))
        new = {fold_text(w) for w in found} - self._words
        if new:
            self._words |= new
            self._sorted = None

    def near(self, term: str) -> list[str]:
        """Words within a small edit distance of `term` (transpositions count as one edit)."""
        if len(term) < MIN_TYPO_LENGTH or not (term.isascii() and term.isalpha()):
            return []
        if self._sorted is None:
            self._sorted = sorted(self._words)
        cutoff = 2 if len(term) >= _LONG_WORD else 1
        found = process.extract(
            term, self._sorted, scorer=OSA.distance, score_cutoff=cutoff, limit=_MAX_CANDIDATES
        )
        return [word for word, _, _ in found if word != term]
