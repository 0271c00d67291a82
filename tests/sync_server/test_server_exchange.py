"""Team create/invite/join/sync through a real server: tokens, roles, moving a folder team."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from server_process import ServerProcess

from phrasebook import Phrasebook
from phrasebook.cli.main import main
from phrasebook.sync import merge
from phrasebook.sync.server_client import ServerError, ServerTransport
from phrasebook.sync.team import TeamError


def texts(book: Phrasebook) -> dict[str, str]:
    return {p.id: p.text for p in book.phrases(scope="team")}


def test_an_agent_gets_the_team_book_and_later_edits(
    supervisor: Phrasebook, make_member: Callable[..., Phrasebook]
) -> None:
    agent = make_member("小美")
    assert agent.sync.sync().received > 0
    assert texts(agent) == texts(supervisor)
    phrase = supervisor.phrases(scope="team")[0]
    supervisor.update(phrase.id, text="亲，今天下单今天发货哦")
    supervisor.sync.sync()
    assert agent.sync.sync().received > 0
    assert texts(agent)[phrase.id] == "亲，今天下单今天发货哦"
    again = agent.sync.sync()
    assert (again.sent, again.received) == (0, 0)
    assert merge.state_hash(agent.db.conn) == merge.state_hash(supervisor.db.conn)


def test_an_agents_team_edit_stays_local_and_a_second_supervisor_publishes(
    supervisor: Phrasebook, make_member: Callable[..., Phrasebook]
) -> None:
    agent, deputy = make_member("小美"), make_member("副店长", "supervisor")
    agent.sync.sync()
    deputy.sync.sync()
    phrase = agent.phrases(scope="team")[0]
    agent.update(phrase.id, text="代理改的")
    deputy.add("亲，已为您备注", title="备注", group="售后")
    assert agent.sync.sync().sent == 0  # agents do not publish team changes
    assert deputy.sync.sync().sent > 0
    supervisor.sync.sync()
    assert "亲，已为您备注" in texts(supervisor).values()
    assert "代理改的" not in texts(supervisor).values()


def test_a_join_code_works_once(
    tmp_path: Path, supervisor: Phrasebook, make_member: Callable[..., Phrasebook]
) -> None:
    code = supervisor.sync.invite("agent", "小美")
    with Phrasebook.open(tmp_path / "a.db") as first, Phrasebook.open(tmp_path / "b.db") as second:
        first.sync.join(code)
        with pytest.raises(ServerError, match="used already|unknown access token"):
            second.sync.join(code)
        assert second.sync.team is None


def test_tokens_are_stored_only_as_hashes(
    supervisor: Phrasebook, make_member: Callable[..., Phrasebook], store_url: str
) -> None:
    agent = make_member("小美")
    if store_url.startswith("postgres"):
        pytest.skip("inspected through the SQLite file; PostgreSQL stores the same rows")
    tokens = [supervisor.sync.team["token"], agent.sync.team["token"]]  # type: ignore[index]
    with sqlite3.connect(store_url) as db:
        stored = [r[0] for r in db.execute("SELECT hash FROM tokens")]
    assert stored and not set(tokens) & set(stored)
    assert all(len(h) == 64 for h in stored)


def test_roles_and_tokens_are_enforced(
    supervisor: Phrasebook, make_member: Callable[..., Phrasebook], server: ServerProcess
) -> None:
    agent = make_member("小美")
    team_id, roster = agent.sync.team["team"], supervisor.sync._roster()  # type: ignore[index]
    stranger = ServerTransport(server.url, team_id, "qrt_not-a-token")
    with pytest.raises(ServerError, match="unknown access token") as caught:
        stranger.read_roster()
    assert caught.value.status == 401
    nobody = ServerTransport(server.url, team_id)
    with pytest.raises(ServerError, match="no access token"):
        nobody.read_certificates()
    as_agent = ServerTransport(server.url, team_id, agent.sync.team["token"])  # type: ignore[index]
    with pytest.raises(ServerError, match="only the team's owner") as caught:
        as_agent.write_roster(roster)
    assert caught.value.status == 403
    with pytest.raises(ServerError, match="may only publish its own ops"):
        as_agent.publish(supervisor.sync.device_key.id, 1, 1, b"x")
    other_team = ServerTransport(server.url, "00000000-0000-4000-8000-000000000000",
                                 agent.sync.team["token"])  # type: ignore[index]  # fmt: skip
    with pytest.raises(ServerError, match="unknown access token"):
        other_team.read_roster()
    assert "refused" in server.log()


def test_a_member_proves_its_key_for_a_new_token(
    supervisor: Phrasebook, make_member: Callable[..., Phrasebook], server: ServerProcess
) -> None:
    agent = make_member("小美")
    client = ServerTransport(server.url, agent.sync.team["team"])  # type: ignore[index]
    token = client.request_token(agent.sync.device_key)
    assert token.startswith("qrt_") and client.read_roster()["team"] == client.team
    from phrasebook.sync.keys import SigningKey

    with pytest.raises(ServerError, match="not a member"):
        ServerTransport(server.url, client.team).request_token(SigningKey.generate())


def test_moving_a_folder_team_to_the_server_uploads_its_ops(
    tmp_path: Path, server: ServerProcess
) -> None:
    folder = tmp_path / "team"
    with Phrasebook.open(tmp_path / "boss.db") as boss, Phrasebook.open(tmp_path / "a.db") as a:
        boss.add("亲，今天下单明天发货哦", title="发货时间", group="售前/物流")
        boss.sync.create_team("小熊旗舰店", folder=folder)
        boss.sync.sync()
        a.sync.join(boss.sync.invite("agent", "小美"), folder=folder)
        a.sync.sync()
        boss.add("亲，搬家之前写的", title="搬家", group="售后")
        moved = boss.sync.sync(server=server.url, admin_token=server.admin_token)
        assert moved.sent > 0 and boss.sync.team["server"] == server.url  # type: ignore[index]
        assert a.sync.sync(server=server.url).received > 0
        assert texts(a) == texts(boss)
        assert "folder" not in a.sync.team  # type: ignore[operator]


def test_the_command_line_with_a_server(
    tmp_path: Path, server: ServerProcess, capsys: pytest.CaptureFixture[str]
) -> None:
    boss, agent = str(tmp_path / "boss.db"), str(tmp_path / "agent.db")
    create = ["--db", boss, "team", "create", "小熊旗舰店", "--server", server.url]
    assert main([*create, "--admin-token", server.admin_token]) == 0
    assert main(["--db", boss, "team", "invite", "--name", "小美"]) == 0
    lines = capsys.readouterr()
    code = lines.out.strip().splitlines()[-1]
    assert "--server URL" in lines.err
    assert main(["--db", agent, "team", "join", code]) == 0  # the code says where the server is
    assert main(["--db", agent, "sync", "--json"]) == 0
    printed = capsys.readouterr().out
    summary = json.loads(printed[printed.index("{") :])
    assert summary["quarantined"] == 0


def test_an_unreachable_server_is_one_clear_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = [
        "--db",
        str(tmp_path / "x.db"),
        "team",
        "create",
        "店",
        "--server",
        "http://127.0.0.1:9",
    ]
    assert main(args) == 1
    err = capsys.readouterr().err
    assert "cannot reach the sync server" in err and "Traceback" not in err
    with Phrasebook.open(tmp_path / "x.db") as book:
        assert book.sync.team is None


def test_joining_needs_a_team_code(tmp_path: Path) -> None:
    with Phrasebook.open(tmp_path / "x.db") as book, pytest.raises(TeamError):
        book.sync.join("QR1-zzz", server="http://127.0.0.1:9")
