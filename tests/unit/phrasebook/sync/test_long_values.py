"""Every text the core accepts travels, however much JSON escaping it needs; a value too big
even so stays on its author's computer with a clear message and holds nothing else back."""

from __future__ import annotations

from collections.abc import Callable

from phrasebook import Phrasebook
from phrasebook.models import MAX_TEXT_CHARS
from phrasebook.sync import ops

#: 20,400 characters: within the core's limit, but 40,800 once JSON escapes the line breaks.
LONG = "Returns within 7 days, unused, tag on.\n" * 510
QUOTES = '"\\' * (MAX_TEXT_CHARS // 2)  # every character escaped: the worst case


def test_a_long_phrase_full_of_line_breaks_reaches_the_team_with_the_rest(
    supervisor: Phrasebook, make_agent: Callable[[str], Phrasebook]
) -> None:
    agent = make_agent("小美")
    agent.sync.sync()
    long = supervisor.add(LONG, title="退货政策", group="售后")
    quoted = supervisor.add(QUOTES, title="引号", group="售后")
    other = supervisor.phrases(scope="team")[0]
    supervisor.update(other.id, text="亲，今天下单今天发货哦")
    assert supervisor.sync.sync().problems == []
    result = agent.sync.sync()
    assert (result.problems, result.quarantined) == ([], 0)
    assert agent.get(long.id).text == LONG
    assert agent.get(quoted.id).text == QUOTES
    assert agent.get(other.id).text == "亲，今天下单今天发货哦"


def test_a_promoted_notebook_question_with_a_long_answer_reaches_the_supervisor(
    supervisor: Phrasebook, make_agent: Callable[[str], Phrasebook]
) -> None:
    agent = make_agent("小美")
    entry = agent.notebook.capture("Can I return it?\n" * 670)  # 11,390 characters
    agent.notebook.answer(entry.id, "Yes, within 7 days.\n" * 540)  # 10,800 characters
    # an example question holds at most 500 characters: the long part travels as the reply
    question = "Can I return it?\n" * 29  # 493 characters, line breaks and all
    proposal = agent.notebook.promote(entry.id, group="售后", question=question)
    assert agent.sync.sync().problems == []
    result = supervisor.sync.sync()
    assert (result.problems, result.quarantined) == ([], 0)
    assert supervisor.proposals.get(proposal.id).payload["text"] == "Yes, within 7 days.\n" * 540


def test_a_value_too_big_to_send_stays_home_and_the_rest_goes(
    supervisor: Phrasebook, make_agent: Callable[[str], Phrasebook]
) -> None:
    agent = make_agent("小美")
    agent.sync.sync()
    phrase = supervisor.phrases(scope="team")[0]
    huge = {f"k{i}": "亲" * MAX_TEXT_CHARS for i in range(ops.MAX_VALUE_TEXT // MAX_TEXT_CHARS)}
    supervisor.db.execute(  # `extra` has no limit of its own in the core: make it too big
        "UPDATE phrases SET extra = ?, updated = ? WHERE id = ?",
        [ops.json.dumps({**huge, "more": "x"}), supervisor.store.clock.now(), phrase.id],
    )
    supervisor.update(phrase.id, text="亲，今天下单今天发货哦")
    first = supervisor.sync.sync()
    assert any("too big to send" in p and phrase.id in p for p in first.problems)
    result = agent.sync.sync()
    assert (result.problems, result.quarantined) == ([], 0)
    assert agent.get(phrase.id).text == "亲，今天下单今天发货哦"
