"""Which replies agents actually send: the statistics behind the manager's 统计 tab.

Every insertion records a row in the usage table (phrase, time, shop, device). From those rows
this module answers: the most and least used phrases per shop and period, the phrases nobody
sent for N days (candidates to prune) and what this agent (this device) inserts most.
Only live phrases are counted; the trash and purged phrases never appear.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from phrasebook.models import Phrase
from phrasebook.settings import Settings
from phrasebook.store import Store

DAY_SECONDS = 86_400


@dataclasses.dataclass(frozen=True, slots=True)
class UsageFilter:
    """Which insertions to count.

    Attributes:
        shop: only insertions made for this shop (None: every shop).
        days: only the last `days` days (None: all time).
        mine: only insertions made on this device, i.e. by this agent.
    """

    shop: str | None = None
    days: int | None = None
    mine: bool = False


@dataclasses.dataclass(frozen=True, slots=True)
class PhraseUsage:
    """A phrase and how often it was inserted in the period (`last_used`: unix seconds)."""

    phrase: Phrase
    uses: int
    last_used: float | None


@dataclasses.dataclass(frozen=True, slots=True)
class UsageSummary:
    """Totals for a filter: insertions, distinct phrases sent, live phrases in the store."""

    uses: int
    phrases_used: int
    phrases: int


class UsageStats:
    """Statistics queries over one phrasebook's usage table (reach it as `book.usage`)."""

    def __init__(self, store: Store, settings: Settings) -> None:
        self._store = store
        self._settings = settings

    def shops(self) -> list[str]:
        """Shops that appear in the usage or the profile, profile order first."""
        rows = self._store.db.execute(
            "SELECT DISTINCT shop FROM usage WHERE shop IS NOT NULL AND shop != '' ORDER BY shop"
        ).fetchall()
        known = list(self._settings.profile.shops)
        return known + [r[0] for r in rows if r[0] not in known]

    def summary(self, where: UsageFilter = UsageFilter()) -> UsageSummary:
        cond, params = self._condition(where)
        uses, used = self._store.db.execute(
            "SELECT count(*), count(DISTINCT u.phrase_id) FROM usage u"
            f" JOIN phrases p ON p.id = u.phrase_id AND p.deleted = 0 WHERE {cond}",
            params,
        ).fetchone()
        total = self._store.db.execute("SELECT count(*) FROM phrases WHERE deleted = 0").fetchone()
        return UsageSummary(int(uses), int(used), int(total[0]))

    def most_used(self, where: UsageFilter = UsageFilter(), limit: int = 10) -> list[PhraseUsage]:
        """The phrases inserted most often (ties: the more recent first)."""
        cond, params = self._condition(where)
        rows = self._store.db.execute(
            "SELECT u.phrase_id, count(*) AS n, max(u.at) AS last FROM usage u"
            f" JOIN phrases p ON p.id = u.phrase_id AND p.deleted = 0 WHERE {cond}"
            " GROUP BY u.phrase_id ORDER BY n DESC, last DESC LIMIT ?",
            [*params, limit],
        ).fetchall()
        return self._with_phrases(rows)

    def least_used(self, where: UsageFilter = UsageFilter(), limit: int = 10) -> list[PhraseUsage]:
        """The phrases inserted least often, never-used ones first (in phrasebook order)."""
        cond, params = self._condition(where)
        rows = self._store.db.execute(
            "SELECT p.id, count(u.id) AS n, max(u.at) AS last FROM phrases p"
            f" LEFT JOIN usage u ON u.phrase_id = p.id AND {cond}"
            " WHERE p.deleted = 0 GROUP BY p.id ORDER BY n, last, p.position LIMIT ?",
            [*params, limit],
        ).fetchall()
        return self._with_phrases(rows)

    def unused(self, days: int = 90, shop: str | None = None) -> list[PhraseUsage]:
        """Phrases older than `days` that nobody inserted in the last `days` days.

        A phrase added last week is not a candidate to prune, however quiet it has been.
        `last_used` is the last insertion ever (before the period), or None.
        """
        since = self._store.wall() - days * DAY_SECONDS
        shop_cond, params = ("AND u.shop = ?", [shop]) if shop is not None else ("", [])
        rows = self._store.db.execute(
            "SELECT p.id, 0, (SELECT max(u.at) FROM usage u WHERE u.phrase_id = p.id"
            f" {shop_cond}) FROM phrases p WHERE p.deleted = 0 AND p.created < ?"
            " AND NOT EXISTS (SELECT 1 FROM usage u WHERE u.phrase_id = p.id AND u.at >= ?"
            f" {shop_cond}) ORDER BY p.position",
            [*params, f"{int(since * 1000):013d}", since, *params],
        ).fetchall()
        return self._with_phrases(rows)

    # -- internals ---------------------------------------------------------------------------

    def _condition(self, where: UsageFilter) -> tuple[str, list[Any]]:
        parts: list[str] = ["1 = 1"]
        params: list[Any] = []
        if where.days is not None:
            parts.append("u.at >= ?")
            params.append(self._store.wall() - where.days * DAY_SECONDS)
        if where.shop is not None:
            parts.append("u.shop = ?")
            params.append(where.shop)
        if where.mine:
            parts.append("u.device = ?")
            params.append(self._store.clock.device)
        return " AND ".join(parts), params

    def _with_phrases(self, rows: list[tuple[str, int, float | None]]) -> list[PhraseUsage]:
        if not rows:
            return []
        marks = ",".join("?" * len(rows))
        found = self._store.phrases_where(f"p.id IN ({marks})", [r[0] for r in rows])
        by_id = {p.id: p for p in found}
        return [PhraseUsage(by_id[pid], int(n), last) for pid, n, last in rows if pid in by_id]
