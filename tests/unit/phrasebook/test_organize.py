"""The phrase manager's core: group tree edits, phrase order and moves, trash, statistics."""

from __future__ import annotations

from pathlib import Path

import pytest

from phrasebook import Changes, NotFoundError, Phrasebook, ValidationError
from phrasebook.positions import between, renumbered
from phrasebook.usage_stats import DAY_SECONDS, UsageFilter


def paths(book: Phrasebook) -> list[str]:
    return [g.path for g in book.groups()]


def texts(book: Phrasebook, group: str) -> list[str]:
    return [p.text for p in book.phrases(group=group) if p.group == group]


@pytest.fixture
def tree(book: Phrasebook) -> Phrasebook:
    for path in ("售前", "售前/议价", "售前/尺码", "售后", "物流"):
        book.add_group(path)
    return book


# -- positions ---------------------------------------------------------------------------------


def test_between_takes_the_midpoint_or_extends_the_ends() -> None:
    items = [("a", 1.0), ("b", 2.0)]
    assert between(items, 0) == 0.0
    assert between(items, 1) == 1.5
    assert between(items, 2) == 3.0
    assert between([], 0) == 1.0


def test_between_asks_for_renumbering_when_the_gap_is_gone() -> None:
    assert between([("a", 1.0), ("b", 1.0)], 1) is None
    assert renumbered([("a", 1.0), ("b", 1.0)]) == [("a", 1.0), ("b", 2.0)]


# -- groups ------------------------------------------------------------------------------------


def test_reorder_top_level_groups(tree: Phrasebook) -> None:
    tree.organize.move_group("物流", "", 0)
    assert paths(tree) == ["物流", "售前", "售前/议价", "售前/尺码", "售后"]
    tree.organize.move_group("物流", "", 2)
    assert paths(tree) == ["售前", "售前/议价", "售前/尺码", "售后", "物流"]


def test_reorder_subgroups_and_survive_reopening(tree: Phrasebook) -> None:
    tree.organize.move_group("售前/尺码", "售前", 0)
    assert paths(tree) == ["售前", "售前/尺码", "售前/议价", "售后", "物流"]
    with Phrasebook.open(tree.path, auto_backup=False) as again:
        assert paths(again) == paths(tree)


def test_many_moves_into_one_gap_renumber_instead_of_colliding(tree: Phrasebook) -> None:
    for _ in range(80):  # halving 1.0..2.0 eighty times runs past float precision
        tree.organize.move_group("物流", "", 1)
        tree.organize.move_group("售后", "", 1)
    assert paths(tree)[0] == "售前"
    assert len({g.position for g in tree.groups() if g.parent_id is None}) == 3


def test_move_a_group_under_another_and_its_phrases_follow(tree: Phrasebook) -> None:
    phrase = tree.add("顺丰包邮", group="物流")
    tree.organize.move_group("物流", "售后")
    assert "售后/物流" in paths(tree)
    assert tree.get(phrase.id).group == "售后/物流"
    assert tree.search("顺丰")[0].phrase.group == "售后/物流"


def test_two_levels_only(tree: Phrasebook) -> None:
    with pytest.raises(ValidationError, match="subgroups"):
        tree.organize.move_group("售前", "售后")
    with pytest.raises(ValidationError, match="two levels"):
        tree.organize.move_group("物流", "售前/议价")
    with pytest.raises(ValidationError, match="two levels"):
        tree.organize.move_group("售后", "售后")


def test_rename_group_renames_paths_of_children_and_phrases(tree: Phrasebook) -> None:
    phrase = tree.add("可以便宜一点", group="售前/议价")
    seen: list[Changes] = []
    tree.on_change(seen.append)
    renamed = tree.organize.rename_group("售前", "咨询")
    assert renamed.path == "咨询"
    assert tree.get(phrase.id).group == "咨询/议价"
    assert seen[-1].groups and phrase.id in seen[-1].phrases
    assert tree.organize.group_path(renamed.id) == "咨询"


def test_rename_refuses_a_taken_or_bad_name(tree: Phrasebook) -> None:
    with pytest.raises(ValidationError, match="already"):
        tree.organize.rename_group("售后", "物流")
    with pytest.raises(ValidationError, match="one non-empty level"):
        tree.organize.rename_group("售后", "a/b")
    with pytest.raises(NotFoundError):
        tree.organize.rename_group("无此组", "x")


def test_delete_group_trashes_its_phrases_and_restore_brings_all_back(tree: Phrasebook) -> None:
    a = tree.add("议价话术", group="售前/议价")
    b = tree.add("售前欢迎", group="售前")
    deletion = tree.organize.delete_group("售前")
    assert paths(tree) == ["售后", "物流"]
    assert {p.id for p in tree.deleted_phrases()} == {a.id, b.id}
    assert not tree.search("议价话术")
    tree.organize.restore_group(deletion)
    assert paths(tree) == ["售前", "售前/议价", "售前/尺码", "售后", "物流"]
    assert tree.get(a.id).group == "售前/议价"
    assert tree.search("议价话术")[0].phrase.id == a.id


# -- phrases -----------------------------------------------------------------------------------


def test_move_phrases_between_groups_in_one_go(tree: Phrasebook) -> None:
    ids = [tree.add(f"话术{i}", group="售后").id for i in range(3)]
    tree.organize.move_phrases(ids[:2], "物流")
    assert texts(tree, "物流") == ["话术0", "话术1"]
    assert texts(tree, "售后") == ["话术2"]
    tree.organize.move_phrases([ids[2]], "新组/子组")
    assert tree.get(ids[2]).group == "新组/子组"


def test_move_phrases_is_all_or_nothing(tree: Phrasebook) -> None:
    ok = tree.add("好的", group="售后")
    with pytest.raises(NotFoundError):
        tree.organize.move_phrases([ok.id, "nope"], "物流")
    assert tree.get(ok.id).group == "售后"


def test_reorder_phrases_within_a_group(tree: Phrasebook) -> None:
    ids = [tree.add(t, group="售后").id for t in ("一", "二", "三")]
    tree.organize.reorder_phrase(ids[2], 0)
    assert texts(tree, "售后") == ["三", "一", "二"]
    tree.organize.reorder_phrase(ids[2], 5)
    assert texts(tree, "售后") == ["一", "二", "三"]
    new = tree.add("四", group="售后")
    assert texts(tree, "售后")[-1] == new.text


def test_multi_delete_restore_and_purge(tree: Phrasebook) -> None:
    ids = [tree.add(f"删{i}", group="售后").id for i in range(3)]
    tree.record_use(ids[0])
    tree.set_variant(ids[0], "我的删0")
    assert tree.organize.delete_phrases(ids[:2]) == tuple(ids[:2])
    assert {p.id for p in tree.deleted_phrases()} == set(ids[:2])
    tree.organize.restore_phrases([ids[1]])
    assert tree.get(ids[1]).text == "删1"
    with pytest.raises(NotFoundError, match="not in the trash"):
        tree.organize.restore_phrases([ids[2]])
    assert tree.organize.purge() == 1
    assert tree.deleted_phrases() == []
    with pytest.raises(NotFoundError):
        tree.organize.restore_phrases([ids[0]])
    row = tree.db.execute("SELECT text, deleted FROM phrases WHERE id = ?", [ids[0]]).fetchone()
    assert row == ("", 2)  # a tombstone for sync, without the content
    assert tree.stats().uses == 0 and tree.stats().variants == 0


def test_restoring_a_phrase_revives_its_deleted_group(tree: Phrasebook) -> None:
    phrase = tree.add("在子组里", group="售前/议价")
    tree.organize.delete_group("售前")
    tree.organize.restore_phrases([phrase.id])
    assert tree.get(phrase.id).group == "售前/议价"
    assert "售前/议价" in paths(tree)


def test_purge_only_some(tree: Phrasebook) -> None:
    ids = [tree.add(f"垃圾{i}").id for i in range(2)]
    tree.organize.delete_phrases(ids)
    assert tree.organize.purge([ids[0], "unknown"]) == 1
    assert [p.id for p in tree.deleted_phrases()] == [ids[1]]


def test_every_phrase_is_editable_until_roles_arrive(tree: Phrasebook) -> None:
    assert tree.organize.editable(tree.add("团队", scope="team"))


# -- statistics --------------------------------------------------------------------------------


class Wall:
    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def timed(tmp_path: Path) -> tuple[Phrasebook, Wall]:
    wall = Wall()
    book = Phrasebook.open(tmp_path / "timed.db", wall=wall)
    yield book, wall
    book.close()


def test_most_and_least_used_per_shop_and_period(timed: tuple[Phrasebook, Wall]) -> None:
    book, wall = timed
    hi, mid, never = (book.add(t).id for t in ("您好", "稍等", "没用过"))
    for _ in range(3):
        book.record_use(hi, shop="旗舰店")
    book.record_use(mid, shop="专营店")
    wall.now += 40 * DAY_SECONDS
    book.record_use(mid, shop="旗舰店")
    usage = book.usage
    assert [(u.phrase.id, u.uses) for u in usage.most_used()] == [(hi, 3), (mid, 2)]
    assert [(u.phrase.id, u.uses) for u in usage.most_used(UsageFilter(days=30))] == [(mid, 1)]
    assert [u.uses for u in usage.most_used(UsageFilter(shop="旗舰店"))] == [3, 1]
    least = usage.least_used(UsageFilter(days=30))
    assert least[0].phrase.id in {hi, never} and least[0].uses == 0
    assert [u.phrase.id for u in least][-1] == mid
    assert usage.summary().uses == 5 and usage.summary().phrases_used == 2
    assert set(usage.shops()) == {"旗舰店", "专营店"}


def test_unused_for_90_days_skips_new_phrases(timed: tuple[Phrasebook, Wall]) -> None:
    book, wall = timed
    old_quiet, old_busy = book.add("老而不用").id, book.add("老而常用").id
    wall.now += 100 * DAY_SECONDS
    book.record_use(old_busy)
    new_quiet = book.add("新的").id
    unused = [u.phrase.id for u in book.usage.unused(90)]
    assert unused == [old_quiet]
    assert new_quiet not in unused


def test_what_this_agent_inserts_most_ignores_other_devices(
    timed: tuple[Phrasebook, Wall],
) -> None:
    book, _ = timed
    mine, theirs = book.add("我的").id, book.add("同事的").id
    book.record_use(mine)
    for _ in range(2):  # as sync would bring them in from a colleague's computer
        book.db.table("usage").insert({"phrase_id": theirs, "at": 1.7e9, "device": "other"})
    assert [u.phrase.id for u in book.usage.most_used()][0] == theirs
    assert [u.phrase.id for u in book.usage.most_used(UsageFilter(mine=True))] == [mine]


def test_trash_is_not_counted(timed: tuple[Phrasebook, Wall]) -> None:
    book, _ = timed
    gone = book.add("要删").id
    book.record_use(gone)
    book.delete(gone)
    assert book.usage.most_used() == []
    assert book.usage.summary().uses == 0


# -- command line ------------------------------------------------------------------------------


def test_cli_usage_and_trash(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from phrasebook.cli.main import main

    db = str(tmp_path / "cli.db")
    with Phrasebook.open(db) as book:
        busy, gone = book.add("常用", code="cy").id, book.add("删掉", code="sd").id
        book.record_use(busy, shop="旗舰店")
        book.delete(gone)
    capsys.readouterr()
    assert main(["--db", db, "usage", "--shop", "旗舰店", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["id"], r["uses"]) for r in rows] == [(busy, 1)]
    assert main(["--db", db, "usage", "--least", "--days", "7"]) == 0
    assert "cy" in capsys.readouterr().out
    assert main(["--db", db, "trash", "--json"]) == 0
    assert [r["id"] for r in json.loads(capsys.readouterr().out)] == [gone]
    assert main(["--db", db, "trash", "--purge"]) == 0
    assert "deleted 1" in capsys.readouterr().out
    assert main(["--db", db, "usage", "--days", "0"]) == 1
    assert "positive" in capsys.readouterr().err


def test_in_a_team_only_supervisors_edit_team_phrases(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    with Phrasebook.open(tmp_path / "boss.db") as boss, Phrasebook.open(tmp_path / "a.db") as agent:
        team_phrase = boss.add("亲，欢迎光临~", title="欢迎", scope="team")
        boss.sync.create_team("快回客服组", folder=folder)
        boss.sync.sync()  # publishes the team phrases
        assert boss.organize.editable(team_phrase)
        agent.sync.join(boss.sync.invite("agent"), folder=folder)
        agent.sync.sync()
        arrived = agent.get(team_phrase.id)
        assert arrived.scope == "team"
        assert not agent.organize.editable(arrived)
        assert agent.organize.editable(agent.add("我的说法", scope="personal"))
