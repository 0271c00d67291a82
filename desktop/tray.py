"""The tray icon and its menu: the app's only permanent presence on screen."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from desktop.resources import icon


class Tray(QObject):
    """Tray icon with search, shop switching, settings, pause and quit.

    Signals:
        search_requested: open the popup (menu entry or a click on the icon).
        settings_requested: open the settings.
        diagnostics_requested: copy the diagnostics report (for support).
        manager_requested: open the phrase manager window.
        import_requested: choose a file and preview its import.
        notebook_requested: open the notebook of unanswered questions.
        sync_requested: run a team sync round now.
        pause_toggled(bool): hotkeys paused (True) or resumed.
        shop_selected(str): the agent switched the active shop.
        quit_requested: leave the app.
        paste_again_requested: paste the reply that missed again (its message was clicked, or
            the menu entry shown while a missed paste is kept).
    """

    search_requested = Signal()
    settings_requested = Signal()
    diagnostics_requested = Signal()
    manager_requested = Signal()
    import_requested = Signal()
    notebook_requested = Signal()
    sync_requested = Signal()
    pause_toggled = Signal(bool)
    shop_selected = Signal(str)
    quit_requested = Signal()
    paste_again_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.icon = QSystemTrayIcon(icon("quickreply"), self)
        self.menu = QMenu()
        self._search = QAction(self.menu)
        self._search.triggered.connect(self.search_requested)
        self._manager = QAction(self.tr("Phrase manager…"), self.menu)
        self._manager.triggered.connect(self.manager_requested)
        self._shops = QMenu(self.tr("Active shop"), self.menu)
        self._shop_group = QActionGroup(self._shops)
        self._settings = QAction(self.tr("Settings…"), self.menu)
        self._settings.triggered.connect(self.settings_requested)
        self._pause = QAction(self.tr("Pause hotkeys"), self.menu, checkable=True)
        self._pause.toggled.connect(self._on_pause)
        self._diagnostics = QAction(self.tr("Copy diagnostics"), self.menu)
        self._diagnostics.triggered.connect(self.diagnostics_requested)
        self._quit = QAction(self.tr("Quit QuickReply"), self.menu)
        self._quit.triggered.connect(self.quit_requested)
        for item in (self._search, self._shops.menuAction(), self._settings, self._pause):
            self.menu.addAction(item)
        self.menu.insertAction(self._shops.menuAction(), self._manager)
        self._import = QAction(self.tr("Import phrases…"), self.menu)
        self._import.triggered.connect(self.import_requested)
        self.menu.insertAction(self._shops.menuAction(), self._import)
        self._notebook = QAction(self.menu)
        self._notebook.triggered.connect(self.notebook_requested)
        self.menu.insertAction(self._shops.menuAction(), self._notebook)
        self._notebook_counts = (0, 0)
        self.set_notebook_counts(0, 0)
        self._sync_status = QAction(self.menu, enabled=False, visible=False)
        self._sync_now = QAction(self.tr("Sync now"), self.menu, visible=False)
        self._sync_now.triggered.connect(self.sync_requested)
        self._sync_line = QAction(self.menu, visible=False)
        self._sync_line.setSeparator(True)
        for item in (self._sync_line, self._sync_status, self._sync_now):
            self.menu.insertAction(self._shops.menuAction(), item)
        self.menu.addSeparator()
        self.menu.addAction(self._diagnostics)
        self.menu.addAction(self._quit)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_activated)
        self._paste_again = QAction(self.tr("Paste the last reply again"), self.menu)
        self._paste_again.setVisible(False)
        self._paste_again.triggered.connect(self.paste_again_requested)
        self.menu.insertAction(self._manager, self._paste_again)  # right below "search"
        self._message_pastes_again = False  # the message on screen is the missed-paste one
        self.icon.messageClicked.connect(self._on_message_clicked)
        self._chord_text: str | None = None
        self.set_hotkey(None)

    def retranslate(self) -> None:
        """Set the menu texts again in the current UI language (after a language switch)."""
        self._manager.setText(self.tr("Phrase manager…"))
        self._shops.setTitle(self.tr("Active shop"))
        self._settings.setText(self.tr("Settings…"))
        self._pause.setText(self.tr("Pause hotkeys"))
        self._diagnostics.setText(self.tr("Copy diagnostics"))
        self._quit.setText(self.tr("Quit QuickReply"))
        self._sync_now.setText(self.tr("Sync now"))
        self._paste_again.setText(self.tr("Paste the last reply again"))
        self.set_hotkey(self._chord_text)
        self.set_notebook_counts(*self._notebook_counts)

    def set_notebook_counts(self, open_count: int, overdue: int) -> None:
        """Show how many questions wait for an answer (and how many are late) in the menu."""
        self._notebook_counts = (open_count, overdue)
        label = self.tr("Question notebook")
        if overdue:
            label += (
                self.tr(" (%1 open, %2 overdue)")
                .replace("%1", str(open_count))
                .replace("%2", str(overdue))
            )
        elif open_count:
            label += self.tr(" (%1 open)").replace("%1", str(open_count))
        self._notebook.setText(label)

    def set_sync_status(self, text: str | None, details: Sequence[str] = ()) -> None:
        """Show the team sync status line and "Sync now" (None: not in a team, both hidden);
        `details` (files set aside, gap warnings) become the line's tooltip."""
        self._sync_status.setText(text or "")
        self._sync_status.setToolTip("\n".join(details))
        self.menu.setToolTipsVisible(bool(details))
        self._sync_status.setVisible(text is not None)
        self._sync_now.setVisible(text is not None)
        self._sync_line.setVisible(text is not None)

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def set_hotkeys_limit(self, reason: str | None) -> None:
        """No global hotkeys here (`reason`): "Pause hotkeys" has nothing to pause."""
        self._pause.setEnabled(reason is None)
        self._pause.setToolTip(reason or "")
        self.menu.setToolTipsVisible(reason is not None)

    def set_hotkey(self, chord_text: str | None) -> None:
        """Show the popup chord in the menu and tooltip (None: no hotkey registered)."""
        self._chord_text = chord_text
        label = self.tr("Search phrases")
        self._search.setText(f"{label}\t{chord_text}" if chord_text else label)
        tip = self.tr("QuickReply")
        self.icon.setToolTip(f"{tip} — {chord_text}" if chord_text else tip)

    def set_shops(self, shops: tuple[str, ...], active: str) -> None:
        """Rebuild the shop switcher (hidden when the agent has fewer than two shops)."""
        self._shops.clear()
        for action in self._shop_group.actions():
            self._shop_group.removeAction(action)
        for shop in shops:
            action = QAction(shop, self._shops, checkable=True, checked=shop == active)
            action.triggered.connect(lambda _=False, s=shop: self.shop_selected.emit(s))
            self._shop_group.addAction(action)
            self._shops.addAction(action)
        self._shops.menuAction().setVisible(len(shops) > 1)

    def set_paused(self, paused: bool) -> None:
        self._pause.setChecked(paused)

    def notify_missed(self, title: str, message: str) -> None:
        """A warning whose click (or the menu entry shown until `clear_missed`) pastes again."""
        self.notify(title, message, warning=True)
        self._message_pastes_again = True
        self._paste_again.setVisible(True)

    def clear_missed(self) -> None:
        """No missed paste is kept any more: hide the menu entry, ignore clicks on the message."""
        self._message_pastes_again = False
        self._paste_again.setVisible(False)

    @property
    def paste_again_offered(self) -> bool:
        """Whether the menu offers to paste a missed reply again."""
        return self._paste_again.isVisible()

    def _on_message_clicked(self) -> None:
        if self._message_pastes_again:
            self.paste_again_requested.emit()

    def notify(self, title: str, message: str, warning: bool = False) -> None:
        self._message_pastes_again = False  # a newer message replaces the missed-paste one
        kind = (
            QSystemTrayIcon.MessageIcon.Warning
            if warning
            else QSystemTrayIcon.MessageIcon.Information
        )
        self.icon.showMessage(title, message, kind, 5000)

    def _on_pause(self, paused: bool) -> None:
        self.icon.setIcon(icon("quickreply-paused" if paused else "quickreply"))
        self.pause_toggled.emit(paused)

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.search_requested.emit()
