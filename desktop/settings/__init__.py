"""The settings window and its pages (general, hotkeys, pasting, profile, team sync, data)."""

from desktop.settings.hotkeys_page import HotkeyEntry
from desktop.settings.settings_window import SettingsControls, SettingsWindow

__all__ = ["HotkeyEntry", "SettingsControls", "SettingsWindow"]
