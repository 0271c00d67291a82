"""Background team sync: a round shortly after a change and every minute, status in the tray.

Only active when the book belongs to a team. A round is a `BookJob` on a one-thread pool, with
its own connection to the phrasebook file (so it never shares the UI's connection or caches, and
touches no widget); its outcome comes back on the GUI thread and the UI's book re-reads what the
round wrote. A failed round (server down, drive unplugged) is
shown in the tray and retried on the next tick; nothing is lost, the ops wait in the book.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from desktop.book_jobs import BookJob, start_job
from desktop.tray import Tray
from phrasebook import Changes, Phrasebook
from phrasebook.sync.sync_round import SyncSummary

__all__ = ["SyncController", "SyncOutcome"]

log = logging.getLogger(__name__)
# A round every minute: everyone gets the team's updates within a minute.
INTERVAL_MS = 60_000
# A round this long after the last local change (edits come in bursts).
AFTER_CHANGE_MS = 5_000


@dataclass(frozen=True, slots=True)
class SyncOutcome:
    """What one background round did; `error` is set instead of `summary` when it failed."""

    at: float
    summary: SyncSummary | None
    error: str = ""


class SyncController(QObject):
    """Schedules rounds for the app's book and shows their status in the tray.

    Signals:
        finished(SyncOutcome): a round ended (after the book re-read its changes).
    """

    finished = Signal(object)

    def __init__(self, book: Phrasebook, tray: Tray, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.book, self.tray = book, tray
        self.last: SyncOutcome | None = None
        self._running = self._again = self._reloading = False
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._job: BookJob | None = None
        self.timer = QTimer(self, interval=INTERVAL_MS)
        self.timer.timeout.connect(self._tick)
        self._soon = QTimer(self, singleShot=True, interval=AFTER_CHANGE_MS)
        self._soon.timeout.connect(self.sync_now)
        tray.sync_requested.connect(self.sync_now)
        self._unsubscribe = book.on_change(self._on_book_changed)

    @property
    def active(self) -> bool:
        """True when the book is in a team (otherwise nothing runs and the tray shows nothing)."""
        return self.book.sync.team is not None

    def start(self) -> None:
        """Sync once now and every minute, if the book is in a team."""
        self._show()
        if self.active:
            self.timer.start()
            self.sync_now()

    def stop(self, wait_ms: int = 10_000) -> None:
        """Stop scheduling and wait for a running round (it holds its own connection)."""
        self.timer.stop()
        self._soon.stop()
        self._pool.waitForDone(wait_ms)

    def set_book(self, book: Phrasebook) -> None:
        """Follow the app to another phrasebook file."""
        self.stop()
        self._unsubscribe()
        self.book, self.last = book, None
        self._unsubscribe = book.on_change(self._on_book_changed)
        self.start()

    def sync_now(self) -> None:
        """Start a round (or one more right after the running one)."""
        if self.book.closed or not self.active:
            return
        if self._running:
            self._again = True
            return
        self._running = True
        self._job = start_job(
            self.book.path,
            lambda book: book.sync.sync(),
            lambda summary: self._on_done(SyncOutcome(time.time(), summary)),
            lambda error: self._on_done(SyncOutcome(time.time(), None, error)),
            self._pool,
            owner=self,
        )
        self._show()

    def _tick(self) -> None:
        """The minute timer: skipped while backing off after failed rounds ("Sync now" is not)."""
        if not self.book.closed and self.active and self.book.sync.next_round_in() > 0:
            return
        self.sync_now()

    def _on_book_changed(self, changes: Changes) -> None:
        if self._reloading or not (changes.phrases or changes.groups or changes.everything):
            return
        if self.active:
            self._soon.start()

    def _on_done(self, outcome: SyncOutcome) -> None:
        self._running, self._job = False, None
        self.last = outcome
        if outcome.error:
            log.warning("background sync failed: %s", outcome.error)
        elif outcome.summary and (outcome.summary.received or outcome.summary.changed):
            self._reload()
        self._show()
        self.finished.emit(outcome)
        if self._again:
            self._again = False
            self.sync_now()

    def _reload(self) -> None:
        if self.book.closed:
            return
        self._reloading = True
        try:
            self.book.reload()
        finally:
            self._reloading = False

    def _show(self) -> None:
        self.tray.set_sync_status(self.status_text() if self.active else None, self.details())

    def _brief(self, error: str) -> str:
        """A menu-sized reason (the full one is in the log)."""
        if "cannot reach" in error:
            return self.tr("server unreachable")
        if "folder not found" in error:
            return self.tr("team folder not found")
        return error if len(error) <= 40 else error[:39] + "…"

    def status_text(self) -> str:
        """One line for the tray: when, pending, conflicts, or the last error."""
        if self._running and self.last is None:
            return self.tr("Team sync: syncing…")
        if self.last is None:
            return self.tr("Team sync: not yet")
        if self.last.error:
            return self.tr("Team sync failed: %1").replace("%1", self._brief(self.last.error))
        summary = self.last.summary
        assert summary is not None
        text = self.tr("Team sync: %1").replace("%1", time.strftime("%H:%M", time.localtime(
            self.last.at)))  # fmt: skip
        if summary.pending:
            text += self.tr(" · %1 to send").replace("%1", str(summary.pending))
        if summary.conflicts:
            text += self.tr(" · %1 conflicts").replace("%1", str(summary.conflicts))
        set_aside = sum(1 for item in summary.held if item["hostile"])
        if set_aside:
            text += self.tr(" · %1 files set aside").replace("%1", str(set_aside))
        behind = [p["name"] or p["device"][:8] for p in summary.peers if p["warning"]]
        if behind:
            text += self.tr(" · behind %1").replace("%1", "、".join(behind[:2]))
        if summary.held_deletes or (summary.quarantined and not set_aside):
            text += self.tr(" · check needed")
        return text

    def details(self) -> list[str]:
        """The gap warnings, the files set aside and every device this one is behind on (what
        it has seen and applied), one line each, as `phrasebook sync --json` has them."""
        summary = self.last.summary if self.last else None
        if summary is None:
            return []
        files = [f"{item['file']}: {item['reason']}" for item in summary.held if item["hostile"]]
        gaps = [
            self.tr("%1: seen %2, applied %3")
            .replace("%1", p["name"] or p["device"][:8])
            .replace("%2", str(p["seen"]))
            .replace("%3", str(p["applied"]))
            for p in summary.peers
            if p["gap"]
        ]
        return summary.warnings + files + gaps
