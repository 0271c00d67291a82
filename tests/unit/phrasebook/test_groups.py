"""The group tree cache: paths, tree order, and staying in step with the database."""

from __future__ import annotations

from pathlib import Path

import pytest

from phrasebook import NotFoundError, Phrasebook
from phrasebook.store.group_tree import GroupTree


def stamps() -> str:
    stamps.n += 1  # type: ignore[attr-defined]
    return f"{stamps.n:013d}-00000-dev"  # type: ignore[attr-defined]


stamps.n = 0  # type: ignore[attr-defined]


def test_ensure_creates_missing_levels_once(book: Phrasebook) -> None:
    tree = GroupTree(book.db)
    with book.db.atomic():
        leaf = tree.ensure("售前/议价", "team", stamps)
        again = tree.ensure("售前/议价", "team", stamps)
        top = tree.ensure("售前", "team", stamps)
    assert leaf == again
    assert tree.get("售前/议价").parent_id == top
    assert tree.path_of(leaf) == "售前/议价"
    assert tree.ensure("", "team", stamps) is None
    assert book.db.execute("SELECT count(*) FROM groups").fetchone()[0] == 2


def test_reload_reads_what_another_tree_wrote(book: Phrasebook) -> None:
    writer, reader = GroupTree(book.db), GroupTree(book.db)
    writer.ensure("售后/退换", "team", stamps)
    assert reader.find("售后/退换") is None
    reader.reload()
    assert reader.find("售后/退换") is not None
    assert [g.path for g in reader.all()] == ["售后", "售后/退换"]


def test_tree_order_by_position_then_name(book: Phrasebook) -> None:
    tree = GroupTree(book.db)
    for path in ("B", "A", "B/y", "A/z", "B/x"):
        tree.ensure(path, "team", stamps)
    assert [g.path for g in tree.all()] == ["B", "B/y", "B/x", "A", "A/z"]
    assert [g.position for g in tree.all()] == [1.0, 1.0, 2.0, 2.0, 1.0]


def test_unknown_lookups(book: Phrasebook) -> None:
    tree = GroupTree(book.db)
    with pytest.raises(NotFoundError, match="nope"):
        tree.get("nope")
    assert tree.find("nope") is None
    assert tree.path_of(None) == ""
    assert tree.path_of("no-such-id") == ""


def test_group_scope_is_stored(book: Phrasebook) -> None:
    assert book.add_group("我的", scope="personal").scope == "personal"
    assert book.add("x", group="我的/常用", scope="personal").group == "我的/常用"
    assert book.groups()[1].scope == "personal"


def test_groups_survive_reopen(tmp_path: Path) -> None:
    with Phrasebook.open(tmp_path / "b.db") as book:
        book.add("x", group="售前/议价")
        book.add_group("售后")
    with Phrasebook.open(tmp_path / "b.db") as book:
        assert [g.path for g in book.groups()] == ["售前", "售前/议价", "售后"]
        assert book.get(book.phrases()[0].id).group == "售前/议价"
