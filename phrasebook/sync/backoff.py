"""Exponential backoff with full jitter: how long a client waits before trying a server again.

Inside a request (`server_client`): a refused connection or a 429/503 is retried after
`delay(0)`, `delay(1)`, ... Between rounds (`SyncManager.next_round_in`): after N failed rounds
in a row the next one waits `delay(N)`. Jitter spreads a team's clients out, so a restarted
server is not hit by every client at the same instant.
"""

from __future__ import annotations

import random

BASE_S = 0.25
CAP_S = 5.0
#: Between rounds: up to 4 s after the first failure, doubling up to five minutes.
ROUND_BASE_S = 2.0
ROUND_CAP_S = 300.0


def delay(attempt: int, base: float = BASE_S, cap: float = CAP_S) -> float:
    """A random wait in [0, min(cap, base * 2**attempt)] ("full jitter")."""
    return random.uniform(0.0, min(cap, base * 2 ** min(attempt, 30)))
