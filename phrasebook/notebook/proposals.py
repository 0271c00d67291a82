"""Proposals: changes to the team phrasebook that an agent suggests and a supervisor decides.

An agent's promoted notebook entry arrives here (already scrubbed) as a pending proposal. The
supervisor accepts it (optionally after editing), which applies it to the local store, or rejects
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
from phrasebook.notebook.entries import (
    PROPOSAL_KINDS,
    PROPOSAL_STATUSES,
    Proposal,
    ProposalKind,
    ProposalStatus,
)
from phrasebook.phrases import Phrases
from phrasebook.settings import Settings
from phrasebook.store import Store
from phrasebook.validate import MAX_ITEM_CHARS

if TYPE_CHECKING:  # the sync's proposal rows import this module (derived phrase ids)
    from phrasebook.sync.manager import SyncManager

__all__ = ["ProposalsManager", "derived_phrase_id"]

#: Namespace of the phrase ids accepted proposals create (never change it: replicas must agree).
PHRASE_NAMESPACE = uuid.UUID("dae42592-7736-4c98-aedc-ca831dbf8e8c")

_REQUIRED: dict[str, tuple[str, ...]] = {
    "new_phrase": ("text",),
    "add_question": ("phrase_id", "question"),
}


class ProposalsManager:
    """List, create, edit, accept and reject proposals of one phrasebook (`store.proposals`)."""

    def __init__(
        self, store: Store, settings: Settings, sync: SyncManager, phrases: Phrases
    ) -> None:
        self._store = store
        self._settings = settings
        self._sync = sync
        self._phrases = phrases
        self._table = store.db.table("proposals")

    def propose(self, kind: ProposalKind, payload: dict[str, Any]) -> Proposal:
        """Record a pending proposal by this agent (the profile nickname is the author)."""
        _check(kind, payload)
        now = self._store.clock.now()
        row = {
            "id": self._id_prefix() + str(uuid.uuid4()),
            "kind": kind,
            "payload": json.dumps(payload, ensure_ascii=False),
            "status": "pending",
            "note": "",
            "author": self._settings.profile.nickname,
            "created": now,
            "updated": now,
            "deleted": 0,
        }
        with self._store.write():
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
            return self._phrases.add_question(str(data["phrase_id"]), str(data["question"]))
        phrase_id = derived_phrase_id(proposal.id)
        with self._store.write() as write:
            self._phrases.add(
                str(data["text"]),
                title=str(data.get("title", "")),
                group=str(data.get("group", "")),
                # a proposal made before promote checked the length: keep the reply, drop a
                # question too long to be an example rather than leave it unacceptable
                questions=[
                    str(q) for q in data.get("questions", []) if len(str(q)) <= MAX_ITEM_CHARS
                ],
                lang=str(data.get("lang", "zh-Hans")),
                scope="team",
                id=phrase_id,
            )
            self._same_everywhere(phrase_id, proposal.created)
            write.touch({phrase_id})
        return write.fresh[0]

    def _same_everywhere(self, phrase_id: str, created: str) -> None:
        """Give the new phrase the fields every supervisor would give it (creation stamp: the
        proposal's; position: after the team's last), so two concurrent accepts do not
        conflict over bookkeeping, only over real edits."""
        row = self._store.db.execute(
            "SELECT max(position) FROM phrases WHERE scope = 'team' AND id != ?", [phrase_id]
        ).fetchone()
        self._store.db.execute(
            "UPDATE phrases SET created = ?, position = ? WHERE id = ?",
            [created, float(row[0] or 0.0) + 1.0, phrase_id],
        )

    def _id_prefix(self) -> str:
        """In a team a proposal's id starts with this device's key id: the sync lets only the
        author change it (`phrasebook.sync.ops.check_authority`)."""
        sync = self._sync
        return f"{sync.device_key.id}:" if sync.team is not None else ""

    def _pending(self, proposal_id: str) -> Proposal:
        proposal = self.get(proposal_id)
        if proposal.status != "pending":
            raise ValidationError(f"proposal {proposal_id} is already {proposal.status}")
        return proposal

    def _write(self, proposal_id: str, **values: str) -> None:
        with self._store.write():
            self._table.update(proposal_id, {**values, "updated": self._store.clock.now()})


def derived_phrase_id(proposal_id: str) -> str:
    """The id of the phrase an accepted "new phrase" proposal creates: the same on every
    replica, so two supervisors accepting at once create one record, merged field by field."""
    return str(uuid.uuid5(PHRASE_NAMESPACE, proposal_id))


def _check(kind: str, payload: dict[str, Any]) -> None:
    if kind not in PROPOSAL_KINDS:
        raise ValidationError(f"unknown proposal kind {kind!r}")
    missing = [key for key in _REQUIRED[kind] if not str(payload.get(key, "")).strip()]
    if missing:
        raise ValidationError(f"a {kind} proposal needs {', '.join(missing)}")
