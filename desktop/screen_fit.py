"""Every top-level window fits the available geometry of the screen it opens on.

Windows are designed on a large monitor (the manager is 1180x720), but agents work on 1366x768
laptops and 1024x600 netbooks, with a taskbar. One application-wide event filter fits each
window as it is shown - ours, and dialogs built elsewhere (file dialogs, message boxes) - so no
window can be forgotten: it shrinks to the screen if needed and moves so that its frame, title
bar included, is fully visible. The position is then explicit, so the window manager keeps it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, QObject, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QApplication, QWidget

__all__ = ["ScreenFitter", "fit_to_screen", "install_screen_fitter"]

#: Decoration estimate before the window manager has framed a window once (Qt reports 0 then):
#: title bars measured 20-30 px (openbox, GNOME, Windows 10/11); borders a few px.
ESTIMATED_FRAME = QMargins(8, 32, 8, 8)
#: After this, the window manager has framed a new window; fit again with its real frame.
REFIT_MS = 300
#: Window types that place themselves (menus, combo lists, tooltips) or cover the desktop.
_SELF_PLACED = (
    Qt.WindowType.Popup,
    Qt.WindowType.ToolTip,
    Qt.WindowType.Desktop,
    Qt.WindowType.SplashScreen,
)


def _frame_margins(widget: QWidget) -> QMargins:
    """The window's decoration around its client area (real once framed, else estimated)."""
    if widget.windowFlags() & Qt.WindowType.FramelessWindowHint:
        return QMargins()
    frame, inner = widget.frameGeometry(), widget.geometry()
    measured = QMargins(
        inner.left() - frame.left(),
        inner.top() - frame.top(),
        frame.right() - inner.right(),
        frame.bottom() - inner.bottom(),
    )
    return measured if measured.top() > 0 else ESTIMATED_FRAME


def _screen_of(widget: QWidget) -> QScreen:
    """The screen under the window's centre (else under the mouse, else the primary)."""
    screen = QGuiApplication.screenAt(widget.frameGeometry().center())
    if screen is None and not widget.isVisible():
        screen = QGuiApplication.screenAt(widget.cursor().pos())
    return screen or widget.screen() or QGuiApplication.primaryScreen()


def fitted_rect(window: QRect, frame: QMargins, available: QRect, minimum: QSize) -> QRect:
    """Client geometry for `window` so its frame lies inside `available` (pure geometry)."""
    room = QSize(
        available.width() - frame.left() - frame.right(),
        available.height() - frame.top() - frame.bottom(),
    )
    size = window.size().boundedTo(room).expandedTo(minimum.boundedTo(room))
    left = available.left() + frame.left()
    top = available.top() + frame.top()
    right = available.right() - frame.right() - size.width() + 1
    bottom = available.bottom() - frame.bottom() - size.height() + 1
    x = min(max(window.x(), left), max(right, left))
    y = min(max(window.y(), top), max(bottom, top))
    return QRect(QPoint(x, y), size)


def fit_to_screen(widget: QWidget, *, centre: bool = False) -> None:
    """Shrink and move a top-level window into its screen's available geometry.

    Args:
        widget: A top-level window.
        centre: Centre it on the screen (for windows the app never placed).
    """
    available = _screen_of(widget).availableGeometry()
    frame = _frame_margins(widget)
    window = widget.geometry()
    # The layout's minimum counts too; an explicit smaller minimum overrides it.
    minimum = widget.minimumSize().expandedTo(widget.minimumSizeHint())
    rect = fitted_rect(window, frame, available, minimum)
    if centre:  # centre the fitted size, then keep the frame inside again
        rect.moveCenter(available.center())
        rect = fitted_rect(rect, frame, available, minimum)
    if minimum.expandedTo(rect.size()) != rect.size():
        widget.setMinimumSize(minimum.boundedTo(rect.size()))
    if rect != widget.geometry() or centre:
        widget.setGeometry(rect)  # explicit: the window manager keeps (USPosition)


class ScreenFitter(QObject):
    """Fits each top-level window when it is about to be shown (see module docstring)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and watched.windowType() not in _SELF_PLACED
        ):
            placed = watched.testAttribute(Qt.WidgetAttribute.WA_Moved)
            fit_to_screen(watched, centre=not placed)
            window = watched  # checked again once framed: the estimate may be short
            QTimer.singleShot(REFIT_MS, window, lambda: _refit(window))
        return False


def _refit(widget: QWidget) -> None:
    if widget.isVisible() and not widget.isMaximized() and not widget.isFullScreen():
        fit_to_screen(widget)


def install_screen_fitter(app: QApplication) -> ScreenFitter:
    """Install the fitter on the application; a second call returns the first one."""
    fitter = app.findChild(ScreenFitter)
    if fitter is None:
        fitter = ScreenFitter(app)
        app.installEventFilter(fitter)
    return fitter
