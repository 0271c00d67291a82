"""Open every top-level window of the real app, one at a time, in a real X session.

Usage: python window_tour.py DB [--out DIR] [--theme light|dark] [--live]

Builds the app as `quickreply` does (zh_CN UI, the stored theme), on the fake
platform so no hotkey is grabbed, and shows each window in turn. For each it prints one JSON
line: name, its frame and the available geometry of its screen, after the window manager has
framed it. With --out it also saves `<name>.png` (`-dark` appended for the dark theme). With
--live the theme is switched through the settings after the app started, as an agent would.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from PySide6.QtCore import QPoint, QRect, Qt  # noqa: E402
from PySide6.QtGui import (  # noqa: E402
    QColor,
    QFont,
    QImage,
    QInputMethodEvent,
    QLinearGradient,
    QPainter,
    QPen,
    QPolygon,
)
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget  # noqa: E402

from desktop import setting_keys
from desktop.app import QuickReply  # noqa: E402
from desktop.hotkey_dialog import HotkeyDialog  # noqa: E402
from desktop.import_dialog import ImportDialog  # noqa: E402
from desktop.manager.pins_links import PhrasePicker  # noqa: E402
from desktop.notebook.capture_form import CaptureForm, CaptureValues  # noqa: E402
from desktop.notebook.promote_dialog import PromoteDialog  # noqa: E402
from desktop.phrase_widgets.thumbnails import shared_cache  # noqa: E402
from desktop.platform.fake import FakeBackend  # noqa: E402
from desktop.welcome import WelcomeDialog  # noqa: E402
from phrasebook import Phrasebook  # noqa: E402

IMPORT_CSV = (
    "标题,内容,分组\n发货时间,亲，48小时内发货~,物流\n退换说明,7天无理由退换，运费险已含,售后\n"
)
#: Time for the window manager to map and frame a window, and for its first paint.
SETTLE_S = 0.6


def settle(seconds: float = SETTLE_S) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def rect(r: QRect) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def type_query(app: QuickReply, text: str) -> None:
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(app.popup.search_box, event)
    app.popup.refresh()


def size_chart(path: Path) -> Path:
    """A size chart as shops post them: a table of sizes and centimetres (PNG)."""
    rows = [
        ["尺码", "胸围", "衣长", "肩宽", "身高"],
        ["S", "96", "66", "42", "155-160"],
        ["M", "100", "68", "43", "160-165"],
        ["L", "104", "70", "44", "165-170"],
        ["XL", "108", "72", "45", "170-175"],
    ]
    image = QImage(720, 420, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont()
    font.setPixelSize(30)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#333333"))
    painter.drawText(QRect(0, 10, 720, 50), Qt.AlignmentFlag.AlignCenter, "尺码表 (cm)")
    cell_w, cell_h, top = 720 // 5, 66, 75
    font.setPixelSize(24)
    for r, row in enumerate(rows):
        fill = QColor("#e8890c") if r == 0 else QColor("#fff4e5" if r % 2 else "white")
        painter.fillRect(0, top + r * cell_h, 720, cell_h, fill)
        font.setBold(r == 0)
        painter.setFont(font)
        painter.setPen(QColor("white") if r == 0 else QColor("#333333"))
        for c, text in enumerate(row):
            box = QRect(c * cell_w, top + r * cell_h, cell_w, cell_h)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
    painter.setPen(QPen(QColor("#d9d9d9"), 1))
    for r in range(len(rows) + 1):
        painter.drawLine(0, top + r * cell_h, 720, top + r * cell_h)
    painter.end()
    image.save(str(path), "PNG")
    return path


def product_photo(path: Path) -> Path:
    """A photo-like picture: a shirt on a softly lit background (JPEG)."""
    image = QImage(900, 1200, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    light = QLinearGradient(0, 0, 900, 1200)
    light.setColorAt(0, QColor("#f3ede4"))
    light.setColorAt(1, QColor("#b9a892"))
    painter.fillRect(image.rect(), light)
    cloth = QLinearGradient(0, 250, 900, 1000)
    cloth.setColorAt(0, QColor("#4f7cc2"))
    cloth.setColorAt(1, QColor("#1f3c73"))
    painter.setBrush(cloth)
    painter.setPen(Qt.PenStyle.NoPen)
    body = [(300, 250), (600, 250), (800, 420), (700, 520), (640, 460), (640, 1000)]
    body += [(260, 1000), (260, 460), (200, 520), (100, 420)]
    painter.drawPolygon(QPolygon([QPoint(x, y) for x, y in body]))
    painter.setBrush(QColor("#f3ede4"))
    painter.drawEllipse(QPoint(450, 255), 85, 55)
    painter.end()
    image.save(str(path), "JPEG", 88)
    return path


def phrase_with_pictures(app: QuickReply, tmp: Path) -> str:
    """The size-chart reply, given a chart and a photo once (the second tour reuses them)."""
    found = app.book.by_code("cmbsm")
    phrase = found[0] if found else app.book.add("亲，尺码表请看图～", title="尺码表说明")
    if not phrase.images:
        pictures = [size_chart(tmp / "尺码表.png"), product_photo(tmp / "实拍图.jpg")]
        phrase = app.book.add_images(phrase.id, pictures)
    return phrase.id


def windows(app: QuickReply, tmp: Path) -> dict[str, Callable[[], QWidget]]:
    """name -> a function that shows that window and returns it."""
    csv = tmp / "话术.csv"
    csv.write_text(IMPORT_CSV, "utf-8")

    def popup() -> QWidget:
        app.show_popup()
        type_query(app, "发货")
        return app.popup

    def popup_pictures() -> QWidget:
        phrase_with_pictures(app, tmp)
        app.show_popup()
        type_query(app, "尺码表说明")
        settle(0.2)
        shared_cache().wait()
        return app.popup

    def manager_pictures() -> QWidget:
        phrase_id = phrase_with_pictures(app, tmp)
        app.show_manager()
        assert app.manager is not None
        app.manager.tabs.setCurrentIndex(0)  # type: ignore[attr-defined]
        settle(0.2)
        app.manager.show_phrase(phrase_id)  # type: ignore[attr-defined]
        settle(0.2)
        shared_cache().wait()
        return app.manager

    def manager(tab: int) -> Callable[[], QWidget]:
        def show() -> QWidget:
            app.show_manager()
            assert app.manager is not None
            app.manager.tabs.setCurrentIndex(tab)  # type: ignore[attr-defined]
            return app.manager

        return show

    def settings(page: str) -> Callable[[], QWidget]:
        return lambda: app.settings.open(page)

    def dialog(widget: QWidget) -> Callable[[], QWidget]:
        def show() -> QWidget:
            widget.show()
            return widget

        return show

    asked = app.book.notebook.capture("能开专票吗？我的手机 13812345678", customer="小猫咪")
    answered = app.book.notebook.answer(asked.id, "可以的亲，下单时备注税号即可~")
    values = CaptureValues(
        question="这款羽绒服可以直接机洗吗？", customer="小猫咪", shop="快回旗舰店"
    )
    error = QMessageBox(QMessageBox.Icon.Warning, "快回", "出了点问题。快回仍在运行，话术都安全。")
    return {
        "popup": popup,
        "manager-phrases": manager(0),
        "manager-trash": manager(1),
        "manager-stats": manager(2),
        "manager-proposals": manager(3),
        "notebook-open": app.notebook.show_window,
        "notebook-capture": dialog(CaptureForm(values, ("快回旗舰店",), lambda m, c: "稍等")),
        "settings-general": settings("general"),
        "settings-hotkeys": settings("hotkeys"),
        "settings-paste": settings("paste"),
        "settings-profile": settings("profile"),
        "settings-sync": settings("sync"),
        "settings-data": settings("data"),
        "notebook-promote": dialog(PromoteDialog(app.book, answered)),
        "import-preview": dialog(ImportDialog(app.book, csv)),
        "manager-related-picker": dialog(PhrasePicker(app.book, set())),
        "welcome": dialog(WelcomeDialog("Ctrl+Alt+Space")),
        "hotkey-dialog": dialog(HotkeyDialog(app.chord, lambda chord: None)),
        "error": dialog(error),
        "popup-pictures": popup_pictures,
        "manager-pictures": manager_pictures,
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("db", type=Path)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    parser.add_argument("--live", action="store_true")
    parser.add_argument("--only", nargs="*", default=None)
    args = parser.parse_args()
    qt = QApplication(sys.argv[:1])
    qt.setQuitOnLastWindowClosed(False)
    book = Phrasebook.open(args.db, auto_backup=False)
    book.set_setting("ui.language", "zh_CN")
    if not args.live:
        book.set_setting(setting_keys.UI_THEME, args.theme)
    app = QuickReply(book, FakeBackend().platform())
    app.start(args.db)  # hotkeys registered (on the fake platform), tray shown
    app.popup.show_for_search(QPoint(200, 200))  # built and painted once in the start theme
    settle(0.2)
    app.popup.hide()
    if args.live:
        app.settings.set_theme(args.theme)
    if not app.book.notebook.entries():  # the second tour on the same file adds none
        app.book.notebook.capture("能开专票吗？", customer="小猫咪", due_minutes=5)
        app.book.notebook.capture("这个颜色有现货吗", customer="阿花", due_minutes=10)
    suffix = "-dark" if args.theme == "dark" else ""
    shown = windows(app, args.db.parent)
    for name, show in shown.items():
        if args.only and name not in args.only:
            continue
        widget = show()
        settle()
        screen = widget.screen().availableGeometry()
        record = {
            "name": name,
            "frame": rect(widget.frameGeometry()),
            "available": rect(screen),
            "base_luminance": widget.palette().base().color().lightnessF(),
        }
        if args.out is not None:
            args.out.mkdir(parents=True, exist_ok=True)
            widget.grab().save(str(args.out / f"{name}{suffix}.png"))
        print(json.dumps(record), flush=True)
        widget.hide()
        settle(0.1)
    book.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
