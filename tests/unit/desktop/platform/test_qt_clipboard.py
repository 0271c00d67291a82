"""QtClipboard in-process (offscreen): every format survives, reads are reported, marks set."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData
from PySide6.QtGui import QColor, QGuiApplication, QImage
from pytestqt.qtbot import QtBot

from desktop.platform.base import ClipboardContent, ClipboardSnapshot
from desktop.platform.qt_clipboard import WINDOWS_TRANSIENT_FORMATS, QtClipboard


def _set_rich_clipboard() -> None:
    image = QImage(3, 2, QImage.Format.Format_ARGB32)
    image.fill(QColor("blue"))
    data = QMimeData()
    data.setText("原来的 text")
    data.setHtml("<i>原来的</i>")
    data.setImageData(image)
    data.setData("application/x-custom", QByteArray(b"\x00\x01"))
    QGuiApplication.clipboard().setMimeData(data)


def test_snapshot_put_restore_round_trip(qtbot: QtBot) -> None:
    _set_rich_clipboard()
    clipboard = QtClipboard()
    before = clipboard.snapshot()
    assert {"text/plain", "text/html", "image/png", "application/x-custom"} <= set(before.formats)

    reads: list[str] = []
    clipboard.put(ClipboardContent("回复", "<b>回复</b>"), transient=True, on_read=reads.append)
    current = QGuiApplication.clipboard().mimeData()
    assert current is not None
    assert set(current.formats()) == {"text/plain", "text/html", "x-kde-passwordManagerHint"}
    assert QGuiApplication.clipboard().text() == "回复"
    assert "text/plain" in reads

    clipboard.restore(before)
    after = clipboard.snapshot()
    assert after.get("application/x-custom") == b"\x00\x01"
    assert after.get("text/plain") == "原来的 text".encode()
    png = after.get("image/png")
    assert png is not None and QImage.fromData(png).size().toTuple() == (3, 2)


def test_empty_snapshot_clears(qtbot: QtBot) -> None:
    clipboard = QtClipboard()
    clipboard.put(ClipboardContent("x"), transient=False, on_read=None)
    clipboard.restore(ClipboardSnapshot())
    assert QGuiApplication.clipboard().text() == ""


def test_windows_marks_use_qt_windows_mime_names(qtbot: QtBot) -> None:
    clipboard = QtClipboard(WINDOWS_TRANSIENT_FORMATS, clear_at_exit=False)
    clipboard.put(ClipboardContent("x"), transient=True, on_read=None)
    current = QGuiApplication.clipboard().mimeData()
    assert current is not None
    names = " ".join(current.formats())
    assert "ExcludeClipboardContentFromMonitorProcessing" in names
    assert "CanIncludeInClipboardHistory" in names
    QGuiApplication.clipboard().clear()


def test_a_failing_read_hook_does_not_break_the_read(qtbot: QtBot) -> None:
    def broken(fmt: str) -> None:
        raise RuntimeError("boom")

    QtClipboard().put(ClipboardContent("still readable"), transient=False, on_read=broken)
    assert QGuiApplication.clipboard().text() == "still readable"
