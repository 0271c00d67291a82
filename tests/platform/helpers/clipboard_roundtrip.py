"""Runs inside the Xvfb session as its own Qt (xcb) process; prints one JSON report.

Checks QtClipboard against a real X server: our content is read by another client (xclip),
the read is reported, and snapshot/restore gives back text, image and a custom format.
"""

import json
import subprocess
import threading

from PySide6.QtCore import QByteArray, QEventLoop, QMimeData, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from desktop.platform.base import ClipboardContent
from desktop.platform.qt_clipboard import QtClipboard


def xclip_out(app: QApplication, target: str = "UTF8_STRING") -> bytes:
    """Read the clipboard from another process while our event loop answers it.

    (Not app.processEvents(flags, ms) in a loop: with PySide6 6.12 it corrupted None's
    refcount and aborted the interpreter.)
    """
    result: dict[str, bytes] = {}

    def run() -> None:
        cmd = ["xclip", "-selection", "clipboard", "-o", "-t", target]
        result["out"] = subprocess.run(cmd, check=False, capture_output=True, timeout=5).stdout

    thread = threading.Thread(target=run)
    thread.start()
    loop = QEventLoop()
    timer = QTimer()
    timer.timeout.connect(lambda: None if thread.is_alive() else loop.quit())
    timer.start(10)
    loop.exec()
    timer.stop()
    return result["out"]


def main() -> None:
    app = QApplication([])
    clipboard = QtClipboard()
    image = QImage(6, 4, QImage.Format.Format_ARGB32)
    image.fill(QColor("red"))
    original = QMimeData()
    original.setText("用户原剪贴板 ✓")
    original.setImageData(image)
    original.setData("application/x-custom", QByteArray(b"custom-bytes"))
    app.clipboard().setMimeData(original)

    snapshot = clipboard.snapshot()
    reads: list[str] = []
    content = ClipboardContent("插入 안녕", "<b>插入</b>")
    clipboard.put(content, transient=True, on_read=reads.append)
    report = {
        "snapshot_formats": list(snapshot.formats),
        "during": xclip_out(app).decode(),
        "during_html": xclip_out(app, "text/html").decode(),
        "targets": xclip_out(app, "TARGETS").decode().split(),
        "hint": xclip_out(app, "x-kde-passwordManagerHint").decode(),
    }
    report["reads"] = list(reads)
    clipboard.restore(snapshot)
    png = xclip_out(app, "image/png")
    report |= {
        "after": xclip_out(app).decode(),
        "after_png_ok": QImage.fromData(png).size().toTuple() == (6, 4),
        "after_custom": xclip_out(app, "application/x-custom").decode(),
    }
    print(json.dumps(report, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
