"""Hotkeys: each of the app's chords, recorded by pressing it and tried at once.

A chord is only saved when the platform accepted it; a conflict (another program owns it) is
shown beside the row and the old chord stays active.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QGridLayout, QKeySequenceEdit, QLabel, QVBoxLayout, QWidget

from desktop.platform.chords import Chord, ChordError, Modifier, parse_chord
from desktop.settings.page import SettingsPage, hint


@dataclass(frozen=True)
class HotkeyEntry:
    """One of the app's hotkeys, as the settings page sees it.

    Attributes:
        key: Stable id (e.g. "popup").
        label: What it does, already translated.
        chord: The chord now in use.
        registered: Whether the OS accepted it.
        change: Tries a new chord; returns a readable error (old chord kept) or None.
        holds: Every chord the entry owns now (the nine favourites); empty: just `chord`.
        expand: The chords a recorded chord would own (favourites: its modifiers + 1..9);
            raises ChordError for a chord this entry cannot use.
    """

    key: str
    label: str
    chord: str
    registered: bool
    change: Callable[[Chord], str | None]
    holds: tuple[Chord, ...] = ()
    expand: Callable[[Chord], tuple[Chord, ...]] = lambda chord: (chord,)

    def owned(self) -> set[Chord]:
        """The chords this hotkey occupies now."""
        return set(self.holds) if self.holds else {parse_chord(self.chord)}


class ChordEdit(QKeySequenceEdit):
    """Records one chord by pressing it (Esc cancels, as everywhere in Qt)."""

    def __init__(self, chord: str, parent: QWidget | None = None) -> None:
        super().__init__(QKeySequence(chord), parent)
        self.setMaximumSequenceLength(1)
        self.setClearButtonEnabled(False)
        self.setMinimumWidth(200)

    def chord_text(self) -> str:
        return self.keySequence().toString(QKeySequence.SequenceFormat.PortableText)

    def show_chord(self, chord: str) -> None:
        """Show `chord` with key names in the current UI language ("Space", "空格"): the box
        keeps the text it rendered when set, so a language change sets it again."""
        self.blockSignals(True)
        self.clear()
        self.setKeySequence(QKeySequence(chord))
        self.blockSignals(False)


class HotkeysPage(SettingsPage):
    """Rows of (purpose, chord recorder, status)."""

    def __init__(
        self,
        entries: Callable[[], Sequence[HotkeyEntry]],
        limit: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`limit`: why this session cannot have global hotkeys (the rows are then disabled)."""
        super().__init__(parent)
        self._entries, self.limit = entries, limit
        self.edits: dict[str, ChordEdit] = {}
        self.status: dict[str, QLabel] = {}
        self._labels: dict[str, QLabel] = {}
        outer = QVBoxLayout(self)
        self._grid = QGridLayout()
        self._grid.setColumnStretch(3, 1)
        outer.addLayout(self._grid)
        self._hint = hint(self)
        outer.addWidget(self._hint)
        outer.addStretch(1)
        for row, entry in enumerate(entries()):
            self._add_row(row, entry)
        self.retranslate()

    def _add_row(self, row: int, entry: HotkeyEntry) -> None:
        label, edit, status = QLabel(entry.label, self), ChordEdit(entry.chord, self), QLabel(self)
        edit.editingFinished.connect(lambda key=entry.key: self.try_chord(key))
        self._grid.addWidget(label, row, 0)
        self._grid.addWidget(edit, row, 1)
        self._grid.addWidget(status, row, 2)
        if self.limit:
            edit.setEnabled(False)
            edit.setToolTip(self.limit)
        self._labels[entry.key], self.edits[entry.key], self.status[entry.key] = label, edit, status

    def title(self) -> str:
        return self.tr("Hotkeys")

    def retranslate(self) -> None:
        self._hint.setText(
            self.tr(
                "Click a box and press the new keys. A hotkey another program already uses is "
                "refused, and the old one stays active."
            )
        )
        if "favorites" in self.edits:
            self._hint.setText(
                self._hint.text()
                + "\n"
                + self.tr(
                    "Favourites: press the keys with 1 (e.g. Ctrl+Alt+1); 2 to 9 follow with the "
                    "same keys."
                )
            )
        if self.limit:
            self._hint.setText(self.limit)
        for entry in self._entries():
            if entry.key in self.status:
                self._labels[entry.key].setText(entry.label)
                self.edits[entry.key].show_chord(entry.chord)
                self._show_status(entry.key, None if entry.registered else self.tr("Not active"))

    def try_chord(self, key: str) -> str | None:
        """Register the recorded chord for `key`; returns and shows the problem, if any."""
        entry = next(e for e in self._entries() if e.key == key)
        text = self.edits[key].chord_text()
        if not text or text == entry.chord:
            return None
        try:
            chord = parse_chord(text)
            error = (
                self._unusable(chord) or self._ours(key, entry.expand(chord)) or entry.change(chord)
            )
        except ChordError as exc:
            error = str(exc)
        if error:
            self.edits[key].setKeySequence(QKeySequence(entry.chord))
        self._show_status(key, error)
        return error

    def _ours(self, key: str, wanted: tuple[Chord, ...]) -> str | None:
        """Another of our own hotkeys already holds one of `wanted` (the OS would say "taken")."""
        for other in self._entries():
            clash = sorted(str(c) for c in other.owned() & set(wanted)) if other.key != key else []
            if clash:
                return (
                    self.tr('{chord} is already QuickReply\'s hotkey for "{what}".')
                    .replace("{chord}", clash[0])
                    .replace("{what}", other.label)
                )
        return None

    def _unusable(self, chord: Chord) -> str | None:
        """A global hotkey without Ctrl/Alt/Meta would eat the agent's typing (F-keys excepted)."""
        held = chord.modifiers & ~Modifier.SHIFT
        if held or re.fullmatch(r"F\d+", chord.key):
            return None
        return self.tr("Use Ctrl, Alt or the Windows key with it, so typing is not caught.")

    def _show_status(self, key: str, error: str | None) -> None:
        label = self.status[key]
        label.setText(f"⚠ {error}" if error else "✓")
        label.setToolTip(error or "")
        label.setStyleSheet("color: #c0392b;" if error else "color: #27ae60;")
