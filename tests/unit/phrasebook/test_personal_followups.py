"""Follow-ups learned from the order of insertions, plus links made by hand."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from phrasebook import Phrasebook, ValidationError


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def timed(tmp_path: Path, clock: Clock) -> Iterator[Phrasebook]:
    book = Phrasebook.open(tmp_path / "t.db", wall=clock)
    book.set_profile(active_shop="A店")
    yield book
    book.close()


def codes(phrases: list) -> list[str]:
    return [p.code for p in phrases]


def insert(book: Phrasebook, clock: Clock, codes_: str, gap: float = 30, shop: str = "") -> None:
    for code in codes_.split():
        clock.now += gap
        book.record_use(book.by_code(code)[0].id, shop=shop or None)


@pytest.fixture
def replies(timed: Phrasebook) -> Phrasebook:
    for code in ("hi", "fh", "kd", "bye", "tk"):
        timed.add(f"回复{code}", code=code)
    return timed


def test_most_frequent_next_reply_comes_first(replies: Phrasebook, clock: Clock) -> None:
    insert(replies, clock, "hi fh kd bye")
    insert(replies, clock, "hi fh bye", gap=700)  # a new customer each time: too far apart
    insert(replies, clock, "hi fh kd", gap=60)
    insert(replies, clock, "hi tk", gap=60)
    first = replies.by_code("hi")[0].id
    assert codes(replies.follow_ups(first)) == ["fh", "tk"]
    assert codes(replies.follow_ups(replies.by_code("fh")[0].id)) == ["kd"]


def test_only_the_same_shop_counts(replies: Phrasebook, clock: Clock) -> None:
    insert(replies, clock, "hi", shop="A店")
    insert(replies, clock, "tk", shop="B店")
    insert(replies, clock, "fh", shop="A店")
    assert codes(replies.follow_ups(replies.by_code("hi")[0].id)) == ["fh"]


def test_window_is_ten_minutes(replies: Phrasebook, clock: Clock) -> None:
    insert(replies, clock, "hi")
    insert(replies, clock, "fh", gap=601)
    assert replies.follow_ups(replies.by_code("hi")[0].id) == []


def test_repeats_and_deleted_phrases_are_not_offered(replies: Phrasebook, clock: Clock) -> None:
    insert(replies, clock, "hi hi fh hi tk")
    replies.delete(replies.by_code("tk")[0].id)
    assert codes(replies.follow_ups(replies.by_code("hi")[0].id)) == ["fh"]


def test_links_come_after_learned_ones_and_work_both_ways(
    replies: Phrasebook, clock: Clock
) -> None:
    hi, bye, kd = (replies.by_code(c)[0].id for c in ("hi", "bye", "kd"))
    insert(replies, clock, "hi fh")
    replies.links.link(hi, bye)
    replies.links.link(bye, hi)  # the same link
    replies.links.link(kd, hi)
    assert codes(replies.follow_ups(hi)) == ["fh", "bye", "kd"]
    assert codes(replies.follow_ups(hi, limit=2)) == ["fh", "bye"]
    assert codes(replies.links.related(bye)) == ["hi"]
    assert replies.links.unlink(bye, hi)
    assert not replies.links.unlink(bye, hi)
    assert codes(replies.follow_ups(hi)) == ["fh", "kd"]
    replies.links.link(hi, bye)  # relinking revives the same record
    rows = replies.db.execute("SELECT count(*) FROM links").fetchone()[0]
    assert rows == 2


def test_a_phrase_cannot_link_to_itself(replies: Phrasebook) -> None:
    hi = replies.by_code("hi")[0].id
    with pytest.raises(ValidationError):
        replies.links.link(hi, hi)


def test_learning_is_fast_over_a_year_of_use(replies: Phrasebook, clock: Clock) -> None:
    ids = [p.id for p in replies.phrases()]
    rows = [
        {"phrase_id": ids[i % 5], "at": clock.now + i * 40.0, "shop": "A店", "device": "d"}
        for i in range(50_000)
    ]
    replies.db.table("usage").insert_all(rows)
    started = time.perf_counter()
    found = replies.follow_ups(ids[0])
    elapsed = time.perf_counter() - started
    assert found and elapsed < 0.5, elapsed
