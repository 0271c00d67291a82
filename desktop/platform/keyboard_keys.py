"""Key sending through the `keyboard` package, on Windows where it works well.

`keyboard` is a named dependency of the design. Its *hotkeys* are hook-based and die after sleep,
lock or UAC prompts (boppreh/keyboard issues 191, 428, 438), so hotkeys use RegisterHotKey; but
sending a chord or typing Unicode text with it is reliable on Windows. On Linux it needs root and
/dev/uinput and never reaches an X session, so the X11 backend uses XTEST instead.
"""

from __future__ import annotations

from types import ModuleType

from desktop.platform.chords import Chord, Modifier

_NAMES = {
    Modifier.CTRL: "ctrl",
    Modifier.ALT: "alt",
    Modifier.SHIFT: "shift",
    Modifier.META: "windows",
}


def keyboard_name(chord: Chord) -> str:
    """The chord in `keyboard`'s spelling, e.g. "ctrl+v" or "shift+insert"."""
    parts = [name for mod, name in _NAMES.items() if mod in chord.modifiers]
    parts.append(chord.key.lower())
    return "+".join(parts)


class KeyboardKeys:
    """`Keys` implemented with the `keyboard` module (injected, so tests pass a fake)."""

    def __init__(self, module: ModuleType) -> None:
        self._keyboard = module

    def send_chord(self, chord: Chord) -> None:
        self._keyboard.send(keyboard_name(chord))

    def type_text(self, text: str) -> None:
        self._keyboard.write(text)

    def warm(self) -> None:
        """Let `keyboard` parse the paste chord once (its key tables load on first use)."""
        self._keyboard.parse_hotkey("ctrl+v")

    def prepare(self) -> None:
        """`keyboard` reads no key state ahead."""

    def click(self, button: int) -> None:
        """Used on Windows only, where the popup takes no pointer grab."""


def load_keyboard() -> ModuleType | None:
    """The `keyboard` module, or None where it cannot load (then SendInput is used)."""
    try:
        import keyboard
    except Exception:  # ImportError, or its own OS checks failing at import
        return None
    module: ModuleType = keyboard
    return module
