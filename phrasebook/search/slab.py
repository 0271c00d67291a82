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
        phrase.searched_text,  # the body plus its other-language texts (personal feature)
        "\n".join(phrase.tags),
        "\n".join((*phrase.questions, *phrase.learned)),
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
        field = self.slot % NF
        deep = (self.slot >= 0) & ((field == BODY) | (field == QUESTIONS))
        # One sort key for (character, short/deep field): ids * 2 + deep, radix-sorted when it
        # fits in 16 bits. Short fields and deep ones are kept apart so a one-letter query can
        # rank titles without first scoring a million body positions.
        key = self.ids.astype(np.uint32) * 2 + deep
        if 2 * len(vocab) < 2**16:
            key = key.astype(np.uint16)
        self.order = np.argsort(key, kind="stable").astype(np.int32)
        self.bounds = np.concatenate(([0], np.cumsum(np.bincount(key, minlength=2 * len(vocab)))))
        self.keys = [p.id for p in phrases]
        self.size = len(self.keys)
        self.alive = np.ones(self.size, dtype=bool)
        self.uses = np.array([p.use_count for p in phrases], dtype=np.float64)
        self.last_used = np.array([p.last_used or 0.0 for p in phrases], dtype=np.float64)
        self.favorite = np.array([p.favorite for p in phrases], dtype=bool)
        self._key_rank: Ints | None = None
        self._habit_starts: Ints | None = None
        self._seeds: dict[tuple[object, bool], Ints] = {}

    @property
    def live(self) -> int:
        """How many phrases of this segment are still current."""
        return int(self.alive.sum())

    def set_usage(self, local: int, phrase: Phrase) -> None:
        """Record new frecency inputs without touching the text arrays."""
        self.uses[local] = phrase.use_count
        self.last_used[local] = phrase.last_used or 0.0
        self.favorite[local] = phrase.favorite
        self._habit_starts = None

    @property
    def key_rank(self) -> Ints:
        """Each phrase's rank by id within the segment: ties between equal scores go by id."""
        if self._key_rank is None:
            ranks = np.empty(self.size, dtype=np.int64)
            ranks[sorted(range(self.size), key=self.keys.__getitem__)] = np.arange(self.size)
            self._key_rank = ranks
        return self._key_rank

    def habit(self) -> npt.NDArray[np.bool_]:
        """Phrases the agent has used or starred."""
        used: npt.NDArray[np.bool_] = (self.uses > 0) | self.favorite
        return used

    def habit_starts(self) -> Ints:
        """Every body/question position of the phrases the agent has used or starred."""
        if self._habit_starts is None:
            slots = [
                d * NF + f for d in np.flatnonzero(self.habit()).tolist() for f in (BODY, QUESTIONS)
            ]
            ranges = [
                np.arange(self.field_start[s], self.field_start[s] + self.field_len[s])
                for s in slots
            ]
            self._habit_starts = np.concatenate(ranges) if ranges else np.zeros(0, np.int64)
        return self._habit_starts

    def count(self, ids: npt.NDArray[np.uint32], deep: bool) -> int:
        """How many positions (in body/questions if `deep`, else the short fields) hold `ids`."""
        keys = ids.astype(np.int64) * 2 + deep
        keys = keys[keys < len(self.bounds) - 1]
        return int((self.bounds[keys + 1] - self.bounds[keys]).sum())

    def positions(self, key: object, ids: npt.NDArray[np.uint32], deep: bool) -> Ints:
        """Positions holding any of `ids`, cached by `key` (the next keystroke reuses them)."""
        cached = self._seeds.get((key, deep))
        if cached is None:
            keys = ids.astype(np.int64) * 2 + deep
            keys = keys[keys < len(self.bounds) - 1]
            parts = [self.order[self.bounds[k] : self.bounds[k + 1]] for k in keys.tolist()]
            cached = np.concatenate(parts).astype(np.int64) if parts else np.zeros(0, np.int64)
            if len(self._seeds) >= _CACHE_SIZE:
                self._seeds.clear()
            self._seeds[(key, deep)] = cached
        return cached
