"""Proposals and decisions through a real `phrasebook serve`: propose, accept twice at once,
reject with a note, and a forged decision refused by the server itself."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from server_process import ServerProcess

from phrasebook import Phrasebook
from phrasebook.cli.main import main
from phrasebook.notebook.proposals import derived_phrase_id
from phrasebook.sync.changelog import ChangeLog, Edit
from phrasebook.sync.server_client import ServerError, ServerTransport
from phrasebook.sync.signed_segments import encode

NEW = {"text": "亲，赠品随订单一起发出哦", "title": "赠品", "group": "售前", "questions": ["赠品"]}


def rounds(*books: Phrasebook) -> None:
    for _ in range(2):
        for book in books:
            book.sync.sync()


def test_proposals_and_decisions_travel_through_the_server(
    supervisor: Phrasebook,
    make_member: Callable[..., Phrasebook],
    capsys: pytest.CaptureFixture[str],
) -> None:
    agent, deputy = make_member("小美"), make_member("副店长", "supervisor")
    wanted = agent.proposals.propose("new_phrase", NEW)
    unwanted = agent.proposals.propose("new_phrase", {**NEW, "text": "加微信返现"})
    rounds(agent, supervisor, deputy)
    assert [p.id for p in deputy.proposals.list("pending")] == [wanted.id, unwanted.id]
    supervisor.proposals.accept(wanted.id)
    deputy.proposals.accept(wanted.id)  # at the same time, before either has synced
    deputy.proposals.reject(unwanted.id, note="不能引导站外交易")
    rounds(supervisor, deputy, agent)
    phrase_id = derived_phrase_id(wanted.id)
    for book in (supervisor, deputy, agent):
        assert [p.id for p in book.phrases(scope="team") if p.text == NEW["text"]] == [phrase_id]
    assert supervisor.sync.conflicts() == []
    capsys.readouterr()
    assert main(["--db", str(agent.path), "proposals", "list", "--json"]) == 0
    seen = {p["id"]: (p["status"], p["note"]) for p in json.loads(capsys.readouterr().out)}
    assert seen == {wanted.id: ("accepted", ""), unwanted.id: ("rejected", "不能引导站外交易")}


def test_the_server_refuses_a_decision_forged_by_an_agent(
    supervisor: Phrasebook, make_member: Callable[..., Phrasebook], server: ServerProcess
) -> None:
    agent = make_member("小美")
    proposal = agent.proposals.propose("new_phrase", NEW)
    agent.sync.sync()
    key, team = agent.sync.device_key, agent.sync.team
    assert team is not None
    with agent.store.write():
        forged = Edit("decision", proposal.id, "status", '"accepted"')
        ops = ChangeLog(agent.db.conn, key.id).record(agent.store.clock, [forged])
    transport = ServerTransport(server.url, team["team"], team["token"])
    with pytest.raises(ServerError) as caught:
        transport.publish(key.id, ops[0].seq, ops[0].seq, encode(team["team"], key, ops))
    assert caught.value.status == 422
    assert "may not change team decisions" in server.log()
    supervisor.sync.sync()
    assert supervisor.proposals.get(proposal.id).status == "pending"
