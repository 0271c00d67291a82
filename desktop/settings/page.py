"""The shape every settings page shares: a title, live retranslation, and a form layout."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget


class SettingsPage(QWidget):
    """One page of the settings window.

    Subclasses build their widgets in `__init__` and set every visible string in `retranslate`,
    which runs once at the end of construction and again on each language change, so switching
    the UI language needs no restart.
    """

    def title(self) -> str:
        raise NotImplementedError

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _form(self) -> tuple[QVBoxLayout, QFormLayout]:
        """The page layout: a form at the top, room below for lists and hints."""
        outer = QVBoxLayout(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        outer.addLayout(form)
        return outer, form


def hint(parent: QWidget) -> QLabel:
    """A grey, wrapping explanation line under a setting."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setProperty("hint", True)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label
