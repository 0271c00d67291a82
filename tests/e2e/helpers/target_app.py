"""A chat-window stand-in for the end-to-end tests: a QTextEdit logging text and keys as JSONL.

Usage: python target_app.py LOG_PATH TITLE [ignore-paste]. Prints "ready" once shown. With
"ignore-paste" the box takes typed keys but never asks for the clipboard (a chat window too
busy to paste, or one that swallows Ctrl+V). Every text change is
logged as {"t", "text"} and every key press as {"t", "key", "mods", "chars"}, with
time.monotonic() (CLOCK_MONOTONIC is shared by all processes), so the driver can time paste
latency and see whether a chord reached this window or was grabbed by QuickReply.
"""

import json
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QTextEdit


class Target(QTextEdit):
    def __init__(self, log_path: str) -> None:
        super().__init__()
        self._log = open(log_path, "a", encoding="utf-8")  # noqa: SIM115 - lives as long as the app
        self.textChanged.connect(lambda: self._write({"text": self.toPlainText()}))

    def _write(self, record: dict[str, object]) -> None:
        self._log.write(json.dumps({"t": time.monotonic(), **record}, ensure_ascii=False) + "\n")
        self._log.flush()

    ignore_paste = False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        self._write({"key": event.key(), "mods": event.modifiers().value, "chars": event.text()})
        if self.ignore_paste and event.matches(QKeySequence.StandardKey.Paste):
            return
        super().keyPressEvent(event)


def main() -> None:
    app = QApplication(sys.argv[:1])
    window = Target(sys.argv[1])
    window.setWindowTitle(sys.argv[2])
    window.ignore_paste = sys.argv[3:] == ["ignore-paste"]
    window.resize(500, 300)
    window.show()
    QTimer.singleShot(200, lambda: print("ready", flush=True))
    app.exec()


if __name__ == "__main__":
    main()
