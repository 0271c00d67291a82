"""The one way the app runs phrasebook work off the GUI thread (sync rounds, joining a team).

The rule, as in Anki's CollectionOp: **no widget calls inside the work function**. It gets a
second `Phrasebook` opened on the same file (SQLite WAL lets both connections work; the GUI's
book is never touched from the pool thread) and returns a plain value. The value, or a readable
reason the work failed, arrives on the GUI thread as a signal of the `BookJob`, whatever the
caller connected (a lambda included). The GUI then calls `book.reload()` if the work wrote.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from phrasebook import Phrasebook

__all__ = ["BookJob", "Work", "start_job"]

log = logging.getLogger(__name__)

Work = Callable[[Phrasebook], Any]


class BookJob(QObject):
    """`work(book)` on its own connection to the phrasebook at `path`; lives on the GUI thread.

    Signals (always on the GUI thread):
        finished(object): the work's return value.
        failed(str): a readable reason the work stopped.
    """

    finished = Signal(object)
    failed = Signal(str)
    _outcome = Signal(bool, object)  # emitted on the pool thread; queued to the GUI thread

    def __init__(self, path: Path, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path, self.work = path, work
        self._outcome.connect(self._deliver)

    def run(self) -> None:
        """The pool thread's part: open, work, close; never raises (nobody to raise to)."""
        try:
            with Phrasebook.open(self.path, auto_backup=False) as book:
                outcome: tuple[bool, object] = (True, self.work(book))
        except Exception as exc:
            log.warning("background phrasebook job failed: %s", exc, exc_info=True)
            outcome = (False, str(exc) or type(exc).__name__)
        try:
            self._outcome.emit(*outcome)
        except RuntimeError:  # its owner (a closed window) was deleted meanwhile: nobody waits
            log.info("background phrasebook job finished after its window closed")

    def _deliver(self, ok: bool, value: object) -> None:
        if ok:
            self.finished.emit(value)
        else:
            self.failed.emit(str(value))
        self.deleteLater()  # done: a minutely sync must not pile up jobs under its owner


class _PoolTask(QRunnable):
    def __init__(self, job: BookJob) -> None:
        super().__init__()
        self.job = job

    def run(self) -> None:
        self.job.run()


def start_job(
    path: Path,
    work: Work,
    done: Callable[[Any], None],
    failed: Callable[[str], None],
    pool: QThreadPool | None = None,
    owner: QObject | None = None,
) -> BookJob:
    """Start `work` in `pool` (default: Qt's global pool); `done` or `failed` runs on the GUI
    thread, unless `owner` (the job's parent) was deleted first. Call from the GUI thread, and
    keep the returned job referenced until one ran."""
    job = BookJob(path, work, owner)
    job.finished.connect(done)
    job.failed.connect(failed)
    (pool or QThreadPool.globalInstance()).start(_PoolTask(job))
    return job
