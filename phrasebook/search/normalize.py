"""Character folding shared by the index and the query.

Every character folds to exactly one character, so a match found in the folded text is also a
span of the original string: the popup can highlight it without a position map. Folding covers
case, accents, full-width forms and Traditional -> Simplified Chinese (OpenCC, character by
character, the same way on both sides, so `發貨` and `发货` meet in the middle).
"""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache

import opencc

#: Separates fields inside an index segment; nothing else ever folds to it.
SEP = "\x00"

_T2S = opencc.OpenCC("t2s")
#: Compatibility jamo (ㄱ..ㅣ) and syllables: NFKC would turn jamo into conjoining forms.
_HANGUL_KEEP = ((0x3130, 0x318F), (0xAC00, 0xD7A3))
_CJK_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x2FFFF))


def is_han(ch: str) -> bool:
    """True for a CJK ideograph (the characters that have pinyin)."""
    cp = ord(ch)
    return any(lo <= cp <= hi for lo, hi in _CJK_RANGES)


def _in(ranges: tuple[tuple[int, int], ...], ch: str) -> bool:
    cp = ord(ch)
    return any(lo <= cp <= hi for lo, hi in ranges)


def _strip_accent(ch: str) -> str:
    """`é` -> `e` for Latin letters; other scripts are left alone (NFD splits Hangul)."""
    if ord(ch) >= 0x250 or not ch.isalpha():
        return ch
    parts = unicodedata.normalize("NFD", ch)
    if len(parts) > 1 and all(unicodedata.combining(c) for c in parts[1:]):
        return parts[0]
    return ch


@cache
def fold_char(ch: str) -> str:
    """Fold one character for matching; always returns exactly one character."""
    if ch == SEP:
        return SEP
    if unicodedata.category(ch)[0] in "CZ":
        return " "
    if _in(_HANGUL_KEEP, ch):
        return ch
    out = unicodedata.normalize("NFKC", ch)
    if len(out) != 1:
        out = ch
    lower = out.casefold()
    out = lower if len(lower) == 1 else out.lower() if len(out.lower()) == 1 else out
    out = _strip_accent(out)
    if is_han(out):
        simple = _T2S.convert(out)
        if len(simple) == 1:
            out = simple
    return out


def fold_text(text: str) -> str:
    """Fold a whole string (same length as `text`)."""
    return "".join(map(fold_char, text))


@lru_cache(maxsize=4096)
def is_separator(ch: str) -> bool:
    """Characters that split a query into terms: spaces, punctuation, symbols, emoji, controls."""
    if ch in (SEP, " "):
        return True
    return unicodedata.category(ch)[0] in "PSZC"


def is_word_char(ch: str) -> bool:
    """Letters, digits, ideographs and Hangul: a match after anything else starts a word."""
    return ch.isalnum()
