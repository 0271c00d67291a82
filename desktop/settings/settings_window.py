"""The settings window: a page list on the left, the chosen page on the right.

Every change is applied and stored the moment it is made (no OK/Apply); closing the window
only hides it. The window reaches the running app through `SettingsControls`, which the app
implements, so the pages never import the composition root.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.autostart import Autostart
from desktop.capability_limits import hotkeys_limit
from desktop.platform.base import Capabilities
from desktop.platform.paste_values import PasteSettings
from desktop.resources import icon
from desktop.settings.backup_schedule import BackupScheduler
from desktop.settings.data_page import DataPage
from desktop.settings.general_page import GeneralPage
from desktop.settings.hotkeys_page import HotkeyEntry, HotkeysPage
from desktop.settings.page import SettingsPage
from desktop.settings.paste_page import PastePage
from desktop.settings.profile_page import ProfilePage
from desktop.settings.sync_page import SyncPage
from phrasebook import Phrasebook

NAV_STYLE = """
QListWidget#settingsNav { border: none; background: palette(base); border-radius: 6px;
    padding: 4px; outline: 0; }
QListWidget#settingsNav::item { padding: 8px 10px; border-radius: 4px; }
QListWidget#settingsNav::item:selected { background: palette(highlight);
    color: palette(highlighted-text); }
"""


class SettingsControls(Protocol):
    """What the settings window needs from the running app."""

    book: Phrasebook
    backup_scheduler: BackupScheduler
    autostart: Autostart

    @property
    def capabilities(self) -> Capabilities: ...

    def hotkey_entries(self) -> Sequence[HotkeyEntry]: ...

    def set_language(self, setting: str) -> None: ...

    def set_theme(self, theme: str) -> None: ...

    def set_paste_settings(self, settings: PasteSettings) -> None: ...

    def switch_data_file(self, path: Path) -> str | None: ...

    def language_setting(self) -> str: ...

    def theme_setting(self) -> str: ...


class SettingsWindow(QDialog):
    """All settings; `show_page("hotkeys")` opens it on one page."""

    def __init__(self, controls: SettingsControls, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowIcon(icon("quickreply"))
        self.pages: dict[str, SettingsPage] = {
            "general": GeneralPage(
                controls.language_setting(),
                controls.set_language,
                controls.theme_setting(),
                controls.set_theme,
                controls.autostart,
            ),
            "hotkeys": HotkeysPage(controls.hotkey_entries, hotkeys_limit(controls.capabilities)),
            "paste": PastePage(controls.book, controls.set_paste_settings, controls.capabilities),
            "profile": ProfilePage(controls.book),
            "sync": SyncPage(controls.book),
            "data": DataPage(controls.backup_scheduler, controls.switch_data_file),
        }
        self.nav = QListWidget(self)
        self.nav.setObjectName("settingsNav")
        self.nav.setFixedWidth(160)
        self.nav.setStyleSheet(NAV_STYLE)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading.setFont(font)
        self.stack = QStackedWidget(self)
        for page in self.pages.values():
            self.nav.addItem(page.title())
            self.stack.addWidget(page)
        self.nav.currentRowChanged.connect(self._show_row)
        right = QVBoxLayout()
        right.addWidget(self.heading)
        right.addWidget(self.stack, 1)
        layout = QHBoxLayout(self)
        layout.setSpacing(16)
        layout.addWidget(self.nav)
        layout.addLayout(right, 1)
        self.nav.setCurrentRow(0)
        self.resize(680, 460)
        self.retranslate()

    def show_page(self, name: str) -> None:
        self.nav.setCurrentRow(list(self.pages).index(name))
        self.show()
        self.raise_()
        self.activateWindow()

    def current_page(self) -> str:
        """The name of the page shown (for `show_page`)."""
        return list(self.pages)[max(0, self.nav.currentRow())]

    def _show_row(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        self.heading.setText(self.nav.item(row).text() if row >= 0 else "")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("QuickReply Settings"))
        for row, page in enumerate(self.pages.values()):
            self.nav.item(row).setText(page.title())
        self._show_row(self.nav.currentRow())
        data = self.pages["data"]
        if isinstance(data, DataPage):  # its list names backup kinds (daily, manual...)
            data.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
