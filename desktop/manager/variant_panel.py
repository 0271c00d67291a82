"""The editor's "My wording" tab: her own rewording of a team phrase, autosaved like the rest.

Search and insertion use her text instead of the team's (`Phrase.body`); emptying the box goes
back to the team text. Edits leave as undoable `SetVariant` commands (consecutive saves merge).
When the team rewrites the phrase later, her text stays and `Phrase.team_changed` is set: the
editor shows a badge, and `open_compare` offers keep mine / take theirs / merge by hand.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.manager import personal_commands as pcmd
from desktop.manager.variant_compare import Choice, VariantCompareDialog
from phrasebook import Phrase, Phrasebook
from phrasebook.personal import VariantComparison

AUTOSAVE_MS = 400
DialogFactory = Callable[[VariantComparison, QWidget], VariantCompareDialog]


class VariantPanel(QWidget):
    """Edits her wording of the shown team phrase.

    Signals:
        command(object): a BookCommand for the window's undo stack to run.
        resolved(str): a message after keep mine / take theirs / merge.

    Attributes:
        make_dialog: builds the compare dialog; tests replace it.
    """

    command = Signal(object)
    resolved = Signal(str)
    text_changed = Signal()

    def __init__(self, book: Phrasebook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._book = book
        self._phrase: Phrase | None = None
        self.make_dialog: DialogFactory = VariantCompareDialog
        self._timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._timer.timeout.connect(self.save_now)
        self.note = QLabel(wordWrap=True)
        self.note.setObjectName("variantNote")
        self.mine = QPlainTextEdit()
        self.mine.setObjectName("variantText")
        self.mine.setMaximumHeight(170)
        self.team_text = QLabel(wordWrap=True)
        self.team_text.setObjectName("teamText")
        self.team_text.setStyleSheet(
            "color: palette(placeholder-text); border-left: 3px solid #2f7de1; padding-left: 6px;"
        )
        self.compare_button = QPushButton(self.tr("Compare with the team version…"))
        self.reset_button = QPushButton(self.tr("Use the team text again"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.compare_button)
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.mine)
        layout.addWidget(self.team_text)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.mine.textChanged.connect(self._changed)
        self.compare_button.clicked.connect(self.open_compare)
        self.reset_button.clicked.connect(self.take_theirs)

    def text(self) -> str:
        """Her wording as typed ("" when she uses the team text)."""
        return self.mine.toPlainText()

    def set_phrase(self, phrase: Phrase | None) -> None:
        self.save_now()
        self._phrase = phrase
        self._show(phrase, force=True)

    def reload(self, phrase: Phrase | None) -> None:
        """The stored phrase changed: follow it unless she is typing."""
        if self._timer.isActive():
            return
        same = phrase is not None and self._phrase is not None and phrase.id == self._phrase.id
        self._phrase = phrase
        self._show(phrase, force=not same)

    def save_now(self) -> None:
        self._timer.stop()
        phrase = self._phrase
        if phrase is None or phrase.scope != "team":
            return
        typed = self.text() if self.text().strip() else None
        if typed == phrase.variant:
            return
        label = self.tr("Edit my wording")
        self.command.emit(pcmd.SetVariant(self._book, label, phrase.id, phrase.variant, typed))
        self._phrase = _with_variant(phrase, typed)

    def open_compare(self) -> None:
        """Show her text beside the team's and apply what she picks."""
        self.save_now()
        phrase = self._phrase
        if phrase is None or phrase.variant is None:
            return
        dialog = self.make_dialog(self._book.variants.compare(phrase.id), self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.choice is not None:
            self.resolve(dialog.choice, dialog.merged_text())

    def resolve(self, choice: Choice, merged: str = "") -> None:
        """Apply keep mine / take theirs / merge to the shown phrase."""
        phrase = self._phrase
        if phrase is None or phrase.variant is None:
            return
        if choice == "mine":  # only re-bases: nothing an undo could take back
            self._book.variants.keep_mine(phrase.id)
            self.resolved.emit(self.tr("Kept your wording"))
        elif choice == "theirs":
            self.take_theirs()
        else:
            label = self.tr("Merge with the team version")
            self.command.emit(
                pcmd.MergeVariant(self._book, label, phrase.id, phrase.variant, merged)
            )
            self.resolved.emit(self.tr("Saved the merged text"))

    def take_theirs(self) -> None:
        phrase = self._phrase
        if phrase is None or phrase.variant is None:
            return
        self._timer.stop()
        label = self.tr("Take the team version")
        self.command.emit(pcmd.TakeTheirs(self._book, label, phrase.id, phrase.variant))
        self.resolved.emit(self.tr("Using the team text again"))

    def _show(self, phrase: Phrase | None, *, force: bool) -> None:
        team = phrase is not None and phrase.scope == "team"
        wanted = (phrase.variant or "") if phrase is not None else ""
        if force or self.text() != wanted:
            self.mine.blockSignals(True)
            self.mine.setPlainText(wanted)
            self.mine.blockSignals(False)
        self.mine.setEnabled(team)
        self.mine.setPlaceholderText(phrase.text if team and phrase else "")
        has_variant = team and phrase is not None and phrase.variant is not None
        self.compare_button.setEnabled(has_variant)
        self.reset_button.setEnabled(has_variant)
        self.note.setText(self._note(phrase))
        self.team_text.setVisible(has_variant)
        if phrase is not None:
            self.team_text.setText(self.tr("Team text: {text}").replace("{text}", phrase.text))

    def _note(self, phrase: Phrase | None) -> str:
        if phrase is None:
            return ""
        if phrase.scope != "team":
            return self.tr("A personal phrase is already yours: edit its text on the Reply tab.")
        if phrase.team_changed:
            return self.tr(
                "The team changed this phrase after you rewrote it. Your wording is still used; "
                "compare to keep it, take the team's, or merge."
            )
        return self.tr(
            "Say this team phrase your way: search and insertion use your wording, team updates "
            "never overwrite it. Leave it empty to use the team text."
        )

    def _changed(self) -> None:
        if self._phrase is not None:
            self._timer.start()
            self.text_changed.emit()


def _with_variant(phrase: Phrase, variant: str | None) -> Phrase:
    return dataclasses.replace(phrase, variant=variant)
