"""Choosing the popup hotkey: record a chord by pressing it, and see at once if it is free.

On a desktop where no program can grab a global hotkey (Wayland), choosing another chord cannot
help: `announce_without_hotkeys` says so once, in the tray, with the way to open the popup.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QKeySequenceEdit,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.platform.base import Capabilities
from desktop.platform.chords import Chord, ChordError, parse_chord

#: Shows a tray message: notify(title, text).
Notify = Callable[[str, str], None]


def announce_without_hotkeys(capabilities: Capabilities, notify: Notify) -> bool:
    """At start, where global hotkeys cannot exist: one tray message on how to open the popup
    instead of the "choose another chord" dialog. False (nothing said) where hotkeys work."""
    if capabilities.global_hotkeys_available:
        return False
    title = QCoreApplication.translate("HotkeyDialog", "QuickReply: no global hotkeys here")
    text = QCoreApplication.translate(
        "HotkeyDialog",
        "This desktop does not let programs use global hotkeys, so no key combination can open "
        "the popup. Bind the command `quickreply --show popup` to a keyboard shortcut in your "
        "desktop's settings, or open the popup from the tray icon.",
    )
    notify(title, text)
    return True


class HotkeyDialog(QDialog):
    """Asks for a new chord; `try_chord` registers it and returns an error message or None."""

    def __init__(
        self,
        current: Chord,
        try_chord: Callable[[Chord], str | None],
        problem: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._try = try_chord
        self.chord: Chord | None = None
        self.setWindowTitle(self.tr("Popup hotkey"))
        self.message = QLabel(problem or self.tr("Press the keys you want to use."))
        self.message.setWordWrap(True)
        self.editor = QKeySequenceEdit(QKeySequence(str(current)))
        self.editor.setMaximumSequenceLength(1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.editor)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)

    def _accept(self) -> None:
        text = self.editor.keySequence().toString(QKeySequence.SequenceFormat.PortableText)
        try:
            chord = parse_chord(text)
        except ChordError as exc:
            self.message.setText(str(exc))
            return
        error = self._try(chord)
        if error:
            self.message.setText(error)
            return
        self.chord = chord
        self.accept()
