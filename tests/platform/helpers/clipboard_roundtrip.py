"""Runs inside the Xvfb session as its own Qt (xcb) process; prints one JSON report.

Checks the clipboard against a real X server: our content is read by another client (xclip),
the read is reported, and snapshot/restore gives back text, image and a custom format.
Argument: "qt" (QtClipboard) or "x11" (the X11 backend's: replies served by our own
SelectionOwner, the rest by QClipboard), which also checks a reply too large for one
property, another program copying while we serve, and restoring an empty clipboard.
"""

import json
import subprocess
import sys
import threading

from PySide6.QtCore import QByteArray, QEventLoop, QMimeData, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from desktop.platform.base import ClipboardContent, ClipboardSnapshot
from desktop.platform.qt_clipboard import QtClipboard
from desktop.platform.x11_owner import SelectionOwner, X11Clipboard
from desktop.platform.x11_selection import SelectionClock


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


def xclip_in(text: str) -> None:
    """Another program copies `text` (xclip serves it from the background)."""
    cmd = ["xclip", "-selection", "clipboard", "-i"]
    subprocess.run(cmd, input=text.encode(), check=True, timeout=5)


def wait(app: QApplication, ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def x11_checks(app: QApplication, clipboard: X11Clipboard, owner: SelectionOwner) -> dict:
    """What only the X11 clipboard does: big replies through Qt, a takeover, an empty restore."""
    report: dict[str, object] = {}
    big = "长" * 200_000  # 600,000 bytes of UTF-8: more than one property holds
    reads: list[str] = []
    clipboard.put(ClipboardContent(big), transient=False, on_read=reads.append)
    report["big_served_by_owner"] = owner.serving
    report["big_ok"] = xclip_out(app).decode() == big and reads[:1] == ["text/plain"]
    clipboard.put(ClipboardContent("回复"), transient=False, on_read=None)
    report["small_served_by_owner"] = owner.serving
    report["snapshot_while_serving"] = clipboard.snapshot().get("text/plain") == "回复".encode()
    xclip_in("别的程序复制的")
    wait(app, 200)
    report["serving_after_takeover"] = owner.serving
    report["after_takeover"] = xclip_out(app).decode()
    clipboard.put(ClipboardContent("回复"), transient=False, on_read=None)
    clipboard.restore(ClipboardSnapshot())
    wait(app, 100)
    report["after_empty_restore"] = xclip_out(app).decode()
    report["serving_after_empty_restore"] = owner.serving
    return report


def main() -> None:
    app = QApplication([])
    owner: SelectionOwner | None = None
    if sys.argv[1:] == ["x11"]:
        owner = SelectionOwner()
        clipboard = X11Clipboard(QtClipboard(clock=SelectionClock()), owner)
    else:
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
    if owner is not None:
        report |= x11_checks(app, clipboard, owner)
    print(json.dumps(report, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
