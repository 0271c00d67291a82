"""Runs inside the Xvfb session: the real insertion flow into whichever window has focus.

Usage: python paste_into.py TEXT. Captures the focused window, puts a known "user clipboard"
in place, inserts TEXT with the X11 backend and prints one JSON report (outcome, clipboard
after, timings).
"""

import json
import sys
import time

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from desktop.platform import x11
from desktop.platform.base import ClipboardContent
from desktop.platform.paste import Inserter
from desktop.platform.paste_values import InsertOutcome

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from clipboard_roundtrip import xclip_out  # noqa: E402


def main() -> None:
    app = QApplication([])
    platform = x11.create()
    target = platform.windows.focused_window()
    platform.clipboard.put(ClipboardContent("PREV 用户原剪贴板"), transient=False, on_read=None)
    inserter = Inserter.for_platform(platform)
    outcomes: list[InsertOutcome] = []
    loop = QEventLoop()
    inserter.finished.connect(lambda o: (outcomes.append(o), loop.quit()))
    start = time.monotonic()
    inserter.insert(target, sys.argv[1])
    QTimer.singleShot(5000, loop.quit)
    loop.exec()
    elapsed_ms = (time.monotonic() - start) * 1000
    outcome = outcomes[0] if outcomes else None
    report = {
        "target_title": target.title if target else None,
        "target_app": target.app_id if target else None,
        "status": outcome.status.value if outcome else None,
        "read_confirmed": outcome.read_confirmed if outcome else None,
        "reason": outcome.reason if outcome else None,
        "elapsed_ms": round(elapsed_ms, 1),
        "clipboard_after": xclip_out(app).decode(),
    }
    platform.close()
    print(json.dumps(report, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
