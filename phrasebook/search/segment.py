"""An immutable slab of indexed phrases: their fields as one array of character ids.

Layout: SEP f0 SEP f1 SEP ... SEP PAD, six fields per phrase (see FIELDS). Positions of each
character id are kept sorted by id (one radix argsort), so "where does 货 occur" is a slice.
Segments never change text; the index adds small segments on edits and merges them, the way
Lucene does, and marks replaced phrases dead.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from phrasebook.models import Phrase
from phrasebook.search.normalize import SEP
from phrasebook.search.vocab import Vocabulary

FIELDS = ("code", "title", "body", "tags", "questions", "group")
CODE, TITLE, BODY, TAGS, QUESTIONS, GROUP = range(len(FIELDS))
NF = len(FIELDS)
#: Longest query term the matcher checks; trailing separators keep `start + k` in bounds.
MAX_TERM = 64
_CACHE_SIZE = 64

Ints = npt.NDArray[np.int64]


def searchable(phrase: Phrase) -> tuple[str, ...]:
    """The six strings of a phrase that search looks at, in FIELDS order."""
    return (
        phrase.code,
        phrase.title,
        phrase.body,
        "\n".join(phrase.tags),
        "\n".join(phrase.questions),
        phrase.group,
    )


class Segment:
    """Character-id arrays for a fixed list of phrases plus their (mutable) usage figures."""

    def __init__(
        self, phrases: Sequence[Phrase], fields: Sequence[tuple[str, ...]], vocab: Vocabulary
    ):
        parts = [text for group in fields for text in group]
        lengths = np.fromiter(map(len, parts), dtype=np.int64, count=len(parts))
        ids = vocab.encode(SEP + SEP.join(parts) + SEP * (MAX_TERM + 1))
        self.ids = ids.astype(np.uint16) if len(vocab) < 2**16 else ids
        self.field_len = lengths
        self.field_start = 1 + np.concatenate(([0], np.cumsum(lengths + 1)[:-1])).astype(np.int64)
        self.slot = np.full(len(ids), -1, dtype=np.int32)
        self.slot[1 : 1 + int((lengths + 1).sum())] = np.repeat(
            np.arange(len(parts), dtype=np.int32), lengths + 1
        )
        self.order = np.argsort(self.ids, kind="stable").astype(np.int32)
        self.bounds = np.concatenate(([0], np.cumsum(np.bincount(self.ids, minlength=len(vocab)))))
        self.keys = [p.id for p in phrases]
        self.size = len(self.keys)
        self.alive = np.ones(self.size, dtype=bool)
        self.uses = np.array([p.use_count for p in phrases], dtype=np.float64)
        self.last_used = np.array([p.last_used or 0.0 for p in phrases], dtype=np.float64)
        self.favorite = np.array([p.favorite for p in phrases], dtype=bool)
        self.key_rank = np.argsort(np.argsort(np.array(self.keys, dtype=object))).astype(np.int64)
        self._seeds: dict[object, Ints] = {}

    @property
    def live(self) -> int:
        """How many phrases of this segment are still current."""
        return int(self.alive.sum())

    def set_usage(self, local: int, phrase: Phrase) -> None:
        """Record new frecency inputs without touching the text arrays."""
        self.uses[local] = phrase.use_count
        self.last_used[local] = phrase.last_used or 0.0
        self.favorite[local] = phrase.favorite

    def count(self, ids: npt.NDArray[np.uint32]) -> int:
        """How many positions hold any of `ids`."""
        ids = ids[ids < len(self.bounds) - 1]
        return int((self.bounds[ids + 1] - self.bounds[ids]).sum())

    def positions(self, key: object, ids: npt.NDArray[np.uint32]) -> Ints:
        """Positions holding any of `ids`, cached by `key` (the next keystroke reuses them)."""
        cached = self._seeds.get(key)
        if cached is not None:
            return cached
        ids = ids[ids < len(self.bounds) - 1]
        parts = [self.order[self.bounds[i] : self.bounds[i + 1]] for i in ids.tolist()]
        found = np.concatenate(parts).astype(np.int64) if parts else np.zeros(0, np.int64)
        if len(self._seeds) >= _CACHE_SIZE:
            self._seeds.clear()
        self._seeds[key] = found
        return found
