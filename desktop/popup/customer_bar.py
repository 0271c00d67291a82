"""The popup header's right side: which language the current customer reads, and which shop
the agent is answering for. Both are one click (or Ctrl+L for the language) away, because an
agent switches customers, and often shops, dozens of times an hour.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QToolButton, QWidget

#: The languages a customer can be answered in, in Ctrl+L order; None = as each phrase is written.
CUSTOMER_LANGS: tuple[str | None, ...] = (None, "zh-Hans", "zh-Hant", "ko", "en")


def language_name(lang: str | None) -> str:
    """The button text for a customer language (languages are named in themselves)."""
    names = {"zh-Hans": "简体", "zh-Hant": "繁體", "ko": "한국어", "en": "English"}
    if lang is None:
        return QCoreApplication.translate("CustomerBar", "As written")
    return names.get(lang, lang)


class CustomerBar(QWidget):
    """A language button (click or Ctrl+L cycles) and a shop selector (only with 2+ shops).

    Signals:
        language_changed(object): the customer's language, a tag or None (as written).
        shop_selected(str): the agent picked another active shop.
    """

    language_changed = Signal(object)
    shop_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang: str | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.shop_box = QComboBox()
        self.shop_box.setObjectName("shopBox")
        self.shop_box.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing stays in the search box
        self.shop_box.setToolTip(self.tr("Shop you are answering for"))
        self.shop_box.activated.connect(self._on_shop)
        self.lang_button = QToolButton()
        self.lang_button.setObjectName("langButton")
        self.lang_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.lang_button.setToolTip(self.tr("Customer's language (Ctrl+L switches)"))
        self.lang_button.clicked.connect(self.cycle_language)
        layout.addWidget(self.lang_button)
        layout.addWidget(self.shop_box)
        self.set_shops((), "")
        self._show_language()

    @property
    def language(self) -> str | None:
        return self._lang

    def set_language(self, lang: str | None) -> None:
        """Show `lang` as chosen; emits language_changed when it is a change."""
        changed = lang != self._lang
        self._lang = lang
        self._show_language()
        if changed:
            self.language_changed.emit(lang)

    def cycle_language(self) -> None:
        """The next language in CUSTOMER_LANGS order."""
        at = CUSTOMER_LANGS.index(self._lang) if self._lang in CUSTOMER_LANGS else 0
        self.set_language(CUSTOMER_LANGS[(at + 1) % len(CUSTOMER_LANGS)])

    def set_shops(self, shops: tuple[str, ...], active: str) -> None:
        """List the shops (the selector is hidden with fewer than two)."""
        self.shop_box.blockSignals(True)
        self.shop_box.clear()
        self.shop_box.addItems(list(shops))
        self.shop_box.setCurrentIndex(shops.index(active) if active in shops else -1)
        self.shop_box.blockSignals(False)
        self.shop_box.setVisible(len(shops) > 1)

    def _show_language(self) -> None:
        self.lang_button.setText(language_name(self._lang))
        self.lang_button.setProperty("chosen", self._lang is not None)
        self.lang_button.style().unpolish(self.lang_button)  # re-apply the [chosen] style rule
        self.lang_button.style().polish(self.lang_button)

    def _on_shop(self, row: int) -> None:
        shop = self.shop_box.itemText(row)
        if shop:
            self.shop_selected.emit(shop)
