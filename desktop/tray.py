"""The tray icon and its menu: the app's only permanent presence on screen."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from desktop.resources import icon


class Tray(QObject):
    """Tray icon with search, shop switching, settings, pause and quit.

    Signals:
        search_requested: open the popup (menu entry or a click on the icon).
        settings_requested: open the settings.
        pause_toggled(bool): hotkeys paused (True) or resumed.
        shop_selected(str): the agent switched the active shop.
        quit_requested: leave the app.
    """

    search_requested = Signal()
    settings_requested = Signal()
    pause_toggled = Signal(bool)
    shop_selected = Signal(str)
    quit_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.icon = QSystemTrayIcon(icon("quickreply"), self)
        self.menu = QMenu()
        self._search = QAction(self.menu)
        self._search.triggered.connect(self.search_requested)
        self._shops = QMenu(self.tr("Active shop"), self.menu)
        self._shop_group = QActionGroup(self._shops)
        self._settings = QAction(self.tr("Settings…"), self.menu)
        self._settings.triggered.connect(self.settings_requested)
        self._pause = QAction(self.tr("Pause hotkeys"), self.menu, checkable=True)
        self._pause.toggled.connect(self._on_pause)
        self._quit = QAction(self.tr("Quit QuickReply"), self.menu)
        self._quit.triggered.connect(self.quit_requested)
        for item in (self._search, self._shops.menuAction(), self._settings, self._pause):
            self.menu.addAction(item)
        self.menu.addSeparator()
        self.menu.addAction(self._quit)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_activated)
        self.set_hotkey(None)

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def set_hotkey(self, chord_text: str | None) -> None:
        """Show the popup chord in the menu and tooltip (None: no hotkey registered)."""
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

    def notify(self, title: str, message: str, warning: bool = False) -> None:
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
