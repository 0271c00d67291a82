"""Find where a reading occurs in a segment, vectorised.

Start from the rarest predicate (a slice of the sorted positions), shift back to the match
start, then keep only the starts where every other predicate holds at its offset. Work is
proportional to the rarest character's occurrences, not to the size of the phrasebook.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from phrasebook.search.query import Pred, Reading
from phrasebook.search.rank import score_positions
from phrasebook.search.slab import Segment

Ints = npt.NDArray[np.int64]
Floats = npt.NDArray[np.float64]
_EMPTY = np.zeros(0, dtype=np.int64)
#: Above this many body/question occurrences, only used or starred phrases' bodies are searched.
DEEP_CAP = 20_000


@dataclass
class TermHits:
    """Every scored match of one term in one segment (all its readings together)."""

    docs: list[Ints] = field(default_factory=list)
    starts: list[Ints] = field(default_factory=list)
    scores: list[Floats] = field(default_factory=list)
    lengths: list[int] = field(default_factory=list)

    def best(self, size: int) -> Floats:
        """Best score per local doc (-inf where the term does not occur)."""
        out = np.full(size, -np.inf)
        for docs, scores in zip(self.docs, self.scores, strict=True):
            np.maximum.at(out, docs, scores)
        return out

    def span_of(self, doc: int) -> tuple[int, int] | None:
        """(start position, length) of this doc's best match, or None."""
        found: tuple[float, int, int] | None = None
        for docs, starts, scores, length in zip(
            self.docs, self.starts, self.scores, self.lengths, strict=True
        ):
            where = np.flatnonzero(docs == doc)
            if where.size:
                i = where[np.argmax(scores[where])]
                if found is None or scores[i] > found[0]:
                    found = (float(scores[i]), int(starts[i]), length)
        return None if found is None else (found[1], found[2])


class Matcher:
    """Caches per-predicate look-up tables; one per index, reset when the vocabulary grows."""

    def __init__(self) -> None:
        self._tables: dict[object, npt.NDArray[np.bool_]] = {}
        self._size = 0

    def find(
        self, seg: Segment, reading: Reading, vocab_size: int, deep: bool, cap: bool = True
    ) -> Ints:
        """Start positions of `reading` in `seg` (in body/questions if `deep`, else elsewhere).

        With `cap`, a reading found more than DEEP_CAP times in bodies and questions (one
        letter, one common character) is looked for only in the bodies of phrases the agent
        has used or starred; titles, codes and tags are always searched in full.
        """
        preds = reading.preds
        counts = [seg.count(p.ids, deep) for p in preds]
        rarest = int(np.argmin(counts))
        if counts[rarest] == 0:
            return _EMPTY
        if deep and cap and counts[rarest] > DEEP_CAP:
            rarest, starts = -1, seg.habit_starts()
        else:
            seed = preds[rarest]
            starts = seg.positions(seed.key, seed.ids, deep) - rarest
            starts = starts[starts >= 1]
        for offset in np.argsort(counts, kind="stable").tolist():
            if offset == rarest or not starts.size:
                continue
            starts = starts[self._test(preds[offset], seg.ids[starts + offset], vocab_size)]
        return starts

    def score(
        self,
        seg: Segment,
        reading: Reading,
        vocab_size: int,
        flags: npt.NDArray[np.bool_],
        hits: TermHits,
    ) -> None:
        """Find and score `reading` in all fields, adding the result to `hits`."""
        for deep in (False, True):
            self._add(seg, reading, self.find(seg, reading, vocab_size, deep), flags, hits)

    def _add(
        self,
        seg: Segment,
        reading: Reading,
        starts: Ints,
        flags: npt.NDArray[np.bool_],
        hits: TermHits,
    ) -> None:
        if starts.size:
            docs, scores = score_positions(seg, starts, len(reading.preds), reading.weight, flags)
            hits.docs.append(docs)
            hits.starts.append(starts)
            hits.scores.append(scores)
            hits.lengths.append(len(reading.preds))

    def _test(
        self, pred: Pred, ids: npt.NDArray[np.unsignedinteger], vocab_size: int
    ) -> npt.NDArray[np.bool_]:
        if pred.ids.size == 1:
            same: npt.NDArray[np.bool_] = ids == pred.ids[0]
            return same
        if vocab_size != self._size:
            self._tables.clear()
            self._size = vocab_size
        table = self._tables.get(pred.key)
        if table is None:
            table = np.zeros(vocab_size, dtype=bool)
            table[pred.ids] = True
            self._tables[pred.key] = table
        allowed: npt.NDArray[np.bool_] = table[ids]
        return allowed
