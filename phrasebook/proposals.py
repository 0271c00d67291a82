"""Proposals: changes to the team phrasebook that an agent suggests and a supervisor decides.

An agent's promoted notebook entry arrives here (already scrubbed) as a pending proposal. The
supervisor accepts it (optionally after editing), which applies it to the local book, or rejects
it with a note. The `proposals` table is deliberately plain - id, kind, JSON payload, status,
note, author, HLC stamps, tombstone - so the team sync can carry rows between machines as they
are and apply `accept` wherever the supervisor works.
"""

from __future__ import annotations

import json
import uuid
from typing import TYPE_CHECKING, Any

from phrasebook.errors import NotFoundError, ValidationError
from phrasebook.models import Phrase
from phrasebook.notebook_models import (
    PROPOSAL_KINDS,
    PROPOSAL_STATUSES,
    Proposal,
    ProposalKind,
    ProposalStatus,
)

if TYPE_CHECKING:
    from phrasebook.book import Phrasebook

__all__ = ["ProposalsManager"]

_REQUIRED: dict[str, tuple[str, ...]] = {
    "new_phrase": ("text",),
    "add_question": ("phrase_id", "question"),
}


class ProposalsManager:
    """List, create, edit, accept and reject proposals of one phrasebook (`book.proposals`)."""

    def __init__(self, book: Phrasebook) -> None:
        self._book = book
        self._table = book.db.table("proposals")

    def propose(self, kind: ProposalKind, payload: dict[str, Any]) -> Proposal:
        """Record a pending proposal by this agent (the profile nickname is the author)."""
        _check(kind, payload)
        now = self._book._clock.now()
        row = {
            "id": str(uuid.uuid4()),
            "kind": kind,
            "payload": json.dumps(payload, ensure_ascii=False),
            "status": "pending",
            "note": "",
            "author": self._book.profile.nickname,
            "created": now,
            "updated": now,
            "deleted": 0,
        }
        with self._book._transaction():
            self._table.insert(row)
        return Proposal.from_row(row)

    def get(self, proposal_id: str) -> Proposal:
        rows = list(self._table.rows_where("id = ? AND deleted = 0", [proposal_id]))
        if not rows:
            raise NotFoundError(f"no proposal with id {proposal_id!r}")
        return Proposal.from_row(rows[0])

    def list(self, status: ProposalStatus | None = None) -> list[Proposal]:
        """Proposals, oldest first (pending ones are worked through in order)."""
        if status is not None and status not in PROPOSAL_STATUSES:
            raise ValidationError(f"unknown proposal status {status!r}")
        where = "deleted = 0" + (" AND status = ?" if status else "")
        rows = self._table.rows_where(where, [status] if status else [], order_by="created")
        return [Proposal.from_row(row) for row in rows]

    def edit(self, proposal_id: str, **changes: Any) -> Proposal:
        """Change payload fields of a pending proposal (the supervisor's "edit")."""
        proposal = self._pending(proposal_id)
        payload = {**proposal.payload, **changes}
        _check(proposal.kind, payload)
        self._write(proposal_id, payload=json.dumps(payload, ensure_ascii=False))
        return self.get(proposal_id)

    def accept(self, proposal_id: str, note: str = "", **edits: Any) -> Phrase:
        """Apply a pending proposal to this book (after optional payload edits).

        Returns the phrase that was created or given the question.
        """
        proposal = self._pending(proposal_id)
        if edits:
            proposal = self.edit(proposal_id, **edits)
        phrase = self._apply(proposal)
        self._write(proposal_id, status="accepted", note=note)
        return phrase

    def reject(self, proposal_id: str, note: str = "") -> Proposal:
        """Turn a pending proposal down; the note tells the agent why."""
        self._pending(proposal_id)
        self._write(proposal_id, status="rejected", note=note)
        return self.get(proposal_id)

    def _apply(self, proposal: Proposal) -> Phrase:
        data = proposal.payload
        if proposal.kind == "add_question":
            return self._book.add_question(str(data["phrase_id"]), str(data["question"]))
        return self._book.add(
            str(data["text"]),
            title=str(data.get("title", "")),
            group=str(data.get("group", "")),
            questions=[str(q) for q in data.get("questions", [])],
            lang=str(data.get("lang", "zh-Hans")),
            scope="team",
        )

    def _pending(self, proposal_id: str) -> Proposal:
        proposal = self.get(proposal_id)
        if proposal.status != "pending":
            raise ValidationError(f"proposal {proposal_id} is already {proposal.status}")
        return proposal

    def _write(self, proposal_id: str, **values: str) -> None:
        with self._book._transaction():
            self._table.update(proposal_id, {**values, "updated": self._book._clock.now()})


def _check(kind: str, payload: dict[str, Any]) -> None:
    if kind not in PROPOSAL_KINDS:
        raise ValidationError(f"unknown proposal kind {kind!r}")
    missing = [key for key in _REQUIRED[kind] if not str(payload.get(key, "")).strip()]
    if missing:
        raise ValidationError(f"a {kind} proposal needs {', '.join(missing)}")
