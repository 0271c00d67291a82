"""Phrasebook work off the GUI thread (sync rounds, joining a team), on its own connection.

The rule, as in Anki's CollectionOp: **no widget calls inside the work function**. It gets a
second `Phrasebook` opened on the same file (SQLite WAL lets both connections work; the GUI's
book is never touched from the pool thread), returns a plain value, and that value reaches the
GUI thread through a queued signal. The GUI then calls `book.reload()` if the work wrote.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from phrasebook import Phrasebook

log = logging.getLogger(__name__)

Work = Callable[[Phrasebook], Any]


class JobSignals(QObject):
    """Signals:
    finished(object): the work's return value.
    failed(str): a readable reason the work stopped.
    """

    finished = Signal(object)
    failed = Signal(str)


class BookJob(QRunnable):
    """Runs `work(book)` in a pool thread on its own connection to the phrasebook at `path`."""

    def __init__(self, path: Path, work: Work) -> None:
        super().__init__()
        self.path, self.work = path, work
        self.signals = JobSignals()

    def run(self) -> None:
        try:
            with Phrasebook.open(self.path, auto_backup=False) as book:
                result = self.work(book)
        except Exception as exc:  # a pool thread has nobody to raise to: report it instead
            log.warning("background phrasebook job failed: %s", exc, exc_info=True)
            self.signals.failed.emit(str(exc) or type(exc).__name__)
            return
        self.signals.finished.emit(result)


def start_job(
    path: Path,
    work: Work,
    done: Callable[[Any], None],
    failed: Callable[[str], None],
    pool: QThreadPool | None = None,
) -> BookJob:
    """Start `work` in the pool; `done`/`failed` (bound methods of GUI objects) run on the GUI
    thread. Keep the returned job referenced until one of them ran."""
    job = BookJob(path, work)
    job.signals.finished.connect(done)
    job.signals.failed.connect(failed)
    (pool or QThreadPool.globalInstance()).start(job)
    return job
