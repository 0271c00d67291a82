"""Learning from picks: the customer's question becomes the agent's own example for the reply.

When the popup was opened on a pasted, selected or captured question and the agent inserts a
reply, that question (scrubbed of names, phones, addresses, order numbers) is stored beside the
phrase in `learned_questions`. Search reads it as an example question, so the next similar
question ranks the reply first. The examples are personal: they are never synced, and reach the
team only when the agent proposes one (an `add_question` proposal, like a notebook promotion).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from phrasebook.errors import NotFoundError
from phrasebook.notebook.entries import Proposal
from phrasebook.notebook.scrub import scrub
from phrasebook.store import Store

if TYPE_CHECKING:  # proposals add phrases, and adding a phrase learns through this module
    from phrasebook.notebook.proposals import ProposalsManager

#: Shorter than this is a typed key (`fh`), not a question; longer is cut (a pasted essay).
MIN_CHARS, MAX_CHARS = 2, 200

_UPSERT = """
INSERT INTO learned_questions(id, phrase_id, question, uses, created, updated, deleted)
VALUES (?, ?, ?, 1, ?, ?, 0)
ON CONFLICT(phrase_id, question) DO UPDATE SET
    uses = CASE WHEN deleted THEN 1 ELSE uses + 1 END, updated = excluded.updated, deleted = 0
"""


@dataclass(frozen=True)
class Example:
    """One learned question and how often the agent answered it with the phrase."""

    phrase_id: str
    question: str
    uses: int


def clean(question: str, names: tuple[str, ...] = ()) -> str | None:
    """The question as it is kept: scrubbed, one line, cut; None when too short to be one."""
    text = " ".join(scrub(question, names=names).text.split())[:MAX_CHARS]
    return text if len(text) >= MIN_CHARS else None


def learn(store: Store, phrase_id: str, question: str, names: tuple[str, ...] = ()) -> str | None:
    """Keep `question` (scrubbed; `names` are known customer names) as an example of the
    phrase and return it as kept; a blank or one-character question is ignored (None)."""
    phrase = store.phrase(phrase_id)
    text = clean(question, names)
    if text is None:
        return None
    now = store.clock.now()
    with store.write(stamp=False) as write:
        store.db.execute(_UPSERT, [str(uuid.uuid4()), phrase.id, text, now, now])
        write.touch({phrase.id})
    return text


class Learning:
    """The agent's learned examples; reach it as `book.learning`."""

    def __init__(self, store: Store, proposals: ProposalsManager) -> None:
        self._store = store
        self._proposals = proposals

    def learn(self, phrase_id: str, question: str, *, names: tuple[str, ...] = ()) -> str | None:
        """Keep `question` (scrubbed; `names` are known customer names) as an example of the
        phrase and return it as kept; a blank or one-character question is ignored (None)."""
        return learn(self._store, phrase_id, question, names)

    def forget(self, phrase_id: str, question: str) -> bool:
        """Drop one learned example; False when the phrase had no such example."""
        store = self._store
        store.phrase(phrase_id)
        with store.write(stamp=False) as write:
            gone = store.db.execute(
                "UPDATE learned_questions SET deleted = 1, updated = ?"
                " WHERE phrase_id = ? AND question = ? AND deleted = 0",
                [store.clock.now(), phrase_id, question],
            ).rowcount
            write.touch({phrase_id})
        return bool(gone)

    def examples(self, phrase_id: str | None = None) -> list[Example]:
        """Learned examples, most used first (all phrases, or one)."""
        where, params = ("AND phrase_id = ?", [phrase_id]) if phrase_id else ("", [])
        rows = self._store.db.execute(
            "SELECT phrase_id, question, uses FROM learned_questions WHERE deleted = 0 "
            f"{where} ORDER BY uses DESC, updated DESC",
            params,
        ).fetchall()
        return [Example(*row) for row in rows]

    def propose(self, phrase_id: str, question: str) -> Proposal:
        """Offer a learned example to the team as an example question of the phrase."""
        if not any(e.question == question for e in self.examples(phrase_id)):
            raise NotFoundError(f"no learned question {question!r} for phrase {phrase_id}")
        return self._proposals.propose(
            "add_question", {"phrase_id": phrase_id, "question": question}
        )
