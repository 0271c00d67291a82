"""A live theme switch repaints what style sheets drew: popup list and preview, manager tabs,
settings hints. Checked on the rendered pixels, since Qt resolves `palette(...)` in a style
sheet once, and a palette check alone passed while the popup stayed white."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop.app import QuickReply
from desktop.settings import SettingsWindow

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")  # offscreen raise()


def lightness(image: QImage) -> float:
    """Median lightness (0..1) of a grid of pixels: the background, whatever text is on it."""
    values = sorted(
        image.pixelColor(x, y).lightnessF()
        for x in range(2, image.width() - 2, max(1, image.width() // 24))
        for y in range(2, image.height() - 2, max(1, image.height() // 24))
    )
    return values[len(values) // 2]


def rendered(widget: QWidget) -> float:
    """Lightness of `widget` as its window shows it (a transparent list shows the frame)."""
    QApplication.processEvents()
    window = widget.window()
    area = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    return lightness(window.grab(area).toImage())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio between two colours."""

    def lum(c: QColor) -> float:
        parts = [c.redF(), c.greenF(), c.blueF()]
        lin = [p / 12.92 if p <= 0.03928 else ((p + 0.055) / 1.055) ** 2.4 for p in parts]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    high, low = sorted((lum(a), lum(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def popup_parts(quickreply: QuickReply) -> dict[str, QWidget]:
    quickreply.show_popup()
    quickreply.popup.select_row(0)
    preview = quickreply.popup.findChild(QWidget, "previewText")
    assert preview is not None
    quickreply.show_manager()
    assert quickreply.manager is not None
    tabs = quickreply.manager.tabs.tabBar()  # type: ignore[attr-defined]
    return {"results": quickreply.popup.results.viewport(), "preview": preview, "tabs": tabs}


def test_popup_and_manager_follow_a_live_switch_to_dark_and_back(
    qtbot: QtBot, quickreply: QuickReply
) -> None:
    quickreply.settings.set_theme("light")
    parts = popup_parts(quickreply)
    light = {name: rendered(widget) for name, widget in parts.items()}
    quickreply.settings.set_theme("dark")
    dark = {name: rendered(widget) for name, widget in parts.items()}
    quickreply.settings.set_theme("light")
    again = {name: rendered(widget) for name, widget in parts.items()}
    quickreply.manager.close()  # type: ignore[union-attr]
    quickreply.popup.hide()

    assert all(value > 0.7 for value in light.values()), light
    assert all(value < 0.3 for value in dark.values()), dark
    assert all(value > 0.7 for value in again.values()), again


def test_settings_hint_reads_after_a_live_switch_to_dark(
    qtbot: QtBot, quickreply: QuickReply
) -> None:
    quickreply.settings.set_theme("light")  # Fusion's light hint ink is half-transparent black
    window: SettingsWindow = quickreply.settings.open()
    qtbot.waitExposed(window)
    quickreply.settings.set_theme("dark")
    hints = [label for label in window.findChildren(QLabel) if label.property("hint")]
    assert hints
    for label in hints:
        if not label.text() or not label.isVisible():
            continue
        image = label.grab().toImage()  # as the label paints itself, its own background too
        counts = Counter(
            image.pixelColor(QPoint(x, y)).name()
            for x in range(image.width())
            for y in range(image.height())
        )
        background = QColor(counts.most_common(1)[0][0])
        ink = max((QColor(c) for c in counts), key=lambda c: contrast(c, background))
        assert background.lightnessF() < 0.3, (label.text(), background.name())
        assert contrast(ink, background) >= 3.0, (label.text(), ink.name())


def test_group_counts_follow_a_live_switch(qtbot: QtBot, quickreply: QuickReply) -> None:
    quickreply.settings.set_theme("light")
    quickreply.show_manager()
    assert quickreply.manager is not None
    tree = quickreply.manager.groups  # type: ignore[attr-defined]
    quickreply.settings.set_theme("dark")
    item = tree.topLevelItem(0)
    ink = item.foreground(1).color()
    background = QApplication.palette().base().color()
    quickreply.manager.close()
    assert contrast(ink, background) >= 3.0, ink.name(QColor.NameFormat.HexArgb)
