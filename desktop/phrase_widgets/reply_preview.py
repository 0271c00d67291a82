"""The popup's preview pane: the reply exactly as it will be pasted, plus its fill-in fields.

Profile placeholders ({店铺名}, {客服}...) are already filled by `Phrasebook.render`; what is left
are the fields only the agent can answer ({尺码}, {颜色:红色|蓝色}). They appear as editors under
the text - a line edit for a free field, an editable combo box for a choice field - and every
keystroke re-renders the preview, so the agent sees the final message before sending it.

Under the text, the wording check (phrasebook.wording) lists careless words in the phrase - a
promise, an absolute claim, a WeChat id - each with its reason and a safer wording as tooltip,
and the words are underlined in the text. The reply's first pictures follow the text as small
thumbnails (desktop/phrase_widgets/thumbnails.py), so the agent sees what goes with it.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.phrase_widgets.findings_view import SEVERITY_COLORS, FindingsView
from desktop.phrase_widgets.highlight import utf16_spans
from desktop.phrase_widgets.thumbnails import PictureRow
from phrasebook import Field, Finding, Phrase, Phrasebook, PhrasebookError, Rendered

log = logging.getLogger(__name__)

#: Text of a field the agent still has to fill: a warm red that reads on light and dark bases.
MISSING_COLOR = QColor(229, 83, 61)
#: A note about the reply itself (e.g. no text in the customer's language): amber, not alarm red.
NOTE_COLOR = QColor(214, 137, 16)
#: Background of text that came from a field (typed or default), a translucent blue.
FILLED_BACKGROUND = QColor(64, 140, 255, 60)

FieldEditor = QLineEdit | QComboBox


class PreviewPane(QWidget):
    """Shows one phrase rendered with the agent's profile and the values typed in its fields.

    Signals:
        rendered_changed(Rendered): the preview text changed (new phrase, a field edited).
        editors_changed(): the field editors were rebuilt (a different phrase is shown).
    """

    rendered_changed = Signal(object)
    editors_changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, pictures: bool = True) -> None:
        super().__init__(parent)
        self._show_pictures = pictures
        self._book: Phrasebook | None = None
        self._phrase: Phrase | None = None
        self._rendered: Rendered | None = None
        self._editors: dict[str, FieldEditor] = {}
        self._checked: tuple[str, str] | None = None
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self._caption = _caption(self.tr("Preview"))
        self._text = QTextEdit(readOnly=True)
        self._text.setObjectName("previewText")
        self._text.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._text.setFrameShape(QTextEdit.Shape.NoFrame)
        self._pictures = PictureRow()
        self._pictures.setObjectName("previewPictures")
        self._note = QLabel(wordWrap=True)
        self._note.setObjectName("previewNote")
        self._note.setStyleSheet(f"color: {NOTE_COLOR.name()};")
        self._note.hide()
        self._findings = FindingsView()
        self._fields_caption = _caption(self.tr("Fill in"))
        self._form = QFormLayout()
        self._form.setContentsMargins(0, 0, 0, 0)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._hint = QLabel(wordWrap=True)
        self._hint.setObjectName("previewHint")
        self._hint.setStyleSheet(f"color: {MISSING_COLOR.name()}; font-weight: 600;")
        self._hint.hide()
        layout.addWidget(self._caption)
        layout.addWidget(self._text, 1)
        layout.addWidget(self._pictures)
        layout.addWidget(self._note)
        layout.addWidget(self._findings)
        layout.addWidget(self._fields_caption)
        layout.addLayout(self._form)
        layout.addWidget(self._hint)
        self._fields_caption.hide()

    # -- what the popup asks ---------------------------------------------------------------

    def phrase(self) -> Phrase | None:
        return self._phrase

    def rendered(self) -> Rendered | None:
        """The reply as it would be inserted now, or None when no phrase is shown."""
        return self._rendered

    def editors(self) -> list[FieldEditor]:
        """The field editors in the order the fields appear (the Tab order)."""
        return list(self._editors.values())

    def editor_for(self, name: str) -> FieldEditor | None:
        return self._editors.get(name)

    def values(self) -> dict[str, str]:
        """What the agent typed or picked, by field name; blank editors are left out."""
        typed = {name: _text_of(editor) for name, editor in self._editors.items()}
        return {name: text for name, text in typed.items() if text.strip()}

    def findings(self) -> list[Finding]:
        """The wording check's findings for the phrase shown (spans are in its template)."""
        return self._findings.findings()

    def findings_view(self) -> FindingsView:
        return self._findings

    def pictures(self) -> PictureRow:
        """The thumbnails of the first pictures sent with the reply."""
        return self._pictures

    def hint(self) -> str:
        return self._hint.text() if not self._hint.isHidden() else ""

    # -- what the popup tells it -----------------------------------------------------------

    def set_phrase(self, book: Phrasebook | None, phrase: Phrase | None) -> None:
        """Show `phrase` with empty fields (None clears the pane).

        The same phrase again (a refresh after an edit elsewhere) keeps what was typed.
        """
        same = phrase is not None and self._phrase is not None and phrase.id == self._phrase.id
        self._book, self._phrase = book, phrase
        refs = phrase.images if phrase is not None and self._show_pictures else ()
        self._pictures.set_pictures(book, refs)
        if same and book is not None:
            self.refresh()
            return
        self.clear_hint()
        self._rendered = book.render(phrase) if book is not None and phrase is not None else None
        self._check()
        self._rebuild_editors()
        self._show_text()

    def refresh(self) -> None:
        """Re-render with the current values (the profile or the phrase may have changed)."""
        if self._book is None or self._phrase is None:
            return
        before = [f.name for f in self._rendered.fields] if self._rendered else []
        self._rendered = self._book.render(self._phrase, values=self.values())
        self._check()
        if [f.name for f in self._rendered.fields] != before:
            self._rebuild_editors()
        self._show_text()

    def focus_field(self, name: str) -> bool:
        """Put the keyboard in the field called `name`; False if there is no such field."""
        editor = self._editors.get(name)
        if editor is None:
            return False
        if self.isVisible() and not editor.isVisible():
            # A row added to a visible form is only shown by a queued call, and a widget that is
            # not shown refuses focus: show it now, or typing stays in the search box.
            editor.show()
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(editor, QLineEdit):
            editor.selectAll()
        return True

    def note(self) -> str:
        """The note under the text ("" when none is shown)."""
        return self._note.text() if not self._note.isHidden() else ""

    def set_note(self, text: str) -> None:
        """A line under the text about how it will be pasted; "" hides it."""
        self._note.setText(text)
        self._note.setVisible(bool(text))

    def show_hint(self, text: str) -> None:
        self._hint.setText(text)
        self._hint.show()

    def clear_hint(self) -> None:
        self._hint.clear()
        self._hint.hide()

    # -- internals -------------------------------------------------------------------------

    def _rebuild_editors(self) -> None:
        while self._form.rowCount():
            self._form.removeRow(0)
        self._editors = {}
        fields = self._rendered.fields if self._rendered else ()
        for field in fields:
            editor = self._make_editor(field)
            self._editors[field.name] = editor
            self._form.addRow(QLabel(field.name), editor)
        self._fields_caption.setVisible(bool(fields))
        self.editors_changed.emit()

    def _check(self) -> None:
        """Run the wording check when the phrase's text changed (not for a typed field)."""
        book, phrase = self._book, self._phrase
        key = (phrase.body, phrase.lang) if book is not None and phrase is not None else None
        if key == self._checked:
            return
        self._checked = key
        findings: list[Finding] = []
        if book is not None and key is not None:
            try:
                findings = book.check(*key)
            except PhrasebookError as exc:  # a broken team rule file must not break the popup
                log.warning("wording check unavailable: %s", exc)
        self._findings.set_findings(findings)

    def _make_editor(self, field: Field) -> FieldEditor:
        if field.choices:
            combo = QComboBox(editable=True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            combo.addItems(list(field.choices))
            combo.setCurrentText(field.value or field.default)
            combo.currentTextChanged.connect(self._on_edited)
            return combo
        edit = QLineEdit(field.value or "")
        edit.setPlaceholderText(field.default or self.tr("Required"))
        edit.setClearButtonEnabled(True)
        edit.textChanged.connect(self._on_edited)
        return edit

    def _on_edited(self) -> None:
        self.refresh()
        if self._rendered is not None and self._rendered.complete:
            self.clear_hint()

    def _show_text(self) -> None:
        rendered = self._rendered
        self._text.setPlainText(rendered.text if rendered else "")
        if rendered is not None:
            for field in rendered.fields:
                self._mark(rendered.text, field, missing=field in rendered.missing)
            self._underline(rendered.text)
        self.rendered_changed.emit(rendered)

    def _mark(self, text: str, field: Field, *, missing: bool) -> None:
        fmt = QTextCharFormat()
        if missing:
            fmt.setForeground(MISSING_COLOR)
            fmt.setFontWeight(QFont.Weight.Bold)
        else:
            fmt.setBackground(FILLED_BACKGROUND)
        for start, end in utf16_spans(text, field.spans):
            cursor = QTextCursor(self._text.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(fmt)

    def _underline(self, text: str) -> None:
        """A wavy line under the flagged words wherever they appear in the rendered reply."""
        for finding in self._findings.findings():
            if finding.category == "placeholder" or not finding.text.strip():
                continue
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(SEVERITY_COLORS[finding.severity])
            spans = list(_occurrences(text, finding.text))
            for start, end in utf16_spans(text, spans):
                cursor = QTextCursor(self._text.document())
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                cursor.mergeCharFormat(fmt)


def _occurrences(text: str, word: str) -> list[tuple[int, int]]:
    spans, at = [], text.find(word)
    while at >= 0:
        spans.append((at, at + len(word)))
        at = text.find(word, at + len(word))
    return spans


def _text_of(editor: FieldEditor) -> str:
    return editor.currentText() if isinstance(editor, QComboBox) else editor.text()


def _caption(text: str) -> QLabel:
    """A small dimmed section title."""
    label = QLabel(text)
    label.setObjectName("caption")
    font = label.font()
    font.setPointSizeF(max(font.pointSizeF() * 0.85, 7.0))
    label.setFont(font)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # dim in light and dark alike
    return label
