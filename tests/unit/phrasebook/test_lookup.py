"""Naming a phrase on the command line: unique id prefixes as git takes them, shared codes,
a second starter set, and counts that cannot be confused."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from phrasebook import NotFoundError, Phrasebook
from phrasebook.cli import main

Run = Callable[..., tuple[int, str, str]]
A1 = "abcd1111-0000-4000-8000-000000000001"
A2 = "abcd2222-0000-4000-8000-000000000002"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "book.db"
    with Phrasebook.open(path, auto_backup=False) as book:
        book.add("亲，今天下单明天发货哦", title="发货时间", code="fhsj", id=A1)
        book.add("亲，支持七天无理由退换", title="退换", code="th", id=A2)
        book.add("您要的{尺码}码已经拍下", title="尺码", code="cm")
    return path


@pytest.fixture
def run(db: Path, capsys: pytest.CaptureFixture[str]) -> Run:
    def invoke(*args: str) -> tuple[int, str, str]:
        code = main.main(["--db", str(db), *args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return invoke


def test_the_8_characters_search_prints_name_the_phrase_everywhere(run: Run) -> None:
    code, out, _ = run("search", "尺码", "--json")
    short = json.loads(out)[0]["id"][:8]
    assert run("show", short)[0] == 0
    assert run("render", short, "--set", "尺码=XL")[1].strip() == "您要的XL码已经拍下"
    assert run("edit", short, "--title", "尺码确认")[0] == 0
    assert run("rm", short)[0] == 0
    code, out, _ = run("rm", "--undo", short)
    assert code == 0 and "restored" in out and "尺码确认" in out


def test_an_ambiguous_prefix_is_reported_with_the_candidates(run: Run) -> None:
    code, _, err = run("show", "abcd")
    assert code == 1 and err.count("\n") == 1
    assert "id prefix 'abcd' matches 2 phrases" in err
    assert "abcd1111-000 (发货时间)" in err and "abcd2222-000 (退换)" in err
    assert run("show", "abcd1")[0] == 0  # one more character settles it
    assert run("show", "abc")[0] == 1  # too short to be an id prefix: not a guess


def test_rm_undo_looks_only_in_the_trash(db: Path) -> None:
    with Phrasebook.open(db) as book:
        with pytest.raises(NotFoundError, match="no phrase in the trash 'abcd1111'"):
            book.find("abcd1111", deleted=True)
        book.delete(A1)
        assert book.find("abcd1111", deleted=True).id == A1
        assert book.find("abcd", deleted=False).id == A2  # the other one is the live match


def test_add_with_a_code_in_use_warns_and_shows_the_other_phrase(run: Run) -> None:
    code, out, err = run("add", "亲，48小时内发货", "--code", "fhsj")
    assert code == 0 and out.strip()  # still added: shared codes are legitimate
    assert "code 'fhsj' is also used by abcd1111 (发货时间): 亲，今天下单明天发货哦" in err
    code, _, err = run("add", "亲，新的", "--code", "xin")
    assert code == 0 and "also used" not in err


def test_init_add_lang_adds_a_second_starter_set_on_purpose(run: Run) -> None:
    run("init", "--lang", "zh-Hans")
    code, out, _ = run("init", "--lang", "en")
    assert "nothing to do" in out and "init --add-lang en" in out
    code, out, _ = run("init", "--add-lang", "en")
    assert code == 0 and "starter phrases (en); sets: zh-Hans, en" in out
    assert "already has the en starter set" in run("init", "--add-lang", "en")[1]
    stats = json.loads(run("stats", "--json")[1])
    assert stats["starter_sets"] == ["zh-Hans", "en"] and stats["by_lang"]["en"] > 40


def test_stats_name_pins_and_favourites_as_different_counts(run: Run, db: Path) -> None:
    with Phrasebook.open(db) as book:
        book.favorites.pin(A1, 1)
        book.favorites.pin(A2, 2)
    stats = json.loads(run("stats", "--json")[1])
    assert (stats["pinned"], stats["favorites"]) == (2, 0)
    table = run("stats")[1]
    assert re.search(r"pinned to number keys +2\b", table)
    assert re.search(r"favourites \(marked\) +0\b", table)


def test_outside_a_team_phrases_are_yours_and_add_follows_the_apps_rule(run: Run, db: Path) -> None:
    shown = run("show", "fhsj")[1]
    assert "yours (not in a team)" in shown
    new_id = run("add", "亲，在的")[1].strip()
    with Phrasebook.open(db) as book:
        assert book.get(new_id).scope == book.default_scope == "team"
        assert book.shown_scope(book.get(new_id)) is None
    assert "shared if you create a team" in run("stats")[1]
