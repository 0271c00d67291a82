"""Scores: what makes one match better than another, and how the agent's own habits count.

Order of importance (the issue's wording): exact code, then code prefix, then title prefix, then
match quality (field, word start, contiguity) plus frecency. Tiers are far apart so frecency
never lifts a body match over an exact code; within a tier quality and frecency add up.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from phrasebook.search.segment import CODE, TITLE, Segment

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
    """Score every match start of one reading; returns (local doc, score) arrays."""
    slot = seg.slot[starts].astype(np.int64)
    field = slot % len(FIELD_BASE)
    offset = starts - seg.field_start[slot]
    flen = np.maximum(seg.field_len[slot], 1)
    at_start = offset == 0
    word_start = ~word_flags[seg.ids[starts - 1]]
    tier = np.where(
        (field == CODE) & at_start, np.where(flen == length, EXACT_CODE, CODE_PREFIX), 0.0
    )
    tier += np.where((field == TITLE) & at_start, TITLE_PREFIX, 0.0)
    quality = FIELD_BASE[field]
    quality += np.where(at_start, FIELD_START_BONUS, np.where(word_start, WORD_START_BONUS, 0.0))
    quality += np.where((field == TITLE) | (field == CODE), COVERAGE_BONUS * length / flen, 0.0)
    quality -= np.minimum(offset, 40) * 0.1
    return slot // len(FIELD_BASE), tier + quality * weight


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
