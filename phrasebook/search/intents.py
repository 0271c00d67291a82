"""Score phrases by the intents a pasted question holds: where their reply words occur.

A reply word in the title says "this phrase is about that" far more than one in the body; the
weights below say how much. A phrase scores its best field per intent, summed over intents, so
a question with two intents (发错 and 退货) prefers a phrase that answers both.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from phrasebook.search.intent_model import IntentModel
from phrasebook.search.lexicon import Intent, Lexicon
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
#: Reply words looked up per intent, and intents per question, at most: bounds the popup's
#: work (a word whose characters no phrase has costs nothing).
MAX_WORDS = 64
MAX_INTENTS = 3
#: Weight of an intent whose cue word occurs in the question.
CUE_WEIGHT = 0.3
#: Intents the model guesses are used from this probability up, weighted by it.
MIN_PROBABILITY = 0.2
MODEL_GUESSES = 2


def detect(text: str, lexicon: Lexicon, model: IntentModel) -> list[tuple[Intent, float]]:
    """The intents a folded question holds, with weights: its cue words, and the model's
    likeliest guesses (an intent found both ways counts with the larger weight)."""
    weights: dict[str, float] = {i.name: CUE_WEIGHT for i in lexicon.intents_of(text)}
    for guess in model.guess(text, MODEL_GUESSES):
        if guess.probability >= MIN_PROBABILITY:
            weights[guess.intent] = max(weights.get(guess.intent, 0.0), guess.probability)
    found = [(lexicon.named(name), weight) for name, weight in weights.items()]
    ranked = sorted(((i, w) for i, w in found if i is not None), key=lambda iw: -iw[1])
    return ranked


#: How much a reply word that many phrases hold counts less (退货 vs 退货地址).
SPREAD = 0.2


def _add(
    seg: Segment, starts: npt.NDArray[np.int64], length: int, out: Floats, scale: float
) -> None:
    """Keep each doc's best field weight; in a short field, covering more of it counts more
    (发货时间 answers "when do you ship" better than 发货地 does)."""
    slot = seg.slot[starts].astype(np.int64)
    field = slot % NF
    cover = np.minimum(length / np.maximum(seg.field_len[slot], 1), 1.0)
    weight = FIELD_WEIGHT[field] * np.where(SHORT[field], 1 - COVER + COVER * cover, 1.0)
    np.maximum.at(out, slot // NF, scale * weight)


def scores(
    segs: Sequence[Segment],
    intent: Intent,
    scripts: frozenset[str],
    vocab: Vocabulary,
    matcher: Matcher,
) -> list[Floats]:
    """One intent's score per local doc of each segment (0 where no reply word occurs). Only
    reply words in the question's scripts are looked up. It depends on the phrases alone, not
    on the question, so the index keeps it until the phrases change."""
    best = [np.zeros(seg.size) for seg in segs]
    for word in intent.words_in(scripts)[:MAX_WORDS]:
        reading = literal(word, vocab)
        if reading is None:
            continue
        found = [
            np.concatenate([matcher.find(seg, reading, len(vocab), d) for d in (False, True)])
            for seg in segs
        ]
        docs = sum(len(np.unique(seg.slot[at] // NF)) for seg, at in zip(segs, found, strict=True))
        scale = 1.0 / (1.0 + SPREAD * math.log(max(docs, 1)))
        for seg, starts, out in zip(segs, found, best, strict=True):
            if starts.size:
                _add(seg, starts, len(word), out, scale)
    return best
