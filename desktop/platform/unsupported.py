"""An honest backend for sessions where we cannot do the OS part (Wayland, macOS, no display).

Every capability that needs the OS is False with a note saying why, hotkey registration raises
`HotkeyUnavailableError`, and key sending raises `PlatformError`, so the app can explain
("use the tray menu") instead of silently doing nothing. The clipboard still works through Qt.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop.platform.base import (
    Capabilities,
    HotkeyUnavailableError,
    Platform,
    PlatformError,
    TargetWindow,
)
from desktop.platform.chords import PASTE_CTRL_V, Chord
from desktop.platform.qt_clipboard import QtClipboard

__all__ = ["NoHotkeys", "NoKeys", "NoWindows", "create"]


class NoHotkeys:
    """Refuses every chord, naming the reason."""

    def __init__(self, reason: str) -> None:
        self.reason = reason

    def register(self, chord: Chord, callback: Callable[[], None]) -> None:
        """Always raises: there is no global hotkey here."""
        raise HotkeyUnavailableError(f"cannot register {chord}: {self.reason}")

    def unregister(self, chord: Chord) -> None:
        """Nothing was registered."""

    def close(self) -> None:
        """Nothing to release."""


class NoKeys:
    """Refuses to synthesise keys."""

    def __init__(self, reason: str) -> None:
        self.reason = reason

    def send_chord(self, chord: Chord) -> None:
        """Always raises."""
        raise PlatformError(f"cannot send {chord}: {self.reason}")

    def type_text(self, text: str) -> None:
        """Always raises."""
        raise PlatformError(f"cannot type text: {self.reason}")

    def warm(self) -> None:
        """Nothing to prepare: no keys are sent here."""

    def prepare(self) -> None:
        """Nothing to read ahead: no keys are sent here."""

    def click(self, button: int) -> None:
        """Nothing to pass on: no popup grab here."""


class NoWindows:
    """Cannot see other applications' windows."""

    def focused_window(self) -> TargetWindow | None:
        """Always None: the insertion then ends as "target gone" and the text stays copied."""
        return None


def create(name: str, reason: str) -> Platform:
    """A platform that only has a clipboard; `reason` explains the missing rest."""
    return Platform(
        name=name,
        clipboard=QtClipboard({}, clear_at_exit=False),
        hotkeys=NoHotkeys(reason),
        keys=NoKeys(reason),
        windows=NoWindows(),
        capabilities=Capabilities(notes=(reason,)),
        paste_chord=PASTE_CTRL_V,
    )
