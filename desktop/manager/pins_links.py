"""Number-key pins and hand-made links, as the editor shows them.

`PinSelector` puts the phrase on one of the slots 1-9 that Ctrl+Alt+1..9 insert (naming the
phrase a slot holds now, since pinning there replaces it). `RelatedPanel` lists the phrases linked
to this one by hand - the popup offers them after an insertion - with a search picker to add more.
Both emit undoable commands for the window to run.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.manager import personal_commands as pcmd
from phrasebook import Phrase, Phrasebook
from phrasebook.personal import SLOTS

ID_ROLE = Qt.ItemDataRole.UserRole
PICKER_LIMIT = 50


class PinSelector(QComboBox):
    """无 / 1..9 for the shown phrase; choosing a slot emits a `PinPhrase` command.

    Signals:
        command(object): a BookCommand for the window's undo stack.
    """

    command = Signal(object)

    def __init__(self, book: Phrasebook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._book = book
        self._phrase: Phrase | None = None
        self.setObjectName("pinSelector")
        self.setToolTip(self.tr("Insert this phrase with Ctrl+Alt+number, without the popup"))
        self.activated.connect(self._chosen)

    def slot(self) -> int | None:
        data = self.currentData()
        return int(data) if data else None

    def set_phrase(self, phrase: Phrase | None) -> None:
        """Rebuild the items (who holds which slot) and show the phrase's slot."""
        self._phrase = phrase
        taken = self._book.favorites.slots()
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("None"), 0)
        for number in SLOTS:
            holder = taken.get(number)
            name = (
                f"{number}"
                if holder is None or phrase is None or holder.id == phrase.id
                else (f"{number} · {holder.label[:12]}")
            )
            self.addItem(name, number)
        mine = next((n for n, p in taken.items() if phrase and p.id == phrase.id), 0)
        self.setCurrentIndex(self.findData(mine))
        self.blockSignals(False)
        self.setEnabled(phrase is not None)

    def _chosen(self, _index: int) -> None:
        phrase = self._phrase
        if phrase is None or self.slot() == self._book.favorites.slot_of(phrase.id):
            return
        label = self.tr("Pin to a number key") if self.slot() else self.tr("Unpin")
        self.command.emit(pcmd.PinPhrase(self._book, label, phrase.id, self.slot()))


class PhrasePicker(QDialog):
    """Find a phrase with the popup's search and pick it (double-click or OK)."""

    def __init__(self, book: Phrasebook, exclude: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a related phrase"))
        self.resize(420, 420)
        self._book, self._exclude = book, exclude
        self.search = QLineEdit(placeholderText=self.tr("Search: text, code, pinyin initials…"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(box)
        self._timer = QTimer(self, singleShot=True, interval=60)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _: self._timer.start())
        self.results.itemDoubleClicked.connect(lambda _: self.accept())
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        self.refresh()

    def refresh(self) -> None:
        query = self.search.text().strip()
        if query:
            found = [h.phrase for h in self._book.search(query, limit=PICKER_LIMIT)]
        else:
            found = self._book.phrases()[:PICKER_LIMIT]
        self.results.clear()
        for phrase in found:
            if phrase.id not in self._exclude:
                self.results.addItem(_item(phrase))
        if self.results.count():
            self.results.setCurrentRow(0)

    def chosen(self) -> str | None:
        item = self.results.currentItem()
        return str(item.data(ID_ROLE)) if item is not None else None


class RelatedPanel(QWidget):
    """The phrases linked to the shown one by hand; add through a picker, remove the selected.

    Signals:
        command(object): a BookCommand for the window's undo stack.

    Attributes:
        pick: asks for a phrase to link (excluded ids) -> id or None; tests replace it.
    """

    command = Signal(object)

    def __init__(self, book: Phrasebook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._book = book
        self._phrase: Phrase | None = None
        self.pick: Callable[[set[str]], str | None] = self._pick
        note = QLabel(
            self.tr("After you insert this phrase, the popup offers these next (问一答三)."),
            wordWrap=True,
        )
        self.list = QListWidget()
        self.list.setObjectName("relatedList")
        self.add_button = QPushButton(self.tr("Add…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_related)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.itemSelectionChanged.connect(self._update_buttons)

    def set_phrase(self, phrase: Phrase | None) -> None:
        self._phrase = phrase
        self.list.clear()
        if phrase is not None:
            for related in self._book.links.related(phrase.id):
                self.list.addItem(_item(related))
        self._update_buttons()

    def ids(self) -> list[str]:
        return [str(self.list.item(r).data(ID_ROLE)) for r in range(self.list.count())]

    def add_related(self) -> None:
        if self._phrase is None:
            return
        chosen = self.pick({self._phrase.id, *self.ids()})
        if chosen:
            label = self.tr("Link related phrase")
            self.command.emit(pcmd.LinkPhrases(self._book, label, self._phrase.id, chosen))

    def remove_selected(self) -> None:
        if self._phrase is None:
            return
        for item in self.list.selectedItems():
            label = self.tr("Remove related phrase")
            related = str(item.data(ID_ROLE))
            self.command.emit(
                pcmd.LinkPhrases(self._book, label, self._phrase.id, related, unlink=True)
            )

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(self._phrase is not None)
        self.remove_button.setEnabled(bool(self.list.selectedItems()))

    def _pick(self, exclude: set[str]) -> str | None:
        picker = PhrasePicker(self._book, exclude, self)
        return picker.chosen() if picker.exec() == QDialog.DialogCode.Accepted else None


def _item(phrase: Phrase) -> QListWidgetItem:
    snippet = " ".join(phrase.body.split())[:40]
    item = QListWidgetItem(f"{phrase.label} — {snippet}" if phrase.title else phrase.label)
    item.setData(ID_ROLE, phrase.id)
    item.setToolTip(phrase.body)
    return item
