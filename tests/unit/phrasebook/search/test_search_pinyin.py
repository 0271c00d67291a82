"""Pinyin readings come from pypinyin, every reading of polyphones, and splits of typed runs."""

from __future__ import annotations

from phrasebook.search.pinyin import PinyinTable, readings


def test_polyphones_have_every_reading() -> None:
    assert {"xing", "hang"} <= set(readings("行"))
    assert {"chang", "zhang"} <= set(readings("长"))
    assert {"zhong", "chong"} <= set(readings("重"))
    assert {"hai", "huan"} <= set(readings("还"))


def test_u_umlaut_typed_as_v_or_u() -> None:
    assert {"lv", "lu"} <= set(readings("绿"))


def test_not_han_has_no_reading() -> None:
    assert readings("a") == ()


def table(chars: str) -> PinyinTable:
    out = PinyinTable()
    for ch in chars:
        out.add(ch)
    return out


def test_segmentations_fewest_units_first() -> None:
    splits = table("发货时间").segmentations("fahuo")
    assert splits[0] == ("fa", "huo")
    assert ("f", "h") in table("发货").segmentations("fh")


def test_unsplittable_run_is_fast_and_empty() -> None:
    assert table("发货").segmentations("fa" * 30 + "q") == []


def test_units_are_prefixes_of_readings() -> None:
    t = table("发货")
    assert "发" in t.chars_for("f")
    assert t.is_syllable("huo")
    assert not t.is_syllable("hu")
