"""Daily backups while the app runs (it may run for weeks), keeping the newest N.

The schedule is a phrasebook setting (it follows the agent); the backups themselves are the
core's (`Phrasebook.backup`, named by date). The core keeps at most `backups.KEEP` of each kind,
so N is capped there.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QTimer

from desktop import setting_keys
from phrasebook import Phrasebook, PhrasebookError
from phrasebook.db import backups

log = logging.getLogger(__name__)

CHECK_MS = 60 * 60 * 1000  # hourly: a day boundary is noticed within the hour


@dataclass(frozen=True)
class BackupSchedule:
    """Attributes: daily: make one backup per day; keep: how many daily backups to keep."""

    daily: bool = True
    keep: int = backups.KEEP

    @classmethod
    def from_setting(cls, raw: Any) -> BackupSchedule:
        if not isinstance(raw, dict):
            return cls()
        keep = raw.get("keep", backups.KEEP)
        keep = keep if isinstance(keep, int) and 1 <= keep <= backups.KEEP else backups.KEEP
        return cls(daily=bool(raw.get("daily", True)), keep=keep)

    def as_setting(self) -> dict[str, Any]:
        return {"daily": self.daily, "keep": self.keep}


class BackupScheduler(QObject):
    """Checks at start and hourly; a failed backup (full disk) is logged, never raised."""

    def __init__(self, book: Phrasebook, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self._timer = QTimer(self, interval=CHECK_MS)
        self._timer.timeout.connect(self.check)

    @property
    def schedule(self) -> BackupSchedule:
        return BackupSchedule.from_setting(self.book.get_setting(setting_keys.BACKUP_SCHEDULE))

    def set_schedule(self, schedule: BackupSchedule) -> None:
        self.book.set_setting(setting_keys.BACKUP_SCHEDULE, schedule.as_setting())
        self.check()

    def start(self) -> None:
        self.check()
        self._timer.start()

    def check(self) -> bool:
        """Back up if due and wanted, then trim; True when a backup was made."""
        if self.book.closed:
            return False
        schedule = self.schedule
        made = False
        if schedule.daily and backups.daily_backup_due(self.book.path):
            try:
                self.book.backup("daily")
                made = True
            except (OSError, sqlite3.Error, PhrasebookError) as exc:  # a full disk must not
                log.warning("daily backup failed: %s", exc)  # keep the app from starting
        self._trim(schedule.keep)
        return made

    def _trim(self, keep: int) -> None:
        path = self.book.path
        daily = [p for p in self.book.backups() if _kind(path, p) == "daily"]
        for old in daily[keep:]:
            old.unlink(missing_ok=True)


def _kind(db_path: Any, backup: Any) -> str | None:
    name = backups.parse_name(db_path, backup)
    return name.kind if name else None
