"""Composition root: builds the phrasebook, platform backend, tray, popup and inserter, wires them.

Nothing else in `desktop` creates these objects; widgets get what they need passed in (no global
registry). OS specifics stay behind `desktop.platform`.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop import setting_keys
from desktop.capability_limits import hotkeys_limit
from desktop.favorite_keys import FavoriteKeys
from desktop.hotkey_dialog import HotkeyDialog
from desktop.i18n import Translations, language_for
from desktop.import_dialog import choose_and_import
from desktop.notebook.notebook_controller import NotebookController
from desktop.platform import Platform
from desktop.platform.base import ReplyImage, TargetWindow
from desktop.platform.chords import Chord
from desktop.platform.paste import Inserter
from desktop.platform.paste_values import InsertOutcome
from desktop.popup.popup_hotkey import PopupHotkey
from desktop.popup.search_popup import SearchPopup
from desktop.popup.selection_query import SelectionQuery
from desktop.screen_fit import install_screen_fitter
from desktop.settings.paste_setting import paste_settings
from desktop.settings.settings_controller import SettingsController
from desktop.shutdown import run_steps
from desktop.single_instance import InstanceServer
from desktop.team_sync import SyncController
from desktop.trace import FirstPaintTracer, trace
from desktop.tray import Tray
from phrasebook import Changes, Phrase, Phrasebook

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PhraseUse:
    """The tag of an insertion that inserts a phrase: its use is recorded when it lands."""

    phrase: Phrase


def reply_images_from(book: Phrasebook, phrase: Phrase) -> Sequence[ReplyImage]:
    """The pictures a phrase's reply carries, in order, read from the phrasebook."""
    return [ReplyImage(ref.type, book.image_bytes(ref.hash)) for ref in phrase.images]


#: After the popup shows, before reading the agent's clipboard ahead (after its first paint).
PREFETCH_DELAY_MS = 50
#: After start, before warming what the first insertion needs (lets the tray and hotkey settle).
WARM_DELAY_MS = 200


class QuickReply(QObject):
    """The running app: one phrasebook, one platform backend, one popup.

    Attributes:
        reply_images: Returns the images to paste with a phrase's reply (`ReplyImage` values
            read from the phrasebook; tests may replace it).

    Signals:
        popup_shown(float): the popup became visible; monotonic time the hotkey fired.
        insertion_finished(object): an InsertOutcome, after usage was recorded.
    """

    popup_shown = Signal(float)
    insertion_finished = Signal(object)

    def __init__(
        self,
        book: Phrasebook,
        platform: Platform,
        hotkey: Chord | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        qt = QApplication.instance()
        if isinstance(qt, QApplication):
            install_screen_fitter(qt)  # every window we (or Qt) open fits its screen
        self.book = book
        self.platform = platform
        self.translations = Translations()
        self.translations.apply(language_for(book.get_setting(setting_keys.UI_LANGUAGE)))
        self.paused = False
        self.quitting = False
        self._target: TargetWindow | None = None
        self._hide_after_paste = False  # a grabbing popup closes once its paste is done
        self._fired_at = 0.0
        self.reply_images: Callable[[Phrase], Sequence[ReplyImage]] = lambda phrase: (
            reply_images_from(self.book, phrase)
        )
        self._unsubscribe_book: Callable[[], None] = lambda: None  # set in _wire
        self.popup = SearchPopup(book, grab_keyboard=platform.capabilities.popup_grabs_keyboard)
        self._paint_tracer = FirstPaintTracer("popup_painted", self.popup)
        self.inserter = Inserter.for_platform(
            platform, paste_settings(book.get_setting(setting_keys.PASTE))
        )
        self.tray = Tray(self)
        self.tray.set_hotkeys_limit(hotkeys_limit(platform.capabilities))
        self.popup_hotkey = PopupHotkey(book, platform.hotkeys, self.tray, self._on_hotkey, hotkey)
        self.server: InstanceServer | None = None
        self.manager: QWidget | None = None  # the phrase manager, built on first use
        self.notebook = NotebookController(book, platform, self.inserter, self.tray, self)
        self.team_sync = SyncController(book, self.tray, self)
        self.favorite_keys = FavoriteKeys(book, platform, self.popup.localized, parent=self)
        self.settings = SettingsController(
            book,
            platform,
            self.inserter,
            self.tray,
            self.translations,
            (self.popup_hotkey, self.notebook, self.favorite_keys),
            switch_book=self.switch_book,
            parent=self,
        )
        self.selection_query = SelectionQuery(platform, self._show_with_query, self)
        self._selected_query: str | None = None  # the last customer's message used as the query
        self._wire()

    # -- start and stop ----------------------------------------------------------------------

    def start(self, db_path: Path) -> None:
        """Listen for second starts, show the tray and grab the hotkey."""
        self._listen(db_path)
        self._refresh_profile()
        self.tray.show()
        self.settings.backup_scheduler.start()
        self.register_hotkey(self.chord)
        self._register_favorites()
        self.notebook.start()
        self.team_sync.start()
        trace("ready", hotkey=str(self.chord) if self.hotkey_registered else None)
        QTimer.singleShot(WARM_DELAY_MS, self.warm)

    def warm(self) -> None:
        """Do the first insertion's one-time work while the agent is not waiting for it: the
        clipboard and X connections, key codes, Qt's image and MIME handling, the render path.
        Runs from a timer after "ready", so it never delays the app's start."""
        started = time.monotonic()
        self.inserter.warm()
        try:
            hits = self.book.search("")[:1] or self.book.search("a")[:1]
            for hit in hits:
                self.book.render(hit.phrase)
        except Exception:  # warming only saves time; a failure must not matter
            log.debug("warming the render path failed", exc_info=True)
        trace("warmed", ms=round((time.monotonic() - started) * 1000, 1))

    def _listen(self, db_path: Path) -> None:
        if self.server is not None:
            self.server.deleteLater()
        self.server = InstanceServer(db_path, self)
        self.server.show_requested.connect(self.show_window)

    def switch_book(self, book: Phrasebook) -> None:
        """Use another phrasebook file from now on (data folder moved), without a restart.

        Every part gets the new book (windows built from the old one are rebuilt on next use),
        then the old book is closed. Hotkeys stay as they are.
        """
        old, self.book = self.book, book
        self._unsubscribe_book()
        self._unsubscribe_book = book.on_change(self._on_book_changed)
        self.popup.set_book(book)
        self.popup_hotkey.book = book
        self.favorite_keys.set_book(book)
        self.notebook.set_book(book)
        self.team_sync.set_book(book)
        self.settings.set_book(book)
        self.inserter.settings = paste_settings(book.get_setting(setting_keys.PASTE))
        if self.manager is not None:
            self.manager.close()
            self.manager.deleteLater()
            self.manager = None
        if self.server is not None:
            self._listen(book.path)
        self._refresh_profile()
        old.close()
        log.info("switched to phrasebook %s", book.path)

    def quit(self) -> None:
        """End the app: windows first, then grabs and connections; the process always exits.

        Windows close before the platform: a popup hidden after the X connections closed
        would re-activate its target through a dead connection. Each step runs even when
        an earlier one failed, and `exit` (unlike `quit`) cannot be vetoed by a window.
        """
        if self.quitting:
            return
        self.quitting = True
        self.popup.dismissed.disconnect(self._on_dismissed)
        run_steps(
            (
                ("windows", _close_windows),
                ("notebook", self.notebook.stop),
                ("team sync", self.team_sync.stop),
                ("hotkeys", self.platform.hotkeys.close),
                ("platform", self.platform.close),
                ("tray", self.tray.hide),
                ("phrasebook", self.book.close),
            )
        )
        QApplication.exit(0)

    # -- hotkey ------------------------------------------------------------------------------

    @property
    def chord(self) -> Chord:
        """The popup chord (registered or not)."""
        return self.popup_hotkey.chord

    @property
    def hotkey_registered(self) -> bool:
        return self.popup_hotkey.hotkey_registered

    def register_hotkey(self, chord: Chord) -> str | None:
        """Grab `chord` for the popup; returns a readable error (and keeps the old one) or None."""
        return self.popup_hotkey.register_hotkey(chord)

    def ask_for_hotkey(self, problem: str | None = None) -> None:
        dialog = HotkeyDialog(self.chord, self.register_hotkey, problem)
        dialog.exec()

    def announce(self) -> None:
        """After start: say which chord opens the popup, or ask for another one."""
        if self.hotkey_registered:
            message = self.tr("Press {chord} in a chat window to search replies.")
            self.tray.notify(self.tr("QuickReply"), message.replace("{chord}", str(self.chord)))
        else:
            self.ask_for_hotkey(self.tr("The popup hotkey could not be registered."))

    def set_paused(self, paused: bool) -> None:
        """Release the hotkey while paused (so the chord reaches other programs)."""
        self.paused = paused
        if paused:
            self.popup_hotkey.release()
        elif not self.hotkey_registered:
            self.register_hotkey(self.chord)
        if paused:
            self.favorite_keys.unregister()
        else:
            self._register_favorites()
        self.notebook.set_paused(paused)

    def _register_favorites(self) -> None:
        """Grab Ctrl+Alt+1..9; chords other programs hold are reported once, never fatal."""
        taken = self.favorite_keys.register()
        if taken:
            names = ", ".join(str(chord) for chord in taken)
            message = self.tr("Used by another program, so they stay off: {chords}")
            self.tray.notify(self.tr("Favourite keys"), message.replace("{chords}", names), True)

    def _on_hotkey(self) -> None:
        trace("hotkey")
        self.show_popup(time.monotonic())

    # -- popup and insertion -----------------------------------------------------------------

    def show_popup(self, fired_at: float | None = None) -> None:
        """Remember the window the agent was in, then show the popup."""
        fired_at = time.monotonic() if fired_at is None else fired_at
        if self._hide_after_paste:  # still up after the last paste: close it, open anew
            self._hide_popup()
        if not self.popup.isVisible():
            self._target = self.platform.windows.focused_window()
            self._fired_at = fired_at
            self.selection_query.open(self._target)  # calls _show_with_query
            return
        self.popup.show_for_search(QCursor.pos())
        self.popup_shown.emit(fired_at)

    def _show_with_query(self, question: str | None) -> None:
        """Show the popup; with the customer's selected message as its query when there is one.

        Without one, a query that was the last customer's message is cleared: reopening on it
        would offer the answer meant for someone else, one Enter away.
        """
        last = self._selected_query
        if not question and last and self.popup.search_box.text().strip() == last:
            self.popup.search_box.clear()
        self._selected_query = question
        self.popup.show_for_search(QCursor.pos())
        if question:
            self.popup.set_query(question)
        trace("popup_query", text=self.popup.search_box.text())
        self.popup_shown.emit(self._fired_at)
        QTimer.singleShot(PREFETCH_DELAY_MS, self.inserter.prefetch)

    def _on_insert(self, phrase: Phrase, text: str) -> None:
        """Paste the reply; the popup hides after the inserter's first step.

        A grabbing popup lets go of the keyboard first (the chat window kept its focus) and
        hides when the paste is done: unmapped earlier, it made Chromium redraw what it had
        covered while the paste was under way (Enter -> text 19.9 ms against 15.5 ms when it
        stayed; it stays ~60 ms, and keys typed meanwhile go to the chat window). Otherwise
        the inserter sets the keyboard focus on the chat window itself (the X server then
        sends keys there even while our popup is still mapped) and the popup hides at once,
        several milliseconds under X11 that are not on the way from Enter to the paste chord.
        """
        trace("insert_requested")
        self.popup.release_keyboard()
        self.selection_query.picked(phrase, self.popup.search_box.text())
        try:
            images = tuple(self.reply_images(phrase))
        except Exception:  # a missing image never stops the text
            log.exception("could not read the images of %s", phrase.id)
            images = ()
        self.inserter.insert(self._target, text, images=images, tag=PhraseUse(phrase))
        if self.popup.grabs_keyboard and self.inserter.busy:
            self._hide_after_paste = True
        else:
            self._hide_popup()

    def _hide_popup(self) -> None:
        self._hide_after_paste = False
        self.popup.hide()
        trace("popup_hidden")

    def paste_again(self) -> None:
        """Paste the reply that missed once more, into the window it was meant for."""
        self.tray.clear_missed()
        if not self.inserter.insert_again():
            log.info("nothing to paste again")

    def _insert_favorite(self, phrase: Phrase, text: str, target: TargetWindow | None) -> None:
        """A favourite key: straight into the focused window, through the same inserter."""
        self._target = target
        self._on_insert(phrase, text)

    def _open_favorite(self, phrase: Phrase) -> None:
        """A favourite with empty fields: the popup opens on it, its field focused."""
        if not self.popup.isVisible():
            self._target = self.platform.windows.focused_window()
        self.popup.show_phrase(phrase)
        self.popup_shown.emit(time.monotonic())

    def _on_empty_slot(self, slot: int) -> None:
        message = self.tr("Nothing is pinned to Ctrl+Alt+{n}: pin a reply in the phrase manager")
        chord = str(self.favorite_keys.chords[slot - 1])
        message = message.replace("Ctrl+Alt+{n}", chord).replace("{n}", str(slot))
        self.tray.notify(self.tr("Favourite keys"), message)

    def _on_copy(self, phrase: Phrase, text: str) -> None:
        QApplication.clipboard().setText(text)
        self.popup.hide()
        self._record_use(phrase)

    def _on_inserted(self, outcome: InsertOutcome) -> None:
        if self._hide_after_paste:
            self._hide_popup()
        trace(
            "inserted",
            ok=outcome.ok,
            text=outcome.text,
            reason=outcome.reason,
            method=outcome.method,
            status=outcome.status.value,
            read=outcome.read_confirmed,
            missed=outcome.missed,
        )
        if outcome.missed:  # never let the agent believe the reply was sent
            message = self.tr(
                "The chat window did not take the reply. Click here (or tray menu → Paste the "
                "last reply again) to paste it again."
            )
            self.tray.notify_missed(self.tr("Not pasted"), message)
        elif outcome.ok:
            self.tray.clear_missed()
            if isinstance(outcome.tag, PhraseUse):  # capture/notebook tag their own
                self._record_use(outcome.tag.phrase)
        else:
            self.tray.notify(self.tr("Not inserted"), outcome.reason or "", warning=True)
        for warning in outcome.warnings:
            self.tray.notify(self.tr("QuickReply"), warning, warning=True)
        self.insertion_finished.emit(outcome)

    def _record_use(self, phrase: Phrase) -> None:
        try:  # a failure to record never blocks the paste
            question = self.selection_query.take_question(phrase.id)
            self.book.record_use(phrase.id, question=question)
            self.popup.note_inserted(phrase.id)  # its follow-ups lead the next popup
        except Exception:
            log.exception("could not record the use of %s", phrase.id)

    def _on_dismissed(self) -> None:
        """Closed without a reply: the chat window gets its focus back (a grabbing popup never
        took it, and a click that closed it goes on to what was clicked)."""
        trace("popup_dismissed")
        self.popup.hide()
        if self.popup.grabs_keyboard:
            return
        if self._target is not None and self._target.exists():
            self._target.activate()

    def _pass_click_on(self, button: int) -> None:
        """After Qt has finished closing the popup (its grab goes with it)."""
        QTimer.singleShot(0, lambda: self._click(button))

    def _click(self, button: int) -> None:
        try:
            self.platform.keys.click(button)
        except Exception:  # a click not passed on is no reason to fail
            log.exception("could not pass the click on")
        trace("popup_click_passed", button=button)

    def show_window(self, window: str) -> None:
        """Open one of WINDOWS (`quickreply --show WINDOW`, or a second start of the app)."""
        openers: dict[str, Callable[[], object]] = {
            "popup": self.show_popup,
            "manager": self.show_manager,
            "notebook": self.notebook.show_window,
            "settings": self.settings.open,
            "import": lambda: choose_and_import(self.book),
        }
        QTimer.singleShot(0, lambda: trace("window_shown", window=window, shown=_shown()))
        openers[window]()  # the import dialog is modal: the trace above runs inside it

    def show_manager(self) -> None:
        """Open (or raise) the phrase manager window."""
        if self.manager is None:
            from desktop.manager import ManagerWindow  # imported on first use: faster start

            self.manager = ManagerWindow(self.book)
        self.manager.show()
        self.manager.raise_()
        self.manager.activateWindow()

    # -- profile -----------------------------------------------------------------------------

    def _on_book_changed(self, changes: Changes) -> None:
        if changes.profile or changes.everything:
            self._refresh_profile()
        if self.popup.isVisible():
            self.popup.refresh()

    def _refresh_profile(self) -> None:
        profile = self.book.profile
        self.tray.set_shops(profile.shops, profile.active_shop)

    def _wire(self) -> None:
        self.popup.insert_requested.connect(self._on_insert)
        self.popup.copy_requested.connect(self._on_copy)
        self.popup.dismissed.connect(self._on_dismissed)
        self.popup.clicked_outside.connect(self._pass_click_on)
        self.inserter.finished.connect(self._on_inserted)
        self.tray.search_requested.connect(self.show_popup)
        self.tray.settings_requested.connect(self.settings.open)
        self.tray.diagnostics_requested.connect(self.settings.copy_diagnostics)
        self.tray.manager_requested.connect(self.show_manager)
        self.tray.import_requested.connect(lambda: choose_and_import(self.book))
        self.tray.pause_toggled.connect(self.set_paused)
        self.tray.shop_selected.connect(lambda shop: self.book.set_profile(active_shop=shop))
        self.tray.quit_requested.connect(self.quit)
        self.tray.paste_again_requested.connect(self.paste_again)
        self._unsubscribe_book = self.book.on_change(self._on_book_changed)
        self.favorite_keys.insert_requested.connect(self._insert_favorite)
        self.favorite_keys.fields_needed.connect(self._open_favorite)
        self.favorite_keys.empty_slot.connect(self._on_empty_slot)


def _close_windows() -> None:
    """Hide every top-level window of ours (popup, manager, notebook, dialogs)."""
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.hide()


def _shown() -> list[str]:
    """Class names of the visible top-level windows, for the trace."""
    return sorted(type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible())


def show_error(title: str, message: str) -> None:
    """A modal error for problems that stop the app from starting (e.g. a damaged database)."""
    QMessageBox.critical(None, title, message)
