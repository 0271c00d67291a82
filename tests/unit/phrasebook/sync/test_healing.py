"""What may heal is retried, gaps are shown, and a book that went back in time (a restore, a copy)
numbers its new changes where they cannot collide: all through real files in a team folder."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from phrasebook import Phrasebook
from phrasebook.sync import merge
from phrasebook.sync.peers import GAP_ROUNDS

NEW = {"text": "亲，赠品随订单一起发出哦", "title": "赠品", "group": "售前", "questions": ["赠品"]}


@pytest.fixture
def agent(supervisor: Phrasebook, make_agent: Callable[[str], Phrasebook]) -> Phrasebook:
    supervisor.sync.sync()
    joined = make_agent("小美")
    joined.sync.sync()
    return joined


def edit(book: Phrasebook, code: str, text: str) -> None:
    (phrase,) = book.by_code(code)
    book.update(phrase.id, text=text)


def texts(book: Phrasebook) -> dict[str, str]:
    return {p.code: p.text for p in book.phrases(scope="team")}


def newest_segment(team_dir: Path, book: Phrasebook) -> Path:
    return sorted((team_dir / "ops" / book.sync.device_key.id).glob("*.jsonl.gz"))[-1]


def test_a_truncated_segment_is_read_once_whole_and_the_gap_is_warned_meanwhile(
    supervisor: Phrasebook, agent: Phrasebook, team_dir: Path
) -> None:
    edit(supervisor, "fhsj", "亲，第一段")
    supervisor.sync.sync()
    first = newest_segment(team_dir, supervisor)
    whole = first.read_bytes()
    first.write_bytes(whole[: len(whole) // 2])  # the cloud drive is still downloading it
    edit(supervisor, "th", "亲，第二段")
    supervisor.sync.sync()
    rounds = [agent.sync.sync() for _ in range(GAP_ROUNDS + 1)]
    assert texts(agent)["fhsj"] != "亲，第一段"
    (peer,) = rounds[-1].peers
    assert peer["device"] == supervisor.sync.device_key.id and peer["gap"] > 0
    assert peer["seen"] > peer["applied"] and peer["name"] == "店长"
    assert not rounds[0].warnings  # a short gap is normal
    (warning,) = rounds[-1].warnings
    assert str(first) in warning and "not a complete gzip" in warning
    first.write_bytes(whole)  # the download finished
    healed = agent.sync.sync()
    assert texts(agent) == {"fhsj": "亲，第一段", "th": "亲，第二段"}
    assert healed.warnings == [] and healed.held == []
    assert [p["gap"] for p in healed.peers] == [0]
    assert merge.state_hash(agent.db.conn) == merge.state_hash(supervisor.db.conn)


def test_a_member_certificate_arriving_after_the_segment_lets_it_in(
    supervisor: Phrasebook, make_agent: Callable[[str], Phrasebook], team_dir: Path
) -> None:
    supervisor.sync.sync()
    newcomer = make_agent("小新")
    cert = team_dir / "members" / f"{newcomer.sync.device_key.id}.json"
    proposal = newcomer.proposals.propose("new_phrase", NEW)
    newcomer.sync.sync()
    saved = cert.read_bytes()
    cert.unlink()  # the drive delivered her segment first
    waiting = supervisor.sync.sync()
    assert supervisor.proposals.list("pending") == []
    assert waiting.quarantined == 0
    assert [h["hostile"] for h in waiting.held] == [False]
    cert.write_bytes(saved)
    arrived = supervisor.sync.sync()
    assert [p.id for p in supervisor.proposals.list("pending")] == [proposal.id]
    assert arrived.held == []


def test_edits_after_a_restore_reach_the_team_and_the_lost_ones_come_back(
    supervisor: Phrasebook, agent: Phrasebook
) -> None:
    backup = supervisor.backup()
    edit(supervisor, "fhsj", "亲，编辑二")
    supervisor.sync.sync()
    agent.sync.sync()
    supervisor.restore(backup)
    assert texts(supervisor)["fhsj"] != "亲，编辑二"
    edit(supervisor, "th", "亲，编辑三")
    summary = supervisor.sync.sync()
    assert summary.sent > 0 and summary.pending == 0 and summary.epoch >= 1
    agent.sync.sync()
    supervisor.sync.sync()
    assert texts(agent) == texts(supervisor) == {"fhsj": "亲，编辑二", "th": "亲，编辑三"}
    assert merge.state_hash(agent.db.conn) == merge.state_hash(supervisor.db.conn)


def test_a_restore_made_behind_the_apps_back_is_noticed_at_the_next_round(
    supervisor: Phrasebook, agent: Phrasebook, tmp_path: Path
) -> None:
    backup = supervisor.backup()
    edit(supervisor, "fhsj", "亲，编辑二")
    supervisor.sync.sync()
    with Phrasebook.open(tmp_path / "restored.db") as restored:
        restored.restore(backup)  # stands in for a file copied back by hand
    restored_path = tmp_path / "restored.db"
    with Phrasebook.open(restored_path) as book:
        book.db.execute("DELETE FROM sync_state WHERE key IN ('epoch', 'place')")
        book.db.conn.commit()
        edit(book, "th", "亲，编辑三")
        assert book.sync.sync().epoch >= 1  # the folder holds numbers the book lacks
        agent.sync.sync()
        assert texts(agent) == texts(book) == {"fhsj": "亲，编辑二", "th": "亲，编辑三"}


def test_a_book_copied_elsewhere_writes_in_its_own_epoch(
    supervisor: Phrasebook, agent: Phrasebook, tmp_path: Path
) -> None:
    copy_path = supervisor.backup()  # a consistent copy of the file, with the device key in it
    with Phrasebook.open(copy_path) as copy:
        edit(copy, "th", "亲，副本的编辑")
        assert copy.sync.sync().epoch >= 1
    edit(supervisor, "fhsj", "亲，原件的编辑")
    assert supervisor.sync.sync().epoch == 0
    agent.sync.sync()
    assert texts(agent) == {"fhsj": "亲，原件的编辑", "th": "亲，副本的编辑"}


def test_the_conflict_count_follows_clean_and_concurrent_rounds(
    supervisor: Phrasebook, agent: Phrasebook, make_agent: Callable[[str], Phrasebook]
) -> None:
    deputy = make_agent("副店长", "supervisor")
    deputy.sync.sync()
    edit(supervisor, "fhsj", "版本A")
    edit(deputy, "fhsj", "版本B")
    supervisor.sync.sync()
    deputy.sync.sync()
    counts = [agent.sync.sync().conflicts]
    edit(supervisor, "th", "亲，顺手一改")  # a clean successor: the count is reused
    supervisor.sync.sync()
    counts.append(agent.sync.sync().conflicts)
    (conflict,) = agent.sync.conflicts()
    supervisor.sync.sync()
    (fhsj,) = supervisor.by_code("fhsj")
    supervisor.update(fhsj.id, text=json.loads(conflict.value))  # the loser's words win after all
    supervisor.sync.sync()
    counts.append(agent.sync.sync().conflicts)
    assert counts == [1, 1, len(agent.sync.conflicts())]
