"""Scores: what makes one match better than another, and how the agent's own habits count.

Order of importance (the issue's wording): exact code, then code prefix, then title prefix, then
match quality (field, word start, contiguity) plus frecency. Tiers are far apart so frecency
never lifts a body match over an exact code; within a tier quality and frecency add up.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from phrasebook.search.slab import CODE, TITLE, Segment

Floats = npt.NDArray[np.float64]
Ints = npt.NDArray[np.int64]

EXACT_CODE = 1000.0
CODE_PREFIX = 500.0
TITLE_PREFIX = 300.0
#: Base quality of a match in each field (code, title, body, tags, questions, group).
FIELD_BASE = np.array([25.0, 60.0, 30.0, 45.0, 40.0, 20.0])
FIELD_START_BONUS = 12.0
WORD_START_BONUS = 8.0
COVERAGE_BONUS = 10.0
#: A contiguous match of the whole multi-word query beats the words found apart.
PHRASE_BONUS = 10.0
#: Frecency: log of uses, decayed by age (half-life in days), plus a flat favourite bonus.
FRECENCY_WEIGHT = 6.0
HALF_LIFE_DAYS = 14.0
FAVORITE_BONUS = 8.0
_DAY = 86_400.0


def score_positions(
    seg: Segment, starts: Ints, length: int, weight: float, word_flags: npt.NDArray[np.bool_]
) -> tuple[Ints, Floats]:
    """Score every match start of one reading; returns (local doc, score) arrays.

    Kept to a dozen array operations: on a one-letter query this runs over ~10^5 positions.
    Tiers and coverage only concern matches at a field start, so they are computed there only.
    """
    slot = seg.slot[starts]
    offset = starts - seg.field_start[slot]
    field = slot % len(FIELD_BASE)
    word_start = ~word_flags[seg.ids[starts - 1]]
    bonus = np.where(word_start, WORD_START_BONUS, 0.0)
    score = (FIELD_BASE[field] + bonus - np.minimum(offset, 40) * 0.1) * weight
    first = np.flatnonzero(offset == 0)
    if first.size:
        score[first] += _field_start_scores(seg, slot[first], field[first], length, weight)
    docs: Ints = (slot // len(FIELD_BASE)).astype(np.int64)
    return docs, score


def _field_start_scores(
    seg: Segment,
    slot: npt.NDArray[np.int32],
    field: npt.NDArray[np.int32],
    length: int,
    weight: float,
) -> Floats:
    """Extra score of matches at a field start: tiers for code and title, coverage, start bonus."""
    flen = np.maximum(seg.field_len[slot], 1)
    code, title = field == CODE, field == TITLE
    tier = np.where(code, np.where(flen == length, EXACT_CODE, CODE_PREFIX), 0.0)
    tier += np.where(title, TITLE_PREFIX, 0.0)
    coverage = np.where(code | title, COVERAGE_BONUS * length / flen, 0.0)
    return tier + (FIELD_START_BONUS - WORD_START_BONUS + coverage) * weight


def frecency(
    uses: Floats, last_used: Floats, favorite: npt.NDArray[np.bool_], now: float
) -> Floats:
    """The agent's habit score: recent, frequent uses count most; favourites get a lift."""
    age_days = np.maximum(now - last_used, 0.0) / _DAY
    recency = np.where(last_used > 0, np.exp2(-age_days / HALF_LIFE_DAYS), 0.0)
    habit = FRECENCY_WEIGHT * np.log1p(uses) * (0.3 + 0.7 * recency)
    return habit + np.where(favorite, FAVORITE_BONUS, 0.0)


def empty_query_scores(seg: Segment, now: float) -> Floats:
    """Ordering with no query: used phrases by frecency, then unused favourites, then the rest."""
    habit = frecency(seg.uses, seg.last_used, seg.favorite, now)
    return np.where(seg.uses > 0, 100.0 + habit, np.where(seg.favorite, 50.0, 0.0))
