"""First-run welcome: the agent's nickname and shop (skippable), and which hotkey to press."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class WelcomeDialog(QDialog):
    """Asks for nickname and shop name; both optional (Skip keeps them empty)."""

    def __init__(self, hotkey_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to QuickReply"))
        intro = QLabel(
            self.tr(
                "Press <b>{hotkey}</b> in any chat window to search your replies; Enter pastes "
                "the chosen one.<br>Tell us how to sign your replies (you can change it later)."
            ).replace("{hotkey}", hotkey_text)
        )
        intro.setWordWrap(True)
        self.nickname = QLineEdit(placeholderText=self.tr("e.g. Xiaomei"))
        self.shop = QLineEdit(placeholderText=self.tr("e.g. your shop's name"))
        form = QFormLayout()
        form.addRow(self.tr("Your nickname"), self.nickname)
        form.addRow(self.tr("Shop name"), self.shop)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Start"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Skip"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def values(self) -> tuple[str, str]:
        return self.nickname.text().strip(), self.shop.text().strip()
