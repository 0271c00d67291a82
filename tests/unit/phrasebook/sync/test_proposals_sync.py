"""Proposals travel from agents to supervisors and decisions back, through a shared folder."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from phrasebook import Phrasebook
from phrasebook.notebook.proposals import derived_phrase_id
from phrasebook.sync import merge
from phrasebook.sync.changelog import ChangeLog, Edit

NEW = {"text": "亲，赠品随订单一起发出哦", "title": "赠品", "group": "售前", "questions": ["赠品"]}


def exchange(*books: Phrasebook) -> None:
    """Two passes, so everything written in the first reaches everyone in the second."""
    for _ in range(2):
        for book in books:
            book.sync.sync()


def test_an_accepted_proposal_reaches_the_supervisor_and_the_phrase_comes_back(
    supervisor: Phrasebook, make_agent: Callable[[str], Phrasebook]
) -> None:
    agent = make_agent("小美")
    proposal = agent.proposals.propose("new_phrase", NEW)
    assert proposal.id.startswith(agent.sync.device_key.id + ":")
    assert agent.sync.sync().sent == 5  # kind, payload, author, created, deleted
    supervisor.sync.sync()
    (seen,) = supervisor.proposals.list("pending")
    assert (seen.id, seen.payload, seen.author) == (proposal.id, NEW, "小美")  # roster name
    phrase = supervisor.proposals.accept(seen.id, note="写得好", text="亲，赠品和订单一起发出")
    assert phrase.id == derived_phrase_id(proposal.id)
    exchange(supervisor, agent)
    mine = agent.proposals.get(proposal.id)
    assert (mine.status, mine.note) == ("accepted", "写得好")
    assert mine.payload["text"] == "亲，赠品和订单一起发出"
    assert agent.get(phrase.id).text == "亲，赠品和订单一起发出"
    assert [h.phrase.id for h in agent.search("赠品")][:1] == [phrase.id]
    assert merge.state_hash(agent.db.conn) == merge.state_hash(supervisor.db.conn)


def test_two_supervisors_accepting_at_once_make_one_phrase(
    supervisor: Phrasebook, make_agent: Callable[[str], Phrasebook]
) -> None:
    agent, deputy = make_agent("小美"), make_agent("副店长", "supervisor")
    proposal = agent.proposals.propose("new_phrase", NEW)
    exchange(agent, supervisor, deputy)
    supervisor.proposals.accept(proposal.id)
    deputy.proposals.accept(proposal.id, title="赠品说明")
    exchange(supervisor, deputy, agent)
    for book in (supervisor, deputy, agent):
        found = [p for p in book.phrases(scope="team") if p.text == NEW["text"]]
        assert [(p.id, p.title) for p in found] == [(derived_phrase_id(proposal.id), "赠品说明")]
        assert book.proposals.get(proposal.id).status == "accepted"
    # Only the real difference (the title; the deputy's edit is also in the decision's payload)
    # is a conflict; creation stamp and position agree.
    assert {(c.entity, c.field) for c in supervisor.sync.conflicts()} == {
        ("phrase", "title"),
        ("decision", "payload"),
    }


def test_a_rejection_with_a_note_reaches_the_agent_and_her_notebook_entry(
    supervisor: Phrasebook, make_agent: Callable[[str], Phrasebook]
) -> None:
    agent = make_agent("小美")
    entry = agent.notebook.capture("可以开专票吗", customer="买家A")
    agent.notebook.answer(entry.id, "买家A您好，可以开具增值税专用发票")
    proposal = agent.notebook.promote(entry.id)
    exchange(agent, supervisor)
    supervisor.proposals.reject(proposal.id, note="已有同类话术：开票")
    exchange(supervisor, agent)
    linked = agent.notebook.get(entry.id).proposal_id
    assert linked == proposal.id
    got = agent.proposals.get(linked)
    assert (got.status, got.note) == ("rejected", "已有同类话术：开票")
    assert "买家A" not in json.dumps(got.payload, ensure_ascii=False)
    assert not [p for p in agent.phrases(scope="team") if "专用发票" in p.text]


def test_an_agent_cannot_forge_a_decision(
    supervisor: Phrasebook, make_agent: Callable[[str], Phrasebook]
) -> None:
    agent = make_agent("小美")
    proposal = agent.proposals.propose("new_phrase", NEW)
    agent.sync.sync()
    forged = [Edit("decision", proposal.id, "status", '"accepted"')]
    with agent.store.write():
        ChangeLog(agent.db.conn, agent.sync.device_key.id).record(agent.store.clock, forged)
    agent.sync.sync()
    summary = supervisor.sync.sync()
    assert summary.quarantined == 1
    assert "may not change team decisions" in summary.problems[0]
    assert supervisor.proposals.list("pending") == [supervisor.proposals.get(proposal.id)]
    assert not [p for p in supervisor.phrases(scope="team") if p.text == NEW["text"]]


def test_a_member_cannot_edit_another_members_proposal(
    supervisor: Phrasebook, make_agent: Callable[[str], Phrasebook]
) -> None:
    first, second = make_agent("小美"), make_agent("小王")
    proposal = first.proposals.propose("new_phrase", NEW)
    exchange(first, second, supervisor)
    assert second.proposals.list() == []  # agents see only their own proposals
    tampered = json.dumps({**NEW, "text": "加微信领红包"}, ensure_ascii=False)
    with second.store.write():
        ChangeLog(second.db.conn, second.sync.device_key.id).record(
            second.store.clock, [Edit("proposal", proposal.id, "payload", tampered)]
        )
    second.sync.sync()
    summary = supervisor.sync.sync()
    assert summary.quarantined == 1
    assert "may only change its own proposals" in summary.problems[0]
    assert supervisor.proposals.get(proposal.id).payload == NEW


def test_the_author_may_edit_her_pending_proposal(
    supervisor: Phrasebook, make_agent: Callable[[str], Phrasebook]
) -> None:
    agent = make_agent("小美")
    proposal = agent.proposals.propose("add_question", {"phrase_id": "x", "question": "几天到"})
    exchange(agent, supervisor)
    (fhsj,) = agent.by_code("fhsj")
    agent.proposals.edit(proposal.id, phrase_id=fhsj.id)
    assert agent.sync.sync().sent == 1  # only the payload changed
    supervisor.sync.sync()
    supervisor.proposals.accept(proposal.id)
    exchange(supervisor, agent)
    assert "几天到" in agent.get(fhsj.id).questions
    assert agent.proposals.get(proposal.id).status == "accepted"


def test_the_command_line_names_team_proposals_by_their_own_short_id(
    supervisor: Phrasebook,
    make_agent: Callable[[str], Phrasebook],
    capsys: pytest.CaptureFixture[str],
) -> None:
    from phrasebook.cli.main import main

    agent = make_agent("小美")
    first = agent.proposals.propose("new_phrase", NEW)
    agent.proposals.propose("new_phrase", {**NEW, "text": "亲，发票随包裹寄出", "title": "发票"})
    agent.sync.sync()
    supervisor.sync.sync()
    short = first.id.rpartition(":")[2][:8]
    supervisor.close()
    assert main(["--db", str(supervisor.path), "proposals", "list"]) == 0
    listed = capsys.readouterr().out
    assert short in listed and agent.sync.device_key.id[:8] not in listed
    assert main(["--db", str(supervisor.path), "proposals", "reject", short, "--note", "重复"]) == 0
    assert f"rejected {short}" in capsys.readouterr().out
