"""The last line of defence: an unexpected error is logged, explained briefly, and survived.

Python errors that escape a Qt slot, a timer or a thread land in `sys.excepthook` /
`threading.excepthook`. `ErrorReporter` writes the traceback to the log and shows one short,
non-blocking message that says where the log is; the event loop keeps running. Data stays
consistent because every phrasebook write is one transaction: a write cut short by the error
was rolled back before the error reached us.
"""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from desktop.diagnostics import private
from phrasebook import PhrasebookError

log = logging.getLogger(__name__)


class ErrorReporter(QObject):
    """Installs the hooks; shows at most one message at a time (a burst of errors gives one).

    Signals:
        error_reported(str): an unexpected error was logged; its one-line summary.

    Attributes:
        count: Errors seen since install.
        box: The message currently shown, if any.
    """

    error_reported = Signal(str)

    def __init__(self, log_file: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_file = log_file
        self.count = 0
        self.box: QMessageBox | None = None
        self._previous = (sys.excepthook, threading.excepthook)
        # Emitted from any thread; the auto connection queues it to the GUI thread.
        self.error_reported.connect(self._show)

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous

    def handle(
        self,
        kind: type[BaseException],
        error: BaseException,
        tb: TracebackType | None,
    ) -> None:
        """Log the error and report it; Ctrl+C in a terminal still stops the app."""
        if issubclass(kind, KeyboardInterrupt):
            self._previous[0](kind, error, tb)
            return
        self.count += 1
        log.error("unexpected error", exc_info=(kind, error, tb))
        # Our own errors say what to do (busy, full, read-only...); others get their type.
        own = isinstance(error, PhrasebookError)
        self.error_reported.emit(str(error) if own else f"{kind.__name__}: {error}")

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def _show(self, summary: str) -> None:
        if self.box is not None and self.box.isVisible():
            return  # one message for a burst; every error is in the log
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("QuickReply"), self._message())
        box.setInformativeText(summary[:300])
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        if self.log_file is not None:
            folder = box.addButton(self.tr("Open log folder"), QMessageBox.ButtonRole.ActionRole)
            folder.clicked.connect(self.open_log_folder)
        box.setModal(False)
        box.show()
        self.box = box

    def _message(self) -> str:
        text = self.tr("Something went wrong. QuickReply keeps running and your phrases are safe.")
        if self.log_file is None:
            return text
        details = self.tr("Details were written to {log}.").replace("{log}", private(self.log_file))
        return f"{text}\n{details}"

    def open_log_folder(self) -> None:
        if self.log_file is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_file.parent)))
