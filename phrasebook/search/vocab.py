"""The characters the index has met, each with a small dense id.

Text is turned into arrays of ids with two table look-ups (fold, then id) done by numpy, so
building the index for 100,000 phrases never loops over characters in Python; only the few
thousand distinct characters are folded (and given pinyin) one by one.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from phrasebook.search.hangul import is_syllable
from phrasebook.search.normalize import SEP, fold_char, is_han, is_word_char
from phrasebook.search.pinyin import PinyinTable

IdArray = npt.NDArray[np.uint32]
_CODE_POINTS = 0x110000
#: Below this many characters np.unique beats a full-range bincount for finding new ones.
_SMALL_TEXT = 200_000


class Vocabulary:
    """Folding and id tables for every character seen; id 0 is the field separator."""

    def __init__(self) -> None:
        self._fold = np.arange(_CODE_POINTS, dtype=np.uint32)
        self._known = np.zeros(_CODE_POINTS, dtype=bool)
        self._known[0] = True
        self._ids = np.zeros(_CODE_POINTS, dtype=np.uint32)
        self.chars: list[str] = [SEP]
        self._word: list[bool] = [False]
        self._word_array: npt.NDArray[np.bool_] | None = None
        self._hangul_array: npt.NDArray[np.bool_] | None = None
        self.pinyin = PinyinTable()

    def __len__(self) -> int:
        return len(self.chars)

    def encode(self, text: str) -> IdArray:
        """Fold `text` and return one id per character, learning new characters on the way."""
        raw = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
        self._learn(raw)
        return self._ids[self._fold[raw]]

    def id_of(self, folded: str) -> int:
        """The id of an already folded character, 0 when the index has never seen it."""
        return int(self._ids[ord(folded)])

    def ids_between(self, first: int, last: int) -> IdArray:
        """Ids of the known characters whose code points lie in [first, last]."""
        ids = self._ids[first : last + 1]
        return ids[ids > 0]

    def ids_of(self, chars: list[str]) -> IdArray:
        """Ids of known folded characters (unknown ones are dropped)."""
        ids = self._ids[[ord(c) for c in chars]] if chars else np.zeros(0, np.uint32)
        return ids[ids > 0]

    @property
    def word_flags(self) -> npt.NDArray[np.bool_]:
        """For each id, whether the character is a letter/digit/ideograph (word starts)."""
        if self._word_array is None or len(self._word_array) != len(self._word):
            self._word_array = np.array(self._word, dtype=bool)
        return self._word_array

    @property
    def hangul_flags(self) -> npt.NDArray[np.bool_]:
        """For each id, whether the character is a Hangul syllable."""
        if self._hangul_array is None or len(self._hangul_array) != len(self.chars):
            self._hangul_array = np.array([is_syllable(c) for c in self.chars], dtype=bool)
        return self._hangul_array

    def _learn(self, raw: npt.NDArray[np.uint32]) -> None:
        if raw.size < _SMALL_TEXT:
            distinct: npt.NDArray[np.integer] = np.unique(raw)
        else:
            seen = np.zeros(_CODE_POINTS, dtype=bool)
            seen[raw] = True
            distinct = np.flatnonzero(seen)
        for cp in distinct[~self._known[distinct]].tolist():
            folded = fold_char(chr(cp))
            self._fold[cp] = ord(folded)
            self._known[cp] = True
            if folded != SEP and self._ids[ord(folded)] == 0:
                self._add(folded)

    def _add(self, folded: str) -> None:
        self._ids[ord(folded)] = len(self.chars)
        self.chars.append(folded)
        self._word.append(is_word_char(folded))
        if is_han(folded):
            self.pinyin.add(folded)
