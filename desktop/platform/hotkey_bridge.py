"""The one hop from a backend's hotkey thread to the Qt GUI thread, shared by every backend.

X11 and Windows deliver hotkeys on their own threads. Each backend subclasses
`HotkeyRegistry`, implements `_grab`/`_ungrab`, and calls `_notify(chord)` from any thread;
the registry re-emits it through a *queued* Signal so callbacks and widgets only ever run on
the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal

from desktop.platform.base import HotkeyTakenError
from desktop.platform.chords import Chord

__all__ = ["HotkeyRegistry"]

log = logging.getLogger(__name__)


class HotkeyRegistry(QObject):
    """Base class for hotkey backends: bookkeeping plus the queued GUI-thread bridge.

    Signals:
        activated(Chord): a registered chord was pressed (emitted on the GUI thread).
    """

    activated = Signal(object)
    _pressed = Signal(object)  # emitted from any thread; queued into the GUI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._callbacks: dict[Chord, Callable[[], None]] = {}
        self._pressed.connect(self._dispatch, Qt.ConnectionType.QueuedConnection)

    @property
    def registered(self) -> frozenset[Chord]:
        """The chords currently grabbed by this registry."""
        return frozenset(self._callbacks)

    def register(self, chord: Chord, callback: Callable[[], None]) -> None:
        """Grab `chord` and call `callback` on the GUI thread when it is pressed.

        Raises:
            HotkeyTakenError: The chord is held by another program or already registered here.
        """
        if chord in self._callbacks:
            raise HotkeyTakenError(chord, "already registered by QuickReply")
        self._grab(chord)
        self._callbacks[chord] = callback
        log.info("hotkey %s registered", chord)

    def unregister(self, chord: Chord) -> None:
        """Release `chord`; unknown chords are ignored."""
        if self._callbacks.pop(chord, None) is not None:
            self._ungrab(chord)
            log.info("hotkey %s unregistered", chord)

    def close(self) -> None:
        """Release every chord."""
        for chord in list(self._callbacks):
            self.unregister(chord)

    def _notify(self, chord: Chord) -> None:
        """Report a press; safe to call from any thread."""
        self._pressed.emit(chord)

    def _dispatch(self, chord: Chord) -> None:
        """Runs on the GUI thread: call the callback, then tell the widgets."""
        callback = self._callbacks.get(chord)
        if callback is None:  # released between the press and this queued delivery
            return
        callback()
        self.activated.emit(chord)

    def _grab(self, chord: Chord) -> None:
        """Register `chord` with the OS; raise `HotkeyTakenError` when refused."""
        raise NotImplementedError

    def _ungrab(self, chord: Chord) -> None:
        """Release `chord` at the OS."""
        raise NotImplementedError
