"""The trash: deleted phrases wait here until restored or purged.

Restoring is undoable like any other manager step. Purging is not (the content is gone, only a
tombstone for sync stays), so it asks first through `confirm`, which tests replace.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.manager.phrase_list import DETAIL_ROLE, ID_ROLE, RowDelegate
from phrasebook import Phrasebook


class TrashView(QWidget):
    """List of deleted phrases with Restore, Delete forever and Empty trash.

    Signals:
        restore_requested(list): ids to bring back (the window makes it undoable).
        purge_requested(object): ids to remove for good, or None for the whole trash.
    """

    restore_requested = Signal(list)
    purge_requested = Signal(object)

    def __init__(self, book: Phrasebook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._book = book
        self.confirm: Callable[[str], bool] = self._ask
        self.hint = QLabel(self.tr("Deleted phrases stay here until you delete them forever."))
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.list = QListWidget()
        self.list.setObjectName("trashList")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setItemDelegate(RowDelegate(self.list))
        self.restore = QPushButton(self.tr("Restore"))
        self.purge_selected = QPushButton(self.tr("Delete forever"))
        self.empty = QPushButton(self.tr("Empty trash"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore)
        buttons.addStretch(1)
        buttons.addWidget(self.purge_selected)
        buttons.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.restore.clicked.connect(self._restore)
        self.purge_selected.clicked.connect(self._purge_selected)
        self.empty.clicked.connect(self._empty)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for phrase in self._book.deleted_phrases():
            snippet = " ".join(phrase.body.split())[:80]
            item = QListWidgetItem(phrase.label)
            item.setData(ID_ROLE, phrase.id)
            item.setData(DETAIL_ROLE, snippet)
            item.setToolTip(phrase.body)
            self.list.addItem(item)
        self._update_buttons()

    def count(self) -> int:
        return self.list.count()

    def ids(self) -> list[str]:
        return [str(self.list.item(r).data(ID_ROLE)) for r in range(self.list.count())]

    def select(self, ids: list[str]) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setSelected(item.data(ID_ROLE) in ids)

    def _chosen(self) -> list[str]:
        return [str(item.data(ID_ROLE)) for item in self.list.selectedItems()]

    def _restore(self) -> None:
        if self._chosen():
            self.restore_requested.emit(self._chosen())

    def _purge_selected(self) -> None:
        ids = self._chosen()
        question = self.tr("Delete the selected phrases forever? This cannot be undone.")
        if ids and self.confirm(question):
            self.purge_requested.emit(ids)

    def _empty(self) -> None:
        question = self.tr("Empty the trash? This cannot be undone.")
        if self.count() and self.confirm(question):
            self.purge_requested.emit(None)

    def _update_buttons(self) -> None:
        chosen = bool(self.list.selectedItems())
        self.restore.setEnabled(chosen)
        self.purge_selected.setEnabled(chosen)
        self.empty.setEnabled(self.count() > 0)

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Trash"), question)
        return answer == QMessageBox.StandardButton.Yes
