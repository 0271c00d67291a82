"""What a typed query can mean: terms, and for each term the character patterns it stands for.

A pattern ("reading") is a sequence of predicates, one per character of the phrase it matches:
"this character is 发", "some reading of this character starts with h", "this syllable starts
with ㅂ". Literal text, pinyin splits, 초성 and half-typed Hangul all become the same shape, so
one vectorised matcher serves them all.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from phrasebook.search import hangul
from phrasebook.search.normalize import fold_char, is_separator
from phrasebook.search.slab import MAX_TERM
from phrasebook.search.vocab import Vocabulary

#: Queries are cut here: nobody types more, and a pasted essay must not slow the popup.
MAX_QUERY_CHARS = 64
MAX_TERMS = 8
#: Weight of each kind of reading: typed characters beat pinyin, full pinyin beats initials.
LITERAL, FULL_PINYIN, PINYIN = 1.0, 0.95, 0.85
_MAX_READINGS = 16


@dataclass(frozen=True, eq=False)
class Pred:
    """One character position: the ids allowed there; `key` names it for caches."""

    key: object
    ids: npt.NDArray[np.uint32]


@dataclass(frozen=True, eq=False)
class Reading:
    """One way a term can match: predicates for consecutive characters, and its weight."""

    preds: tuple[Pred, ...]
    weight: float


@dataclass(frozen=True)
class Query:
    """A folded query split into terms (already cut to MAX_QUERY_CHARS)."""

    text: str
    terms: tuple[str, ...]

    @property
    def empty(self) -> bool:
        return not self.terms


def parse(query: str) -> Query:
    """Fold a raw query and split it on spaces, punctuation, symbols and control characters."""
    folded = "".join(map(fold_char, query[: MAX_QUERY_CHARS * 4]))
    terms: list[str] = []
    current: list[str] = []
    for ch in folded:
        if is_separator(ch):
            if current:
                terms.append("".join(current))
            current = []
        else:
            current.append(ch)
    if current:
        terms.append("".join(current))
    kept = tuple(t[:MAX_TERM] for t in terms[:MAX_TERMS])
    return Query(" ".join(kept)[:MAX_QUERY_CHARS], kept)


def _literal_pred(ch: str, last: bool, vocab: Vocabulary) -> Pred | None:
    jamo = hangul.initial_range(ch)
    span = jamo or (hangul.open_syllable_range(ch) if last else None)
    if span is not None:
        ids = vocab.ids_between(*span)
        own = vocab.id_of(ch)
        if own:
            ids = np.union1d(ids, np.array([own], dtype=np.uint32))
        return Pred(("range", span), ids) if ids.size else None
    found = vocab.id_of(ch)
    return Pred(("char", found), np.array([found], dtype=np.uint32)) if found else None


def literal(term: str, vocab: Vocabulary) -> Reading | None:
    """The term as typed (plus 초성 and half-typed Hangul); None if a character is unknown."""
    preds = []
    for i, ch in enumerate(term):
        pred = _literal_pred(ch, i == len(term) - 1, vocab)
        if pred is None:
            return None
        preds.append(pred)
    return Reading(tuple(preds), LITERAL)


def _pinyin_pred(unit: str, vocab: Vocabulary) -> Pred | None:
    ids = vocab.ids_of(vocab.pinyin.chars_for(unit))
    return Pred(("py", unit), ids) if ids.size else None


def _run_options(run: str, vocab: Vocabulary) -> list[tuple[list[Pred], bool]]:
    """Ways one run of letters can be pinyin, each with an 'all full syllables' flag."""
    options = []
    for units in vocab.pinyin.segmentations(run):
        preds = [_pinyin_pred(u, vocab) for u in units]
        kept = [p for p in preds if p is not None]
        if len(kept) == len(units):
            full = all(vocab.pinyin.is_syllable(u) for u in units[:-1])
            options.append((kept, full and len(units) < len(run)))
    return options


def _typed_options(run: str, vocab: Vocabulary) -> list[tuple[list[Pred], bool]]:
    """The single way a run of non-letters (characters, digits) matches: as typed."""
    preds = [_literal_pred(c, False, vocab) for c in run]
    kept = [p for p in preds if p is not None]
    return [(kept, True)] if len(kept) == len(run) else []


def _is_letter(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


def pinyin_readings(term: str, vocab: Vocabulary) -> list[Reading]:
    """Pinyin readings of a term with letters: `fhsj`, `fahuo`, `fh时间` (letters + characters)."""
    if not any(map(_is_letter, term)):
        return []
    pieces = []
    for is_letters, group in itertools.groupby(term, key=_is_letter):
        run = "".join(group)
        pieces.append(_run_options(run, vocab) if is_letters else _typed_options(run, vocab))
    readings = []
    for combo in itertools.islice(itertools.product(*pieces), _MAX_READINGS):
        preds = tuple(p for option, _ in combo for p in option)
        full = all(flag for _, flag in combo)
        readings.append(Reading(preds, FULL_PINYIN if full else PINYIN))
    return readings
