"""Reply pictures through a real sync server: a team phrase's picture arrives byte for byte,
sent once; the server refuses tampered, oversized and unauthorised uploads with a clear reason;
a tampered copy served anyway is quarantined by the receiver, never used."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from server_process import ServerProcess
from test_server_guard import request

from phrasebook import Phrasebook
from phrasebook.image_check import MAX_IMAGE_BYTES, image_hash
from phrasebook.sync.server_client import ServerError, ServerTransport


def png(color: str = "red", size: tuple[int, int] = (40, 30)) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, "PNG")
    return buffer.getvalue()


def client(book: Phrasebook, url: str) -> ServerTransport:
    team = book.sync.team
    assert team is not None
    return ServerTransport(url, team["team"], team["token"])


def refused(server: ServerProcess, call: Callable[[], object], status: int, reason: str) -> None:
    with pytest.raises(ServerError) as caught:
        call()
    assert caught.value.status == status, caught.value
    assert reason in str(caught.value)
    assert reason in server.log(), server.log()[-2000:]


def test_a_team_picture_reaches_another_device_byte_for_byte(
    supervisor: Phrasebook,
    make_member: Callable[..., Phrasebook],
    server: ServerProcess,
    tmp_path: Path,
) -> None:
    chart = tmp_path / "尺码表.png"
    chart.write_bytes(png("red"))
    personal = tmp_path / "私人.png"
    personal.write_bytes(png("blue"))
    phrase = supervisor.add("亲，尺码表请看图", images=[chart], scope="team")
    supervisor.add("只给自己看", images=[personal], scope="personal")
    agent = make_member("小美")
    first = supervisor.sync.sync()
    assert first.pictures_sent == 1, first.problems
    assert supervisor.sync.sync().pictures_sent == 0  # sent once
    got = agent.sync.sync()
    assert got.pictures_received == 1 and not got.problems, got.problems
    assert agent.get(phrase.id).images == phrase.images
    assert agent.image_bytes(phrase.images[0].hash) == chart.read_bytes()
    assert agent.sync.sync().pictures_received == 0
    # the personal picture never left the supervisor's device
    assert not client(agent, server.url).has_blob(image_hash(personal.read_bytes()))


def test_tampered_and_oversized_uploads_are_refused(
    supervisor: Phrasebook, server: ServerProcess
) -> None:
    me = client(supervisor, server.url)
    good = png("green")
    name = image_hash(good)
    refused(server, lambda: me.publish_blob(name, good[:-1] + b"x"), 422, "do not hash")
    big = b"\x89PNG" + bytes(MAX_IMAGE_BYTES)
    with pytest.raises(ServerError) as caught:  # refused unread: the socket may close first
        me.publish_blob(image_hash(big), big)
    assert caught.value.status == 413 or "cannot reach" in str(caught.value)
    assert "larger than" in server.log()
    status, reply = request(server, "PUT", me._team("/blobs/" + "AB" * 32), good, me.token)
    assert status == 400 and "not a picture hash" in str(reply["error"])
    assert me.fetch_blob(name, MAX_IMAGE_BYTES) is None and not me.has_blob(name)
    me.publish_blob(name, good)
    me.publish_blob(name, good)  # again: a no-op
    assert me.has_blob(name) and me.fetch_blob(name, MAX_IMAGE_BYTES) == good


def test_agents_and_strangers_may_not_upload(
    supervisor: Phrasebook, make_member: Callable[..., Phrasebook], server: ServerProcess
) -> None:
    agent = make_member("小美")
    data = png("yellow")
    name = image_hash(data)
    refused(server, lambda: client(agent, server.url).publish_blob(name, data), 403, "agent")
    team = supervisor.sync.team["team"]  # type: ignore[index]
    stranger = ServerTransport(server.url, team, "qrt_made_up")
    refused(server, lambda: stranger.publish_blob(name, data), 401, "unknown access token")
    refused(server, lambda: stranger.fetch_blob(name, MAX_IMAGE_BYTES), 401, "unknown access")
    assert not client(supervisor, server.url).has_blob(name)


def test_the_team_picture_quota_is_kept(tmp_path: Path) -> None:
    process = ServerProcess(
        str(tmp_path / "teams.db"), tmp_path, extra=("--team-pictures-mb", "1")
    ).start()
    try:
        with Phrasebook.open(tmp_path / "boss.db") as boss:
            boss.sync.create_team(
                "店", server=process.url, member_name="店长", admin_token=process.admin_token
            )
            me = client(boss, process.url)
            noise = bytes(range(256)) * 2048  # 512 KB: the server checks hashes, not pixels
            me.publish_blob(image_hash(noise), noise)
            more = noise[::-1] + b"!"
            refused(process, lambda: me.publish_blob(image_hash(more), more), 413, "quota")
    finally:
        process.stop()


def test_a_tampered_copy_on_the_server_is_quarantined(
    supervisor: Phrasebook,
    make_member: Callable[..., Phrasebook],
    server: ServerProcess,
    store_url: str,
    tmp_path: Path,
) -> None:
    if not store_url.endswith(".db"):
        pytest.skip("the tampering goes straight to the SQLite file")
    import sqlite3

    chart = tmp_path / "图.png"
    chart.write_bytes(png("red"))
    phrase = supervisor.add("看图", images=[chart], scope="team")
    supervisor.sync.sync()
    digest = phrase.images[0].hash
    with sqlite3.connect(store_url) as db:
        db.execute("UPDATE blobs SET data = ? WHERE hash = ?", [png("black"), digest])
    agent = make_member("小美")
    got = agent.sync.sync()
    assert got.pictures_received == 0 and got.quarantined == 1
    assert any("do not match its name" in p for p in got.problems), got.problems
    assert agent.db.execute("SELECT 1 FROM images WHERE hash = ?", [digest]).fetchone() is None
    assert agent.get(phrase.id).text == "看图"
