"""The manager's phrase editor: every field, a live preview, and autosave as the agent types.

There is no Save button. Each change restarts a 400 ms timer; when it fires, the changed fields
go out as `edited(phrase_id, before, after)` and the window stores them as one undoable step
(one transaction). Switching phrases or closing the window saves at once, so nothing typed is
lost. The preview renders the text with the agent's profile (`Phrasebook.render`) and shows the
fill-in fields; the wording check (`Phrasebook.check`, when present) lists risky words. Under the
text, each bracket is a toggle: a field (asked for at insert time) or the shop's label (text).

Beside the reply itself, tabs hold what makes the phrase hers: "My wording" (a personal variant of
a team phrase, with a "team version changed" badge and a compare dialog), "Languages" and
"Related" (hand-made links); the head row pins it to a number key. Those panels emit undoable
commands through `command`, which the window runs on its undo stack.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QDropEvent, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core_messages import core_message
from desktop.manager.language_panel import LANG_NAMES, LanguagePanel
from desktop.manager.picture_strip import PictureStrip, picture_drop
from desktop.manager.pins_links import PinSelector, RelatedPanel
from desktop.manager.variant_panel import VariantPanel
from desktop.phrase_widgets.bracket_bar import BracketBar
from desktop.phrase_widgets.reply_preview import PreviewPane
from phrasebook import Phrase, Phrasebook, ValidationError
from phrasebook.models import LANGS

AUTOSAVE_MS = 400
_SPLIT_TAGS = re.compile(r"[,，、;；\s]+")
_BADGE = "border-radius: 8px; padding: 1px 8px; font-weight: 600; color: white; background: {};"
BADGE_COLORS = {"team": "#2f7de1", "personal": "#2e9d6a", "readonly": "#8a8f98"}
CHANGED_COLOR = "#e8890c"


class PhraseEditor(QWidget):
    """Edits one phrase; empty (disabled) when no phrase is chosen.

    Signals:
        edited(str, dict, dict): phrase id, the fields before and after a debounced change.
        problem(str): a value the phrasebook refuses (e.g. empty text); "" when fixed.
        command(object): an undoable BookCommand from the personalization panels.
        pictures_command(object): an undoable SetPictures from the picture strip; the window
            runs it and shows a refusal in the strip (`pictures.show_problem`).
        stayed(str): a switch to another phrase was stopped because this phrase's edit was
            refused; the list selects this id again.
    """

    edited = Signal(str, dict, dict)
    problem = Signal(str)
    command = Signal(object)
    pictures_command = Signal(object)
    stayed = Signal(str)

    def __init__(self, book: Phrasebook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._book = book
        self._phrase: Phrase | None = None
        self._refused = False  # the window refused the edit just sent (`refused`)
        self._timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._timer.timeout.connect(self.save_now)
        self._build()
        self.set_phrase(None)

    # -- building --------------------------------------------------------------------------

    def _build(self) -> None:
        self.wording = VariantPanel(self._book)
        self.languages = LanguagePanel(self._book)
        self.related = RelatedPanel(self._book)
        self.sections = QTabWidget()
        self.sections.setObjectName("editorSections")
        self.sections.addTab(self._build_reply(), self.tr("Reply"))
        self.sections.addTab(self.wording, self.tr("My wording"))
        self.sections.addTab(self.languages, self.tr("Languages"))
        self.sections.addTab(self.related, self.tr("Related"))
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_head())
        layout.addWidget(self.sections, 1)
        for panel in (self.wording, self.languages, self.related, self.pin):
            panel.command.connect(self.command)
        self.wording.text_changed.connect(self._refresh_preview)
        self.changed_badge.clicked.connect(self.compare)
        for edit in (self.title, self.code, self.tags):
            edit.textChanged.connect(self._changed)
        self.text.textChanged.connect(self._changed)
        self.text.installEventFilter(self)  # Ctrl+V of a picture in the text adds it
        self.text.viewport().installEventFilter(self)  # so does a picture dropped on it
        self.pictures.command.connect(self.pictures_command)
        self.questions.textChanged.connect(self._changed)
        self.lang.currentIndexChanged.connect(self._changed)

    def _build_head(self) -> QHBoxLayout:
        self.badge = QLabel()
        self.badge.setObjectName("scopeBadge")
        self.status = QLabel()
        self.status.setObjectName("saveStatus")
        self.changed_badge = QPushButton(self.tr("Team version updated"))
        self.changed_badge.setObjectName("teamChangedBadge")
        self.changed_badge.setToolTip(self.tr("Compare your wording with the team's new text"))
        self.changed_badge.setStyleSheet(_BADGE.format(CHANGED_COLOR) + " border: none;")
        self.pin = PinSelector(self._book)
        head = QHBoxLayout()
        head.addWidget(self.badge)
        head.addWidget(self.changed_badge)
        head.addStretch(1)
        head.addWidget(self.status)
        head.addWidget(QLabel(self.tr("Number key")))
        head.addWidget(self.pin)
        return head

    def _build_reply(self) -> QWidget:
        self.title = QLineEdit(placeholderText=self.tr("Short title shown in lists"))
        self.text = QPlainTextEdit(placeholderText=self.tr("The reply; placeholders like {客户}"))
        self.text.setObjectName("phraseText")
        self.text.setMinimumHeight(90)
        self.text.setMaximumHeight(170)
        self.code = QLineEdit(placeholderText=self.tr("e.g. fhsj"))
        self.tags = QLineEdit(placeholderText=self.tr("Separated by commas"))
        self.questions = QPlainTextEdit(placeholderText=self.tr("One customer question per line"))
        self.questions.setMaximumHeight(70)
        self.lang = QComboBox()
        for lang in LANGS:
            self.lang.addItem(LANG_NAMES.get(lang, lang), lang)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Text"), self.text)
        self.bracket_bar = BracketBar()
        self.bracket_bar.text_changed.connect(self.text.setPlainText)  # autosaves as typing does
        form.addRow("", self.bracket_bar)
        self.pictures = PictureStrip(self._book)
        form.addRow(self.tr("Pictures"), self.pictures)
        form.addRow(self.tr("Shortcut code"), self.code)
        form.addRow(self.tr("Tags"), self.tags)
        form.addRow(self.tr("Customer questions"), self.questions)
        form.addRow(self.tr("Language"), self.lang)
        self.findings = QLabel(wordWrap=True)
        self.findings.setObjectName("wordingFindings")
        self.findings.setTextFormat(Qt.TextFormat.RichText)
        self.findings.hide()
        self.preview = PreviewPane(pictures=False)  # the strip above shows them
        reply = QWidget()
        reply_layout = QVBoxLayout(reply)
        reply_layout.addLayout(form, 3)
        reply_layout.addWidget(self.findings)
        reply_layout.addWidget(self.preview, 2)
        return reply

    # -- what the window tells it ----------------------------------------------------------

    def phrase(self) -> Phrase | None:
        return self._phrase

    def set_phrase(self, phrase: Phrase | None) -> None:
        """Show another phrase (saving the current one first).

        When the current one's edit is refused (too long, empty), the editor stays on it with
        the reason showing and `stayed` asks the list to select it again: switching would
        throw away what the agent typed.
        """
        current = self._phrase
        if phrase is not None and current is not None and phrase.id == current.id:
            return  # the list re-selecting the phrase shown (after `stayed`)
        if not self.save_now() and current is not None:
            self.stayed.emit(current.id)
            return
        self._phrase = phrase
        self.wording.set_phrase(phrase)
        self.languages.set_phrase(phrase)
        self._show(phrase)

    def reload(self, phrase: Phrase | None) -> None:
        """The stored phrase changed (an undo, a move): show it unless edits are pending."""
        if phrase is not None and self._phrase is not None and phrase.id == self._phrase.id:
            self.pictures.set_phrase(phrase)  # pictures are stored at once, never pending
        self.wording.reload(phrase)
        self.languages.reload(phrase)
        if self._timer.isActive():
            return
        if phrase is None or self._phrase is None or phrase.id != self._phrase.id:
            self._phrase = phrase
            self._show(phrase)
            return
        self._phrase = phrase
        if self.fields() != _fields_of(phrase):
            self._show(phrase)
        else:
            self._show_badge(phrase)
            self._refresh_preview()

    def pending(self) -> bool:
        return self._timer.isActive()

    def compare(self) -> None:
        """Open the side-by-side view of her wording and the team's text."""
        self.sections.setCurrentWidget(self.wording)
        self.wording.open_compare()

    def fields(self) -> dict[str, Any]:
        """What the form holds now, as `Phrasebook.update` keyword arguments."""
        return {
            "title": self.title.text().strip(),
            "text": self.text.toPlainText(),
            "code": self.code.text().strip(),
            "tags": tuple(t for t in _SPLIT_TAGS.split(self.tags.text()) if t),
            "questions": tuple(
                q.strip() for q in self.questions.toPlainText().splitlines() if q.strip()
            ),
            "lang": self.lang.currentData(),
        }

    def save_now(self) -> bool:
        """Send pending edits at once (phrase switch, window close, timer); False when the
        edit was refused (it stays in the form, with the reason in the status)."""
        self.wording.save_now()
        self.languages.save_now()
        self._timer.stop()
        phrase = self._phrase
        if phrase is None:
            return True
        before = _fields_of(phrase)
        after = self.fields()
        changed = {k: v for k, v in after.items() if before[k] != v}
        if not changed:
            return True
        if not after["text"].strip():
            self._set_status(self.tr("Not saved: the text is empty"), error=True)
            return False
        self._refused = False
        self.edited.emit(phrase.id, {k: before[k] for k in changed}, changed)
        return not self._refused

    def saved(self, phrase: Phrase) -> None:
        """The window stored an edit: keep the stored version as the new baseline."""
        self._phrase = phrase
        self._set_status(self.tr("Saved"))

    def refused(self, error: ValidationError) -> None:
        self._refused = True
        self._set_status(core_message(error), error=True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Ctrl+V in the text with a picture (and no text) on the clipboard adds the picture;
        a picture file or image dropped on the text goes to the strip, not into the text."""
        if watched is self.text.viewport() and isinstance(event, QDropEvent):
            mime = event.mimeData()  # QDragEnterEvent and QDragMoveEvent are QDropEvents too
            if self.pictures.editable() and picture_drop(mime):
                event.acceptProposedAction()
                if event.type() == QEvent.Type.Drop:
                    self.pictures.add_mime(mime)
                return True
        if watched is self.text and isinstance(event, QKeyEvent) and _pastes_picture(event):
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()
                return True
            if event.type() == QEvent.Type.KeyPress and self.pictures.editable():
                self.pictures.paste()
                return True
        return super().eventFilter(watched, event)

    # -- internals -------------------------------------------------------------------------

    def _show(self, phrase: Phrase | None) -> None:
        widgets = (self.title, self.text, self.code, self.tags, self.questions, self.lang)
        for widget in widgets:
            widget.blockSignals(True)
        values = _fields_of(phrase) if phrase else dict.fromkeys(("title", "text", "code"), "")
        self.title.setText(values["title"])
        self.text.setPlainText(values["text"])
        self.code.setText(values["code"])
        self.tags.setText(", ".join(values.get("tags", ())))
        self.questions.setPlainText("\n".join(values.get("questions", ())))
        self.lang.setCurrentIndex(max(0, self.lang.findData(values.get("lang", "zh-Hans"))))
        for widget in widgets:
            widget.blockSignals(False)
        editable = phrase is not None and self._book.organize.editable(phrase)
        for widget in widgets:
            widget.setEnabled(phrase is not None)
        for edit in (self.title, self.code, self.tags):
            edit.setReadOnly(not editable)
        self.text.setReadOnly(not editable)
        self.bracket_bar.setEnabled(editable)
        self.questions.setReadOnly(not editable)
        self.pictures.set_phrase(phrase)
        self._show_badge(phrase)
        self._set_status("")
        self._refresh_preview()

    def _show_badge(self, phrase: Phrase | None) -> None:
        self.pin.set_phrase(phrase)
        self.related.set_phrase(phrase)
        self.changed_badge.setVisible(phrase is not None and phrase.team_changed)
        self.sections.setTabVisible(1, phrase is not None and phrase.scope == "team")
        if phrase is None:
            self.badge.hide()
            return
        if self._book.shown_scope(phrase) is None:  # outside a team: every phrase is hers
            self.badge.hide()
            return
        editable = self._book.organize.editable(phrase)
        text = self.tr("Team phrase") if phrase.scope == "team" else self.tr("Personal phrase")
        color = BADGE_COLORS[phrase.scope] if editable else BADGE_COLORS["readonly"]
        if not editable:
            text += " · " + self.tr("read-only")
        self.badge.setText(text)
        self.badge.setStyleSheet(_BADGE.format(color))
        self.badge.show()

    def _changed(self) -> None:
        if self._phrase is None:
            return
        self._set_status(self.tr("Editing…"))
        self._timer.start()
        self._refresh_preview()

    def _refresh_preview(self) -> None:
        self.bracket_bar.set_text(self.text.toPlainText() if self._phrase is not None else "")
        phrase = self._phrase
        if phrase is None or not self.text.toPlainText().strip():
            self.preview.set_phrase(None, None)
            self._show_findings([])
            return
        lang = self.lang.currentData() or phrase.lang
        text = self.wording.text() if self.wording.text().strip() else self.text.toPlainText()
        shown = dataclasses.replace(phrase, text=text, variant=None, lang=lang)
        self.preview.set_phrase(self._book, shown)
        check = getattr(self._book, "check", None)  # the wording check, where it is built in
        self._show_findings(list(check(shown.text, lang)) if callable(check) else [])

    def _show_findings(self, findings: list[Any]) -> None:
        if not findings:
            self.findings.hide()
            return
        lines = []
        for f in findings[:5]:
            hint = f" → {f.suggestion}" if getattr(f, "suggestion", "") else ""
            lines.append(f"⚠ <b>{f.text}</b>: {f.explanation}{hint}")
        self.findings.setText("<br>".join(lines))
        self.findings.show()

    def _set_status(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        quiet = "color: palette(placeholder-text);"  # mid was 1.8:1 on the light theme
        self.status.setStyleSheet("color: #e5533d;" if error else quiet)


def _pastes_picture(event: QKeyEvent) -> bool:
    if not event.matches(QKeySequence.StandardKey.Paste):
        return False
    mime = QGuiApplication.clipboard().mimeData()
    return mime is not None and mime.hasImage() and not mime.hasText()


def _fields_of(phrase: Phrase) -> dict[str, Any]:
    return {
        "title": phrase.title,
        "text": phrase.text,
        "code": phrase.code,
        "tags": tuple(phrase.tags),
        "questions": tuple(phrase.questions),
        "lang": phrase.lang,
    }
