"""Ops: the small, immutable, self-describing changes that replicas exchange.

One op sets one field of one record (`set`), acknowledges a version it supersedes without
changing the value (`ack`, how a conflict is resolved), or raises one device's cell of a counter
(`add`). An op is identified by `(node, seq)`; its HLC stamp orders it against every other op on
the same field. Ops travel inside signed segments (`segments`); this module only knows one op.
"""

from __future__ import annotations

import json
from typing import Any, NamedTuple

from phrasebook.models import MAX_TEXT_CHARS
from phrasebook.store.hybrid_clock import Stamp

KINDS = ("set", "ack", "add")
#: Entities and who may write them: team records only supervisors; a proposal only its author
#: (its row id starts with the author's key id); decisions on proposals only supervisors.
SUPERVISOR_ENTITIES = frozenset({"phrase", "decision"})
AUTHOR_ENTITIES = frozenset({"proposal"})
ENTITIES = SUPERVISOR_ENTITIES | AUTHOR_ENTITIES
#: A value is measured by the text it holds once decoded, never by its JSON spelling (a text
#: of line breaks or quotes doubles when escaped): room for several texts of the core's longest
#: (a proposal carries a question and an answer; `extra` may hold other languages).
MAX_VALUE_TEXT = 8 * MAX_TEXT_CHARS
#: Its JSON spelling: at most six characters per character (`\u0001`) plus the structure.
MAX_VALUE_CHARS = 6 * MAX_VALUE_TEXT + 65_536
MAX_ID_CHARS = 80
#: Stamps before 2020 are refused for good. Stamps more than a day ahead of our clock are held
#: and tried again later (applied now they would win every field until that time; but the
#: author's clock may just have been ahead, and her stamps stay there after it is fixed, so
#: setting them aside would lose her later edits): they apply once our clock is within a day.
MIN_WALL_MS = 1_577_836_800_000
MAX_AHEAD_MS = 86_400_000


class Op(NamedTuple):
    """One change. `value` is JSON text (None for `ack`)."""

    node: str
    seq: int
    hlc: str
    base: str
    author: str
    kind: str
    entity: str
    row_id: str
    field: str
    value: str | None


class OpError(ValueError):
    """An op that must not be applied; the message says why (for the quarantine log).

    `heals` as for `SegmentError`: True when a later round may accept it (a member whose
    certificate has not arrived yet).
    """

    def __init__(self, message: str, *, heals: bool = False) -> None:
        super().__init__(message)
        self.heals = heals


def to_wire(op: Op) -> list[Any]:
    """The op as stored in a segment line (node and author come from the segment header)."""
    return [op.seq, op.hlc, op.base, op.kind, op.entity, op.row_id, op.field, op.value]


def from_wire(item: Any, node: str, author: str, now_ms: int) -> Op:
    """Read and validate one op; raises OpError for anything malformed or out of bounds."""
    if not isinstance(item, list) or len(item) != 8:
        raise OpError("an op must be a list of 8 items")
    seq, hlc, base, kind, entity, row_id, field, value = item
    if type(seq) is not int or seq < 1:
        raise OpError(f"bad sequence number {seq!r}")
    _check_stamp(hlc, now_ms)
    if base not in ("", hlc) and not _is_stamp(base):
        raise OpError(f"bad base stamp {base!r}")
    if kind not in KINDS:
        raise OpError(f"unknown op kind {kind!r} (a newer QuickReply? please update)", heals=True)
    if entity not in ENTITIES:
        raise OpError(
            f"unknown record kind {entity!r} (a newer QuickReply? please update)", heals=True
        )
    for name, text in (("row id", row_id), ("field", field)):
        if not isinstance(text, str) or not 0 < len(text) <= MAX_ID_CHARS:
            raise OpError(f"bad {name} {text!r}")
    check_value(kind, value)
    return Op(node, seq, hlc, base, author, kind, entity, row_id, field, value)


def check_value(kind: str, value: Any) -> None:
    """Raise OpError unless `value` is valid for an op of `kind`; the author checks its own
    values with this before numbering them, so a segment never carries one peers refuse."""
    if kind == "ack":
        if value is not None:
            raise OpError("an ack carries no value")
        return
    if not isinstance(value, str) or len(value) > MAX_VALUE_CHARS:
        raise OpError(f"a value must be JSON text of at most {MAX_VALUE_CHARS:,} characters")
    try:
        decoded = json.loads(value)
    except ValueError:
        raise OpError("a value is not valid JSON") from None
    if _text_size(decoded) > MAX_VALUE_TEXT:
        raise OpError(f"a value may hold at most {MAX_VALUE_TEXT:,} characters of text")
    if kind == "add" and (type(decoded) is not int or decoded < 0):
        raise OpError("a counter value must be a non-negative integer")


def _text_size(value: Any) -> int:
    """Characters of text in a decoded JSON value (keys and strings; numbers count as short)."""
    if isinstance(value, str):
        return len(value)
    if isinstance(value, list):
        return sum(_text_size(v) for v in value)
    if isinstance(value, dict):
        return sum(len(k) + _text_size(v) for k, v in value.items())
    return 1


def _is_stamp(text: Any) -> bool:
    try:
        Stamp.parse(text)
    except (ValueError, TypeError, AttributeError):
        return False
    return True


def ahead_ms(stamp: str, now_ms: int) -> int:
    """How far the stamp's wall time is ahead of `now_ms` (0 when it is not)."""
    return max(0, Stamp.parse(stamp).wall_ms - now_ms)


def _check_stamp(hlc: Any, now_ms: int) -> None:
    try:
        wall = Stamp.parse(hlc).wall_ms
    except (ValueError, TypeError, AttributeError):
        raise OpError(f"bad clock stamp {hlc!r}") from None
    if wall < MIN_WALL_MS:
        raise OpError(f"clock stamp {hlc} is before 2020")
    if wall > now_ms + MAX_AHEAD_MS:
        raise OpError(
            f"clock stamp {hlc} is more than a day ahead of this computer's clock (the author's"
            " clock was ahead?): held until this clock reaches it",
            heals=True,
        )


def check_authority(op: Op, role: str | None) -> None:
    """Raise OpError when the op's author may not write this record.

    Args:
        op: the op, with `author` the key id that signed it.
        role: "supervisor", "agent", or None for a key that is not a team member.
    """
    if role is None:
        raise OpError(f"{op.author} is not a member of this team (yet?)", heals=True)
    if op.entity in SUPERVISOR_ENTITIES and role != "supervisor":
        raise OpError(f"{op.author} ({role}) may not change team {op.entity}s")
    if op.entity in AUTHOR_ENTITIES and not op.row_id.startswith(f"{op.author}:"):
        raise OpError(f"{op.author} may only change its own {op.entity}s")
