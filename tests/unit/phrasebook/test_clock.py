"""Hybrid logical clock: stamps only ever grow, and their string order is their logical order."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from phrasebook import Phrasebook
from phrasebook.store.hybrid_clock import HybridClock, Stamp


class FakeWall:
    """A wall clock a test can move, forwards or backwards."""

    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def test_stamps_follow_the_wall_clock() -> None:
    wall = FakeWall()
    clock = HybridClock("dev1", wall)
    first = clock.now()
    assert first == "1700000000000-00000-dev1"
    wall.now += 1.5
    assert clock.now() == "1700000001500-00000-dev1"


def test_same_millisecond_bumps_the_counter() -> None:
    clock = HybridClock("d", FakeWall())
    assert [clock.now()[-7:] for _ in range(3)] == ["00000-d", "00001-d", "00002-d"]


def test_monotonic_when_the_wall_clock_goes_backwards() -> None:
    wall = FakeWall()
    clock = HybridClock("d", wall)
    stamps = [clock.now()]
    for jump in (-3600, -1, 0, -86400, 0.0005):
        wall.now += jump
        stamps.append(clock.now())
    assert stamps == sorted(stamps)
    assert len(set(stamps)) == len(stamps)
    assert Stamp.parse(stamps[-1]).wall_ms == Stamp.parse(stamps[0]).wall_ms


def test_counter_overflow_borrows_the_next_millisecond() -> None:
    clock = HybridClock("d", FakeWall(), last="1700000000000-99999-d")
    assert clock.now() == "1700000000001-00000-d"


def test_observe_a_later_remote_stamp() -> None:
    wall = FakeWall()
    clock = HybridClock("local", wall)
    clock.now()
    remote = "1800000000000-00007-remote"
    clock.observe(remote)
    after = clock.now()
    assert after > remote
    assert after.endswith("-local")
    assert Stamp.parse(after).wall_ms == 1_800_000_000_000


def test_observe_an_older_stamp_changes_nothing() -> None:
    clock = HybridClock("d", FakeWall())
    last = clock.now()
    clock.observe("1000000000000-00000-other")
    assert clock.last == last


def test_resumes_after_the_last_stored_stamp() -> None:
    clock = HybridClock("d", FakeWall(1.0), last="1700000000000-00003-d")
    assert clock.now() == "1700000000000-00004-d"


@pytest.mark.parametrize(
    "bad", ["", "123-00000-d", "1700000000000-0-d", "1700000000000-00000-", "x" * 13 + "-00000-d"]
)
def test_malformed_stamps_are_refused(bad: str) -> None:
    with pytest.raises(ValueError):
        Stamp.parse(bad)
    clock = HybridClock("d", FakeWall())
    with pytest.raises(ValueError):
        clock.observe(bad)


@pytest.mark.parametrize("device", ["", "a-b"])
def test_bad_device_ids(device: str) -> None:
    with pytest.raises(ValueError):
        HybridClock(device)


_DEVICE = st.text("abcdef0123456789", min_size=1, max_size=12)
_STAMP = st.builds(Stamp, st.integers(0, 9_000_000_000_000), st.integers(0, 99_999), _DEVICE)


@given(_STAMP, _STAMP)
def test_string_order_is_logical_order(a: Stamp, b: Stamp) -> None:
    assert (str(a) < str(b)) == (a < b)
    assert (str(a) == str(b)) == (a == b)
    assert Stamp.parse(str(a)) == a


@given(st.lists(st.one_of(st.floats(-1e5, 1e5), _STAMP), max_size=40))
def test_issued_stamps_always_grow(steps: list[float | Stamp]) -> None:
    wall = FakeWall()
    clock = HybridClock("me", wall)
    issued = [clock.now()]
    for step in steps:
        if isinstance(step, Stamp):
            clock.observe(str(step))
            now = Stamp.parse(clock.now())
            assert (now.wall_ms, now.counter) > (step.wall_ms, step.counter)
        else:
            wall.now = max(wall.now + step, 0.0)
        issued.append(clock.now())
    assert all(x < y for x, y in zip(issued, issued[1:], strict=False))


def test_book_stamps_grow_across_reopen_with_a_clock_set_back(tmp_path: Path) -> None:
    path = tmp_path / "b.db"
    with Phrasebook.open(path, wall=lambda: 1_800_000_000.0) as book:
        first = book.add("x")
    with Phrasebook.open(path, wall=lambda: 1_700_000_000.0, auto_backup=False) as book:
        edited = book.update(first.id, text="y")
        added = book.add("z")
    assert first.updated < edited.updated < added.created
