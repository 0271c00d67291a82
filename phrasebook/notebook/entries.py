"""The values the notebook and the proposals hand out: frozen, like the rest of the core."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from typing import Any, Literal

EntryStatus = Literal["open", "answered", "promoted", "dismissed"]
ENTRY_STATUSES: tuple[EntryStatus, ...] = ("open", "answered", "promoted", "dismissed")
#: Entries that are finished with; retention removes them after `notebook.retention_days`.
CLOSED_STATUSES: tuple[EntryStatus, ...] = ("answered", "promoted", "dismissed")

ProposalKind = Literal["new_phrase", "add_question"]
PROPOSAL_KINDS: tuple[ProposalKind, ...] = ("new_phrase", "add_question")
ProposalStatus = Literal["pending", "accepted", "rejected"]
PROPOSAL_STATUSES: tuple[ProposalStatus, ...] = ("pending", "accepted", "rejected")


@dataclass(frozen=True, slots=True)
class NotebookEntry:
    """A customer question the agent could not answer at once.

    Attributes:
        context: the chat window's title at capture (it usually names the customer).
        asked_at / due_at / closed_at: unix seconds; due_at is when the customer was promised
            an answer, closed_at when it was answered or dismissed.
        reminded: the "falls due" notification was shown.
        proposal_id: the team proposal made when it was promoted.
    """

    id: str
    question: str
    status: EntryStatus = "open"
    customer: str = ""
    shop: str = ""
    order_no: str = ""
    context: str = ""
    answer: str = ""
    asked_at: float = 0.0
    due_at: float | None = None
    reminded: bool = False
    closed_at: float | None = None
    proposal_id: str | None = None
    created: str = ""
    updated: str = ""

    def is_overdue(self, now: float) -> bool:
        """Still open after the time the customer was promised an answer."""
        return self.status == "open" and self.due_at is not None and self.due_at <= now

    @classmethod
    def from_row(cls, row: sqlite3.Row | dict[str, Any]) -> NotebookEntry:
        data = dict(row)
        return cls(
            id=data["id"],
            question=data["question"],
            status=data["status"],
            customer=data["customer"] or "",
            shop=data["shop"] or "",
            order_no=data["order_no"] or "",
            context=data["context"] or "",
            answer=data["answer"] or "",
            asked_at=data["asked_at"],
            due_at=data["due_at"],
            reminded=bool(data["reminded"]),
            closed_at=data["closed_at"],
            proposal_id=data["proposal_id"],
            created=data["created"],
            updated=data["updated"],
        )


@dataclass(frozen=True, slots=True)
class NotebookCounts:
    """What the tray shows: open questions, and how many of them are overdue."""

    open: int = 0
    overdue: int = 0


@dataclass(frozen=True, slots=True)
class QuestionCluster:
    """Similar questions asked recently: what the phrasebook lacks most.

    Attributes:
        question: the most recent wording (as the customer wrote it; scrub before sharing).
        entries: every entry in the cluster, newest first.
    """

    question: str
    entries: tuple[NotebookEntry, ...]

    @property
    def count(self) -> int:
        return len(self.entries)


@dataclass(frozen=True, slots=True)
class Proposal:
    """A suggested change to the team phrasebook, waiting for the supervisor.

    `payload` for "new_phrase": text, title, group, questions, lang; for "add_question":
    phrase_id and question. Both are already scrubbed.
    """

    id: str
    kind: ProposalKind
    payload: dict[str, Any] = field(default_factory=dict)
    status: ProposalStatus = "pending"
    note: str = ""
    author: str = ""
    created: str = ""
    updated: str = ""

    @property
    def summary(self) -> str:
        """One line for lists: the question, and what it would become."""
        question = (self.payload.get("questions") or [self.payload.get("question", "")])[0]
        return f"{question} → {self.payload.get('text') or self.payload.get('phrase_id', '')}"

    @classmethod
    def from_row(cls, row: sqlite3.Row | dict[str, Any]) -> Proposal:
        data = dict(row)
        return cls(
            id=data["id"],
            kind=data["kind"],
            payload=json.loads(data["payload"]),
            status=data["status"],
            note=data["note"] or "",
            author=data["author"] or "",
            created=data["created"],
            updated=data["updated"],
        )
