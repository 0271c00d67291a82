"""The two small forms of the Team sync page for a book not yet in a team: join and create."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop.file_dialogs import ask_folder


def where_arguments(where: str) -> dict[str, str]:
    """The core's keyword for a place typed by the agent: a server address or a folder."""
    where = where.strip()
    if not where:
        return {}
    return {"server": where} if where.startswith(("http://", "https://")) else {"folder": where}


class TeamForm(QGroupBox):
    """A first field (join code, or team name), the shared folder, and one button.

    Signals:
        submitted(str, str): the first field and the folder (or server address), trimmed.
    """

    submitted = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first, self.where = QLineEdit(self), QLineEdit(self)
        self.first_label, self.where_label = QLabel(self), QLabel(self)
        self.browse, self.button = QPushButton(self), QPushButton(self)
        row = QHBoxLayout()
        row.addWidget(self.where, 1)
        row.addWidget(self.browse)
        form = QFormLayout(self)
        form.addRow(self.first_label, self.first)
        form.addRow(self.where_label, row)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.button)
        form.addRow(buttons)
        self.browse.clicked.connect(self.choose_folder)
        self.button.clicked.connect(self.submit)
        self.first.textChanged.connect(lambda _: self._update_button())
        self._update_button()

    def set_texts(self, title: str, first: str, button: str) -> None:
        """Set the visible strings (called from the page's retranslate)."""
        self.setTitle(title)
        self.first_label.setText(first)
        self.button.setText(button)
        self.where_label.setText(self.tr("Shared folder"))
        self.where.setPlaceholderText(self.tr("A synced or network folder, or https://server"))
        self.browse.setText(self.tr("Choose…"))

    def choose_folder(self) -> None:
        folder = ask_folder(self, self.tr("Shared folder"), self.where.text())
        if folder:
            self.where.setText(folder)

    def submit(self) -> None:
        if self.first.text().strip():
            self.submitted.emit(self.first.text().strip(), self.where.text().strip())

    def set_busy(self, busy: bool) -> None:
        for widget in (self.first, self.where, self.browse):
            widget.setEnabled(not busy)
        self._update_button(busy)

    def _update_button(self, busy: bool = False) -> None:
        self.button.setEnabled(not busy and bool(self.first.text().strip()))
