"""The server is closed to strangers: team creation needs the operator's token, malformed bodies
get a 4xx with a reason (never a 500), floods are bounded, slow bodies time out, and clients back
off and retry when told to. All through a real `phrasebook serve` on loopback."""

from __future__ import annotations

import http.client
import json
import socket
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from server_process import ServerProcess

from phrasebook import Phrasebook
from phrasebook.cli.main import main
from phrasebook.sync import merge, team
from phrasebook.sync.keys import SigningKey
from phrasebook.sync.server_client import ServerError, ServerTransport, _proof


def request(
    server: ServerProcess, method: str, path: str, body: bytes, token: str = ""
) -> tuple[int, dict[str, object]]:
    parts = urlsplit(server.url)
    conn = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=10)
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    try:
        conn.request(method, path, body, headers)
        reply = conn.getresponse()
        return reply.status, json.loads(reply.read() or b"{}")
    finally:
        conn.close()


def new_team_body(**changes: object) -> bytes:
    owner = SigningKey.generate()
    roster = owner.signed({**team.new_roster("店", owner, "店长"), **changes})
    return json.dumps({"roster": roster, "proof": _proof(roster["team"], owner)}).encode()


def test_creating_a_team_needs_the_admin_token(tmp_path: Path, server: ServerProcess) -> None:
    with Phrasebook.open(tmp_path / "boss.db") as boss:
        for wrong in ("", "qrt_guess"):
            with pytest.raises(ServerError, match="admin token") as caught:
                boss.sync.create_team("店", server=server.url, admin_token=wrong)
            assert caught.value.status == 401
        assert boss.sync.team is None
    boss_db = str(tmp_path / "boss.db")
    create = ["--db", boss_db, "team", "create", "店", "--server", server.url]
    assert main([*create, "--admin-token", server.admin_token]) == 0
    with Phrasebook.open(boss_db) as boss:
        assert boss.sync.team and boss.sync.team["server"] == server.url


def test_without_a_token_the_server_makes_one_and_prints_it_once(tmp_path: Path) -> None:
    process = ServerProcess(str(tmp_path / "teams.db"), tmp_path)
    process.admin_token = ""
    process.start()
    try:
        lines = [line for line in process.log().splitlines() if "admin token" in line]
        (line,) = lines
        token = line.rsplit(" ", 1)[-1]
        process.restart()  # the stored token stays; it is not printed again
        assert sum("admin token" in line for line in process.log().splitlines()) == 1
        with Phrasebook.open(tmp_path / "boss.db") as boss:
            boss.add("亲，今天下单明天发货哦", title="发货时间", group="售前")
            boss.sync.create_team("店", server=process.url, admin_token=token)
            assert boss.sync.sync().sent > 0
    finally:
        process.stop()


def test_malformed_bodies_get_a_4xx_with_a_reason_never_a_500(
    server: ServerProcess, supervisor: Phrasebook
) -> None:
    admin = server.admin_token
    config = supervisor.sync.team
    assert config is not None
    owner_token, team_path = config["token"], f"/v1/teams/{config['team']}"
    signed = json.loads(json.dumps(supervisor.sync._roster()))
    key = supervisor.sync.device_key
    bad_version = key.signed({**signed, "version": "abc"})
    no_invites = key.signed({**signed, "version": signed["version"] + 1, "invites": []})
    invite = SigningKey.generate()
    cert = invite.signed({"team": config["team"], "public": key.public, "name": "x",
                          "invite": [invite.id]})  # fmt: skip
    cases = [
        ("POST", "/v1/teams", b'{"roster":[1,2]}', admin),
        ("POST", "/v1/teams", b'{"roster":"team"}', admin),
        ("POST", "/v1/teams", b"NaN", admin),
        ("POST", "/v1/teams", b'{"roster": NaN}', admin),
        ("POST", "/v1/teams", b"[" * 100_000 + b"]" * 100_000, admin),
        ("POST", "/v1/teams", b"\xff\xfe not utf-8", admin),
        ("POST", "/v1/teams", new_team_body(version="abc"), admin),
        ("POST", "/v1/teams", new_team_body(invites=[]), admin),
        ("PUT", team_path + "/roster", json.dumps({"roster": bad_version}).encode(), owner_token),
        ("PUT", team_path + "/roster", json.dumps({"roster": no_invites}).encode(), owner_token),
        ("POST", team_path + "/members", json.dumps({"certificate": cert}).encode(), owner_token),
        ("POST", team_path + "/members", b'{"certificate": {"invite": {}}}', owner_token),
        ("POST", team_path + "/token", b'{"proof": [1]}', ""),
        ("POST", team_path + "/token", b"{}", ""),
    ]
    for method, path, body, token in cases:
        status, reply = request(server, method, path, body, token)
        assert status in (400, 409, 422), (body[:60], status, reply)
        assert reply.get("error"), (body[:60], reply)
    log = server.log()
    assert "Traceback" not in log and "Exception" not in log
    assert supervisor.sync.sync().warnings == []  # the roster was not replaced
    assert supervisor.sync.members()[0].role == "supervisor"


def test_a_flood_of_team_creations_is_bounded(tmp_path: Path) -> None:
    process = ServerProcess(
        str(tmp_path / "teams.db"), tmp_path, extra=("--rate", "5", "--burst", "20",
                                                    "--max-teams", "2"),
    ).start()  # fmt: skip
    try:
        statuses = [request(process, "POST", "/v1/teams", new_team_body())[0] for _ in range(60)]
        assert set(statuses) == {401, 429}, statuses  # strangers: refused, then slowed down
        assert statuses[:20] == [401] * 20
        made = [
            request(process, "POST", "/v1/teams", new_team_body(), process.admin_token)[0]
            for _ in range(3)
        ]
        assert made[:2] == [201, 201] and made[2] in (403, 429)
        size = sum(p.stat().st_size for p in tmp_path.glob("teams.db*"))
        assert size < 2 * 1024 * 1024
    finally:
        process.stop()


def test_a_slow_body_times_out(tmp_path: Path) -> None:
    process = ServerProcess(
        str(tmp_path / "teams.db"), tmp_path, extra=("--body-timeout", "1")
    ).start()
    try:
        parts = urlsplit(process.url)
        with socket.create_connection((parts.hostname, parts.port), timeout=15) as sock:
            auth = b"Authorization: Bearer " + process.admin_token.encode()
            sock.sendall(b"POST /v1/teams HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n"
                         + auth + b"\r\n\r\n{")  # fmt: skip
            reply = sock.recv(4096)
        assert reply.startswith(b"HTTP/1.1 408"), reply[:100]
        assert "did not arrive within 1 s" in process.log()
    finally:
        process.stop()


def test_clients_back_off_and_retry_when_rate_limited(tmp_path: Path) -> None:
    process = ServerProcess(
        str(tmp_path / "limited.db"), tmp_path, extra=("--rate", "4", "--burst", "3")
    ).start()
    try:
        with Phrasebook.open(tmp_path / "boss.db") as boss:
            boss.add("亲，今天下单明天发货哦", title="发货时间", group="售前")
            boss.sync.create_team("店", server=process.url, admin_token=process.admin_token)
            for _ in range(4):  # each round makes several requests: over the burst
                boss.sync.sync()  # 429s are waited out, not failures
            config = boss.sync.team
            assert config is not None
            me = ServerTransport(process.url, config["team"], config["token"])
            assert [me.read_roster()["version"] for _ in range(6)] == [1] * 6
        assert "over its request rate" in process.log()
    finally:
        process.stop()


def test_edits_after_a_restore_reach_the_team_through_the_server(
    supervisor: Phrasebook, make_member: object
) -> None:
    agent = make_member("小美")  # type: ignore[operator]
    agent.sync.sync()
    backup = supervisor.backup()
    (fhsj,) = supervisor.by_code("fhsj")
    supervisor.update(fhsj.id, text="亲，编辑二")
    supervisor.sync.sync()
    agent.sync.sync()
    supervisor.restore(backup)
    (th,) = supervisor.by_code("th")
    supervisor.update(th.id, text="亲，编辑三")
    assert supervisor.sync.sync().pending == 0
    agent.sync.sync()
    supervisor.sync.sync()
    for book in (agent, supervisor):
        assert {p.code: p.text for p in book.phrases(scope="team")} == {
            "fhsj": "亲，编辑二",
            "th": "亲，编辑三",
        }
    assert merge.state_hash(agent.db.conn) == merge.state_hash(supervisor.db.conn)


def test_moving_a_restored_team_uploads_every_epoch(tmp_path: Path, server: ServerProcess) -> None:
    folder = tmp_path / "team"
    with Phrasebook.open(tmp_path / "boss.db") as boss:
        boss.add("亲，今天下单明天发货哦", title="发货时间", group="售前", code="fhsj")
        boss.add("亲，支持七天无理由退换", title="退换", group="售后", code="th")
        boss.sync.create_team("小熊旗舰店", folder=folder)
        boss.sync.sync()
        backup = boss.backup()
        (fhsj,) = boss.by_code("fhsj")
        boss.update(fhsj.id, text="亲，编辑二")
        boss.sync.sync()
        boss.restore(backup)
        (th,) = boss.by_code("th")
        boss.update(th.id, text="亲，编辑三")
        assert boss.sync.sync().epoch >= 1
        boss.sync.sync(server=server.url, admin_token=server.admin_token)
        code = boss.sync.invite("agent", "小新")
    with Phrasebook.open(tmp_path / "new.db") as newcomer:
        newcomer.sync.join(code)
        newcomer.sync.sync()
        texts = {p.code: p.text for p in newcomer.phrases(scope="team")}
        assert texts == {"fhsj": "亲，编辑二", "th": "亲，编辑三"}
