"""A folder join code works once: a second join is refused, and a certificate a stranger writes
with a used code is ignored by every member, the same way everywhere."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from phrasebook import Phrasebook
from phrasebook.cli.main import main
from phrasebook.sync import team
from phrasebook.sync.keys import SigningKey
from phrasebook.sync.team import TeamError


def test_a_used_supervisor_code_lets_no_stranger_in(
    supervisor: Phrasebook, tmp_path: Path, team_dir: Path
) -> None:
    supervisor.sync.sync()
    code = supervisor.sync.invite("supervisor", "副店长")
    with Phrasebook.open(tmp_path / "deputy.db") as deputy:
        deputy.sync.join(code, folder=team_dir, member_name="副店长")
        deputy.sync.sync()
        with (
            Phrasebook.open(tmp_path / "stranger.db") as stranger,
            pytest.raises(TeamError, match="already used"),
        ):
            stranger.sync.join(code, folder=team_dir, member_name="s2")
        # A stranger who writes a certificate with the used code by hand: it came later.
        payload = team.read_join_code(code)
        invite = SigningKey.from_secret(payload["invite"])
        evil = SigningKey.generate()
        later = team.member_certificate(
            payload["team"], evil, invite, "s2", int(time.time() * 1000)
        )
        (team_dir / "members" / f"{evil.id}.json").write_text(json.dumps(later))
        for book in (supervisor, deputy):
            book.sync.sync()
            names = sorted((m.name, m.role) for m in book.sync.members())
            assert names == [("副店长", "supervisor"), ("店长", "supervisor")]


def test_of_two_certificates_for_one_invitation_every_member_keeps_the_same() -> None:
    owner, invite = SigningKey.generate(), None
    roster = team.new_roster("小熊", owner, "店长")
    roster, invite = team.add_invite(roster, owner, "agent", "小美")
    first, second = SigningKey.generate(), SigningKey.generate()
    certs = [
        team.member_certificate(roster["team"], second, invite, "b", 2_000),
        team.member_certificate(roster["team"], first, invite, "a", 1_000),
    ]
    for order in (certs, certs[::-1]):
        assert set(team.members(roster, order)) == {team.key_id(owner.public), first.id}
    tie = [team.member_certificate(roster["team"], k, invite, "x", 5) for k in (first, second)]
    winner = min(first.id, second.id)
    assert set(team.members(roster, tie)) == set(team.members(roster, tie[::-1]))
    assert winner in team.members(roster, tie)


def test_the_owner_removes_a_member_through_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    boss, other, folder = str(tmp_path / "boss.db"), str(tmp_path / "s2.db"), tmp_path / "team"
    assert (
        main(["--db", boss, "team", "create", "小熊", "--folder", str(folder), "--as", "店长"]) == 0
    )
    assert main(["--db", boss, "team", "invite", "--role", "supervisor", "--name", "s2"]) == 0
    code = capsys.readouterr().out.strip().splitlines()[-1]
    assert main(["--db", other, "team", "join", code, "--folder", str(folder), "--as", "s2"]) == 0
    capsys.readouterr()
    assert main(["--db", boss, "team", "remove", "s2"]) == 0
    capsys.readouterr()
    assert main(["--db", other, "team", "members", "--json"]) == 0
    assert [m["name"] for m in json.loads(capsys.readouterr().out)] == ["店长"]
    assert main(["--db", boss, "team", "remove", "s2"]) == 1
    assert "no member or invitation called 's2'" in capsys.readouterr().err
