"""General: UI language and theme (both live), and starting at login."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QWidget

from desktop.autostart import Autostart, launch_command
from desktop.settings.page import SettingsPage, hint

#: Language setting values, shown in their own language (a lost user can still find theirs).
LANGUAGES = (("system", None), ("zh_CN", "简体中文"), ("en", "English"), ("ko", "한국어"))


class GeneralPage(SettingsPage):
    """Args:
    language: The stored language setting ("system", "zh_CN", "en", "ko").
    set_language: Applies and stores a language setting.
    theme: The stored theme ("system", "light", "dark").
    set_theme: Applies and stores a theme.
    autostart: The start-at-login switch of this computer.
    """

    def __init__(
        self,
        language: str,
        set_language: Callable[[str], None],
        theme: str,
        set_theme: Callable[[str], None],
        autostart: Autostart,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._autostart = autostart
        self.language = QComboBox(self)
        for value, name in LANGUAGES:
            self.language.addItem(name or "", value)
        self.language.setCurrentIndex(max(0, self.language.findData(language or "system")))
        self.theme = QComboBox(self)
        for value in ("system", "light", "dark"):
            self.theme.addItem("", value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(theme or "system")))
        for combo in (self.language, self.theme):  # names change length with the language
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.autostart = QCheckBox(self)
        self.autostart.setChecked(autostart.is_enabled())
        outer, form = self._form()
        self._labels = [QLabel(self) for _ in range(3)]
        fields = (self.language, self.theme, self.autostart)
        for label, widget in zip(self._labels, fields, strict=True):
            form.addRow(label, widget)
        self._hint = hint(self)
        outer.addWidget(self._hint)
        outer.addStretch(1)
        self.language.currentIndexChanged.connect(
            lambda _: set_language(str(self.language.currentData()))
        )
        self.theme.currentIndexChanged.connect(lambda _: set_theme(str(self.theme.currentData())))
        self.autostart.toggled.connect(self.set_autostart)
        self.retranslate()

    def title(self) -> str:
        return self.tr("General")

    def retranslate(self) -> None:
        for label, text in zip(
            self._labels,
            (self.tr("Language"), self.tr("Theme"), self.tr("At login")),
            strict=True,
        ):
            label.setText(text)
        self.language.setItemText(0, self.tr("Same as the system"))
        names = (self.tr("Same as the system"), self.tr("Light"), self.tr("Dark"))
        for index, name in enumerate(names):
            self.theme.setItemText(index, name)
        self.autostart.setText(self.tr("Start QuickReply when I log in"))
        self._hint.setText(self.tr("Changes apply at once; no restart is needed."))

    def set_autostart(self, on: bool) -> None:
        try:
            if on:
                self._autostart.enable(launch_command())
            else:
                self._autostart.disable()
        except OSError as exc:
            self._hint.setText(
                self.tr("Could not change the login start: {error}").replace("{error}", str(exc))
            )
        self.autostart.blockSignals(True)
        self.autostart.setChecked(self._autostart.is_enabled())
        self.autostart.blockSignals(False)
