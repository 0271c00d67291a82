"""The import plan: what each record would do to the phrasebook, decided before anything is written.

A record with a known id updates that phrase (or is unchanged). Otherwise it is a duplicate
when a live phrase (or, for a row without an id, an earlier row of the same file) has the same
text, or the same shortcut code in
the same group; the policy says what happens to duplicates: "skip" them, "keep" both, or
"update" the existing phrase. Everything else is new. The plan is pure: the phrasebook applies
it in one transaction, or shows it as the preview.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from phrasebook.image_check import CheckedImage
from phrasebook.models import ImageRef, Phrase, Scope
from phrasebook.pack import PackRecord

Policy = Literal["skip", "keep", "update"]
POLICIES: tuple[Policy, ...] = ("skip", "keep", "update")
Action = Literal["add", "update", "unchanged", "skip"]
_COMPARED = ("text", "title", "group", "code", "tags", "questions", "lang", "images")


@dataclass(frozen=True, slots=True)
class PlanItem:
    """One record's fate.

    Attributes:
        action: "add", "update", "unchanged" or "skip" (a duplicate left out).
        phrase: the phrase as it would be written (for "skip", as it would have been added).
        line: where the record came from (row or line number).
        duplicate_of: the phrase this record duplicates, if it does.
        reason: why it matched: "same id", "same text" or "same code and group".
        images: the record's pictures, to store with the phrase (none: it keeps its own).
    """

    action: Action
    phrase: Phrase
    line: int
    extra: dict[str, Any] = field(default_factory=dict, repr=False)
    duplicate_of: Phrase | None = None
    reason: str = ""
    images: tuple[CheckedImage, ...] = field(default=(), repr=False)


@dataclass
class _Index:
    """Live phrases by text and by (code, group), growing as the plan adds rows."""

    by_text: dict[str, Phrase] = field(default_factory=dict)
    by_code: dict[tuple[str, str], Phrase] = field(default_factory=dict)

    def add(self, phrase: Phrase) -> None:
        self.by_text.setdefault(phrase.text, phrase)
        if phrase.code:
            self.by_code.setdefault((phrase.code, phrase.group), phrase)

    def match(self, rec: PackRecord) -> tuple[Phrase, str] | None:
        if rec.text in self.by_text:
            return self.by_text[rec.text], "same text"
        found = self.by_code.get((rec.code, rec.group)) if rec.code else None
        return (found, "same code and group") if found else None


def make_plan(
    recs: Iterable[PackRecord],
    existing: Mapping[str, Phrase],
    live: set[str],
    extras: Mapping[str, dict[str, Any]],
    scope: Scope,
    policy: Policy,
) -> list[PlanItem]:
    """Decide every record's action; `existing` holds all phrases by id, trash included."""
    planner = _Planner(existing, live, extras, scope, policy)
    for rec in recs:
        planner.decide(rec)
    return planner.items


class _Planner:
    """The plan being built, and the phrases it has already matched or added."""

    def __init__(
        self,
        existing: Mapping[str, Phrase],
        live: set[str],
        extras: Mapping[str, dict[str, Any]],
        scope: Scope,
        policy: Policy,
    ) -> None:
        self.existing, self.live, self.extras = existing, live, extras
        self.scope, self.policy = scope, policy
        self.index = _Index()  # live phrases and the rows this plan writes
        self.known = _Index()  # live phrases only: rows with ids are not matched to each other
        for pid in live:
            self.index.add(existing[pid])
            self.known.add(existing[pid])
        self.items: list[PlanItem] = []
        self.pending: dict[str, int] = {}  # id of a phrase this plan writes -> its position

    def decide(self, rec: PackRecord) -> None:
        item = self._item(rec)
        if item.action in ("add", "update"):
            earlier = self.pending.get(item.phrase.id)
            if earlier is not None:  # two rows for one phrase: the later row wins
                first = self.items[earlier]
                self.items[earlier] = dataclasses.replace(first, action="skip")
            self.pending[item.phrase.id] = len(self.items)
            self.index.add(item.phrase)
        self.items.append(item)

    def _item(self, rec: PackRecord) -> PlanItem:
        old = self.existing.get(rec.id) if rec.id else None
        if old is not None:
            extra = self.extras.get(old.id, {})
            return _against(rec, old, old.id in self.live, extra, "same id", None)
        match = (self.known if rec.id else self.index).match(rec)
        new = from_record(rec, self.scope, None)
        if match is None:
            return PlanItem("add", new, rec.line, rec.extra, images=rec.images)
        dup, reason = match
        if self.policy in ("skip", "keep"):
            action: Action = "skip" if self.policy == "skip" else "add"
            return PlanItem(action, new, rec.line, rec.extra, dup, reason, rec.images)
        if dup.id not in self.existing:  # an earlier row of this file, not yet written
            new = dataclasses.replace(new, id=dup.id)
            return PlanItem("add", new, rec.line, rec.extra, dup, reason, rec.images)
        return _against(rec, dup, True, self.extras.get(dup.id, {}), reason, dup)


def _against(
    rec: PackRecord,
    old: Phrase,
    alive: bool,
    extra: dict[str, Any],
    reason: str,
    dup: Phrase | None,
) -> PlanItem:
    phrase = dataclasses.replace(from_record(rec, old.scope, old), id=old.id)
    same = (
        alive
        and extra == rec.extra
        and all(getattr(old, k) == getattr(phrase, k) for k in _COMPARED)
    )
    action: Action = "unchanged" if same else "update"
    return PlanItem(action, phrase, rec.line, rec.extra, dup, reason, rec.images)


def from_record(rec: PackRecord, scope: Scope, old: Phrase | None) -> Phrase:
    """The phrase a record describes; an existing phrase keeps its scope and favourite mark,
    and its pictures when the record brings none."""
    images = tuple(ImageRef(i.name, i.type, i.size, i.hash, i.width, i.height) for i in rec.images)
    return Phrase(
        id=rec.id or str(uuid.uuid4()),
        text=rec.text,
        title=rec.title,
        group=rec.group,
        code=rec.code,
        tags=rec.tags,
        questions=rec.questions,
        lang=rec.lang,
        scope=old.scope if old else scope,
        favorite=old.favorite if old else False,
        images=images or (old.images if old else ()),
    )
