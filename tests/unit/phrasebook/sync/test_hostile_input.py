"""Hostile and broken files in the team folder are refused whole, with a reason; nothing partial."""

from __future__ import annotations

import gzip
import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from phrasebook import Phrasebook
from phrasebook.sync import merge
from phrasebook.sync.keys import SigningKey
from phrasebook.sync.ops import Op
from phrasebook.sync.signed_segments import encode


@pytest.fixture
def agent(supervisor: Phrasebook, make_agent: Callable[[str], Phrasebook]) -> Phrasebook:
    supervisor.sync.sync()
    joined = make_agent("小美")
    joined.sync.sync()
    return joined


def segment_files(team_dir: Path, node: str) -> list[Path]:
    return sorted((team_dir / "ops" / node).glob("*.jsonl.gz"))


def edit_and_publish(supervisor: Phrasebook, text: str) -> Path:
    (fhsj,) = supervisor.by_code("fhsj")
    supervisor.update(fhsj.id, text=text)
    supervisor.sync.sync()
    return segment_files(supervisor.sync.team["folder"] and Path(supervisor.sync.team["folder"]),
                         supervisor.sync.device_key.id)[-1]  # fmt: skip


def state(book: Phrasebook) -> str:
    return merge.state_hash(book.db.conn)


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (
            lambda data: gzip.compress(gzip.decompress(data).replace("16点".encode(), b"XX")),
            "digest",
        ),
        (
            lambda data: gzip.compress(b"\n".join(gzip.decompress(data).split(b"\n")[:1]) + b"\n"),
            "digest",
        ),
        (lambda data: gzip.compress(b"\x00" * (65 * 1024 * 1024)), "64 MB"),
    ],
)
def test_a_tampered_segment_is_set_aside_and_listed_and_nothing_applied(
    supervisor: Phrasebook, agent: Phrasebook, damage: Callable[[bytes], bytes], reason: str
) -> None:
    before = state(agent)
    path = edit_and_publish(supervisor, "亲，今天16点前下单当天发货")
    path.write_bytes(damage(path.read_bytes()))
    summary = agent.sync.sync()
    assert summary.quarantined == 1
    assert reason in summary.problems[0]
    assert state(agent) == before
    again = agent.sync.sync()
    assert again.quarantined == 0  # reported once, not every round
    (listed,) = again.held  # ...but listed, with its file, every round
    assert listed["hostile"] and listed["file"] == str(path) and reason in listed["reason"]


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (lambda data: data[: len(data) // 2], "not a complete gzip"),
        (lambda data: b"\x00garbage" * 10, "not a complete gzip"),
        (lambda data: gzip.compress(b'{"format": 2}\n'), "please update"),
    ],
)
def test_a_segment_that_may_heal_is_held_for_a_retry_not_set_aside(
    supervisor: Phrasebook, agent: Phrasebook, damage: Callable[[bytes], bytes], reason: str
) -> None:
    before = state(agent)
    path = edit_and_publish(supervisor, "亲，今天16点前下单当天发货")
    path.write_bytes(damage(path.read_bytes()))
    summary = agent.sync.sync()
    assert summary.quarantined == 0 and state(agent) == before
    (listed,) = summary.held
    assert not listed["hostile"] and reason in listed["reason"] and listed["file"] == str(path)


def test_an_agent_cannot_rewrite_team_phrases(
    supervisor: Phrasebook, agent: Phrasebook, team_dir: Path
) -> None:
    (fhsj,) = supervisor.by_code("fhsj")
    key = SigningKey.from_secret(agent.sync._state("device_key"))
    stamp = supervisor.get(fhsj.id).updated
    op = Op(key.id, 1, "9" + stamp[1:], "", key.id, "set", "phrase", fhsj.id, "text", '"加微信"')
    op = op._replace(hlc=supervisor.store.clock.now())
    data = encode(supervisor.sync.team["team"], key, [op])
    (team_dir / "ops" / key.id).mkdir(parents=True, exist_ok=True)
    (team_dir / "ops" / key.id / "000000000001-000000000001.jsonl.gz").write_bytes(data)
    summary = supervisor.sync.sync()
    assert summary.quarantined == 1
    assert "may not change team phrases" in summary.problems[0]
    assert supervisor.get(fhsj.id).text != "加微信"


def test_a_stranger_key_a_renamed_file_and_a_cloud_copy_are_refused(
    supervisor: Phrasebook, agent: Phrasebook, team_dir: Path
) -> None:
    path = edit_and_publish(supervisor, "亲，今天16点前下单当天发货")
    before = state(agent)
    stranger = SigningKey.generate()
    op = Op(stranger.id, 1, supervisor.store.clock.now(), "", stranger.id, "set", "phrase", "x",
            "text", '"spam"')  # fmt: skip
    stranger_dir = team_dir / "ops" / stranger.id
    stranger_dir.mkdir()
    (stranger_dir / "000000000001-000000000001.jsonl.gz").write_bytes(
        encode(supervisor.sync.team["team"], stranger, [op])
    )
    renamed = path.with_name("000000000900-000000000900.jsonl.gz")
    shutil.copy(path, renamed)
    path.rename(path.with_name(path.name.replace(".jsonl", " (conflicted copy).jsonl")))
    summary = agent.sync.sync()
    reasons = " | ".join(summary.problems)
    assert "does not match its signed header" in reasons
    waiting = [h for h in summary.held if not h["hostile"]]
    assert [h["node"] for h in waiting] == [stranger.id]  # its certificate may still come
    assert "not a member" in waiting[0]["reason"]
    assert state(agent) == before


def test_ops_stamped_far_in_the_future_are_held_not_applied(
    supervisor: Phrasebook, agent: Phrasebook, team_dir: Path
) -> None:
    (fhsj,) = supervisor.by_code("fhsj")
    supervisor.store.wall = lambda: 4_000_000_000.0  # years ahead (the clock follows)
    supervisor.update(fhsj.id, text="来自未来")
    supervisor.sync.sync()
    summary = agent.sync.sync()
    (waiting,) = summary.held
    assert not waiting["hostile"] and "ahead" in waiting["reason"]
    assert [p.text for p in agent.by_code("fhsj")] == ["亲，今天下单明天发货哦"]


@pytest.mark.parametrize("forged", [True, False])
def test_a_bad_roster_is_ignored_with_one_warning_and_sync_goes_on(
    supervisor: Phrasebook, agent: Phrasebook, team_dir: Path, forged: bool
) -> None:
    roster = json.loads((team_dir / "team.json").read_text())
    evil = SigningKey.generate()
    roster["invites"][evil.id] = {"public": evil.public, "role": "supervisor", "name": "坏人"}
    roster["version"] += 5
    text = json.dumps(roster) if forged else '{"team": 1, 完全不是 JSON'
    edit_and_publish(supervisor, "亲，坏名单也挡不住同步")
    (team_dir / "team.json").write_text(text)
    summary = agent.sync.sync()
    (warning,) = summary.warnings
    assert str(team_dir / "team.json") in warning and "ignored" in warning
    assert summary.received > 0
    assert [p.text for p in agent.by_code("fhsj")] == ["亲，坏名单也挡不住同步"]
    assert agent.sync.sync().warnings == []  # once per bad file
    assert {m.role for m in agent.sync.members()} == {"supervisor", "agent"}
    assert evil.id not in {m.key for m in agent.sync.members()}
    assert "rewrote it" in supervisor.sync.sync().warnings[0]  # the owner repairs it
    assert evil.id not in (team_dir / "team.json").read_text()
