"""Proposals and decisions as sync records: an agent's suggestion travels to the supervisors,
their decision travels back.

Two entities keep the two authorities apart (see `ops.check_authority`):

- `proposal` (row id "<author key>:<uuid>", so only its author may write it): kind, payload
  (already scrubbed), author name, created, deleted. Made by any member.
- `decision` (row id = the proposal's id; supervisors only): status, note, the payload as
  accepted (possibly edited) and the phrase it created or extended. Two supervisors deciding at
  once merge per field like any other record; the phrase an accepted "new phrase" creates has an
  id derived from the proposal's (`proposals.derived_phrase_id`), so both creations are the
  same record.

Merged winners are written back into the `proposals` table that the CLI and the manager read:
supervisors get every proposal, agents only their own (with the decision's status and note).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from phrasebook.notebook.proposals import derived_phrase_id
from phrasebook.store import Store
from phrasebook.sync.changelog import Edit
from phrasebook.sync.team_rows import canonical, winners

PROPOSAL = "proposal"
DECISION = "decision"
ENTITIES = (PROPOSAL, DECISION)
_COLUMNS = "id, kind, payload, status, note, author, created, deleted"
_NEEDED = ("kind", "payload", "created")


def own_prefix(key_id: str) -> str:
    """Row ids of proposals made on the device `key_id` start with this."""
    return f"{key_id}:"


def local_edits(store: Store, since: str, me: str, *, supervisor: bool) -> list[Edit]:
    """Proposal fields of this device's own proposals and (for a supervisor) decisions, written
    locally after `since` and different from the merged winners: what to publish."""
    rows = store.db.execute(
        f"SELECT {_COLUMNS} FROM proposals WHERE updated > ? ORDER BY updated", [since]
    ).fetchall()
    edits: list[Edit] = []
    for row in rows:
        row_id = str(row[0])
        if row_id.startswith(own_prefix(me)):
            edits += _diff(store, PROPOSAL, row_id, _proposal_fields(row))
        if supervisor and row[3] != "pending":
            edits += _diff(store, DECISION, row_id, _decision_fields(row))
    return edits


def _proposal_fields(row: tuple[Any, ...]) -> dict[str, str]:
    _, kind, payload, _, _, author, created, deleted = row
    values = {
        "kind": kind,
        "payload": json.loads(payload),
        "author": author or "",
        "created": created,
        "deleted": bool(deleted),
    }
    return {k: canonical(v) for k, v in values.items()}


def _decision_fields(row: tuple[Any, ...]) -> dict[str, str]:
    row_id, kind, payload, status, note, *_ = row
    data = json.loads(payload)
    target = derived_phrase_id(row_id) if kind == "new_phrase" else data.get("phrase_id", "")
    values = {
        "status": status,
        "note": note or "",
        "payload": data,
        "phrase_id": target if status == "accepted" else "",
    }
    return {k: canonical(v) for k, v in values.items()}


def _diff(store: Store, entity: str, row_id: str, fields: dict[str, str]) -> list[Edit]:
    known = winners(store, [row_id], entity).get(row_id, {})
    edits: list[Edit] = []
    for field, value in fields.items():
        hlc, old = known.get(field, ("", None))
        if old != value:
            edits.append(Edit(entity, row_id, field, value, base=hlc))
    return edits


def project(
    store: Store,
    row_ids: Iterable[str],
    me: str,
    *,
    supervisor: bool,
    names: Mapping[str, str] | None = None,
) -> set[str]:
    """Write merged proposals and decisions into `proposals` (inside the caller's transaction).

    A proposal is written once its kind, payload and creation stamp have arrived (a decision
    may arrive first: it waits in the sync tables). `names` (key id -> member name, from the
    signed roster) names the author; the author's own nickname is the fallback. Returns the ids
    written.
    """
    ids = sorted({r for r in row_ids if supervisor or r.startswith(own_prefix(me))})
    proposals = winners(store, ids, PROPOSAL)
    decisions = winners(store, ids, DECISION)
    written: set[str] = set()
    for row_id in ids:
        fields = proposals.get(row_id, {})
        if all(name in fields for name in _NEEDED):
            member = (names or {}).get(row_id.partition(":")[0], "")
            _upsert(store, row_id, fields, decisions.get(row_id, {}), member)
            written.add(row_id)
    return written


def _upsert(
    store: Store,
    row_id: str,
    fields: dict[str, tuple[str, str]],
    decision: dict[str, tuple[str, str]],
    member: str,
) -> None:
    value = {k: json.loads(v) for k, (_, v) in fields.items()}
    decided = {k: json.loads(v) for k, (_, v) in decision.items()}
    payload = decided.get("payload") or value["payload"]
    stamp = max(hlc for hlc, _ in (*fields.values(), *decision.values()))
    row = [
        row_id, str(value["kind"]), json.dumps(payload, ensure_ascii=False),
        str(decided.get("status", "pending")), str(decided.get("note", "")),
        member or str(value.get("author", "")), str(value["created"]), stamp,
        int(bool(value.get("deleted", False))),
    ]  # fmt: skip
    # Without a decision the local status stays (an agent may have accepted into her own book).
    keep = "status" not in decided
    store.db.execute(
        "INSERT INTO proposals(id, kind, payload, status, note, author, created, updated, deleted)"
        " VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET kind=excluded.kind,"
        " payload=excluded.payload, author=excluded.author, created=excluded.created,"
        " updated=excluded.updated, deleted=excluded.deleted"
        + ("" if keep else ", status=excluded.status, note=excluded.note"),
        row,
    )
