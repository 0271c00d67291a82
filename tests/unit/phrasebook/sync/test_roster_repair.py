"""A junk, missing or older team.json is written back by the owner's next sync, so invitations
and joins work again; members who cannot sign one keep theirs and say plainly what is wrong."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from phrasebook import Phrasebook


def junk(path: Path) -> None:
    path.write_text('{"team": 1, 完全不是 JSON')


def missing(path: Path) -> None:
    path.unlink()


def not_a_team_file(path: Path) -> None:
    path.write_text("[1, 2, 3]")


@pytest.mark.parametrize("damage", [junk, missing, not_a_team_file])
def test_the_owners_sync_rewrites_a_broken_team_file(
    supervisor: Phrasebook,
    make_agent: Callable[[str], Phrasebook],
    team_dir: Path,
    damage: Callable[[Path], None],
) -> None:
    agent = make_agent("小美")
    supervisor.sync.sync()
    good = json.loads((team_dir / "team.json").read_text())
    damage(team_dir / "team.json")
    (told,) = agent.sync.sync().warnings
    assert "newer QuickReply" not in told and "ignored; ignored" not in told
    assert "keeping the roster verified last" in told
    (fixed,) = supervisor.sync.sync().warnings
    assert "rewrote it" in fixed and "newer QuickReply" not in fixed
    assert json.loads((team_dir / "team.json").read_text()) == good
    assert agent.sync.sync().warnings == []
    joined = make_agent("小强")  # invite and join work again
    assert "小强" in {m.name for m in joined.sync.members()}


def test_an_older_team_file_is_rewritten_and_a_forged_one_warned_about_once(
    supervisor: Phrasebook, make_agent: Callable[[str], Phrasebook], team_dir: Path
) -> None:
    old = (team_dir / "team.json").read_text()
    agent = make_agent("小美")
    agent.sync.sync()
    (team_dir / "team.json").write_text(old)  # a cloud drive brought back an older copy
    assert "an older roster" in agent.sync.sync().warnings[0]
    (fixed,) = supervisor.sync.sync().warnings
    assert "an older roster" in fixed and "rewrote it" in fixed
    assert [m.name for m in agent.sync.members() if m.role == "agent"] == ["小美"]
    forged = json.loads(old) | {"version": 99}
    (team_dir / "team.json").write_text(json.dumps(forged))
    (told,) = agent.sync.sync().warnings
    assert told.count("ignored") == 1 and "not signed by the team's owner" in told
