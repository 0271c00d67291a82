"""The chord that opens the search popup: grabbed on the platform, stored in the book, shown in
the tray. A chord another program holds leaves the previous one active."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject

from desktop import setting_keys
from desktop.platform.base import (
    Hotkeys,
    HotkeyTakenError,
    HotkeyUnavailableError,
    PlatformError,
)
from desktop.platform.chords import DEFAULT_POPUP_CHORD, Chord, ChordError, parse_chord
from desktop.tray import Tray
from phrasebook import Phrasebook

__all__ = ["PopupHotkey", "saved_popup_chord"]

log = logging.getLogger(__name__)


def saved_popup_chord(book: Phrasebook | None) -> Chord:
    """The chord stored in the book, or the default when unset or unreadable."""
    saved = book.get_setting(setting_keys.POPUP_HOTKEY) if book is not None else None
    try:
        return parse_chord(saved) if saved else DEFAULT_POPUP_CHORD
    except ChordError:
        return DEFAULT_POPUP_CHORD


class PopupHotkey(QObject):
    """Owns the popup chord; `pressed` runs on the GUI thread when it fires.

    Attributes:
        chord: The chord in use (registered or not).
        hotkey_registered: Whether the platform holds it for us now.
    """

    def __init__(
        self,
        book: Phrasebook,
        hotkeys: Hotkeys,
        tray: Tray,
        pressed: Callable[[], None],
        chord: Chord | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.book, self.hotkeys, self.tray, self.pressed = book, hotkeys, tray, pressed
        self.chord = chord or saved_popup_chord(book)
        self.hotkey_registered = False

    def register_hotkey(self, chord: Chord) -> str | None:
        """Grab `chord`; returns a readable error (and keeps the old one) or None."""
        if self.hotkey_registered:
            self.hotkeys.unregister(self.chord)
            self.hotkey_registered = False
        try:
            self.hotkeys.register(chord, self.pressed)
        except HotkeyTakenError as exc:
            log.warning("hotkey refused: %s", exc)
            self._restore_previous(chord)
            return self.tr("{chord} is already used by another program. Choose another.").replace(
                "{chord}", str(chord)
            )
        except (HotkeyUnavailableError, PlatformError) as exc:
            log.warning("no global hotkey: %s", exc)
            self.tray.set_hotkey(None)
            return str(exc)
        self.chord, self.hotkey_registered = chord, True
        self.book.set_setting(setting_keys.POPUP_HOTKEY, str(chord))
        self.tray.set_hotkey(str(chord))
        log.info("popup hotkey %s registered", chord)
        return None

    def release(self) -> None:
        """Let the chord reach other programs again (pause)."""
        if self.hotkey_registered:
            self.hotkeys.unregister(self.chord)
            self.hotkey_registered = False

    def _restore_previous(self, refused: Chord) -> None:
        if refused != self.chord:
            try:
                self.hotkeys.register(self.chord, self.pressed)
                self.hotkey_registered = True
            except PlatformError:
                self.hotkey_registered = False
        self.tray.set_hotkey(str(self.chord) if self.hotkey_registered else None)
