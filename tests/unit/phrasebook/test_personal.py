"""Personal variants through a team update, favourite slots and profile-driven rendering."""

from __future__ import annotations

from pathlib import Path

import pytest

from phrasebook import NotFoundError, Phrasebook, ValidationError


@pytest.fixture
def team(book: Phrasebook) -> str:
    return book.add("亲，今天下单明天发货", code="fh").id


def test_variant_is_used_and_survives_a_team_update(book: Phrasebook, team: str) -> None:
    book.set_variant(team, "亲亲，今天拍明天就发啦")
    assert not book.get(team).team_changed
    book.update(team, text="亲，今天下单后天发货")
    phrase = book.get(team)
    assert phrase.variant == "亲亲，今天拍明天就发啦"
    assert phrase.body == phrase.variant
    assert phrase.team_changed
    assert [h.phrase.id for h in book.search("就发啦")] == [team]


def test_a_change_that_is_not_the_text_does_not_raise_the_badge(
    book: Phrasebook, team: str
) -> None:
    book.set_variant(team, "我的说法")
    book.update(team, title="发货", favorite=True, tags=["物流"])
    assert not book.get(team).team_changed


def test_import_updating_the_team_text_keeps_the_variant(
    book: Phrasebook, team: str, tmp_path: Path
) -> None:
    book.set_variant(team, "我的说法")
    pack = tmp_path / "team.jsonl"
    pack.write_text(f'{{"id": "{team}", "text": "团队新说法", "code": "fh"}}\n', "utf-8")
    assert book.import_file(pack).updated == 1
    phrase = book.get(team)
    assert (phrase.text, phrase.variant, phrase.team_changed) == ("团队新说法", "我的说法", True)


def test_compare_shows_both_sides_and_the_base(book: Phrasebook, team: str) -> None:
    book.set_variant(team, "我的说法")
    book.update(team, text="团队新说法")
    both = book.variants.compare(team)
    assert (both.mine, both.theirs, both.base) == ("我的说法", "团队新说法", "亲，今天下单明天发货")
    assert both.team_changed
    assert [p.id for p in book.variants.changed()] == [team]


def test_keep_mine_rebases(book: Phrasebook, team: str) -> None:
    book.set_variant(team, "我的说法")
    book.update(team, text="团队新说法")
    kept = book.variants.keep_mine(team)
    assert (kept.variant, kept.team_changed) == ("我的说法", False)
    assert book.variants.compare(team).base == "团队新说法"
    book.update(team, text="团队第三版")
    assert book.get(team).team_changed, "a later team change raises the badge again"


def test_take_theirs_drops_the_variant(book: Phrasebook, team: str) -> None:
    book.set_variant(team, "我的说法")
    book.update(team, text="团队新说法")
    taken = book.variants.take_theirs(team)
    assert (taken.variant, taken.body, taken.team_changed) == (None, "团队新说法", False)
    with pytest.raises(NotFoundError):
        book.variants.compare(team)
    assert book.search("我的") == []


def test_merge_saves_a_new_text_on_the_new_base(book: Phrasebook, team: str) -> None:
    with pytest.raises(NotFoundError):
        book.variants.merge(team, "合并")  # nothing to merge without a variant
    book.set_variant(team, "我的说法")
    book.update(team, text="团队新说法")
    merged = book.variants.merge(team, "亲，后天就发啦")
    assert (merged.body, merged.team_changed) == ("亲，后天就发啦", False)


def test_variant_survives_reopening(tmp_path: Path) -> None:
    path = tmp_path / "b.db"
    with Phrasebook.open(path) as book:
        pid = book.add("原文").id
        book.set_variant(pid, "我的")
        book.update(pid, text="新原文")
    with Phrasebook.open(path) as book:
        assert book.get(pid).team_changed
        assert [h.phrase.id for h in book.search("我的")] == [pid]


def test_favorites_pin_move_replace_and_unpin(book: Phrasebook) -> None:
    a, b = book.add("甲回复").id, book.add("乙回复").id
    book.favorites.pin(a, 1)
    book.favorites.pin(b, 2)
    assert {n: p.id for n, p in book.favorites.slots().items()} == {1: a, 2: b}
    book.favorites.pin(a, 2)  # moves a, replaces b
    assert {n: p.id for n, p in book.favorites.slots().items()} == {2: a}
    assert (book.favorites.slot_of(a), book.favorites.slot_of(b)) == (2, None)
    book.favorites.unpin(2)
    book.favorites.unpin(2)  # harmless
    assert book.favorites.slots() == {}


def test_favorite_in_the_trash_is_not_offered(book: Phrasebook) -> None:
    a = book.add("甲回复").id
    book.favorites.pin(a, 5)
    book.delete(a)
    assert book.favorites.get(5) is None
    book.undelete(a)
    assert book.favorites.get(5) is not None


@pytest.mark.parametrize("slot", [0, 10, -1, True])
def test_favorite_slots_are_1_to_9(book: Phrasebook, slot: int) -> None:
    a = book.add("甲回复").id
    with pytest.raises(ValidationError, match="1 to 9"):
        book.favorites.pin(a, slot)


def test_favorite_changes_are_announced(book: Phrasebook) -> None:
    a = book.add("甲回复").id
    heard = []
    book.on_change(heard.append)
    book.favorites.pin(a, 3)
    assert heard and a in heard[-1].phrases


def test_render_uses_greeting_emoticon_and_signature(book: Phrasebook) -> None:
    book.set_profile(greeting="您", emoticon="^_^", signature="—小美", active_shop="A店")
    rendered = book.render(book.add("{亲}好，{店铺}为您服务{表情}{签名}"))
    assert rendered.text == "您好，A店为您服务^_^—小美"
    english = book.render(book.add("Hi {customer} {emoticon}", lang="en"))
    assert english.text == "Hi friend ^_^", "the Chinese greeting is not used in English"
