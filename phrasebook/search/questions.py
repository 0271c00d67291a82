"""A customer's whole question pasted in: BM25 over character n-grams.

Substring search fails on `请问什么时候发货呀`, but its bigrams (什么, 时候, 发货 ...) are shared
with the example question 什么时候发 and with the reply text. Example questions weigh most.
N-grams are found with the same vectorised matcher as typed terms, so questions added a moment
ago count at once.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from phrasebook.search.match import Matcher
from phrasebook.search.query import Query, literal
from phrasebook.search.slab import NF, QUESTIONS, Segment
from phrasebook.search.vocab import Vocabulary

Floats = npt.NDArray[np.float64]

#: Questions matter most; the code field never answers a question.
FIELD_WEIGHT = np.array([0.0, 0.9, 0.6, 0.7, 1.0, 0.3])
K1, B = 1.2, 0.75
#: A query needs this many word characters before it is treated as a question.
MIN_QUESTION_CHARS = 5
MIN_QUESTION_WORDS = 3
_MAX_GRAMS = 48


def grams(query: Query) -> list[str]:
    """Distinct n-grams of the query terms: bigrams, trigrams for Latin words."""
    found: list[str] = []
    for term in query.terms:
        size = 3 if term.isascii() else 2
        pieces = (
            [term]
            if len(term) <= size
            else [term[i : i + size] for i in range(len(term) - size + 1)]
        )
        found.extend(p for p in pieces if p not in found)
    return found[:_MAX_GRAMS]


def is_question(query: Query) -> bool:
    """Long enough to be a pasted question rather than a typed key (pinyin never is one)."""
    wide = sum(len(t) for t in query.terms if not t.isascii())
    latin = sum(1 for t in query.terms if t.isascii())
    return wide >= MIN_QUESTION_CHARS or latin >= MIN_QUESTION_WORDS


def _doc_lengths(seg: Segment) -> Floats:
    lengths: Floats = seg.field_len.reshape(-1, NF)[:, FIELD_WEIGHT > 0].sum(axis=1)
    return lengths.astype(np.float64)


def bm25(
    segs: Sequence[Segment], query: Query, vocab: Vocabulary, matcher: Matcher
) -> tuple[list[Floats], list[Floats]]:
    """BM25 score per local doc of each segment (0 where nothing is shared), and the share of
    the query's n-grams found in each doc's example questions (the team's and learned ones)."""
    tfs: list[list[Floats]] = [[] for _ in segs]
    dfs: list[int] = []
    found = grams(query)
    covered = [np.zeros(seg.size) for seg in segs]
    for gram in found:
        reading = literal(gram, vocab)
        df = 0
        for i, seg in enumerate(segs):
            tf: Floats = np.zeros(seg.size)
            if reading is not None:
                starts = np.concatenate(
                    [matcher.find(seg, reading, len(vocab), deep) for deep in (False, True)]
                )
                slot = seg.slot[starts].astype(np.int64)
                counts = np.bincount(
                    slot // NF, weights=FIELD_WEIGHT[slot % NF], minlength=seg.size
                )
                tf = np.where(seg.alive, counts, 0.0).astype(np.float64)
                covered[i][np.unique(slot[slot % NF == QUESTIONS] // NF)] += 1
            df += int(np.count_nonzero(tf))
            tfs[i].append(tf)
        dfs.append(df)
    total = sum(seg.live for seg in segs) or 1
    lengths = [_doc_lengths(seg) for seg in segs]
    average = max(
        sum(float(dl[s.alive].sum()) for dl, s in zip(lengths, segs, strict=True)) / total, 1.0
    )
    out = []
    for seg_tfs, dl in zip(tfs, lengths, strict=True):
        score = np.zeros(len(dl))
        norm = K1 * (1 - B + B * dl / average)
        for tf, df in zip(seg_tfs, dfs, strict=True):
            if df:
                idf = math.log(1 + (total - df + 0.5) / (df + 0.5))
                score += idf * tf * (K1 + 1) / (tf + norm)
        out.append(score)
    return out, [c / max(len(found), 1) for c in covered]
