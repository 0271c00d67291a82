"""Typed keys one edit away: full pinyin with a typo (`fahuoshjian`) and 초성 with one consonant
missing or extra (`ㅂㅅㅈㅂ`), found against every reading of the phrasebook's titles.

Only asked when a term matches nothing as typed (초성 is also looked up exactly, across a
title's spaces). Keys are built lazily, per first letter for pinyin (an edit rarely hits the
first letter, and one bucket is ~1/20 of the titles), and only for titles and texts not seen
before, so a phrasebook that never needs them pays nothing and an edit costs one phrase.
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
    """The key tables of one index, filled lazily from the titles and texts it has met.

    Append-only, like the Latin word list: a title edited away leaves a stale key that finds
    nothing, and an edit costs nothing until the next typo.
    """

    def __init__(self) -> None:
        self._titles: list[str] = []
        self._words: list[str] = []
        self._seen: set[str] = set()
        self._pinyin: dict[str, tuple[NearKeys, int]] = {}
        self._chosung = NearKeys(Indel.distance)
        self._chosung_done = (0, 0)

    def add(self, titles: Iterable[str], bodies: Iterable[str]) -> None:
        """Remember new titles and the words of new Korean texts (a merge re-adding known
        ones costs a set look-up; the word scan is done here, once, not on a keystroke)."""
        for title in titles:
            if title not in self._seen:
                self._seen.add(title)
                self._titles.append(title)
        fresh = [body for body in bodies if body not in self._seen]
        self._seen.update(fresh)
        for word in set(_HANGUL_WORD.findall("\n".join(fresh))):
            if "\0" + word not in self._seen:
                self._seen.add("\0" + word)
                self._words.append(word)

    def near(self, term: str, edits: int = 1) -> list[str]:
        """Titles or words (folded) `term` may stand for within `edits` typos. Pinyin is only
        ever looked up with a typo (exact pinyin is the typed search's job)."""
        if is_pinyin(term) and edits:
            found = self._pinyin_bucket(term[0]).near(term, edits)
        elif is_chosung(term):
            found = self._chosung_table().near(term, edits)
        else:
            return []
        return [fold_text(text) for text in found]

    def _pinyin_bucket(self, letter: str) -> NearKeys:
        bucket, done = self._pinyin.get(letter, (NearKeys(OSA.distance), 0))
        if done < len(self._titles):
            starts: dict[str, bool] = {}
            for title in self._titles[done:]:
                first = title[:1]
                if first not in starts:
                    starts[first] = _may_start_with(first, letter)
                if starts[first]:
                    for key in pinyin_keys(title):
                        if key[0] == letter:
                            bucket.add(key, title)
            bucket.freeze()
        self._pinyin[letter] = (bucket, len(self._titles))
        return bucket

    def _chosung_table(self) -> NearKeys:
        titles_done, words_done = self._chosung_done
        if (titles_done, words_done) != (len(self._titles), len(self._words)):
            table = self._chosung
            for title in self._titles[titles_done:]:
                if _has_hangul(title):
                    for key, text in chosung_keys(title, ""):
                        table.add(key, text)
            for word in self._words[words_done:]:
                table.add(hangul.initials_of(word), word)
            table.freeze()
            self._chosung_done = (len(self._titles), len(self._words))
        return self._chosung
