"""The checker's plumbing: language choice, folding, ordering, and the starter phrasebooks."""

from __future__ import annotations

import json

import pytest

from phrasebook import Finding
from phrasebook.resources import resource_path
from phrasebook.starter import STARTER_LANGS
from phrasebook.wording import check, rule_lang
from phrasebook.wording.checker import fold
from phrasebook.wording.placeholders import lookalike


@pytest.mark.parametrize("lang", STARTER_LANGS)
def test_the_starter_phrasebooks_have_no_findings(lang: str) -> None:
    path = resource_path("starter", f"{lang}.jsonl")
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        assert check(record["text"], record["lang"]) == [], record["text"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("zh-Hans", "abc", "zh"),
        ("zh-Hant", "abc", "zh"),
        ("ko", "", "ko"),
        ("en", "保证", "en"),
        (None, "你好", "zh"),
        (None, "안녕하세요 保证", "ko"),
        (None, "hello", "en"),
        ("fr", "hello", "en"),
    ],
)
def test_the_rule_language(lang: str | None, text: str, expected: str) -> None:
    assert rule_lang(lang, text) == expected


def test_folding_keeps_the_length() -> None:
    assert fold("ＱＱ號碼", "zh") == "QQ号码"
    assert fold("ＱＱ號碼", "en") == "QQ號碼"
    assert len(fold("乾隆 髮 後", "zh")) == len("乾隆 髮 後")


def test_findings_are_ordered_by_position_and_frozen() -> None:
    found = check("加微信，保证最快发货哦", "zh-Hans")
    assert [f.text for f in found] == ["加微信", "保证", "最快"]
    assert [f.severity for f in found] == ["error", "warning", "error"]
    assert found[0].is_error
    with pytest.raises(AttributeError):
        found[0].text = "x"  # type: ignore[misc]
    assert isinstance(found[0], Finding)


def test_a_whole_reply_rule_needs_the_whole_reply() -> None:
    assert [f.rule for f in check("嗯嗯~", "zh-Hans")] == ["zh.curt.bare"]
    assert check("嗯嗯，好的亲，马上为您安排~", "zh-Hans") == []


def test_rendered_text_can_skip_the_placeholder_checks() -> None:
    assert [f.rule for f in check("您好 {", "zh-Hans")] == ["placeholder.malformed"]
    assert check("您好 {", "zh-Hans", template=False) == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("店铺名称", "店铺"),
        ("客服名字", "客服"),
        ("Shop_Name", "shop"),
        ("OrderNo", "order_no"),
        ("costumer", "customer"),
        ("shop", None),
        ("店铺", None),
        ("尺码", None),
        ("单号", None),
        ("截止日期", None),
        ("size", None),
        ("days", None),
    ],
)
def test_lookalike_names(name: str, expected: str | None) -> None:
    assert lookalike(name) == expected


def test_a_lookalike_with_options_is_found_where_written() -> None:
    text = "欢迎光临{店铺名称:小米}~"
    (finding,) = check(text, "zh-Hans")
    assert finding.text == "{店铺名称:小米}"
    assert text[finding.start : finding.end] == finding.text
