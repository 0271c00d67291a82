"""The real X11 insertion flow for a reply that carries an image, into the focused window.

Usage: python paste_reply.py TEXT PNG_FILE MODE   (MODE: one | text-then-image)
Captures the focused window, inserts TEXT with the image through `Inserter` and the X11
backend, and prints one JSON line with the outcome. It then keeps running (serving the
restored clipboard, as the app would: on X11 the clipboard dies with its owner) until it is
terminated, so the caller can check every restored format across processes.
"""

import json
import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from desktop.platform import x11
from desktop.platform.base import ReplyImage
from desktop.platform.paste import Inserter
from desktop.platform.paste_values import ImageMode, InsertOutcome, PasteSettings


def main() -> None:
    app = QApplication(sys.argv[:1])
    text, png, mode = sys.argv[1], Path(sys.argv[2]).read_bytes(), ImageMode(sys.argv[3])
    platform = x11.create()
    target = platform.windows.focused_window()
    inserter = Inserter.for_platform(platform, PasteSettings(image_mode=mode))
    outcomes: list[InsertOutcome] = []
    loop = QEventLoop()
    inserter.finished.connect(lambda o: (outcomes.append(o), loop.quit()))
    inserter.insert(target, text, images=[ReplyImage("image/png", png)])
    QTimer.singleShot(8000, loop.quit)
    loop.exec()
    outcome = outcomes[0] if outcomes else None
    report = {
        "target_title": target.title if target else None,
        "target_app": target.app_id if target else None,
        "status": outcome.status.value if outcome else None,
        "read_confirmed": outcome.read_confirmed if outcome else None,
        "reason": outcome.reason if outcome else None,
    }
    print(json.dumps(report, ensure_ascii=False), flush=True)
    QTimer.singleShot(60_000, app.quit)  # the caller terminates us sooner
    app.exec()
    platform.close()


if __name__ == "__main__":
    main()
