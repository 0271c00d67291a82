"""Light, dark or the system's look, switched live with Fusion and a palette.

The native style cannot be recoloured reliably (Windows' style ignores palettes), so an explicit
choice switches to Fusion, which follows the palette everywhere; "system" restores what the app
started with.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

THEMES = ("system", "light", "dark")
_original: tuple[str, QPalette] | None = None

_DARK = {
    QPalette.ColorRole.Window: "#2b2d31",
    QPalette.ColorRole.WindowText: "#e8e8ea",
    QPalette.ColorRole.Base: "#1f2023",
    QPalette.ColorRole.AlternateBase: "#2f3136",
    QPalette.ColorRole.ToolTipBase: "#3a3c42",
    QPalette.ColorRole.ToolTipText: "#e8e8ea",
    QPalette.ColorRole.PlaceholderText: "#8b8d94",
    QPalette.ColorRole.Text: "#e8e8ea",
    QPalette.ColorRole.Button: "#34363c",
    QPalette.ColorRole.ButtonText: "#e8e8ea",
    QPalette.ColorRole.BrightText: "#ff6b6b",
    QPalette.ColorRole.Highlight: "#3d7eff",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#6ea8ff",
}


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, color in _DARK.items():
        palette.setColor(role, QColor(color))
    disabled = QColor("#6b6d73")
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, disabled)
    return palette


def apply_theme(name: str) -> str:
    """Apply "system", "light" or "dark" to the running app; returns the theme applied."""
    global _original  # noqa: PLW0603 - the look the app started with, captured once
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return "system"
    if _original is None:
        _original = (app.style().name(), QPalette(app.palette()))
    chosen = name if name in THEMES else "system"
    hints = QGuiApplication.styleHints()
    if chosen == "system":
        app.setStyle(_original[0])
        app.setPalette(_original[1])
        hints.unsetColorScheme()
    else:
        fusion = QStyleFactory.create("Fusion")
        app.setStyle(fusion)
        dark = chosen == "dark"
        hints.setColorScheme(Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)
        app.setPalette(dark_palette() if dark else fusion.standardPalette())
    _restyle_sheets(app)
    return chosen


def _restyle_sheets(app: QApplication) -> None:
    """Resolve every widget's style sheet again against the new palette.

    Qt resolves `palette(base)` and friends in a style sheet once, when the sheet is set: a
    live switch left the popup's list and preview (and the manager's tabs) in the old colours.
    """
    for widget in app.allWidgets():
        sheet = widget.styleSheet()
        if sheet:
            widget.setStyleSheet("")
            widget.setStyleSheet(sheet)
