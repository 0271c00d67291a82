"""Favourite keys: Ctrl+Alt+1..9 insert the reply pinned to that number, without the popup.

The modifier part ("Ctrl+Alt") is the phrasebook setting `hotkey.favorites`; the settings window
changes it live through `FavoriteKeys.change_modifiers`.

The chat window that has focus when the chord fires is the target, and the reply goes through
the app's usual inserter (the same path as Enter in the popup). A reply with a fill-in field
nobody has answered cannot be sent blind: the popup opens on it instead, field focused.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal

from desktop import setting_keys
from desktop.platform import Platform
from desktop.platform.base import HotkeyTakenError, PlatformError
from desktop.platform.chords import Chord, ChordError, Modifier, parse_chord
from phrasebook import Phrase, Phrasebook

log = logging.getLogger(__name__)

DEFAULT_FAVORITE_MODIFIERS = Modifier.CTRL | Modifier.ALT
SLOTS = range(1, 10)


def favorite_chords(modifiers: Modifier) -> tuple[Chord, ...]:
    """The nine chords for `modifiers`: modifiers+1 .. modifiers+9."""
    return tuple(Chord(modifiers, str(n)) for n in SLOTS)


def modifiers_text(modifiers: Modifier) -> str:
    """ "Ctrl+Alt" for Ctrl|Alt (the chord spelling without its key)."""
    return str(Chord(modifiers, "1"))[: -len("+1")]


def saved_modifiers(book: Phrasebook) -> Modifier:
    """The stored modifier part, or Ctrl+Alt when unset or unreadable."""
    saved = book.get_setting(setting_keys.FAVORITES_HOTKEY)
    try:
        return parse_chord(f"{saved}+1").modifiers if saved else DEFAULT_FAVORITE_MODIFIERS
    except ChordError:
        return DEFAULT_FAVORITE_MODIFIERS


class FavoriteKeys(QObject):
    """Registers the favourite chords and turns a press into an insertion or a popup.

    Signals:
        insert_requested(Phrase, str, object): insert this rendered reply into the target
            window (a TargetWindow, or None when nothing had focus).
        fields_needed(Phrase): the reply has empty fill-in fields; show it in the popup.
        empty_slot(int): nothing is pinned to that number.
    """

    insert_requested = Signal(object, str, object)
    fields_needed = Signal(object)
    empty_slot = Signal(int)

    def __init__(
        self,
        book: Phrasebook,
        platform: Platform,
        localize: Callable[[Phrase], Phrase] = lambda phrase: phrase,
        chords: Sequence[Chord] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._book, self._platform, self._localize = book, platform, localize
        self._chords = tuple(chords) if chords else favorite_chords(saved_modifiers(book))
        self.registered: list[Chord] = []
        self._reported: set[Chord] = set()

    def register(self) -> list[Chord]:
        """Grab every favourite chord that is free; returns the ones another program holds
        that were not reported before (so a taken chord is told to the agent once).

        A chord that cannot be grabbed is logged and skipped: the others still work.
        """
        taken: list[Chord] = []
        for slot, chord in enumerate(self._chords, start=1):
            if chord in self.registered:
                continue
            try:
                self._platform.hotkeys.register(chord, functools.partial(self.fire, slot))
            except HotkeyTakenError as exc:
                log.warning("favourite key refused: %s", exc)
                taken.append(chord)
            except PlatformError as exc:  # no global hotkeys here at all: say it once
                log.warning("no favourite keys: %s", exc)
                break
            else:
                self.registered.append(chord)
        fresh = [chord for chord in taken if chord not in self._reported]
        self._reported.update(taken)
        return fresh

    @property
    def chords(self) -> tuple[Chord, ...]:
        """The nine chords in use (registered or not)."""
        return self._chords

    @property
    def modifiers(self) -> Modifier:
        return self._chords[0].modifiers

    def set_book(self, book: Phrasebook) -> None:
        """Read favourites from another phrasebook from now on (data folder switched)."""
        self._book = book

    def change_modifiers(self, modifiers: Modifier) -> list[Chord]:
        """Move all nine keys to `modifiers`+digit and store it; returns the chords another
        program holds, in which case nothing changes (the old keys are grabbed again)."""
        old, was_active = self._chords, bool(self.registered)
        self.unregister()
        self._chords, self._reported = favorite_chords(modifiers), set()
        taken = self.register() if was_active else []
        if taken:
            self.unregister()
            self._chords = old
            self.register()
            return taken
        self._book.set_setting(setting_keys.FAVORITES_HOTKEY, modifiers_text(modifiers))
        return []

    def unregister(self) -> None:
        """Release every chord we hold (pause, quit)."""
        for chord in self.registered:
            self._platform.hotkeys.unregister(chord)
        self.registered = []

    def fire(self, slot: int) -> None:
        """Insert the reply pinned to `slot` into the window that has focus now."""
        phrase = self._book.favorites.get(slot)
        if phrase is None:
            self.empty_slot.emit(slot)
            return
        phrase = self._localize(phrase)
        rendered = self._book.render(phrase)
        if rendered.missing:
            self.fields_needed.emit(phrase)
            return
        target = self._platform.windows.focused_window()
        self.insert_requested.emit(phrase, rendered.text, target)
