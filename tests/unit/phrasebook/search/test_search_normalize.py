"""Folding keeps one character per character, so spans found in folded text fit the original."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from phrasebook.search.normalize import fold_char, fold_text, is_separator


def test_case_width_and_accents_fold() -> None:
    assert fold_text("ＲＥＦＵＮＤ Café") == "refund cafe"


def test_traditional_folds_to_simplified() -> None:
    assert fold_text("發貨時間") == "发货时间"
    assert fold_text("发货") == "发货"


def test_hangul_and_jamo_are_kept() -> None:
    assert fold_text("배송 ㅂㅅ") == "배송 ㅂㅅ"


def test_controls_become_spaces() -> None:
    assert fold_char("\t") == " "
    assert fold_char("\u200b") == " "


def test_separators() -> None:
    assert all(map(is_separator, " ，,。!？😀%*'"))
    assert not any(map(is_separator, "a发배1"))


@given(st.text(max_size=40))
def test_fold_keeps_length(text: str) -> None:
    assert len(fold_text(text)) == len(text)
