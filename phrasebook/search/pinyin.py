"""Pinyin keys: every reading of every character, and the ways a typed run of letters splits.

Readings come from pypinyin (heteronym mode, so 行 is both xing and hang). pypinyin is slow per
call, so each distinct character is looked up once per process; a phrasebook only ever holds a
few thousand distinct characters.
"""

from __future__ import annotations

import os
from functools import cache

# We read one character at a time, so pypinyin's phrase dictionary (~45 MB of RAM) is never used;
# this documented switch stops it loading, and must be set before pypinyin is imported.
os.environ.setdefault("PYPINYIN_NO_PHRASES", "1")
os.environ.setdefault("PYPINYIN_NO_DICT_COPY", "1")

from pypinyin import Style, pinyin  # noqa: E402

from phrasebook.search.normalize import is_han

#: The longest pinyin syllable (zhuang, shuang, chuang).
MAX_SYLLABLE = 6


@cache
def readings(ch: str) -> tuple[str, ...]:
    """Toneless readings of one character (`长` -> ('chang', 'zhang')); () if it has none.

    `ü` comes out as `v` (lv), the way agents type it; the `u` spelling is added too (lue).
    """
    found: list[str] = []
    if not is_han(ch):
        return ()
    for reading in pinyin(ch, style=Style.NORMAL, heteronym=True)[0]:
        if not (reading.isascii() and reading.isalpha()):
            continue
        for spelling in (reading, reading.replace("v", "u")):
            if spelling not in found:
                found.append(spelling)
    return tuple(found)


class PinyinTable:
    """Which characters of the phrasebook each typed pinyin unit can stand for.

    A unit is any prefix of a reading: `f`, `fa`, `zh`, `zhang`. Only characters actually seen
    in the phrasebook are kept, so the sets stay small.
    """

    def __init__(self) -> None:
        self._by_prefix: dict[str, list[str]] = {}
        self._syllables: set[str] = set()

    def add(self, ch: str) -> None:
        """Register a (folded) character the index has just met."""
        for reading in readings(ch):
            self._syllables.add(reading)
            for end in range(1, len(reading) + 1):
                self._by_prefix.setdefault(reading[:end], []).append(ch)

    def chars_for(self, unit: str) -> list[str]:
        """Characters having a reading that starts with `unit`."""
        return self._by_prefix.get(unit, [])

    def is_syllable(self, unit: str) -> bool:
        """True when `unit` is a whole reading (not just a prefix of one)."""
        return unit in self._syllables

    def segmentations(self, run: str, cap: int = 12) -> list[tuple[str, ...]]:
        """Ways to split a run of letters into units, fewest units first.

        `fhsj` -> [(f, h, s, j)]; `fahuo` -> [(fa, huo), (fa, hu, o), ...]. Capped, because a
        long run has exponentially many splits and the first few are the ones agents mean.
        """
        found: list[tuple[str, ...]] = []
        self._split(run, (), found, cap * 4, set())
        found.sort(key=len)
        return found[:cap]

    def _split(
        self,
        rest: str,
        done: tuple[str, ...],
        found: list[tuple[str, ...]],
        cap: int,
        dead: set[int],
    ) -> bool:
        """Depth-first, longest unit first; `dead` remembers tails that cannot be split."""
        if not rest:
            found.append(done)
            return True
        if len(rest) in dead:
            return False
        ok = False
        for size in range(min(MAX_SYLLABLE, len(rest)), 0, -1):
            if len(found) >= cap:
                return True
            unit = rest[:size]
            if unit in self._by_prefix:
                ok = self._split(rest[size:], (*done, unit), found, cap, dead) or ok
        if not ok:
            dead.add(len(rest))
        return ok
