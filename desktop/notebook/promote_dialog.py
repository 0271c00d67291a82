"""Promote dialog: what leaves the notebook, scrubbed and confirmed, and where it goes.

The agent sees every piece of customer data that was replaced (13812345678 → {手机号}), can
still edit the question and the answer, and chooses between a new phrase (the group most like
the question is preselected) and an example question for an existing phrase.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from phrasebook import NotebookEntry, Phrasebook, PhrasebookError, Proposal, Scrubbed

__all__ = ["PromoteDialog"]


class PromoteDialog(QDialog):
    """Confirm a promotion; `proposal` holds the result after `accept()`."""

    def __init__(
        self, book: Phrasebook, entry: NotebookEntry, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.book, self.entry = book, entry
        self.proposal: Proposal | None = None
        self.setWindowTitle(self.tr("Share with the team"))
        self.setMinimumWidth(520)
        question, answer = book.notebook.scrubbed(entry.id)
        layout = QVBoxLayout(self)
        layout.addWidget(self._privacy_box(question, answer))
        layout.addLayout(self._texts(question.text, answer.text))
        layout.addWidget(self._target_box())
        self.apply_now = QCheckBox(self.tr("Add it to the phrasebook now (I decide for the team)"))
        layout.addWidget(self.apply_now)
        self.error = QLabel(self, wordWrap=True)
        self.error.setStyleSheet("color: #c62828;")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(self)
        self.confirm = buttons.addButton(
            self.tr("Send proposal"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._promote)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._search_phrases(entry.question)

    def _privacy_box(self, question: Scrubbed, answer: Scrubbed) -> QGroupBox:
        box = QGroupBox(self.tr("Customer data removed"), self)
        inner = QVBoxLayout(box)
        findings = [*question.findings, *answer.findings]
        if not findings:
            inner.addWidget(QLabel(self.tr("No customer data found. Check the text below.")))
        seen: set[tuple[str, str]] = set()
        for f in findings:
            if (f.original, f.placeholder) not in seen:
                seen.add((f.original, f.placeholder))
                label = QLabel(f"<s>{_escape(f.original)}</s>  →  <b>{_escape(f.placeholder)}</b>")
                label.setTextFormat(Qt.TextFormat.RichText)
                inner.addWidget(label)
        return box

    def _texts(self, question: str, answer: str) -> QFormLayout:
        form = QFormLayout()
        self.question = QLineEdit(question, self)
        self.answer = QPlainTextEdit(answer, self)
        self.answer.setFixedHeight(90)
        form.addRow(self.tr("Customer question"), self.question)
        form.addRow(self.tr("Reply"), self.answer)
        return form

    def _target_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Where it goes"), self)
        inner = QVBoxLayout(box)
        self.as_new = QRadioButton(self.tr("A new phrase in group"), box)
        self.group = QComboBox(box, editable=True)
        self.group.addItems([g.path for g in self.book.groups()])
        self.group.setCurrentText(self.book.notebook.suggest_group(self.entry.id))
        self.as_question = QRadioButton(self.tr("An example question of this phrase:"), box)
        self.phrase_search = QLineEdit(box)
        self.phrase_search.setPlaceholderText(self.tr("Search phrases"))
        self.phrase_search.textChanged.connect(self._search_phrases)
        self.phrases = QListWidget(box)
        self.phrases.setFixedHeight(96)
        self.phrases.currentItemChanged.connect(lambda *_: self.as_question.setChecked(True))
        choice = QButtonGroup(self)
        for button in (self.as_new, self.as_question):
            choice.addButton(button)
        self.as_new.setChecked(True)
        for widget in (self.as_new, self.group, self.as_question, self.phrase_search, self.phrases):
            inner.addWidget(widget)
        return box

    def _search_phrases(self, query: str) -> None:
        self.phrases.clear()
        for hit in self.book.search(query or self.entry.question, limit=6):
            item = QListWidgetItem(f"{hit.phrase.label}  ·  {hit.phrase.group}", self.phrases)
            item.setData(Qt.ItemDataRole.UserRole, hit.phrase.id)
            item.setToolTip(hit.phrase.body)

    def _promote(self) -> None:
        item = self.phrases.currentItem()
        to = item.data(Qt.ItemDataRole.UserRole) if self.as_question.isChecked() and item else None
        if self.as_question.isChecked() and to is None:
            self._show_error(self.tr("Choose the phrase that answers this question."))
            return
        try:
            self.proposal = self.book.notebook.promote(
                self.entry.id,
                to=to,
                question=self.question.text(),
                text=None if to else self.answer.toPlainText(),
                group=self.group.currentText().strip(),
                accept=self.apply_now.isChecked(),
            )
        except PhrasebookError as exc:
            self._show_error(str(exc))
            return
        self.accept()

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
