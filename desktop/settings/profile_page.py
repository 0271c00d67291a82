"""Profile: the agent's nickname, shops, signature, greeting and emoticon (fill placeholders)."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from desktop.settings.page import SettingsPage, hint
from phrasebook import Phrasebook

GREETINGS = ("亲", "您", "亲爱的")


def split_shops(text: str) -> tuple[str, ...]:
    """Shops typed with commas (either width), semicolons or 、, without blanks or repeats."""
    parts = (p.strip() for p in re.split(r"[,，;；、]", text))
    return tuple(dict.fromkeys(p for p in parts if p))


class ProfilePage(SettingsPage):
    """Edits `book.profile`; each field is saved when the agent leaves it."""

    def __init__(self, book: Phrasebook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book = book
        profile = book.profile
        self.nickname = QLineEdit(profile.nickname, self)
        self.shops = QLineEdit("，".join(profile.shops), self)
        self.signature = QLineEdit(profile.signature, self)
        self.greeting = QComboBox(self, editable=True)
        self.greeting.addItems(GREETINGS)
        self.greeting.setCurrentText(profile.greeting)
        self.emoticon = QLineEdit(profile.emoticon, self)
        outer, form = self._form()
        self._labels = [QLabel(self) for _ in range(5)]
        widgets = (self.nickname, self.shops, self.signature, self.greeting, self.emoticon)
        for label, widget in zip(self._labels, widgets, strict=True):
            form.addRow(label, widget)
        self._hint = hint(self)
        outer.addWidget(self._hint)
        outer.addStretch(1)
        for edit in (self.nickname, self.shops, self.signature, self.emoticon):
            edit.editingFinished.connect(self.save)
        self.greeting.currentTextChanged.connect(lambda _: self.save())
        self.retranslate()

    def title(self) -> str:
        return self.tr("Profile")

    def retranslate(self) -> None:
        texts = (
            self.tr("Nickname"),
            self.tr("Shops"),
            self.tr("Signature"),
            self.tr("Greeting"),
            self.tr("Emoticon"),
        )
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.shops.setPlaceholderText(self.tr("Flagship store, Outlet store"))
        self.nickname.setPlaceholderText(self.tr("How customers see you, e.g. Xiaomei"))
        self._hint.setText(
            self.tr(
                "These fill the placeholders in replies: {agent}, {shop}, {signature}, "
                "{customer} and {emoticon}. They stay on this computer."
            )
        )

    def save(self) -> None:
        """Write the changed fields (nothing when nothing changed)."""
        wanted = {
            "nickname": self.nickname.text().strip(),
            "shops": split_shops(self.shops.text()),
            "signature": self.signature.text().strip(),
            "greeting": self.greeting.currentText().strip() or "亲",
            "emoticon": self.emoticon.text().strip(),
        }
        current = self.book.profile
        changed = {k: v for k, v in wanted.items() if getattr(current, k) != v}
        if current.active_shop and current.active_shop not in wanted["shops"]:
            changed["active_shop"] = wanted["shops"][0] if wanted["shops"] else ""
        if changed:
            self.book.set_profile(**changed)
