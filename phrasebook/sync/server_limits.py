"""What one client may ask of the sync server: a request rate, and caps on what it can make the
server store. In-process and simple (one server process per database); all configurable from
`phrasebook serve` and documented in README's Team sync section.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

#: The environment variable that holds the operator's token (server and client side).
ADMIN_ENV = "QUICKREPLY_ADMIN_TOKEN"


@dataclass(frozen=True, slots=True)
class Limits:
    """Defaults fit a few hundred agents polling every minute, bursts of uploads included."""

    rate: float = 30.0  # requests per second per client (token, or address without one)
    burst: int = 300  # requests a client may make at once before the rate applies
    max_teams: int = 1000  # teams on this server
    max_members: int = 1000  # member certificates per team
    team_bytes: int = 2 * 1024**3  # signed segments stored per team
    team_picture_bytes: int = 1024**3  # reply pictures stored per team (each at most 5 MB)
    body_timeout_s: float = 30.0  # a request body must arrive within this


@dataclass(slots=True)
class RateLimiter:
    """A token bucket per client key; buckets refilled to full are dropped, so memory stays
    bounded by the clients active in the last `burst / rate` seconds."""

    rate: float
    burst: int
    clock: Callable[[], float] = time.monotonic
    _buckets: dict[str, tuple[float, float]] = field(default_factory=dict)
    _swept: float = 0.0
    _told: set[str] = field(default_factory=set)

    def first_refusal(self, key: str) -> bool:
        """True the first time `key` is slowed down in a while (one log line, not thousands)."""
        if key in self._told:
            return False
        self._told.add(key)
        return True

    def wait(self, key: str) -> float:
        """0 when `key` may make a request now (and counts it); else seconds until it may."""
        now = self.clock()
        tokens, last = self._buckets.get(key, (float(self.burst), now))
        tokens = min(float(self.burst), tokens + (now - last) * self.rate)
        if tokens < 1.0:
            self._buckets[key] = (tokens, now)
            return (1.0 - tokens) / self.rate
        self._buckets[key] = (tokens - 1.0, now)
        self._sweep(now)
        return 0.0

    def _sweep(self, now: float) -> None:
        if now - self._swept < 60.0:
            return
        self._swept = now
        self._told.clear()
        full = self.burst / self.rate
        for key in [k for k, (_, last) in self._buckets.items() if now - last > full]:
            del self._buckets[key]
