"""Choosing the popup hotkey: record a chord by pressing it, and see at once if it is free."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QKeySequenceEdit,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.platform.chords import Chord, ChordError, parse_chord


class HotkeyDialog(QDialog):
    """Asks for a new chord; `try_chord` registers it and returns an error message or None."""

    def __init__(
        self,
        current: Chord,
        try_chord: Callable[[Chord], str | None],
        problem: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._try = try_chord
        self.chord: Chord | None = None
        self.setWindowTitle(self.tr("Popup hotkey"))
        self.message = QLabel(problem or self.tr("Press the keys you want to use."))
        self.message.setWordWrap(True)
        self.editor = QKeySequenceEdit(QKeySequence(str(current)))
        self.editor.setMaximumSequenceLength(1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.editor)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)

    def _accept(self) -> None:
        text = self.editor.keySequence().toString(QKeySequence.SequenceFormat.PortableText)
        try:
            chord = parse_chord(text)
        except ChordError as exc:
            self.message.setText(str(exc))
            return
        error = self._try(chord)
        if error:
            self.message.setText(error)
            return
        self.chord = chord
        self.accept()
