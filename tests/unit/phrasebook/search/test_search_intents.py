"""Pasted questions on a phrasebook without example questions; pinyin and 초성 with a typo."""

from __future__ import annotations

import pytest

from phrasebook.models import Phrase
from phrasebook.search import SearchIndex
from phrasebook.search.lexicon import Lexicon, default_lexicon

NOW = 1_700_000_000.0
PHRASES = [
    Phrase(id="ship", title="发货时间", text="亲，付款后48小时内安排出库哦", code="fhsj"),
    Phrase(id="place", title="发货地", text="我们从杭州仓库寄出", code="fhd"),
    Phrase(id="price", title="婉拒议价", text="亲，这已经是活动最低价了，没法再少呢", code="wjyj"),
    Phrase(id="broken", title="运输破损", text="非常抱歉，麻烦拍照发我，马上为您处理", code="yspf"),
    Phrase(id="missing", title="少件漏发", text="抱歉，我们核实后给您补寄", code="sjlf"),
    Phrase(id="size", title="尺码参考", text="您身高体重发我，帮您推荐", code="cmck"),
    Phrase(id="ko", title="배송 조회 안내", text="송장번호로 조회하실 수 있어요", code="bs1"),
    Phrase(id="ko2", title="결제 오류 안내", text="다른 결제 수단을 이용해 주세요", code="gj1"),
    Phrase(id="en", title="Tracking not updated", text="The carrier updates it soon.", code="tr"),
    Phrase(id="en2", title="Damaged item", text="Sorry! Please send a photo.", code="dmg"),
]  # fmt: skip


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex(PHRASES)


def top(index: SearchIndex, query: str) -> str | None:
    hits = index.search(query, now=NOW)
    return hits[0].phrase.id if hits else None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("什么时候发货", "ship"), ("太贵了", "price"), ("能便宜点吗", "price"),
        ("收到是坏的", "broken"), ("少了一件", "missing"), ("穿多大码", "size"),
        ("收到係爛嘅", "broken"), ("where is my package", "en"),
    ],
)  # fmt: skip
def test_customer_words_find_the_reply_without_example_questions(
    index: SearchIndex, question: str, expected: str
) -> None:
    assert top(index, question) == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("fahuoshjian", "ship"), ("fahuoshijain", "ship"), ("yunshupposun", "broken"),
        ("ㅂㅅㅈㅎㅇㄴ", "ko"), ("ㅂㅅㅈㅎㄴ", "ko"), ("ㄱㅈㅇㄹ", "ko2"), ("ㄱㅈㅇㄹㄹ", "ko2"),
        ("ㅅㅈㅂㅎ", "ko"),
    ],
)  # fmt: skip
def test_pinyin_and_chosung_with_one_typo(index: SearchIndex, query: str, expected: str) -> None:
    assert top(index, query) == expected


def test_a_typo_match_ranks_below_an_exact_one() -> None:
    book = SearchIndex([*PHRASES, Phrase(id="shijain", title="时间", text="x", code="zz")])
    exact = book.search("fahuoshijian", now=NOW)
    assert exact[0].phrase.id == "ship"
    near = SearchIndex(PHRASES).search("fahuoshijain", now=NOW)
    assert near[0].phrase.id == "ship" and near[0].score < exact[0].score


def test_typo_keys_follow_edits() -> None:
    book = SearchIndex(PHRASES)
    assert top(book, "fahuoshjian") == "ship"
    book.upsert(Phrase(id="ship", title="物流时效", text="三天内到", code="fhsj"))
    assert top(book, "fahuoshjian") != "ship"
    assert top(book, "wuliushixoao") == "ship"


def test_lexicon_cues_are_folded_and_latin_cues_start_a_word() -> None:
    lex = Lexicon.from_json(
        {"intents": [{"id": "ship", "ask": ["發貨", "ship"], "find": ["发货"]}]}
    )
    assert [i.name for i in lex.intents_of("什么时候发货")] == ["ship"]
    assert [i.name for i in lex.intents_of("when will you ship it")] == ["ship"]
    assert lex.intents_of("membership card") == []


def test_shipped_lexicon_covers_the_four_languages() -> None:
    names = {i.name for i in default_lexicon().intents}
    assert {"ship_time", "bargain", "damaged", "missing_item", "size_advice"} <= names
    for text in ("啥时候寄出啊", "幾時寄出", "언제 발송되나요", "when will you ship"):
        assert "ship_time" in {i.name for i in default_lexicon().intents_of(text)}, text


def test_a_question_in_another_language_still_finds_the_reply_the_book_has() -> None:
    """A Korean or English buyer on a Chinese-only book: the Chinese reply is still offered."""
    chinese = SearchIndex([p for p in PHRASES if p.id in ("ship", "broken", "missing", "price")])
    assert top(chinese, "주문했는데 언제 보내주세요?") == "ship"
    assert top(chinese, "너무 비싸요 좀 깎아주세요") == "price"
    assert top(chinese, "the cup arrived broken, what can you do") == "broken"
