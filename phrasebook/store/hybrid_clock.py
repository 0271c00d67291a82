"""Hybrid logical clock: timestamps that order edits across devices whose clocks disagree.

A stamp is ``"<wall ms, 13 digits>-<counter, 5 digits>-<device>"``. Stamps compare correctly as
plain strings, so SQL can ``ORDER BY updated`` and sync can take the larger one field by field.
Each stamp is larger than every stamp this clock has issued or observed, even when the wall clock
goes backwards (clock skew, NTP jumps), which is what last-writer-wins merging needs.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

_MAX_COUNTER = 99_999


@dataclass(frozen=True, order=True, slots=True)
class Stamp:
    """A parsed stamp; ordering is (wall_ms, counter, device)."""

    wall_ms: int
    counter: int
    device: str

    def __str__(self) -> str:
        return f"{self.wall_ms:013d}-{self.counter:05d}-{self.device}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        """Read a stamp; raises ValueError for anything not made by `str(Stamp)`."""
        wall, counter, device = text.split("-", 2)
        if len(wall) != 13 or len(counter) != 5 or not (wall.isdigit() and counter.isdigit()):
            raise ValueError(f"not a clock stamp: {text!r}")
        if not device:
            raise ValueError(f"clock stamp without a device: {text!r}")
        return cls(int(wall), int(counter), device)


class HybridClock:
    """Issues stamps for one device.

    Args:
        device: a short id unique to this device (part of every stamp, breaks ties).
        wall: the wall clock in seconds; injectable so tests can skew it.
        last: the largest stamp already known (e.g. from the database), if any.
    """

    def __init__(
        self, device: str, wall: Callable[[], float] = time.time, last: str | None = None
    ) -> None:
        if not device or "-" in device:
            raise ValueError("device id must be non-empty and contain no '-'")
        self.device = device
        self._wall = wall
        self._last = Stamp.parse(last) if last else Stamp(0, 0, device)

    @property
    def last(self) -> str:
        return str(self._last)

    def now(self) -> str:
        """A new stamp, larger than every stamp issued or observed so far."""
        wall_ms = int(self._wall() * 1000)
        if wall_ms > self._last.wall_ms:
            self._last = Stamp(wall_ms, 0, self.device)
        else:
            self._last = self._bump(self._last.wall_ms, self._last.counter)
        return str(self._last)

    def observe(self, stamp: str) -> None:
        """Take in a stamp from elsewhere so later local stamps sort after it."""
        other = Stamp.parse(stamp)
        if (other.wall_ms, other.counter) > (self._last.wall_ms, self._last.counter):
            self._last = Stamp(other.wall_ms, other.counter, self.device)

    def _bump(self, wall_ms: int, counter: int) -> Stamp:
        if counter >= _MAX_COUNTER:  # a burst of 100k stamps in one ms: borrow the next ms
            return Stamp(wall_ms + 1, 0, self.device)
        return Stamp(wall_ms, counter + 1, self.device)
