"""Favourite keys: Ctrl+Alt+1..9 insert the reply pinned to that number, without the popup.

The chat window that has focus when the chord fires is the target, and the reply goes through
the app's usual inserter (the same path as Enter in the popup). A reply with a fill-in field
nobody has answered cannot be sent blind: the popup opens on it instead, field focused.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal

from desktop.platform import Platform
from desktop.platform.base import HotkeyTakenError, PlatformError
from desktop.platform.chords import DEFAULT_FAVOURITE_CHORDS, Chord
from phrasebook import Phrase, Phrasebook

log = logging.getLogger(__name__)


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
        chords: Sequence[Chord] = DEFAULT_FAVOURITE_CHORDS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._book, self._platform, self._localize = book, platform, localize
        self._chords = tuple(chords)
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
