"""A long phrase full of line breaks goes through a real server, and its author's later rounds
keep working."""

from __future__ import annotations

from collections.abc import Callable

from phrasebook import Phrasebook

LONG = "Returns within 7 days, unused, tag on.\n" * 510  # 40,800 characters as JSON


def test_a_long_phrase_reaches_the_team_and_later_rounds_work(
    supervisor: Phrasebook, make_member: Callable[..., Phrasebook]
) -> None:
    agent = make_member("小美")
    agent.sync.sync()
    long = supervisor.add(LONG, title="退货政策", group="售后")
    assert supervisor.sync.sync().problems == []
    later = supervisor.add("亲，已为您备注", title="备注", group="售后")
    assert supervisor.sync.sync().sent > 0
    result = agent.sync.sync()
    assert (result.problems, result.quarantined) == ([], 0)
    assert (agent.get(long.id).text, agent.get(later.id).text) == (LONG, "亲，已为您备注")
