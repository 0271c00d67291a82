"""Reply pictures between devices through a team folder: content-addressed files sent once,
verified by hash and Pillow on receipt, a tampered one refused, a late one picked up later,
and personal pictures never leaving the device."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from phrasebook import Phrasebook, RoleError

MakePng = Callable[..., bytes]


def blob_files(team_dir: Path) -> set[str]:
    folder = team_dir / "blobs"
    return {p.name for p in folder.iterdir()} if folder.is_dir() else set()


def picture(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_a_team_picture_reaches_the_agent_once(
    supervisor: Phrasebook,
    make_agent: Callable[[str], Phrasebook],
    team_dir: Path,
    tmp_path: Path,
    make_png: MakePng,
) -> None:
    chart = picture(tmp_path, "尺码表.png", make_png("red", (40, 30)))
    phrase = supervisor.add("亲，尺码表请看图", images=[chart], scope="team")
    agent = make_agent("小美")
    first = supervisor.sync.sync()
    assert first.pictures_sent == 1
    assert blob_files(team_dir) == {phrase.images[0].hash}
    assert supervisor.sync.sync().pictures_sent == 0  # sent once
    got = agent.sync.sync()
    assert got.pictures_received == 1 and not got.problems
    assert agent.get(phrase.id).images == phrase.images
    assert agent.image_bytes(phrase.images[0].hash) == chart.read_bytes()
    assert [h.phrase.id for h in agent.search("尺码表")][:1] == [phrase.id]


def test_reorder_and_removal_travel(
    supervisor: Phrasebook,
    make_agent: Callable[[str], Phrasebook],
    tmp_path: Path,
    make_png: MakePng,
) -> None:
    red, blue = (picture(tmp_path, f"{c}.png", make_png(c)) for c in ("red", "blue"))
    phrase = supervisor.add("两张图", images=[red, blue], scope="team")
    agent = make_agent("小美")
    supervisor.sync.sync()
    agent.sync.sync()
    hashes = [i.hash for i in phrase.images]
    supervisor.reorder_images(phrase.id, hashes[::-1])
    supervisor.sync.sync()
    agent.sync.sync()
    assert [i.name for i in agent.get(phrase.id).images] == ["blue.png", "red.png"]
    supervisor.remove_images(phrase.id, [hashes[0]])
    supervisor.sync.sync()
    agent.sync.sync()
    assert [i.name for i in agent.get(phrase.id).images] == ["blue.png"]
    stored = {r[0] for r in agent.db.execute("SELECT hash FROM images")}
    assert stored == {hashes[1]}


def test_a_tampered_picture_is_refused_and_quarantined(
    supervisor: Phrasebook,
    make_agent: Callable[[str], Phrasebook],
    team_dir: Path,
    tmp_path: Path,
    make_png: MakePng,
) -> None:
    phrase = supervisor.add(
        "退货地址见图", images=[picture(tmp_path, "a.png", make_png())], scope="team"
    )
    agent = make_agent("小美")
    supervisor.sync.sync()
    digest = phrase.images[0].hash
    blob = team_dir / "blobs" / digest
    blob.write_bytes(make_png("black"))  # a valid picture, but not the one named
    summary = agent.sync.sync()
    assert summary.quarantined == 1 and summary.pictures_received == 0
    assert any("do not match its name" in p for p in summary.problems)
    fresh = agent.get(phrase.id)
    assert fresh.text == "退货地址见图" and fresh.images == ()  # the phrase synced without it
    reasons = agent.db.execute("SELECT source, reason FROM sync_quarantine").fetchall()
    assert [(Path(s).name, "tampered" in r) for s, r in reasons] == [(digest, True)]
    agent.sync.sync()  # tried again: listed once in the quarantine
    assert agent.db.execute("SELECT count(*) FROM sync_quarantine").fetchone()[0] == 1
    blob.write_bytes(make_png())  # the right bytes come back
    assert agent.sync.sync().pictures_received == 1
    assert agent.get(phrase.id).images == phrase.images


def test_a_hostile_picture_with_a_matching_name_is_refused(
    supervisor: Phrasebook,
    make_agent: Callable[[str], Phrasebook],
    team_dir: Path,
    make_bomb: Callable[[], bytes],
) -> None:
    """A peer that names a bomb by its own hash passes the hash check; Pillow's does not."""
    import hashlib

    bomb = make_bomb()
    digest = hashlib.sha256(bomb).hexdigest()
    phrase = supervisor.add("正常的回复", scope="team")
    supervisor.db.execute(  # as a hostile (or older, buggy) supervisor would link it
        "INSERT INTO phrase_images(phrase_id, position, hash, name) VALUES (?, 0, ?, 'x.png')",
        [phrase.id, digest],
    )
    supervisor.db.conn.commit()
    supervisor.update(phrase.id, title="带炸弹")
    agent = make_agent("小美")
    supervisor.sync.sync()
    (team_dir / "blobs").mkdir(exist_ok=True)
    (team_dir / "blobs" / digest).write_bytes(bomb)
    summary = agent.sync.sync()
    assert summary.quarantined == 1
    assert any("decompression bomb" in p for p in summary.problems)
    assert agent.get(phrase.id).title == "带炸弹" and agent.get(phrase.id).images == ()


def test_a_picture_that_arrives_late_is_picked_up(
    supervisor: Phrasebook,
    make_agent: Callable[[str], Phrasebook],
    team_dir: Path,
    tmp_path: Path,
    make_png: MakePng,
) -> None:
    phrase = supervisor.add("晚到的图", images=[picture(tmp_path, "l.png", make_png())])
    agent = make_agent("小美")
    supervisor.sync.sync()
    blob = team_dir / "blobs" / phrase.images[0].hash
    held = blob.read_bytes()
    blob.unlink()  # the cloud drive has not brought it yet
    first = agent.sync.sync()
    assert first.received > 0 and not first.problems
    assert first.pictures_waiting == 1  # said, not silent: the reply goes out without it
    assert any("1 team pictures are not in the shared place" in w for w in first.warnings)
    assert agent.get(phrase.id).images == ()
    blob.write_bytes(held)
    assert agent.sync.sync().pictures_received == 1
    assert agent.get(phrase.id).images == phrase.images


def test_personal_pictures_never_leave_the_device(
    supervisor: Phrasebook,
    make_agent: Callable[[str], Phrasebook],
    team_dir: Path,
    tmp_path: Path,
    make_png: MakePng,
) -> None:
    mine = supervisor.add(
        "我自己的", images=[picture(tmp_path, "me.png", make_png("green"))], scope="personal"
    )
    agent = make_agent("小美")
    supervisor.sync.sync()
    assert mine.images[0].hash not in blob_files(team_dir)
    agent.sync.sync()  # she learns her role: her new phrases are personal
    own = agent.add("小美的私图", images=[picture(tmp_path, "her.png", make_png("blue"))])
    assert own.scope == "personal"
    agent.sync.sync()
    assert own.images[0].hash not in blob_files(team_dir)
    assert blob_files(team_dir) == set()


def test_an_agent_may_not_change_a_team_phrase_s_pictures(
    supervisor: Phrasebook,
    make_agent: Callable[[str], Phrasebook],
    tmp_path: Path,
    make_png: MakePng,
) -> None:
    agent = make_agent("小美")
    supervisor.sync.sync()
    agent.sync.sync()
    (team_phrase,) = agent.by_code("fhsj")
    with pytest.raises(RoleError, match="only a supervisor"):
        agent.add_images(team_phrase.id, [picture(tmp_path, "x.png", make_png())])


@pytest.mark.parametrize("damage", ["deleted", "rewritten", "truncated"])
def test_the_supervisor_puts_back_a_picture_lost_from_the_folder(
    supervisor: Phrasebook,
    make_agent: Callable[[str], Phrasebook],
    team_dir: Path,
    tmp_path: Path,
    make_png: MakePng,
    damage: str,
) -> None:
    phrase = supervisor.add(
        "尺码表见图", images=[picture(tmp_path, "c.png", make_png("red", (60, 40)))], scope="team"
    )
    agent = make_agent("小美")
    assert supervisor.sync.sync().pictures_sent == 1
    blob = team_dir / "blobs" / phrase.images[0].hash
    good = blob.read_bytes()
    if damage == "deleted":
        blob.unlink()  # a cleaner, or a cloud drive that lost it
    elif damage == "rewritten":
        blob.write_bytes(bytes(b ^ 0xFF for b in good))  # same size, other bytes
    else:
        blob.write_bytes(good[: len(good) // 2])  # a half-written copy
    agent.sync.sync()
    assert agent.get(phrase.id).images == ()  # refused or missing: shown without it
    assert supervisor.sync.sync().pictures_sent == 1  # the next round writes it again
    assert blob.read_bytes() == good
    assert supervisor.sync.sync().pictures_sent == 0  # and only once
    got = agent.sync.sync()
    assert got.pictures_received == 1 and got.pictures_waiting == 0
    assert agent.get(phrase.id).images == phrase.images
