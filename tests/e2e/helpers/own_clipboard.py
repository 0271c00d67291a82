"""Another program's clipboard with several formats: text, HTML, PNG image, URI list.

Usage: python own_clipboard.py PNG_FILE. Takes the CLIPBOARD, prints "ready", and serves it
until terminated (like a browser that copied an image with its caption).
"""

import sys
from pathlib import Path

from PySide6.QtCore import QByteArray, QMimeData, QTimer
from PySide6.QtWidgets import QApplication

TEXT = "客户发来的图片说明 ✓"
HTML = "<p>客户发来的<b>图片</b>说明 ✓</p>"
URIS = "file:///tmp/%E5%AE%A2%E6%88%B7.png\r\n"


def main() -> None:
    app = QApplication(sys.argv[:1])
    data = QMimeData()
    data.setText(TEXT)
    data.setHtml(HTML)
    data.setData("image/png", QByteArray(Path(sys.argv[1]).read_bytes()))
    data.setData("text/uri-list", QByteArray(URIS.encode()))
    app.clipboard().setMimeData(data)
    QTimer.singleShot(100, lambda: print("ready", flush=True))
    app.exec()


if __name__ == "__main__":
    main()
