"""Whole titles written in a question, kept up to date as phrases change."""

from __future__ import annotations

from phrasebook.models import Phrase
from phrasebook.search import SearchIndex
from phrasebook.search.titles import TitleMap

NOW = 1_700_000_000.0


def test_titles_found_in_a_question_folded_and_without_spaces() -> None:
    titles = TitleMap(
        [Phrase(id="a", title="退貨地址", text="x"), Phrase(id="b", title="退货", text="y")]
    )
    assert sorted(titles.written_in("退货地址发我")) == [("a", 4), ("b", 2)]
    assert list(
        TitleMap([Phrase(id="c", title="Size chart", text="z")]).written_in("sizechart")
    ) == [("c", 9)]


def test_one_character_titles_are_ignored() -> None:
    assert list(TitleMap([Phrase(id="a", title="好", text="x")]).written_in("好的好的")) == []


def test_the_index_follows_title_edits_and_removals() -> None:
    index = SearchIndex(
        [
            Phrase(id="addr", title="退货地址", text="寄到杭州仓库"),
            Phrase(id="flow", title="退货流程", text="申请后寄回"),
        ]
    )
    assert index.search("退货地址发我一下吧", now=NOW)[0].phrase.id == "addr"
    index.upsert(Phrase(id="addr", title="寄回说明", text="寄到杭州仓库"))
    index.upsert(Phrase(id="flow", title="退货地址", text="申请后寄回"))
    assert index.search("退货地址发我一下吧", now=NOW)[0].phrase.id == "flow"
    index.remove("flow")
    assert all(h.phrase.id != "flow" for h in index.search("退货地址发我一下吧", now=NOW))
