"""A row of the phrase's brackets, each one a toggle: field (asked for) or text (pasted as is).

Shops write labels like 【温馨提示】 in the same brackets agents use for fill-in fields, and the
template engine guesses which is which (phrasebook.templates.bracket_marks). The editor and the
import preview show its guess here; one click flips a bracket by rewriting the phrase's text
(`toggle_bracket`), so the choice is stored with the phrase itself.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QToolButton, QWidget

from phrasebook import Bracket, brackets, toggle_bracket

#: Buttons shown at most (a reply with more brackets is rare), and per row: they wrap rather
#: than shrink, so each bracket stays readable in a narrow editor.
MAX_BUTTONS = 12
PER_ROW = 4

_STYLE = """
QToolButton { border: 1px solid palette(mid); border-radius: 6px; padding: 1px 6px; }
QToolButton:checked { border: 1px solid palette(highlight); color: palette(highlighted-text);
                      background: palette(highlight); }
"""


class BracketBar(QWidget):
    """The brackets of one text as toggle buttons: checked is a field, unchecked is text.

    Signals:
        text_changed(str): the text rewritten after a click (the caller stores it).
    """

    text_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, caption: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("bracketBar")
        self.setStyleSheet(_STYLE)
        self._text = ""
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setHorizontalSpacing(4)
        self._layout.setVerticalSpacing(4)
        self._caption = QLabel(self.tr("Fields:")) if caption else None
        if self._caption is not None:
            self._caption.setToolTip(self.tr("Highlighted brackets are asked for when inserting"))
            self._layout.addWidget(self._caption, 0, 0)
        self._buttons: list[QToolButton] = []
        self._layout.setColumnStretch(PER_ROW + 1, 1)
        self.hide()

    def buttons(self) -> list[QToolButton]:
        """One button per bracket, in text order (for tests and screenshots)."""
        return list(self._buttons)

    def set_text(self, text: str) -> None:
        """Show the brackets of `text` (hidden when it has none)."""
        self._text = text
        for button in self._buttons:
            self._layout.removeWidget(button)
            button.hide()  # deleteLater waits for the event loop; meanwhile it must not show
            button.deleteLater()
        self._buttons = []
        found = brackets(text)[:MAX_BUTTONS]
        for at, bracket in enumerate(found):
            button = self._button(bracket)
            self._layout.addWidget(button, at // PER_ROW, 1 + at % PER_ROW)
            self._buttons.append(button)
        self.setVisible(bool(found))

    def _button(self, bracket: Bracket) -> QToolButton:
        button = QToolButton()
        button.setText(bracket.raw)
        button.setCheckable(True)
        button.setChecked(bracket.field)
        button.setProperty("start", bracket.start)
        button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        button.setToolTip(
            self.tr("A field: asked for when inserting. Click to paste it as written.")
            if bracket.field
            else self.tr("Text: pasted as written. Click to ask for it when inserting.")
        )
        button.clicked.connect(lambda _checked=False, start=bracket.start: self.toggle(start))
        return button

    def toggle(self, start: int) -> None:
        """Flip the bracket at `start` and announce the rewritten text."""
        text = toggle_bracket(self._text, start)
        self.set_text(text)
        self.text_changed.emit(text)
