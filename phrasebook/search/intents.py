"""Score phrases by the intents a pasted question holds: where their reply words occur.

A reply word in the title says "this phrase is about that" far more than one in the body; the
weights below say how much. A phrase scores its best field per intent, summed over intents, so
a question with two intents (发错 and 退货) prefers a phrase that answers both.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from phrasebook.search.lexicon import Intent
from phrasebook.search.match import Matcher
from phrasebook.search.query import literal
from phrasebook.search.slab import NF, Segment
from phrasebook.search.vocab import Vocabulary

Floats = npt.NDArray[np.float64]

#: Weight of a reply word per field (code, title, body, tags, questions, group).
FIELD_WEIGHT = np.array([0.0, 1.0, 0.35, 0.6, 0.8, 0.3])
#: Fields where coverage counts (title, tags, group), and how much of the weight it decides.
SHORT = np.array([False, True, False, True, False, True])
COVER = 0.4
#: Reply words looked up per question at most: bounds the popup's work.
MAX_WORDS = 48


def _add(seg: Segment, starts: npt.NDArray[np.int64], length: int, out: Floats) -> None:
    """Keep each doc's best field weight; in a short field, covering more of it counts more
    (发货时间 answers "when do you ship" better than 发货地 does)."""
    slot = seg.slot[starts].astype(np.int64)
    field = slot % NF
    cover = np.minimum(length / np.maximum(seg.field_len[slot], 1), 1.0)
    weight = FIELD_WEIGHT[field] * np.where(SHORT[field], 1 - COVER + COVER * cover, 1.0)
    np.maximum.at(out, slot // NF, weight)


def scores(
    segs: Sequence[Segment], intents: list[Intent], vocab: Vocabulary, matcher: Matcher
) -> list[Floats]:
    """Intent score per local doc of each segment (0 where no reply word occurs)."""
    totals = [np.zeros(seg.size) for seg in segs]
    budget = MAX_WORDS
    for intent in intents:
        best = [np.zeros(seg.size) for seg in segs]
        for word in intent.find[:budget]:
            budget -= 1
            reading = literal(word, vocab)
            if reading is None:
                continue
            for seg, out in zip(segs, best, strict=True):
                for deep in (False, True):
                    starts = matcher.find(seg, reading, len(vocab), deep)
                    if starts.size:
                        _add(seg, starts, len(word), out)
        for i, found in enumerate(best):
            totals[i] += found
        if budget <= 0:
            break
    return totals
