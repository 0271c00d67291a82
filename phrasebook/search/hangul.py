"""Korean keys: initial consonants (초성) and half-typed syllables.

Hangul syllables are laid out arithmetically (U+AC00 + (initial * 21 + vowel) * 28 + final), so
"every syllable starting with ㅂ" and "소 with any final" are plain code point ranges; no table.
"""

from __future__ import annotations

SYLLABLE_FIRST = 0xAC00
SYLLABLE_LAST = 0xD7A3
_PER_INITIAL = 21 * 28
_PER_VOWEL = 28

#: Compatibility jamo an agent types for each initial consonant, in Unicode initial order.
CHOSEONG = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"


def is_syllable(ch: str) -> bool:
    """True for a precomposed Hangul syllable (가..힣)."""
    return SYLLABLE_FIRST <= ord(ch) <= SYLLABLE_LAST


def initial_range(ch: str) -> tuple[int, int] | None:
    """The syllables whose initial consonant is the jamo `ch` (`ㅂ` -> 바..빟), or None."""
    index = CHOSEONG.find(ch)
    if index < 0:
        return None
    first = SYLLABLE_FIRST + index * _PER_INITIAL
    return first, first + _PER_INITIAL - 1


def open_syllable_range(ch: str) -> tuple[int, int] | None:
    """For a syllable typed without its final (`소`), the range 소..솧; None otherwise.

    While an agent types 배송 the IME shows 배소 first: the last syllable may still get a final.
    """
    if not is_syllable(ch):
        return None
    offset = ord(ch) - SYLLABLE_FIRST
    if offset % _PER_VOWEL:
        return None
    return ord(ch), ord(ch) + _PER_VOWEL - 1


def initials_of(text: str) -> str:
    """The 초성 of each syllable (`배송` -> `ㅂㅅ`); other characters are kept."""
    out = []
    for ch in text:
        if is_syllable(ch):
            out.append(CHOSEONG[(ord(ch) - SYLLABLE_FIRST) // _PER_INITIAL])
        else:
            out.append(ch)
    return "".join(out)
