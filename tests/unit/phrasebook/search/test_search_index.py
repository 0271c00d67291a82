"""SearchIndex: what must match, the spans it reports, and incremental updates."""

from __future__ import annotations

from pathlib import Path

import pytest

from phrasebook.models import Hit, Phrase
from phrasebook.search import SearchIndex

NOW = 1_700_000_000.0
PHRASES = [
    Phrase(id="ship", title="发货时间", text="亲，我们48小时内发货哦", code="fhsj",
           questions=("什么时候发货",), tags=("发货",)),
    Phrase(id="fee", title="退货运费", text="退货运费由买家承担", code="thyf", tags=("售后",)),
    Phrase(id="bank", title="銀行轉帳", text="可以使用銀行轉帳付款", code="yh", lang="zh-Hant"),
    Phrase(id="size", title="尺码建议", text="身高体重发我，帮您推荐尺码", code="cmjy"),
    Phrase(id="ko", title="배송 안내", text="배송은 2-3일 걸립니다", code="bs1", lang="ko"),
    Phrase(id="en", title="Refund policy", text="We refund within 7 days.", code="rfd", lang="en"),
    Phrase(id="long", title="长款风衣", text="重量还行", code="ckfy"),
]  # fmt: skip


@pytest.fixture
def index() -> SearchIndex:
    return SearchIndex(PHRASES)


def top(index: SearchIndex, query: str) -> str | None:
    hits = index.search(query, now=NOW)
    return hits[0].phrase.id if hits else None


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("fhsj", "ship"), ("fh", "ship"), ("fahuo", "ship"), ("fa huo", "ship"),
        ("fahuos", "ship"), ("fh时间", "ship"), ("发货", "ship"), ("發貨", "ship"),
        ("退货 运费", "fee"), ("运费 退货", "fee"), ("thyf", "fee"),
        ("银行", "bank"), ("yinhang", "bank"), ("yh", "bank"), ("ㅂㅅ", "ko"), ("배소", "ko"),
        ("배송", "ko"), ("REFUND", "en"), ("ｒｅｆｕｎｄ", "en"), ("refnd", "en"),
        ("changkuan", "long"), ("zhangkuan", "long"), ("chongliang", "long"),
        ("zhongliang", "long"), ("huanxing", "long"), ("haixing", "long"),
        ("请问什么时候发货呀", "ship"),
    ],
)  # fmt: skip
def test_finds(index: SearchIndex, query: str, expected: str) -> None:
    assert top(index, query) == expected


def test_nonsense_finds_nothing(index: SearchIndex) -> None:
    assert index.search("zzqx", now=NOW) == []


def test_exact_code_beats_everything(index: SearchIndex) -> None:
    busy = Phrase(
        id="busy", title="yh 银行", text="yh", use_count=500, last_used=NOW, favorite=True
    )
    index.upsert(busy)
    assert top(index, "yh") == "bank"


def spans(hit: Hit) -> dict[str, tuple[tuple[int, int], ...]]:
    return {m.field: m.spans for m in hit.matches}


def test_spans_point_into_the_original_fields(index: SearchIndex) -> None:
    hit = index.search("fhsj", now=NOW)[0]
    assert spans(hit)["code"] == ((0, 4),)
    hit = index.search("时间", now=NOW)[0]
    assert hit.phrase.title[slice(*spans(hit)["title"][0])] == "时间"
    hit = index.search("退货 承担", now=NOW)[0]
    assert [hit.phrase.title[a:b] for a, b in spans(hit)["title"]] == ["退货"]
    assert [hit.phrase.text[a:b] for a, b in spans(hit)["body"]] == ["承担"]


def test_spans_of_questions_index_the_joined_items() -> None:
    p = Phrase(id="q", text="x", questions=("在吗", "能便宜点吗"))
    hit = SearchIndex([p]).search("便宜点", now=NOW)[0]
    ((start, end),) = spans(hit)["questions"]
    assert "\n".join(p.questions)[start:end] == "便宜点"


def test_upsert_replaces_and_remove_forgets(index: SearchIndex) -> None:
    index.upsert(Phrase(id="fee", title="运费险", text="可以用运费险", code="yfx"))
    assert top(index, "thyf") is None
    assert top(index, "yfx") == "fee"
    index.remove("fee")
    assert top(index, "yfx") is None
    assert len(index) == len(PHRASES) - 1
    index.remove("unknown")


def test_new_questions_count_at_once(index: SearchIndex) -> None:
    before = index.search("包裹卡在海关了", now=NOW)
    assert all(h.phrase.id != "size" for h in before)
    old = next(p for p in PHRASES if p.id == "size")
    index.upsert(Phrase(**{**_fields(old), "questions": ("包裹卡在海关了怎么办",)}))
    assert top(index, "包裹卡在海关了") == "size"


def test_many_edits_keep_results_right() -> None:
    index = SearchIndex(PHRASES)
    for n in range(300):
        index.upsert(Phrase(id=f"e{n % 50}", title=f"编辑{n}", text="内容", code=f"ed{n}"))
    assert len(index) == len(PHRASES) + 50
    assert top(index, "ed299") == "e49"
    assert top(index, "ed100") is None
    assert top(index, "fhsj") == "ship"


def test_frecency_breaks_equal_matches() -> None:
    a = Phrase(id="a", title="发货说明", text="一")
    b = Phrase(id="b", title="发货提醒", text="二", use_count=9, last_used=NOW - 3600)
    assert top(SearchIndex([a, b]), "发货") == "b"
    assert top(SearchIndex([a, b.__class__(**{**_fields(b), "use_count": 0})]), "发货") == "a"


def test_ties_are_deterministic() -> None:
    same = [Phrase(id=f"id{n:02d}", title="同一个标题", text="t") for n in range(30)]
    ids = [h.phrase.id for h in SearchIndex(reversed(same)).search("标题", 5, now=NOW)]
    assert ids == ["id00", "id01", "id02", "id03", "id04"]


def test_usage_update_is_cheap_and_counts(index: SearchIndex) -> None:
    old = next(p for p in PHRASES if p.id == "size")
    index.upsert(Phrase(**{**_fields(old), "use_count": 3, "last_used": NOW}))
    assert top(index, "") == "size"


def _fields(p: Phrase) -> dict[str, object]:
    return {name: getattr(p, name) for name in Phrase.__slots__}


def test_a_later_phrase_with_the_same_code_never_takes_over_the_code(tmp_path: Path) -> None:
    """Shared codes are legitimate; Enter on the code keeps pasting the older reply."""
    from phrasebook import Phrasebook

    with Phrasebook.open(tmp_path / "book.db", auto_backup=False) as book:
        book.add("亲，今天下单明天发货", title="发货时间", code="fhsj", id="ffff-older")
        book.add("测试重复码", code="fhsj", id="0000-newer")  # an id that sorts first
        hits = book.search("fhsj")
        assert [h.phrase.id for h in hits[:2]] == ["ffff-older", "0000-newer"]
