"""Quitting: SIGTERM/SIGINT reach the Qt event loop, and the last steps never stop the exit.

Python runs a signal handler only when the interpreter gets control, which never happens while
Qt's C++ event loop waits; `signal.set_wakeup_fd` writes to a socket that a QSocketNotifier
watches, so the loop wakes and the app quits the same way as from the tray menu.
"""

from __future__ import annotations

import logging
import signal
import socket
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QSocketNotifier

__all__ = ["SignalQuitter", "run_steps"]

log = logging.getLogger(__name__)

#: The signals a session manager, `kill` or Ctrl+C in a terminal use to end the app.
QUIT_SIGNALS = (signal.SIGTERM, signal.SIGINT)


def run_steps(steps: Iterable[tuple[str, Callable[[], object]]]) -> None:
    """Run each shutdown step; a failing one is logged and the rest still run."""
    for name, step in steps:
        try:
            step()
        except Exception:
            log.exception("while quitting: %s failed", name)


class SignalQuitter(QObject):
    """Calls `on_quit` on the GUI thread when the process gets SIGTERM or SIGINT.

    Args:
        on_quit: The app's normal quit (tray menu "Quit").
    """

    def __init__(self, on_quit: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_quit = on_quit
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno())
        self._previous = {sig: signal.signal(sig, self._note) for sig in QUIT_SIGNALS}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._wake)

    @staticmethod
    def _note(_signum: int, _frame: object) -> None:
        """Replaces the default (die at once); the wake-up byte does the work."""

    def _wake(self) -> None:
        try:
            received = self._reader.recv(64)  # one byte per signal: its number
        except OSError:
            return
        quits = [number for number in received if number in QUIT_SIGNALS]
        if quits:
            log.info("signal %s: quitting", signal.Signals(quits[-1]).name)
            self._on_quit()

    def uninstall(self) -> None:
        """Give the signals back to their previous handlers."""
        self._notifier.setEnabled(False)
        signal.set_wakeup_fd(self._previous_fd)
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)
        self._reader.close()
        self._writer.close()
