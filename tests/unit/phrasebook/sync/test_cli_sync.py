"""`phrasebook team create|invite|join|members` and `phrasebook sync --json`, end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from phrasebook import Phrasebook
from phrasebook.cli.main import main


def test_a_team_through_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    boss, agent, folder = tmp_path / "boss.db", tmp_path / "agent.db", tmp_path / "team"
    assert main(["--db", str(boss), "team", "create", "小熊旗舰店", "--folder", str(folder)]) == 0
    assert "created" in capsys.readouterr().out
    assert main(["--db", str(boss), "team", "invite", "--name", "小美"]) == 0
    code = capsys.readouterr().out.strip()
    assert code.startswith("QR1-")
    assert main(["--db", str(agent), "team", "join", code, "--folder", str(folder)]) == 0
    assert "joined team '小熊旗舰店'" in capsys.readouterr().out
    assert main(["--db", str(agent), "team", "members", "--json"]) == 0
    members = json.loads(capsys.readouterr().out)
    assert sorted(m["role"] for m in members) == ["agent", "supervisor"]
    assert main(["--db", str(agent), "sync", "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert {"sent", "received", "conflicts", "quarantined"} <= set(summary)
    with Phrasebook.open(boss) as b, Phrasebook.open(agent) as a:
        assert {p.id for p in a.phrases(scope="team")} == {p.id for p in b.phrases(scope="team")}


def test_sync_outside_a_team_is_one_clear_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(tmp_path / "x.db"), "sync"]) == 1
    assert "not in a team" in capsys.readouterr().err


def test_a_bad_join_code_is_one_clear_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--db", str(tmp_path / "x.db"), "team", "join", "QR1-zzz", "--folder", str(tmp_path)]
    assert main(args) == 1
    assert "damaged" in capsys.readouterr().err


def test_sync_json_prints_json_when_the_round_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    boss, folder = str(tmp_path / "boss.db"), tmp_path / "team"
    assert main(["--db", boss, "team", "create", "小熊", "--folder", str(folder)]) == 0
    capsys.readouterr()
    assert main(["--db", boss, "sync", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["ok"] is True
    folder.rename(tmp_path / "gone")
    assert main(["--db", boss, "sync", "--json"]) == 1
    captured = capsys.readouterr()
    failed = json.loads(captured.out)
    assert failed["ok"] is False and failed["error"] in captured.err
    assert main(["--db", str(tmp_path / "x.db"), "sync", "--json"]) == 1
    assert "not in a team" in json.loads(capsys.readouterr().out)["error"]
