"""Bad input never raises, returns something sensible and stays fast."""

from __future__ import annotations

import time

import pytest

from phrasebook.models import Phrase
from phrasebook.search import SearchIndex

NOW = 1_700_000_000.0


@pytest.fixture
def index() -> SearchIndex:
    phrases = [
        Phrase(id=f"p{n}", title=f"标题{n}", text="发货 refund 배송 100%") for n in range(50)
    ]
    phrases.append(Phrase(id="fav", title="收藏", text="x", favorite=True))
    phrases.append(Phrase(id="used", title="常用", text="y", use_count=5, last_used=NOW))
    return SearchIndex(phrases)


@pytest.mark.parametrize("query", ["", "   ", "，。！", "\x00\x07\n", "😀🎉"])
def test_empty_like_queries_give_habits_first(index: SearchIndex, query: str) -> None:
    ids = [h.phrase.id for h in index.search(query, 3, now=NOW)]
    assert ids[:2] == ["used", "fav"]
    assert len(ids) == 3


@pytest.mark.parametrize(
    "query",
    ["a" * 10_000, "发" * 10_000, ".*", "'; DROP TABLE phrases; --", "%_[]()\\", "发货refund배송",
     "\U0001f600发货", "ㅂ" * 500, "fa" * 5000],
)  # fmt: skip
def test_odd_queries_do_not_raise_or_crawl(index: SearchIndex, query: str) -> None:
    start = time.perf_counter()
    index.search(query, now=NOW)
    assert time.perf_counter() - start < 0.5


def test_mixed_scripts_match_literally(index: SearchIndex) -> None:
    assert index.search("100%", now=NOW)


def test_limit_and_empty_index() -> None:
    assert SearchIndex().search("x") == []
    index = SearchIndex([Phrase(id="a", text="发货")])
    assert index.search("发货", 0) == []
    assert len(index.search("", 10)) == 1
