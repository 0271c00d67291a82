"""A supervisor whose clock ran days ahead: her stamps stay in the future after the clock is
fixed. Peers hold those changes until their clocks reach them (never set aside), she is told,
and every change arrives in the end."""

from __future__ import annotations

import time
from collections.abc import Callable

from phrasebook import Phrasebook

DAY = 86_400.0


def set_clock(book: Phrasebook, offset_s: float) -> None:
    book.store.wall = lambda: time.time() + offset_s  # the clock follows


def test_edits_after_a_clock_set_days_ahead_arrive_once_the_clocks_agree(
    supervisor: Phrasebook, make_agent: Callable[[str], Phrasebook]
) -> None:
    supervisor.sync.sync()
    agent = make_agent("小美")
    agent.sync.sync()
    (fhsj,) = supervisor.by_code("fhsj")
    (th,) = supervisor.by_code("th")
    set_clock(supervisor, 3 * DAY)
    supervisor.update(fhsj.id, text="亲，时钟快了三天")
    supervisor.sync.sync()
    set_clock(supervisor, 0)  # fixed; her stamps stay three days ahead
    supervisor.update(th.id, text="亲，时钟修好以后的修改")
    mine = supervisor.sync.sync()
    (warning,) = [w for w in mine.warnings if "clock" in w]
    assert "ahead" in warning
    seen = agent.sync.sync()
    assert seen.quarantined == 0 and not any(h["hostile"] for h in seen.held)
    assert any("ahead" in h["reason"] for h in seen.held)
    assert agent.get(fhsj.id).text == "亲，今天下单明天发货哦"
    set_clock(agent, 3 * DAY)  # time passes: the agent's clock reaches her stamps
    for _ in range(3):
        agent.sync.sync()
    assert agent.get(fhsj.id).text == "亲，时钟快了三天"
    assert agent.get(th.id).text == "亲，时钟修好以后的修改"
    assert agent.sync.sync().held == []
    set_clock(supervisor, 3 * DAY)
    assert not [w for w in supervisor.sync.sync().warnings if "clock" in w]
