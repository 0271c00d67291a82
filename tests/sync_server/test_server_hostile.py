"""Hostile requests to a real server are refused whole, with a log line; nothing partial stored."""

from __future__ import annotations

import gzip
import http.client
import json
import time
from collections.abc import Callable
from urllib.parse import urlsplit

import pytest
from server_process import ServerProcess

from phrasebook import Phrasebook
from phrasebook.sync import merge
from phrasebook.sync.changelog import ChangeLog, Edit
from phrasebook.sync.keys import SigningKey
from phrasebook.sync.ops import Op
from phrasebook.sync.server_client import ServerError, ServerTransport
from phrasebook.sync.signed_segments import MAX_COMPRESSED, encode


@pytest.fixture
def agent(make_member: Callable[..., Phrasebook]) -> Phrasebook:
    joined = make_member("小美")
    joined.sync.sync()
    return joined


def client(book: Phrasebook, url: str) -> ServerTransport:
    team = book.sync.team
    assert team is not None
    return ServerTransport(url, team["team"], team["token"])


def proposal_ops(book: Phrasebook, count: int) -> list[Op]:
    key = book.sync.device_key.id
    edits = [Edit("proposal", f"{key}:{n}", "text", json.dumps(f"提议{n}")) for n in range(count)]
    with book.store.write():
        return ChangeLog(book.db.conn, key).record(book.store.clock, edits)


def refused(server: ServerProcess, call: Callable[[], object], status: int, reason: str) -> None:
    with pytest.raises(ServerError) as caught:
        call()
    assert caught.value.status == status, caught.value
    assert reason in str(caught.value)
    assert reason in server.log(), server.log()[-2000:]


def stored(book: Phrasebook, url: str) -> int:
    return client(book, url).published(book.sync.device_key.id)


def test_broken_and_forged_segments_are_refused(
    agent: Phrasebook, supervisor: Phrasebook, server: ServerProcess
) -> None:
    me, team = client(agent, server.url), agent.sync.team["team"]  # type: ignore[index]
    key = agent.sync.device_key
    ops = proposal_ops(agent, 3)
    good = encode(team, key, ops)
    node = key.id
    refused(server, lambda: me.publish(node, 1, 3, b"not gzip"), 422, "not a complete gzip")
    refused(server, lambda: me.publish(node, 1, 3, good[:-9]), 422, "not a complete gzip")
    forged = encode(team, SigningKey.generate(), ops)  # someone else's key, our node's name
    refused(server, lambda: me.publish(node, 1, 3, forged), 422, "segment refused")
    refused(server, lambda: me.publish(node, 1, 2, good), 422, "does not match its signed header")
    wrong_team = encode("00000000-0000-4000-8000-000000000000", key, ops)
    refused(server, lambda: me.publish(node, 1, 3, wrong_team), 422, "belongs to another team")
    raw = gzip.decompress(good).replace(b'"text"', b'"note"', 1)
    refused(server, lambda: me.publish(node, 1, 3, gzip.compress(raw)), 422, "torn or tampered")
    assert stored(agent, server.url) == 0
    me.publish(node, 1, 3, good)
    me.publish(node, 1, 3, good)  # a replay of the same segment changes nothing
    assert stored(agent, server.url) == 3
    assert supervisor.sync.sync().received == 3
    assert supervisor.sync.sync().received == 0


def test_an_agent_cannot_publish_team_changes(
    agent: Phrasebook, supervisor: Phrasebook, server: ServerProcess
) -> None:
    me, key = client(agent, server.url), agent.sync.device_key
    phrase = agent.phrases(scope="team")[0]
    with agent.store.write():
        edit = Edit("phrase", phrase.id, "text", json.dumps("代理偷偷改的"))
        ops = ChangeLog(agent.db.conn, key.id).record(agent.store.clock, [edit])
    data = encode(agent.sync.team["team"], key, ops)  # type: ignore[index]
    refused(server, lambda: me.publish(key.id, 1, 1, data), 422, "may not change team phrases")
    before = merge.state_hash(supervisor.db.conn)
    supervisor.sync.sync()
    assert merge.state_hash(supervisor.db.conn) == before


def test_an_oversized_body_is_refused_before_it_is_read(
    agent: Phrasebook, server: ServerProcess
) -> None:
    me, node = client(agent, server.url), agent.sync.device_key.id
    huge = b"\0" * (MAX_COMPRESSED + 1)
    with pytest.raises(ServerError) as caught:
        me.publish(node, 1, 1, huge)
    assert caught.value.status == 413 or "cannot reach" in str(caught.value)
    assert "larger than" in server.log()
    assert stored(agent, server.url) == 0


def test_traversing_and_malformed_paths_are_refused(
    agent: Phrasebook, server: ServerProcess
) -> None:
    token = agent.sync.team["token"]  # type: ignore[index]
    parts = urlsplit(server.url)
    for path in (
        "/v1/teams/../../../etc/passwd",
        "/v1/teams/..%2F..%2Fetc/roster",
        f"/v1/teams/{agent.sync.team['team']}/ops/..%2F..%2Fx/1-2",  # type: ignore[index]
        "/v1/teams/%00/ops?after=-1",
    ):
        conn = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=5)
        conn.request("POST" if "1-2" in path else "GET", path, b"x",
                     {"Authorization": f"Bearer {token}"})  # fmt: skip
        reply = conn.getresponse()
        assert reply.status in (400, 404), (path, reply.status)
        assert "error" in json.loads(reply.read())
        conn.close()
    assert server.log().count("refused") >= 4


def test_a_replayed_or_stale_token_request_is_refused(
    agent: Phrasebook, server: ServerProcess
) -> None:
    team = agent.sync.team["team"]  # type: ignore[index]
    key = agent.sync.device_key
    proof = key.signed({"team": team, "key": key.id, "at": 1_700_000_000_000, "nonce": "n"})
    body = json.dumps({"proof": proof}).encode()
    me = ServerTransport(server.url, team)
    refused(server, lambda: me._call("POST", me._team("/token"), raw=body), 400, "stale")
    fresh = key.signed({"team": team, "key": key.id, "at": int(time.time() * 1000), "nonce": "m"})
    body = json.dumps({"proof": fresh}).encode()
    assert me._call("POST", me._team("/token"), raw=body)["token"]
    refused(server, lambda: me._call("POST", me._team("/token"), raw=body), 403, "replayed")


def test_a_bad_cursor_is_refused(agent: Phrasebook, server: ServerProcess) -> None:
    me = client(agent, server.url)
    refused(server, lambda: me._call("GET", me._team("/ops?after=-5")), 400, "cursor number")
