"""Real phrasebooks syncing through a shared folder: publish, join, edit, conflict, roles."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from phrasebook import Phrasebook, RoleError


def texts(book: Phrasebook) -> dict[str, str]:
    return {p.id: p.text for p in book.phrases(scope="team")}


def test_an_agent_receives_the_team_book(
    supervisor: Phrasebook, make_agent: Callable[[str], Phrasebook]
) -> None:
    first = supervisor.sync.sync()
    assert first.sent > 0
    agent = make_agent("小美")
    summary = agent.sync.sync()
    assert summary.received == first.sent
    assert texts(agent) == texts(supervisor)
    assert [h.phrase.code for h in agent.search("fhsj")][:1] == ["fhsj"]
    assert agent.sync.role == "agent"


def test_edits_and_deletes_travel_and_a_second_round_is_a_no_op(
    supervisor: Phrasebook, make_agent: Callable[[str], Phrasebook]
) -> None:
    agent = make_agent("小美")
    supervisor.sync.sync()
    agent.sync.sync()
    (fhsj,) = supervisor.by_code("fhsj")
    supervisor.update(fhsj.id, text="亲，今天16点前下单当天发货", group="售前/发货")
    (th,) = supervisor.by_code("th")
    supervisor.delete(th.id)
    assert supervisor.sync.sync().sent == 3  # text, group, deleted: nothing else
    agent.sync.sync()
    assert agent.get(fhsj.id).text == "亲，今天16点前下单当天发货"
    assert agent.get(fhsj.id).group == "售前/发货"
    assert agent.by_code("th") == []
    again = agent.sync.sync()
    assert (again.sent, again.received) == (0, 0)


def test_a_phrase_deleted_by_a_round_leaves_the_search_at_once(
    supervisor: Phrasebook, make_agent: Callable[[str], Phrasebook]
) -> None:
    agent = make_agent("小美")
    supervisor.sync.sync()
    agent.sync.sync()
    (th,) = supervisor.by_code("th")
    assert th.id in {h.phrase.id for h in agent.search("七天无理由退换")}
    supervisor.delete(th.id)
    supervisor.sync.sync()
    agent.sync.sync()  # a small round: the received rows are re-indexed one by one
    assert th.id not in {h.phrase.id for h in agent.search("七天无理由退换")}


def test_agents_team_edits_are_not_published_and_variants_survive(
    supervisor: Phrasebook, make_agent: Callable[[str], Phrasebook]
) -> None:
    agent = make_agent("小美")
    supervisor.sync.sync()
    agent.sync.sync()
    (fhsj,) = agent.by_code("fhsj")
    agent.set_variant(fhsj.id, "宝，今天下单明天发哦")
    with pytest.raises(RoleError, match="only a supervisor"):  # the core refuses it
        agent.update(fhsj.id, title="我改的标题")
    assert agent.sync.sync().sent == 0
    supervisor.update(fhsj.id, text="亲，48小时内发货")
    supervisor.sync.sync()
    agent.sync.sync()
    assert agent.get(fhsj.id).text == "亲，48小时内发货"
    assert agent.get(fhsj.id).variant == "宝，今天下单明天发哦"


def test_two_supervisors_editing_at_once_leave_a_visible_conflict(
    supervisor: Phrasebook, make_agent: Callable[[str], Phrasebook]
) -> None:
    deputy = make_agent("副店长", "supervisor")
    supervisor.sync.sync()
    deputy.sync.sync()
    (fhsj,) = supervisor.by_code("fhsj")
    supervisor.update(fhsj.id, text="版本A")
    deputy.update(fhsj.id, text="版本B")
    supervisor.sync.sync()
    deputy.sync.sync()
    supervisor.sync.sync()
    assert supervisor.get(fhsj.id).text == deputy.get(fhsj.id).text
    (conflict,) = supervisor.sync.conflicts()
    assert conflict.field == "text"
    assert {conflict.value, conflict.winner_value} == {'"版本A"', '"版本B"'}
    assert deputy.sync.conflicts() == supervisor.sync.conflicts()


def test_personal_phrases_never_reach_the_folder(supervisor: Phrasebook, team_dir: Path) -> None:
    supervisor.add("我自己的私密短语", scope="personal")
    supervisor.sync.sync()
    import gzip

    published = b"".join(gzip.decompress(p.read_bytes()) for p in team_dir.rglob("*.gz"))
    assert "今天下单明天发货".encode() in published
    assert "私密".encode() not in published
