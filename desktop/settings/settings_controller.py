"""Connects the settings window and the tray's "Copy diagnostics" to the running app.

The app creates one `SettingsController` and hands it the parts it changes; it implements
`SettingsControls` over them, so every setting takes effect at once: the language swaps the
translator (open windows retranslate on Qt's LanguageChange), the theme restyles the app, paste
settings go to the inserter, hotkeys are tried on the platform.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from desktop import diagnostics, setting_keys
from desktop.autostart import Autostart, for_this_system
from desktop.favorite_keys import FavoriteKeys, favorite_chords
from desktop.i18n import Translations, language_for
from desktop.platform import Capabilities, Platform
from desktop.platform.chords import Chord, ChordError
from desktop.platform.paste import Inserter
from desktop.platform.paste_values import PasteSettings
from desktop.settings import machine_settings, theme
from desktop.settings.backup_schedule import BackupScheduler
from desktop.settings.hotkeys_page import HotkeyEntry
from desktop.settings.settings_window import SettingsWindow
from desktop.tray import Tray
from phrasebook import Phrasebook, PhrasebookError
from phrasebook.paths import log_dir

log = logging.getLogger(__name__)


class ChangeableHotkey(Protocol):
    """A hotkey the agent can change live (the popup's, the capture's)."""

    chord: Chord
    hotkey_registered: bool

    def register_hotkey(self, chord: Chord) -> str | None: ...


class SettingsController(QObject):
    """Owns the settings window (created on first use) and the backup schedule.

    Args:
        switch_book: hands a newly opened phrasebook to the whole app (data folder moved).
    """

    def __init__(
        self,
        book: Phrasebook,
        platform: Platform,
        inserter: Inserter,
        tray: Tray,
        translations: Translations,
        hotkeys: tuple[ChangeableHotkey, ChangeableHotkey, FavoriteKeys],
        *,
        switch_book: Callable[[Phrasebook], None],
        autostart: Autostart | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.book, self.platform, self.inserter = book, platform, inserter
        self.tray, self.translations, self._switch_book = tray, translations, switch_book
        self.popup_hotkey, self.capture_hotkey, self.favorite_keys = hotkeys
        self.autostart = autostart or for_this_system()
        self.backup_scheduler = BackupScheduler(book, self)
        self.window: SettingsWindow | None = None
        theme.apply_theme(self.theme_setting())

    @property
    def capabilities(self) -> Capabilities:
        """What the platform backend can do (the window leaves out what it cannot)."""
        return self.platform.capabilities

    # -- opening -----------------------------------------------------------------------------

    def open(self, page: str = "general") -> SettingsWindow:
        if self.window is None:
            self.window = SettingsWindow(self)
        self.window.show_page(page)
        return self.window

    def set_book(self, book: Phrasebook) -> None:
        """Show and schedule backups for another phrasebook; an open window is rebuilt on it."""
        self.book = self.backup_scheduler.book = book
        self.backup_scheduler.check()
        old = self.window
        if old is None:
            return
        self.window, visible = None, old.isVisible()
        old.hide()
        old.deleteLater()
        if visible:
            self.open(old.current_page()).move(old.pos())

    # -- SettingsControls --------------------------------------------------------------------

    def switch_data_file(self, path: Path) -> str | None:
        """Open the phrasebook at `path` and hand it to the whole app; None, or the problem."""
        if path == self.book.path:
            return None
        try:
            book = Phrasebook.open(path, auto_backup=False)
        except PhrasebookError as exc:
            log.warning("cannot switch to %s: %s", path, exc)
            return str(exc)
        machine_settings.choose_db_path(path)
        self._switch_book(book)
        return None

    def hotkey_entries(self) -> Sequence[HotkeyEntry]:
        """The popup, capture and favourite hotkeys, each changeable live."""
        popup, capture, favorites = self.popup_hotkey, self.capture_hotkey, self.favorite_keys
        return [
            HotkeyEntry(
                "popup",
                self.tr("Open the search popup"),
                str(popup.chord),
                popup.hotkey_registered,
                popup.register_hotkey,
            ),
            HotkeyEntry(
                "capture",
                self.tr("Note the customer's question"),
                str(capture.chord),
                capture.hotkey_registered,
                capture.register_hotkey,
            ),
            HotkeyEntry(
                "favorites",
                self.tr("Insert favourite 1 to 9"),
                str(favorites.chords[0]),
                bool(favorites.registered),
                self._change_favorites,
                holds=favorites.chords,
                expand=self._favorite_chords,
            ),
        ]

    def _favorite_chords(self, chord: Chord) -> tuple[Chord, ...]:
        if chord.key not in set("123456789"):
            raise ChordError(self.tr("Press the keys together with 1, e.g. Ctrl+Alt+1."))
        return favorite_chords(chord.modifiers)

    def _change_favorites(self, chord: Chord) -> str | None:
        taken = self.favorite_keys.change_modifiers(chord.modifiers)
        if not taken:
            return None
        names = ", ".join(str(c) for c in taken)
        return self.tr("Used by another program: {chords}").replace("{chords}", names)

    def language_setting(self) -> str:
        return str(self.book.get_setting(setting_keys.UI_LANGUAGE) or "system")

    def set_language(self, setting: str) -> None:
        self.book.set_setting(setting_keys.UI_LANGUAGE, setting)
        self.translations.apply(language_for(None if setting == "system" else setting))
        self.tray.retranslate()
        log.info("UI language %s", self.translations.language)

    def theme_setting(self) -> str:
        return str(self.book.get_setting(setting_keys.UI_THEME) or "system")

    def set_theme(self, name: str) -> None:
        self.book.set_setting(setting_keys.UI_THEME, theme.apply_theme(name))

    def set_paste_settings(self, settings: PasteSettings) -> None:
        self.inserter.settings = settings

    # -- diagnostics -------------------------------------------------------------------------

    def report(self) -> diagnostics.Report:
        hotkeys = {e.key: (e.chord, e.registered) for e in self.hotkey_entries()}
        log_file = log_dir() / "quickreply.log"
        return diagnostics.live_report(
            self.book,
            self.platform.name,
            self.platform.capabilities,
            hotkeys,
            log_file if log_file.exists() else None,
        )

    def copy_diagnostics(self) -> str:
        text = self.report().text()
        QApplication.clipboard().setText(text)
        self.tray.notify(
            self.tr("QuickReply"),
            self.tr("Diagnostics copied. They hold no phrases and no customer data."),
        )
        return text
