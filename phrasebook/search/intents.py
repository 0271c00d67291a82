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
from phrasebook.search.segment import NF, Segment
from phrasebook.search.vocab import Vocabulary

Floats = npt.NDArray[np.float64]

#: Weight of a reply word per field (code, title, body, tags, questions, group).
FIELD_WEIGHT = np.array([0.0, 1.0, 0.35, 0.6, 0.8, 0.3])
#: Reply words looked up per question at most: bounds the popup's work.
MAX_WORDS = 48


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
                    starts = matcher.find(seg, reading, len(vocab), deep, cap=False)
                    if starts.size:
                        slot = seg.slot[starts].astype(np.int64)
                        np.maximum.at(out, slot // NF, FIELD_WEIGHT[slot % NF])
        for total, found in zip(totals, best, strict=True):
            total += found
        if budget <= 0:
            break
    return totals
