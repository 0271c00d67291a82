"""Side-by-side view of her wording and the team's new text, with the three ways out.

Shown when the team rewrote a phrase after she personalised it (`Phrase.team_changed`). Her text
sits beside the team's current one; below, the team text she rewrote, so she sees what the team
changed (insertions marked in the new text, removals struck through in the old). She keeps hers,
takes theirs, or edits the merged text (prefilled with hers) and saves that.
"""

from __future__ import annotations

import difflib
from html import escape
from typing import Literal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from phrasebook.personal import VariantComparison

Choice = Literal["mine", "theirs", "merge"]
_INSERTED = '<span style="background:#d7f5dd;color:#0b5a22;">{}</span>'
_REMOVED = '<span style="background:#fbe0de;color:#8a1c12;text-decoration:line-through;">{}</span>'


def diff_html(old: str, new: str) -> tuple[str, str]:
    """`old` with what the team removed struck through, `new` with what it added marked.

    Character-level: Chinese has no spaces to split words on, and a changed 2-3 character word
    reads fine highlighted as one run.
    """
    before, after = [], []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        removed, added = escape(old[i1:i2]), escape(new[j1:j2])
        if tag == "equal":
            before.append(removed)
            after.append(added)
            continue
        if removed:
            before.append(_REMOVED.format(removed))
        if added:
            after.append(_INSERTED.format(added))
    return _lines("".join(before)), _lines("".join(after))


def _lines(html: str) -> str:
    return html.replace("\n", "<br>")


class VariantCompareDialog(QDialog):
    """Her text beside the team's; the agent picks keep mine, take theirs, or a merged text.

    Attributes:
        choice: what she picked ("mine", "theirs" or "merge"), None when cancelled.
    """

    def __init__(self, comparison: VariantComparison, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Team version changed"))
        self.setObjectName("variantCompare")
        self.resize(760, 520)
        self.comparison = comparison
        self.choice: Choice | None = None
        base = comparison.base if comparison.base is not None else comparison.theirs
        old_html, new_html = diff_html(base, comparison.theirs)
        self.mine = self._pane(escape(comparison.mine).replace("\n", "<br>"))
        self.theirs = self._pane(new_html)
        self.base = self._pane(old_html if comparison.base is not None else "")
        self.merged = QPlainTextEdit(comparison.mine)
        self.merged.setObjectName("mergedText")
        self._build()

    def merged_text(self) -> str:
        return self.merged.toPlainText()

    def pick(self, choice: Choice) -> None:
        """Close the dialog with `choice` (the buttons call this; so can tests)."""
        self.choice = choice
        self.accept()

    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "The team rewrote this phrase after you made it your own. Your wording is still "
                "used; compare and decide."
            ),
            wordWrap=True,
        )
        grid = QGridLayout()
        grid.addWidget(self._heading(self.tr("My wording")), 0, 0)
        grid.addWidget(self._heading(self.tr("Team's current text")), 0, 1)
        grid.addWidget(self.mine, 1, 0)
        grid.addWidget(self.theirs, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid, 3)
        base_title = self.tr("The team text you rewrote (struck through: what the team removed)")
        if self.comparison.base is None:
            base_title = self.tr("The team text you rewrote is not known")
            self.base.hide()
        layout.addWidget(self._heading(base_title))
        layout.addWidget(self.base, 1)
        layout.addWidget(self._heading(self.tr("Merge by hand (starts from your wording)")))
        layout.addWidget(self.merged, 2)
        layout.addWidget(self._buttons())

    def _buttons(self) -> QDialogButtonBox:
        box = QDialogButtonBox()
        self.keep_button = QPushButton(self.tr("Keep mine"))
        self.take_button = QPushButton(self.tr("Take theirs"))
        self.merge_button = QPushButton(self.tr("Save merged text"))
        self.merge_button.setDefault(True)
        role = QDialogButtonBox.ButtonRole.ActionRole
        for button in (self.keep_button, self.take_button, self.merge_button):
            box.addButton(button, role)
        box.addButton(QPushButton(self.tr("Cancel")), QDialogButtonBox.ButtonRole.RejectRole)
        self.keep_button.clicked.connect(lambda: self.pick("mine"))
        self.take_button.clicked.connect(lambda: self.pick("theirs"))
        self.merge_button.clicked.connect(lambda: self.pick("merge"))
        self.merged.textChanged.connect(
            lambda: self.merge_button.setEnabled(bool(self.merged_text().strip()))
        )
        box.rejected.connect(self.reject)
        return box

    def _pane(self, html: str) -> QTextBrowser:
        pane = QTextBrowser()
        pane.setHtml(html)
        pane.setOpenLinks(False)
        return pane

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setStyleSheet("font-weight: 600;")
        return label
