"""A supervisor whose clock ran days ahead keeps syncing through a real server; her changes
reach the team once the clocks agree."""

from __future__ import annotations

import time
from collections.abc import Callable

from phrasebook import Phrasebook

DAY = 86_400.0


def set_clock(book: Phrasebook, offset_s: float) -> None:
    book.store.wall = lambda: time.time() + offset_s  # the clock follows


def test_a_supervisor_whose_clock_was_ahead_keeps_syncing_and_loses_nothing(
    supervisor: Phrasebook, make_member: Callable[..., Phrasebook]
) -> None:
    agent = make_member("小美")
    agent.sync.sync()
    (fhsj,) = supervisor.by_code("fhsj")
    (th,) = supervisor.by_code("th")
    set_clock(supervisor, 3 * DAY)
    supervisor.update(fhsj.id, text="亲，时钟快了三天")
    assert supervisor.sync.sync().sent > 0
    set_clock(supervisor, 0)
    supervisor.update(th.id, text="亲，时钟修好以后的修改")
    mine = supervisor.sync.sync()
    assert mine.sent > 0 and any("clock" in w for w in mine.warnings)
    seen = agent.sync.sync()
    assert seen.quarantined == 0 and seen.held and not any(h["hostile"] for h in seen.held)
    set_clock(agent, 3 * DAY)
    for _ in range(3):
        agent.sync.sync()
    assert agent.get(fhsj.id).text == "亲，时钟快了三天"
    assert agent.get(th.id).text == "亲，时钟修好以后的修改"
