"""Roles are the core's rule: an agent's edit of a team phrase is her wording or refused.

Through the public API and through the `phrasebook` command, on a real team in a shared folder.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from phrasebook import Phrasebook, RoleError
from phrasebook.cli import main

TEAM_TEXT = "亲，今天下单明天发货哦"


@pytest.fixture
def team(tmp_path: Path) -> Iterator[tuple[Phrasebook, Path]]:
    """The supervisor's open book, and the path of an agent's book in the same team."""
    folder = tmp_path / "团队"
    agent_path = tmp_path / "agent.db"
    with Phrasebook.open(tmp_path / "boss.db") as boss:
        boss.add(TEAM_TEXT, title="发货时间", group="售前/物流", code="fhsj")
        boss.sync.create_team("小熊旗舰店", folder=folder, member_name="店长")
        boss.sync.sync()
        code = boss.sync.invite("agent", "小美")
        with Phrasebook.open(agent_path) as agent:
            agent.sync.join(code, folder=folder, member_name="小美")
            agent.sync.sync()
        yield boss, agent_path


def fhsj(book: Phrasebook) -> str:
    return book.find("fhsj").id


def test_an_agents_text_edit_becomes_her_wording_and_the_team_text_stays(
    team: tuple[Phrasebook, Path],
) -> None:
    boss, agent_path = team
    with Phrasebook.open(agent_path) as agent:
        edited = agent.update(fhsj(agent), text="宝，今天拍明天发")
        assert (edited.text, edited.variant, edited.body) == (
            TEAM_TEXT,
            "宝，今天拍明天发",
            "宝，今天拍明天发",
        )
        assert agent.sync.sync().sent == 0  # her wording never travels
        boss.update(fhsj(boss), text="亲，48小时内发货")
        boss.sync.sync()
        agent.sync.sync()
        assert [p.code for p in agent.variants.changed()] == ["fhsj"]  # she is shown both
        assert agent.find("fhsj").variant == "宝，今天拍明天发"


def test_an_agents_change_to_a_shared_field_is_refused_saying_how_to_propose(
    team: tuple[Phrasebook, Path],
) -> None:
    _, agent_path = team
    with Phrasebook.open(agent_path) as agent:
        before = agent.find("fhsj")
        with pytest.raises(RoleError, match=r"only a supervisor.*notebook promote"):
            agent.update(before.id, title="我的标题", text="宝，今天拍明天发")
        with pytest.raises(RoleError, match="only a supervisor can delete"):
            agent.delete(before.id)
        with pytest.raises(RoleError):
            agent.organize.delete_phrases([before.id])
        with pytest.raises(RoleError):
            agent.organize.move_phrases([before.id], "别处")
        assert agent.find("fhsj") == before  # nothing was written, not even the text part
        assert agent.update(before.id, favorite=True).favorite  # her own mark stays hers


def test_a_supervisor_edits_team_phrases_and_an_agents_new_phrase_is_personal(
    team: tuple[Phrasebook, Path],
) -> None:
    boss, agent_path = team
    assert boss.update(fhsj(boss), text="亲，48小时内发货").text == "亲，48小时内发货"
    assert boss.add("老板的新话术").scope == "team"
    with Phrasebook.open(agent_path) as agent:
        mine = agent.add("我的新话术")
        assert mine.scope == "personal"
        assert agent.update(mine.id, text="我改了").text == "我改了"  # her own: editable


def test_the_command_line_obeys_the_same_rule(
    team: tuple[Phrasebook, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    _, agent_path = team
    db = ["--db", str(agent_path)]
    assert main.main([*db, "edit", "fhsj", "--text", "宝，今天拍明天发"]) == 0
    out, err = capsys.readouterr()
    assert "saved as your wording of team phrase" in out
    assert "the team's text is unchanged" in err
    assert main.main([*db, "show", "fhsj", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert (shown["text"], shown["has_variant"]) == ("宝，今天拍明天发", True)
    with Phrasebook.open(agent_path) as agent:
        assert agent.find("fhsj").text == TEAM_TEXT

    assert main.main([*db, "edit", "fhsj", "--title", "我的标题"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "only a supervisor changes its title" in err and "notebook promote" in err
    assert main.main([*db, "rm", "fhsj"]) == 1
    assert "only a supervisor can delete" in capsys.readouterr().err
    assert main.main([*db, "add", "宝，我自己的话术"]) == 0  # the same rule as the app's 新建话术
    new_id = capsys.readouterr().out.strip()
    with Phrasebook.open(agent_path) as agent:
        assert agent.get(new_id).scope == agent.default_scope == "personal"
