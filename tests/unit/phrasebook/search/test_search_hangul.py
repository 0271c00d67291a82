"""초성 and half-typed syllables are code point ranges."""

from __future__ import annotations

from phrasebook.search.hangul import initial_range, initials_of, open_syllable_range


def test_initial_range_covers_syllables() -> None:
    first, last = initial_range("ㅂ") or (0, 0)
    assert first <= ord("배") <= last
    assert not first <= ord("송") <= last
    assert initial_range("a") is None


def test_open_syllable_takes_any_final() -> None:
    first, last = open_syllable_range("소") or (0, 0)
    assert first <= ord("송") <= last
    assert open_syllable_range("송") is None


def test_initials_of() -> None:
    assert initials_of("배송 안내") == "ㅂㅅ ㅇㄴ"
