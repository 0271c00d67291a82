"""Wires the notebook into the running app: capture hotkey, reminders, tray count, window.

Kept out of `app.py` so the composition root only creates it, handing it what it uses.
Reminders poll the core's due query on a QTimer (cheap: one indexed SELECT), update the tray
count, and notify once per entry when its promised answer time comes; clicking the notification
opens that entry.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from desktop import setting_keys
from desktop.capability_limits import insert_limit
from desktop.notebook.capture_flow import CaptureFlow
from desktop.platform import Platform
from desktop.platform.base import PlatformError, TargetWindow
from desktop.platform.chords import Chord, ChordError, Modifier, parse_chord
from desktop.platform.paste import Inserter
from desktop.tray import Tray
from phrasebook import Changes, NotebookEntry, Phrasebook

if TYPE_CHECKING:
    from desktop.notebook.notebook_window import NotebookWindow

__all__ = ["DEFAULT_CAPTURE_CHORD", "NotebookController"]

log = logging.getLogger(__name__)

# Ctrl+Alt+N ("note"): QQ/TIM and 千牛/旺旺 take Ctrl+Alt+A (screenshot), Z (messages), W/X and
# S/R (recording) among the Ctrl+Alt letters, WeChat Ctrl+Alt+W; N is taken by none of them,
# nor by Windows or the GNOME/KDE defaults (Ctrl+Alt+T/L/D/arrows). Same hand position as the
# popup's Ctrl+Alt+Space. AltGr+N types ń on Polish layouts, which our agents do not use.
DEFAULT_CAPTURE_CHORD = Chord(Modifier.CTRL | Modifier.ALT, "N")
#: How often the due query runs; a reminder is at most this late.
REMINDER_INTERVAL_MS = 15_000


class NotebookController(QObject):
    """The notebook's part of the app.

    Signals:
        reminded(NotebookEntry): a notification was shown for this entry.
    """

    reminded = Signal(object)

    def __init__(
        self,
        book: Phrasebook,
        platform: Platform,
        inserter: Inserter,
        tray: Tray,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.book, self.platform, self.inserter, self.tray = book, platform, inserter, tray
        self.capture = CaptureFlow(book, platform, inserter, parent=self)
        self.window: NotebookWindow | None = None
        self.chord = self._saved_chord()
        self.hotkey_registered = False
        self._last_reminded: str | None = None
        self._fallback_target: TargetWindow | None = None
        self.timer = QTimer(self, interval=REMINDER_INTERVAL_MS)
        self.timer.timeout.connect(self.check_due)
        tray.notebook_requested.connect(self.show_window)
        tray.icon.messageClicked.connect(self._on_message_clicked)
        self.capture.question_captured.connect(lambda _: self.update_tray())
        self._unsubscribe = book.on_change(self._on_book_changed)

    def start(self) -> None:
        """Purge old entries, grab the capture hotkey, start the reminder timer."""
        removed = self.book.notebook.purge()
        if removed:
            log.info("retention: removed %d closed notebook entries", removed)
        self.register_hotkey(self.chord)
        self.update_tray()
        self.check_due()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self.set_paused(True)

    def set_paused(self, paused: bool) -> None:
        """Release the capture chord while hotkeys are paused; grab it again after."""
        if paused and self.hotkey_registered:
            self.platform.hotkeys.unregister(self.chord)
            self.hotkey_registered = False
        elif not paused and not self.hotkey_registered:
            self._grab_again()

    def register_hotkey(self, chord: Chord) -> str | None:
        """Grab the capture chord (releasing the old one); returns a readable problem or None.

        A refused chord leaves the old one active; an accepted one is stored in the book.
        """
        hotkeys = self.platform.hotkeys
        if self.hotkey_registered:
            hotkeys.unregister(self.chord)
            self.hotkey_registered = False
        try:
            hotkeys.register(chord, self.capture.start)
        except PlatformError as exc:
            log.warning("no capture hotkey %s: %s", chord, exc)
            if chord != self.chord:
                self._grab_again()
            return str(exc)
        self.chord, self.hotkey_registered = chord, True
        if chord != self._saved_chord():
            self.book.set_setting(setting_keys.CAPTURE_HOTKEY, str(chord))
        log.info("capture hotkey %s registered", chord)
        return None

    def _grab_again(self) -> None:
        try:
            self.platform.hotkeys.register(self.chord, self.capture.start)
            self.hotkey_registered = True
        except PlatformError:
            self.hotkey_registered = False

    def set_book(self, book: Phrasebook) -> None:
        """Work on another phrasebook (data folder switched); the window is rebuilt on use."""
        self._unsubscribe()
        self.book = self.capture.book = book
        self._unsubscribe = book.on_change(self._on_book_changed)
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
        self._last_reminded = None
        self.update_tray()

    # -- reminders ---------------------------------------------------------------------------

    def check_due(self) -> None:
        """Notify about entries that just fell due; refresh the tray count."""
        if self.book.closed:  # the app is quitting; a late timer tick has nothing to do
            return
        for entry in self.book.notebook.due_for_reminder():
            self.book.notebook.mark_reminded(entry.id)
            self._last_reminded = entry.id
            title = self.tr("Answer due: %1").replace("%1", entry.customer or self.tr("customer"))
            self.tray.notify(title, entry.question)
            self.reminded.emit(entry)
        self.update_tray()

    def update_tray(self) -> None:
        counts = self.book.notebook.counts()
        self.tray.set_notebook_counts(counts.open, counts.overdue)

    def _on_message_clicked(self) -> None:
        if self._last_reminded is not None:
            self.show_window(self._last_reminded)

    def _on_book_changed(self, changes: Changes) -> None:
        if changes.notebook or changes.everything:
            self.update_tray()

    # -- window ------------------------------------------------------------------------------

    def show_window(self, entry_id: str | None = None) -> NotebookWindow:
        """Open (or raise) the notebook, on `entry_id` when given."""
        focused = self.platform.windows.focused_window()
        if focused is not None:  # the chat the agent was in, for answers with no known window
            self._fallback_target = focused
        if self.window is None:
            from desktop.notebook.notebook_window import NotebookWindow  # built on first use

            self.window = NotebookWindow(
                self.book,
                self.insert_answer,
                self.book.notebook.wall,
                insert_limit=insert_limit(self.platform.capabilities),
            )
        if entry_id:
            self.window.select(entry_id)
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        return self.window

    def insert_answer(self, entry: NotebookEntry, text: str) -> None:
        """Send an answer to the chat the question came from (else the last chat window)."""
        target = self.capture.target_for(entry.id) or self._fallback_target
        self.inserter.insert(target, text, tag=f"notebook answer {entry.id}")

    def _saved_chord(self) -> Chord:
        saved = self.book.get_setting(setting_keys.CAPTURE_HOTKEY)
        try:
            return parse_chord(saved) if saved else DEFAULT_CAPTURE_CHORD
        except ChordError:
            return DEFAULT_CAPTURE_CHORD
