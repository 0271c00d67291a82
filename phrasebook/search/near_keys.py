"""Typed keys one edit away: full pinyin with a typo (`fahuoshjian`) and 초성 with one consonant
missing or extra (`ㅂㅅㅈㅂ`), found against every reading of the phrasebook's titles.

Only asked when a term matches nothing as typed. Keys are built lazily, per first letter for
pinyin (an edit rarely hits the first letter, and one bucket is ~1/20 of the titles), and
dropped whenever the index changes, so a phrasebook that never needs them pays nothing.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable

from rapidfuzz import process
from rapidfuzz.distance import OSA, Indel

from phrasebook.search import hangul
from phrasebook.search.normalize import fold_char, fold_text
from phrasebook.search.pinyin import readings

#: Full pinyin shorter than this is an abbreviation or a prefix, not a misspelt title.
MIN_PINYIN = 6
MIN_CHOSUNG = 3
#: Readings kept per title: the product of polyphones grows fast and the first ones matter.
_MAX_READINGS = 8
_MAX_FOUND = 3
_HANGUL_WORD = re.compile(r"[\uac00-\ud7a3]{2,}")
_HANGUL_SYLLABLE = re.compile(r"[\uac00-\ud7a3]")


def pinyin_keys(title: str) -> list[str]:
    """Every reading of a title's Chinese characters run together (`发货` -> `fahuo`)."""
    per = [readings(ch) for ch in title]
    if sum(1 for r in per if r) < 2:
        return []
    kept = [r for r in per if r]
    return ["".join(c) for c in itertools.islice(itertools.product(*kept), _MAX_READINGS)]


def chosung_keys(title: str, body: str) -> list[tuple[str, str]]:
    """(초성, text) for the title's leading words (`결제 오류 안내` gives 결제 오류 and the whole
    title; spaces dropped from the key) and for each Korean word of the body."""
    found = []
    words = title.split()
    for end in range(1, len(words) + 1):
        text = " ".join(words[:end])
        key = "".join(hangul.initials_of(ch) for ch in text if hangul.is_syllable(ch))
        if len(key) >= 2:
            found.append((key, text))
    found.extend((hangul.initials_of(w), w) for w in _HANGUL_WORD.findall(body))
    return found


def _has_hangul(text: str) -> bool:
    return _HANGUL_SYLLABLE.search(text) is not None


def _may_start_with(title: str, letter: str) -> bool:
    """Whether some reading of the title's first character starts with `letter` (a title that
    does not start with a Chinese character is not typed as full pinyin)."""
    found = readings(fold_char(title[0])) if title else ()
    return any(r[0] == letter for r in found)


def is_chosung(term: str) -> bool:
    return len(term) >= MIN_CHOSUNG and all(ch in hangul.CHOSEONG for ch in term)


def is_pinyin(term: str) -> bool:
    return len(term) >= MIN_PINYIN and term.isascii() and term.isalpha()


class NearKeys:
    """Key -> the texts (titles, words) it stands for; looked up within one edit."""

    def __init__(self, scorer: Callable[..., int]) -> None:
        self._scorer = scorer
        self._targets: dict[str, set[str]] = {}
        self._keys: list[str] = []

    def add(self, key: str, target: str) -> None:
        self._targets.setdefault(key, set()).add(target)

    def freeze(self) -> NearKeys:
        self._keys = list(self._targets)
        return self

    def near(self, term: str, edits: int = 1) -> list[str]:
        """Texts whose key is within `edits` edits of `term`, nearest first."""
        if not edits:
            return sorted(self._targets.get(term, ()))
        found = process.extract(
            term, self._keys, scorer=self._scorer, score_cutoff=edits, limit=_MAX_FOUND
        )
        out: list[str] = []
        for key, _, _ in found:
            out.extend(sorted(self._targets[key]))
        return out


class TypoKeys:
    """The lazily built key tables of one index; `clear` on any change of text."""

    def __init__(self) -> None:
        self._pinyin: dict[str, NearKeys] = {}
        self._chosung: NearKeys | None = None

    def clear(self) -> None:
        self._pinyin.clear()
        self._chosung = None

    def near(
        self,
        term: str,
        titles: Callable[[], Iterable[str]],
        bodies: Callable[[], Iterable[str]],
        edits: int = 1,
    ) -> list[str]:
        """Titles or words `term` may stand for within `edits` typos; `titles` and `bodies`
        give every phrase's. Pinyin is only ever looked up with a typo."""
        if is_pinyin(term) and edits:
            bucket = self._pinyin.get(term[0])
            if bucket is None:
                bucket = NearKeys(OSA.distance)
                starts: dict[str, bool] = {}
                for title in titles():
                    first = title[:1]
                    if first not in starts:
                        starts[first] = _may_start_with(first, term[0])
                    if not starts[first]:
                        continue
                    folded = fold_text(title)
                    for key in pinyin_keys(folded):
                        if key[0] == term[0]:
                            bucket.add(key, folded)
                self._pinyin[term[0]] = bucket.freeze()
            return bucket.near(term, edits)
        if is_chosung(term):
            if self._chosung is None:
                table = NearKeys(Indel.distance)
                korean = {t for t in titles() if _has_hangul(t)}
                words = set(_HANGUL_WORD.findall("\n".join(bodies())))
                for key, text in [k for t in korean for k in chosung_keys(t, "")] + [
                    (hangul.initials_of(w), w) for w in words
                ]:
                    table.add(key, fold_text(text))
                self._chosung = table.freeze()
            return self._chosung.near(term, edits)
        return []
