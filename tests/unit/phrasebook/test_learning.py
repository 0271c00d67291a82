"""Learning from picks: the question a reply was inserted for becomes a personal example."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from phrasebook import Phrasebook
from phrasebook.cli import main

QUESTION = "亲 我手机13812345678 东西到底啥时候能送到我家啊"
SIMILAR = "东西啥时候能送到啊"


@pytest.fixture
def book(tmp_path: Path) -> Phrasebook:
    """Phrases with a title and a text only, as agents import them."""
    opened = Phrasebook.open(tmp_path / "book.db", auto_backup=False)
    opened.add("亲，今天下单明天发货哦", title="发货时间", code="fhsj", id="ship")
    opened.add("一般三到五天送达，偏远地区会慢一点", title="送达时效", code="sdsx", id="eta")
    opened.add("这边帮您查一下物流", title="查询物流", code="cxwl", id="track")
    opened.add("您的手机号收到了，稍后联系您", title="联系方式", code="lxfs", id="phone")
    return opened


def top(book: Phrasebook, query: str) -> str:
    return book.search(query, 3)[0].phrase.id


def test_a_picked_reply_learns_the_question_and_ranks_first_next_time(book: Phrasebook) -> None:
    assert top(book, SIMILAR) != "track"
    book.record_use("track", question=QUESTION)
    assert top(book, SIMILAR) == "track"
    (example,) = book.learning.examples()
    assert example.phrase_id == "track" and "13812345678" not in example.question
    assert "{手机号}" in example.question  # scrubbed the way notebook exports are
    assert book.get("track").questions == ()  # the team's example questions are untouched
    assert book.get("track").use_count == 1


def test_learned_examples_stay_after_reopening_and_count_repeats(tmp_path: Path) -> None:
    path = tmp_path / "book.db"
    with Phrasebook.open(path, auto_backup=False) as first:
        first.add("这边帮您查一下物流", title="查询物流", id="track")
        first.add("一般三到五天送达", title="送达时效", id="eta")
        first.record_use("track", question=QUESTION)
        first.record_use("track", question=QUESTION)
    with Phrasebook.open(path, auto_backup=False) as again:
        assert [(e.phrase_id, e.uses) for e in again.learning.examples()] == [("track", 2)]
        assert top(again, SIMILAR) == "track"


def test_examples_are_personal_until_proposed(book: Phrasebook, tmp_path: Path) -> None:
    book.record_use("track", question=QUESTION)
    pack = tmp_path / "team.jsonl"
    book.export_file(pack)
    assert "啥时候" not in pack.read_text("utf-8")
    (example,) = book.learning.examples("track")
    proposal = book.learning.propose("track", example.question)
    assert proposal.kind == "add_question" and proposal.status == "pending"
    book.proposals.accept(proposal.id)
    assert book.get("track").questions == (example.question,)


def test_too_short_questions_and_forgetting(book: Phrasebook) -> None:
    assert book.learning.learn("track", " 在 ") is None
    assert book.learning.examples() == []
    kept = book.learning.learn("track", SIMILAR)
    assert kept == SIMILAR
    assert book.learning.forget("track", SIMILAR)
    assert not book.learning.forget("track", SIMILAR)
    assert book.get("track").learned == ()


def test_cli_learn_learned_unlearn(book: Phrasebook, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(book.path)
    book.close()
    assert main.main(["--db", path, "learn", "cxwl", QUESTION, "--propose"]) == 0
    assert "proposed to the team" in capsys.readouterr().out
    assert main.main(["--db", path, "learned", "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["id"] == "track" and row["uses"] == 1
    assert main.main(["--db", path, "search", SIMILAR, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["id"] == "track"
    assert main.main(["--db", path, "learn", "cxwl", "x"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("phrasebook: error: ") and err.count("\n") == 1
    assert main.main(["--db", path, "unlearn", "cxwl", row["question"]]) == 0
    assert main.main(["--db", path, "learned", "--json"]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[-1] or "[]") == []
