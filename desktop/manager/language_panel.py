"""The editor's "Languages" tab: the same reply in the other languages (zh-Hans/zh-Hant/ko/en).

One phrase keeps all its languages (`book.languages`), so the popup can show the customer's
language. Pick a language, write its text; it autosaves like the rest, as an undoable
`SetLanguageText`. When nobody wrote the other Chinese script, the note says the popup converts it
automatically (OpenCC) and the box shows that conversion as its placeholder; typing overrides it,
emptying the box goes back to the conversion.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.manager import personal_commands as pcmd
from phrasebook import Phrase, Phrasebook
from phrasebook.models import LANGS
from phrasebook.personal import text_in

AUTOSAVE_MS = 400
LANG_NAMES = {"zh-Hans": "简体中文", "zh-Hant": "繁體中文", "ko": "한국어", "en": "English"}


class LanguagePanel(QWidget):
    """Hand-written texts of the shown phrase in the languages other than its own.

    Signals:
        command(object): a BookCommand for the window's undo stack.
    """

    command = Signal(object)

    def __init__(self, book: Phrasebook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._book = book
        self._phrase: Phrase | None = None
        self._lang = ""
        self._timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._timer.timeout.connect(self.save_now)
        self.selector = QComboBox()
        self.selector.setObjectName("languageSelector")
        self.note = QLabel(wordWrap=True)
        self.note.setObjectName("languageNote")
        self.text = QPlainTextEdit()
        self.text.setObjectName("languageText")
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Language")))
        row.addWidget(self.selector)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.note)
        layout.addWidget(self.text, 1)
        self.selector.currentIndexChanged.connect(self._language_chosen)
        self.text.textChanged.connect(self._changed)

    def language(self) -> str:
        return self._lang

    def set_phrase(self, phrase: Phrase | None) -> None:
        self.save_now()
        self._phrase = phrase
        self._fill_selector(phrase)
        self._show(force=True)

    def reload(self, phrase: Phrase | None) -> None:
        if self._timer.isActive():
            return
        same = phrase is not None and self._phrase is not None and phrase.id == self._phrase.id
        if not same or (phrase is not None and self._phrase and phrase.lang != self._phrase.lang):
            self.set_phrase(phrase)
            return
        self._phrase = phrase
        self._show(force=False)

    def choose(self, lang: str) -> None:
        """Switch to `lang` (saving what was typed for the previous one)."""
        self.selector.setCurrentIndex(max(0, self.selector.findData(lang)))

    def save_now(self) -> None:
        self._timer.stop()
        phrase, lang = self._phrase, self._lang
        if phrase is None or not lang:
            return
        before = dict(phrase.texts).get(lang)
        typed = self.text.toPlainText() if self.text.toPlainText().strip() else None
        if typed == before:
            return
        label = self.tr("Edit {lang} text").replace("{lang}", LANG_NAMES.get(lang, lang))
        self.command.emit(pcmd.SetLanguageText(self._book, label, phrase.id, lang, before, typed))
        texts = {**dict(phrase.texts), lang: typed}
        kept = tuple(sorted((k, v) for k, v in texts.items() if v is not None))
        self._phrase = _replace_texts(phrase, kept)

    def _fill_selector(self, phrase: Phrase | None) -> None:
        previous = self._lang
        self.selector.blockSignals(True)
        self.selector.clear()
        for lang in LANGS:
            if phrase is None or lang != phrase.lang:
                self.selector.addItem(LANG_NAMES.get(lang, lang), lang)
        index = self.selector.findData(previous)
        self.selector.setCurrentIndex(index if index >= 0 else 0)
        self.selector.blockSignals(False)
        self._lang = str(self.selector.currentData() or "")
        self.setEnabled(phrase is not None)

    def _language_chosen(self, _index: int) -> None:
        self.save_now()
        self._lang = str(self.selector.currentData() or "")
        self._show(force=True)

    def _show(self, *, force: bool) -> None:
        phrase, lang = self._phrase, self._lang
        written = dict(phrase.texts).get(lang, "") if phrase is not None else ""
        if force or self.text.toPlainText() != written:
            self.text.blockSignals(True)
            self.text.setPlainText(written)
            self.text.blockSignals(False)
        found = text_in(phrase, lang) if phrase is not None and lang else None
        converted = found is not None and found[1] == "converted"
        self.text.setPlaceholderText(found[0] if converted and found else "")
        self.note.setText(self._note(phrase, lang, bool(written), converted))

    def _note(self, phrase: Phrase | None, lang: str, written: bool, converted: bool) -> str:
        if phrase is None:
            return ""
        own = LANG_NAMES.get(phrase.lang, phrase.lang)
        if written:
            return self.tr("Written by hand. Empty the box to remove it.")
        if converted:
            return self.tr(
                "Converted automatically from {lang} (shown grey below); type to write your own."
            ).replace("{lang}", own)
        return self.tr(
            "Not written yet: customers reading this language get the {lang} text."
        ).replace("{lang}", own)

    def _changed(self) -> None:
        if self._phrase is not None and self._lang:
            self._timer.start()


def _replace_texts(phrase: Phrase, texts: tuple[tuple[str, str], ...]) -> Phrase:
    return dataclasses.replace(phrase, texts=texts)
