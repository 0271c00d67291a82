"""Paste: the method (a paste chord, or typing) per application, and the flow's delays.

Edits the phrasebook's ``paste`` setting (format in desktop.settings.paste_setting) and hands
the parsed result to the running inserter, so the next insertion already uses it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop import setting_keys
from desktop.capability_limits import paste_limit, typing_limit
from desktop.platform.base import Capabilities
from desktop.platform.paste_values import ImageMode, PasteSettings
from desktop.settings.page import SettingsPage, hint
from desktop.settings.paste_setting import MAX_DELAY_MS, image_mode, paste_settings
from phrasebook import Phrasebook

METHODS = ("Ctrl+V", "Shift+Insert", "Ctrl+Shift+V", "type")
TYPE_METHOD = "type"
TIMINGS = ("pre_paste_ms", "focus_timeout_ms", "restore_quiet_ms", "restore_fallback_ms")
#: Image modes in the combos' order (per application, "as default" comes first).
IMAGE_MODES: tuple[ImageMode | None, ...] = (ImageMode.ONE_PASTE, ImageMode.TEXT_THEN_IMAGE)


def type_label() -> str:
    """The name of the "type" method in the UI language (the setting stores "type")."""
    return QCoreApplication.translate("PastePage", "Type key by key")


def method_combo(parent: QWidget, value: str, typing: str | None = None) -> QComboBox:
    """An editable list of paste methods; without "type" when `typing` says why it cannot.

    Each item holds the stored method as its data; the "type" item shows `type_label()`.
    """
    combo = QComboBox(parent, editable=True)
    for method in METHODS:
        if not (typing and method == TYPE_METHOD):
            combo.addItem(type_label() if method == TYPE_METHOD else method, method)
    index = combo.findData(value.strip().lower() if value.strip().lower() == TYPE_METHOD else value)
    if index >= 0:
        combo.setCurrentIndex(index)
    else:
        combo.setCurrentText(value)
    if typing:
        combo.setToolTip(typing)
    return combo


def image_combo(parent: QWidget, mode: ImageMode | None, per_app: bool) -> QComboBox:
    """How replies with images are pasted; per application it may follow the default."""
    combo = QComboBox(parent)
    for choice in ((None,) if per_app else ()) + IMAGE_MODES:
        combo.addItem("", choice.value if choice else "")
    combo.setCurrentIndex(max(0, combo.findData(mode.value if mode else "")))
    return combo


def combo_method(combo: QComboBox) -> str:
    """The method to store for what the combo shows (a listed name, or a typed chord)."""
    text = combo.currentText().strip()
    index = combo.findText(text)
    return str(combo.itemData(index)) if index >= 0 and combo.itemData(index) else text


def relabel(combo: QComboBox) -> None:
    """Name the "type" item in the current UI language (after a language change)."""
    index = combo.findData(TYPE_METHOD)
    if index >= 0:
        combo.blockSignals(True)
        combo.setItemText(index, type_label())
        if combo.currentIndex() == index:
            combo.setEditText(type_label())
        combo.blockSignals(False)


class PastePage(SettingsPage):
    """Default method, image mode, delays, and a table of per-application exceptions."""

    def __init__(
        self,
        book: Phrasebook,
        apply: Callable[[PasteSettings], None],
        capabilities: Capabilities,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.book, self._apply = book, apply
        #: Why pasting, or typing, is not offered here (None: it is).
        self.paste_limit, self.typing_limit = paste_limit(capabilities), typing_limit(capabilities)
        raw = book.get_setting(setting_keys.PASTE) or {}
        raw = raw if isinstance(raw, dict) else {}
        current = paste_settings(raw)
        outer, form = self._form()
        self.default = method_combo(self, str(raw.get("default", "Ctrl+V")), self.typing_limit)
        self.images = image_combo(self, current.image_mode, per_app=False)
        self.delays = {k: self._spin(getattr(current.timing, k)) for k in TIMINGS}
        rows = [self.default, self.images, *self.delays.values()]
        self._labels = [QLabel(self) for _ in rows]
        for label, widget in zip(self._labels, rows, strict=True):
            form.addRow(label, widget)
        self.apps = QTableWidget(0, 3, self)
        self.apps.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.apps.verticalHeader().hide()
        self.apps.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        apps = raw.get("apps")
        apps = apps if isinstance(apps, dict) else {}
        image_apps = {k.casefold(): v for k, v in current.image_modes.items()}
        for app_id, method in apps.items():
            self.add_app(str(app_id), str(method), image=image_apps.get(str(app_id).casefold()))
        self._apps_label, self._hint = QLabel(self), hint(self)
        self.add_button, self.remove_button = QPushButton(self), QPushButton(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        for widget in (self._apps_label, self.apps):
            outer.addWidget(widget)
        outer.addLayout(buttons)
        outer.addWidget(self._hint)
        self.limit_label = hint(self)
        self.limit_label.setText(self.paste_limit or self.typing_limit or "")
        self.limit_label.setVisible(bool(self.paste_limit or self.typing_limit))
        outer.addWidget(self.limit_label)
        if self.paste_limit:  # nothing is pasted for the agent: methods and delays do nothing
            for widget in (
                self.default,
                self.images,
                *self.delays.values(),
                self.apps,
                self.add_button,
            ):
                widget.setEnabled(False)
                widget.setToolTip(self.paste_limit)
            self.remove_button.setEnabled(False)
        self.add_button.clicked.connect(lambda: self.add_app("", "Shift+Insert", edit=True))
        self.remove_button.clicked.connect(self.remove_selected)
        self.default.currentTextChanged.connect(lambda _: self.save())
        self.images.currentIndexChanged.connect(lambda _: self.save())
        self.apps.itemChanged.connect(lambda _: self.save())
        self.retranslate()

    def _spin(self, value: int) -> QSpinBox:
        spin = QSpinBox(self, minimum=0, maximum=MAX_DELAY_MS, singleStep=10, value=value)
        spin.setSuffix(" ms")
        spin.editingFinished.connect(self.save)
        return spin

    def title(self) -> str:
        return self.tr("Pasting")

    def retranslate(self) -> None:
        texts = (
            self.tr("Paste with"),
            self.tr("Paste images"),
            self.tr("Wait before pasting"),
            self.tr("Wait for the chat window's focus at most"),
            self.tr("Restore clipboard after"),
            self.tr("Restore at the latest after"),
        )
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self._retranslate_image_combo(self.images)
        for row in range(self.apps.rowCount()):
            combo = self.apps.cellWidget(row, 2)
            if isinstance(combo, QComboBox):
                self._retranslate_image_combo(combo)
        self.apps.setHorizontalHeaderLabels(
            [self.tr("Application"), self.tr("Paste with"), self.tr("Images")]
        )
        self._apps_label.setText(self.tr("Applications that need another method:"))
        self.add_button.setText(self.tr("Add application"))
        self.remove_button.setText(self.tr("Remove"))
        self._hint.setText(
            self.tr(
                'Application: the program name, e.g. WINWORD.EXE or xterm. "{type}" types the '
                "reply key by key, for chat boxes that block pasting."
            ).replace("{type}", type_label())
        )
        for row in range(self.apps.rowCount()):
            combo = self.apps.cellWidget(row, 1)
            if isinstance(combo, QComboBox):
                relabel(combo)
        relabel(self.default)

    def _retranslate_image_combo(self, combo: QComboBox) -> None:
        texts = {
            "": self.tr("As default"),
            ImageMode.ONE_PASTE.value: self.tr("Text and image in one paste"),
            ImageMode.TEXT_THEN_IMAGE.value: self.tr("Text, then image"),
        }
        for index in range(combo.count()):
            combo.setItemText(index, texts[combo.itemData(index)])

    def add_app(
        self, app_id: str, method: str, edit: bool = False, image: ImageMode | None = None
    ) -> None:
        row = self.apps.rowCount()
        self.apps.insertRow(row)
        self.apps.setItem(row, 0, QTableWidgetItem(app_id))
        combo = method_combo(self.apps, method, self.typing_limit)
        combo.currentTextChanged.connect(lambda _: self.save())
        self.apps.setCellWidget(row, 1, combo)
        images = image_combo(self.apps, image, per_app=True)
        self._retranslate_image_combo(images)
        images.currentIndexChanged.connect(lambda _: self.save())
        self.apps.setCellWidget(row, 2, images)
        if edit:
            self.apps.setCurrentCell(row, 0)
            self.apps.editItem(self.apps.item(row, 0))  # type: ignore[arg-type] # set just above

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.apps.selectedIndexes()}, reverse=True)
        for row in rows or [self.apps.currentRow()]:
            if row >= 0:
                self.apps.removeRow(row)
        self.save()

    def raw(self) -> dict[str, Any]:
        """The setting as the page shows it (rows without an application name are skipped)."""
        apps, image_apps = {}, {}
        for row in range(self.apps.rowCount()):
            item, combo = self.apps.item(row, 0), self.apps.cellWidget(row, 1)
            if item and item.text().strip() and isinstance(combo, QComboBox):
                apps[item.text().strip()] = combo_method(combo)
                images = self.apps.cellWidget(row, 2)
                mode = image_mode(images.currentData()) if isinstance(images, QComboBox) else None
                if mode is not None:
                    image_apps[item.text().strip()] = mode.value
        raw: dict[str, Any] = {"default": combo_method(self.default) or "Ctrl+V"}
        raw["images"] = self.images.currentData() or ImageMode.ONE_PASTE.value
        raw |= {k: spin.value() for k, spin in self.delays.items()}
        return raw | {"apps": apps, "image_apps": image_apps}

    def save(self) -> None:
        raw = self.raw()
        if raw == self.book.get_setting(setting_keys.PASTE):
            return
        self.book.set_setting(setting_keys.PASTE, raw)
        self._apply(paste_settings(raw))
