"""`NotebookManager`: customer questions the agent could not answer yet, until they are answered.

The flow the customer-service guides teach, as one API: capture the question and promise an
answer in a few minutes (a holding reply from the 稍后答复 group), get reminded when that time
comes, answer, and promote the answer to the team phrasebook so nobody is stuck on it again.

The notebook holds customer data and stays on this machine (scope "personal", never synced).
Only scrubbed text leaves it: promotions become team proposals
(`phrasebook.notebook.proposals`) and the supervisor's export holds scrubbed questions and answers.
Closed entries are deleted after `notebook.retention_days` (default 30).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from phrasebook import validate
from phrasebook.errors import NotFoundError, ValidationError
from phrasebook.models import Phrase
from phrasebook.notebook.entries import (
    CLOSED_STATUSES,
    ENTRY_STATUSES,
    EntryStatus,
    NotebookCounts,
    NotebookEntry,
    Proposal,
    QuestionCluster,
)
from phrasebook.notebook.proposals import ProposalsManager
from phrasebook.notebook.scrub import Scrubbed, guess_lang, scrub
from phrasebook.notebook.similar import cluster
from phrasebook.pack import write_atomically
from phrasebook.phrases import Phrases
from phrasebook.replies import Replies
from phrasebook.settings import Settings
from phrasebook.store import Store

__all__ = ["DEFAULT_DUE_MINUTES", "HOLDING_GROUPS", "NotebookManager"]

DEFAULT_DUE_MINUTES = 5
RETENTION_SETTING = "notebook.retention_days"
DEFAULT_RETENTION_DAYS = 30
#: The groups of holding replies in the starter sets ("reply later"), per language.
HOLDING_GROUPS = ("稍后答复", "稍後答覆", "답변대기", "Hold")
#: The fill-in field holding the minutes in those replies, per language.
MINUTE_FIELDS = ("分钟", "分鐘", "분", "minutes")
#: A search hit votes for its group when it scores at least this share of the best hit.
SUGGEST_SHARE = 0.75
_DAY = 86_400.0


class NotebookManager:
    """The notebook of one phrasebook (`store.notebook`).

    Args:
        store: the open store.
        settings: the profile (the active shop) and the notebook's settings.
        replies: renders the holding reply.
        phrases: the phrases a promotion names or a holding reply comes from.
        proposals: where a promoted answer goes.
        wall: the wall clock in unix seconds (None: the store's); injectable so tests can move
            time.
    """

    def __init__(
        self,
        store: Store,
        settings: Settings,
        replies: Replies,
        phrases: Phrases,
        proposals: ProposalsManager,
        wall: Callable[[], float] | None = None,
    ) -> None:
        self._store = store
        self._settings = settings
        self._replies = replies
        self._phrases = phrases
        self._proposals = proposals
        self._table = store.db.table("notebook")
        self._wall = wall

    def wall(self) -> float:
        """Now, in unix seconds."""
        return (self._wall or self._store.wall)()

    # -- capture and read --------------------------------------------------------------------

    def capture(
        self,
        question: str,
        *,
        customer: str = "",
        shop: str | None = None,
        order_no: str = "",
        context: str = "",
        due_minutes: float | None = DEFAULT_DUE_MINUTES,
    ) -> NotebookEntry:
        """Note a question; the customer was promised an answer within `due_minutes`."""
        cleaned = validate.text(question).strip()
        now = self.wall()
        entry_id = str(uuid.uuid4())
        row = {
            "id": entry_id,
            "question": cleaned,
            "customer": customer.strip(),
            "shop": self._settings.profile.active_shop if shop is None else shop.strip(),
            "order_no": order_no.strip(),
            "context": context.strip(),
            "status": "open",
            "answer": "",
            "asked_at": now,
            "due_at": None if due_minutes is None else now + 60.0 * due_minutes,
            "reminded": 0,
            "scope": "personal",
        }
        self._insert(row)
        return self.get(entry_id)

    def get(self, entry_id: str) -> NotebookEntry:
        rows = list(self._table.rows_where("id = ? AND deleted = 0", [entry_id]))
        if not rows:
            raise NotFoundError(f"no notebook entry with id {entry_id!r}")
        return NotebookEntry.from_row(rows[0])

    def entries(
        self, statuses: Iterable[EntryStatus] = ENTRY_STATUSES, query: str = ""
    ) -> list[NotebookEntry]:
        """Entries with these statuses, soonest due first (no due time last), then newest."""
        wanted = tuple(statuses)
        if bad := set(wanted) - set(ENTRY_STATUSES):
            raise ValidationError(f"unknown notebook status {', '.join(sorted(bad))}")
        marks = ",".join("?" * len(wanted)) or "NULL"
        rows = self._table.rows_where(
            f"deleted = 0 AND status IN ({marks})",
            list(wanted),
            order_by="due_at IS NULL, due_at, asked_at DESC",
        )
        found = [NotebookEntry.from_row(r) for r in rows]
        return [e for e in found if _mentions(e, query)] if query.strip() else found

    def counts(self) -> NotebookCounts:
        """Open and overdue questions, for the tray."""
        open_, overdue = self._store.db.execute(
            "SELECT count(*), coalesce(sum(due_at <= ?), 0) FROM notebook"
            " WHERE deleted = 0 AND status = 'open'",
            [self.wall()],
        ).fetchone()
        return NotebookCounts(open=int(open_), overdue=int(overdue))

    def due_for_reminder(self) -> list[NotebookEntry]:
        """Open entries whose time has come and that have not been announced yet."""
        rows = self._table.rows_where(
            "deleted = 0 AND status = 'open' AND reminded = 0 AND due_at <= ?",
            [self.wall()],
            order_by="due_at",
        )
        return [NotebookEntry.from_row(r) for r in rows]

    def mark_reminded(self, entry_id: str) -> None:
        self._set(entry_id, reminded=1)

    def next_due_at(self) -> float | None:
        """When the next unannounced entry falls due (lets a timer sleep until then)."""
        row = self._store.db.execute(
            "SELECT min(due_at) FROM notebook WHERE deleted = 0 AND status = 'open'"
            " AND reminded = 0"
        ).fetchone()
        return None if row[0] is None else float(row[0])

    # -- holding reply -----------------------------------------------------------------------

    def holding_reply(self, minutes: float = DEFAULT_DUE_MINUTES, customer: str = "") -> str:
        """The "I'll get back to you in N minutes" reply, rendered; "" when the book has none.

        The phrase is the one saved in `notebook.holding_phrase`, else the first phrase of a
        holding group (稍后答复 ...) in the profile's language order.
        """
        phrase = self._holding_phrase()
        if phrase is None:
            return ""
        count = f"{minutes:g}"
        values = {name: count for name in MINUTE_FIELDS}
        overrides: dict[str, Any] = {"customer": customer} if customer else {}
        context = self._replies.context(phrase.lang, **overrides)
        return self._replies.render(phrase, context, values).text

    def _holding_phrase(self) -> Phrase | None:
        chosen = self._settings.get("notebook.holding_phrase")
        if chosen:
            try:
                return self._store.phrase(str(chosen))
            except NotFoundError:
                pass
        for group in HOLDING_GROUPS:
            phrases = self._phrases.phrases(group=group)
            if phrases:
                return phrases[0]
        return None

    # -- answer, dismiss, promote ------------------------------------------------------------

    def answer(self, entry_id: str, text: str) -> NotebookEntry:
        """Record the answer given to the customer; the entry becomes answered."""
        entry = self._open_or_answered(entry_id)
        self._set(entry.id, answer=validate.text(text), status="answered", closed_at=self.wall())
        return self.get(entry_id)

    def dismiss(self, entry_id: str) -> NotebookEntry:
        """Drop a question that needs no answer (the customer left, or it was a duplicate)."""
        self.get(entry_id)
        self._set(entry_id, status="dismissed", closed_at=self.wall())
        return self.get(entry_id)

    def reopen(self, entry_id: str) -> NotebookEntry:
        """Back to open (a dismissed question came back)."""
        self.get(entry_id)
        self._set(entry_id, status="open", closed_at=None)
        return self.get(entry_id)

    def scrubbed(self, entry_id: str) -> tuple[Scrubbed, Scrubbed]:
        """The question and answer as they would leave the notebook (for the confirmation)."""
        entry = self.get(entry_id)
        names = [n for n in (entry.customer, entry.context) if n]
        return scrub(entry.question, names=names), scrub(entry.answer, names=names)

    def suggest_group(self, entry_id: str) -> str:
        """The group of the phrases most like this question ("" when nothing is alike)."""
        entry = self.get(entry_id)
        votes: dict[str, float] = {}
        hits = self._store.search(entry.question, limit=5)
        for hit in hits:  # only close runners-up vote: two weak greetings must not outvote
            if hit.score < SUGGEST_SHARE * hits[0].score:
                continue
            if hit.phrase.group and hit.phrase.group not in HOLDING_GROUPS:
                votes[hit.phrase.group] = votes.get(hit.phrase.group, 0.0) + hit.score
        return max(votes, key=lambda g: votes[g]) if votes else ""

    def promote(
        self,
        entry_id: str,
        *,
        to: str | None = None,
        question: str | None = None,
        text: str | None = None,
        group: str | None = None,
        title: str = "",
        accept: bool = False,
    ) -> Proposal:
        """Propose the answered entry to the team: a new phrase, or `to` an existing phrase.

        `question` and `text` default to the scrubbed question and answer (the caller passes
        what the agent confirmed); `group` defaults to `suggest_group`. With `accept` the
        proposal is applied to this book at once (the agent is her own supervisor).
        """
        entry = self.get(entry_id)
        if entry.status not in ("answered", "promoted") and not (to and entry.status == "open"):
            raise ValidationError("answer the question before promoting it")
        clean_q, clean_a = self.scrubbed(entry_id)
        asked = validate.text(question if question is not None else clean_q.text).strip()
        if len(asked) > validate.MAX_ITEM_CHARS:  # it becomes an example question of a phrase
            raise ValidationError(
                f"the question has {len(asked):,} characters; an example question holds at most"
                f" {validate.MAX_ITEM_CHARS}. Note the question again in short"
                " (`phrasebook notebook add`), answer and promote that one"
            )
        proposals = self._proposals
        if to is not None:
            proposal = proposals.propose(
                "add_question", {"phrase_id": self._store.phrase(to).id, "question": asked}
            )
        else:
            payload = {
                "text": validate.text(text if text is not None else clean_a.text),
                "title": title,
                "group": self.suggest_group(entry_id) if group is None else group,
                "questions": [asked],
                "lang": guess_lang(asked),
            }
            proposal = proposals.propose("new_phrase", payload)
        self._set(
            entry_id,
            status="promoted",
            proposal_id=proposal.id,
            closed_at=entry.closed_at or self.wall(),
        )
        if accept:
            proposals.accept(proposal.id)
            return proposals.get(proposal.id)
        return proposal

    # -- similar questions, retention, export ------------------------------------------------

    def clusters(self, days: float = 7.0) -> list[QuestionCluster]:
        """Similar questions asked in the last `days` days, most asked first."""
        since = self.wall() - days * _DAY
        rows = self._table.rows_where("deleted = 0 AND asked_at >= ?", [since])
        return cluster([NotebookEntry.from_row(r) for r in rows])

    @property
    def retention_days(self) -> float:
        days = self._settings.get(RETENTION_SETTING, DEFAULT_RETENTION_DAYS)
        return float(days) if isinstance(days, int | float) and days > 0 else DEFAULT_RETENTION_DAYS

    def set_retention_days(self, days: float) -> None:
        if days <= 0:
            raise ValidationError("retention must be at least one day")
        self._settings.set(RETENTION_SETTING, days)

    def purge(self) -> int:
        """Delete closed entries older than the retention period; returns how many."""
        cutoff = self.wall() - self.retention_days * _DAY
        marks = ",".join("?" * len(CLOSED_STATUSES))
        with self._store.write(stamp=False) as write:
            cursor = self._store.db.execute(
                f"DELETE FROM notebook WHERE status IN ({marks}) AND closed_at < ?",
                [*CLOSED_STATUSES, cutoff],
            )
            if cursor.rowcount:
                write.touch(notebook=True)
        return cursor.rowcount

    def export_rows(self) -> list[dict[str, Any]]:
        """Scrubbed questions and answers with how often each was asked (for the supervisor)."""
        rows = []
        for group in self.clusters(days=self.retention_days):
            newest = group.entries[0]
            answered = next((e for e in group.entries if e.answer), newest)
            question, answer = self.scrubbed(answered.id)
            statuses = sorted({e.status for e in group.entries})
            rows.append(
                {
                    "question": question.text,
                    "answer": answer.text,
                    "asked": group.count,
                    "statuses": statuses,
                }
            )
        return rows

    def export(self, path: str | Path) -> int:
        """Write `export_rows` as JSON Lines (atomically); returns how many rows."""
        rows = self.export_rows()
        write_atomically(Path(path), (json.dumps(r, ensure_ascii=False) for r in rows))
        return len(rows)

    # -- internals ---------------------------------------------------------------------------

    def _open_or_answered(self, entry_id: str) -> NotebookEntry:
        entry = self.get(entry_id)
        if entry.status in ("promoted", "dismissed"):
            raise ValidationError(f"notebook entry {entry_id} is {entry.status}; reopen it first")
        return entry

    def _insert(self, row: dict[str, Any]) -> None:
        now = self._store.clock.now()
        with self._store.write() as write:
            self._table.insert({**row, "created": now, "updated": now, "deleted": 0})
            write.touch(notebook=True)

    def _set(self, entry_id: str, **values: Any) -> None:
        with self._store.write() as write:
            self._table.update(entry_id, {**values, "updated": self._store.clock.now()})
            write.touch(notebook=True)


def _mentions(entry: NotebookEntry, query: str) -> bool:
    needle = query.strip().casefold()
    fields = (entry.question, entry.customer, entry.answer, entry.order_no, entry.shop)
    return any(needle in f.casefold() for f in fields)
