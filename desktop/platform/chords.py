"""Hotkey strings parsed into `Chord` values, in pure code (no Qt, no OS).

Backends only translate a `Chord` into native codes (X11 keysyms, Windows virtual keys),
so every spelling rule and every error message lives here and is unit-tested without a display.

Accepted spellings: ``"Ctrl+Alt+Space"``, ``"ctrl+shift+h"``, ``"Ctrl+1"``, ``"control-alt-space"``,
``"Win+F5"``, ``"Ctrl+`"``. Parts are separated by ``+`` (or ``-``); case and surrounding spaces
do not matter. The canonical string is ``Ctrl+Alt+Shift+Meta+<Key>`` with the key's canonical name.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

__all__ = [
    "DEFAULT_FAVOURITE_CHORDS",
    "DEFAULT_POPUP_CHORD",
    "PASTE_CTRL_V",
    "PASTE_SHIFT_INSERT",
    "Chord",
    "ChordError",
    "Modifier",
    "parse_chord",
    "validate_hotkey",
]


class ChordError(ValueError):
    """A hotkey string that does not describe a usable chord (the message says why)."""


class Modifier(enum.Flag):
    """Modifier keys. `META` is the Windows/Super/Command key."""

    NONE = 0
    CTRL = enum.auto()
    ALT = enum.auto()
    SHIFT = enum.auto()
    META = enum.auto()


_MODIFIER_ORDER = (Modifier.CTRL, Modifier.ALT, Modifier.SHIFT, Modifier.META)
_MODIFIER_NAMES = {Modifier.CTRL: "Ctrl", Modifier.ALT: "Alt", Modifier.SHIFT: "Shift"}
_MODIFIER_NAMES[Modifier.META] = "Meta"

_MODIFIER_ALIASES = {
    "ctrl": Modifier.CTRL,
    "control": Modifier.CTRL,
    "ctl": Modifier.CTRL,
    "strg": Modifier.CTRL,
    "alt": Modifier.ALT,
    "option": Modifier.ALT,
    "opt": Modifier.ALT,
    "shift": Modifier.SHIFT,
    "meta": Modifier.META,
    "win": Modifier.META,
    "windows": Modifier.META,
    "super": Modifier.META,
    "cmd": Modifier.META,
    "command": Modifier.META,
}

# Canonical key names. Letters, digits and F1-F24 are generated below.
_NAMED_KEYS = (
    *("Space", "Tab", "Enter", "Escape", "Backspace", "Insert", "Delete"),
    *("Home", "End", "PageUp", "PageDown", "Up", "Down", "Left", "Right"),
    *("Grave", "Minus", "Equal", "BracketLeft", "BracketRight", "Backslash"),
    *("Semicolon", "Apostrophe", "Comma", "Period", "Slash"),
)

_KEY_ALIASES = {
    "return": "Enter",
    "esc": "Escape",
    "ins": "Insert",
    "del": "Delete",
    "pgup": "PageUp",
    "pgdn": "PageDown",
    "pagedn": "PageDown",
    "bksp": "Backspace",
    "`": "Grave",
    "backtick": "Grave",
    "backquote": "Grave",
    "-": "Minus",
    "=": "Equal",
    "[": "BracketLeft",
    "]": "BracketRight",
    "\\": "Backslash",
    ";": "Semicolon",
    "'": "Apostrophe",
    "quote": "Apostrophe",
    ",": "Comma",
    ".": "Period",
    "dot": "Period",
    "/": "Slash",
}


def _key_table() -> dict[str, str]:
    """Map every lower-cased spelling to its canonical key name."""
    table = {name.lower(): name for name in _NAMED_KEYS}
    table.update({c.lower(): c for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"})
    table.update({d: d for d in "0123456789"})
    table.update({f"f{n}": f"F{n}" for n in range(1, 25)})
    table.update(_KEY_ALIASES)
    return table


_KEYS = _key_table()
#: Every canonical key name a backend must be able to map.
KEY_NAMES = frozenset(_KEYS.values())
_FUNCTION_KEY = re.compile(r"F\d+")


@dataclass(frozen=True)
class Chord:
    """A key plus modifiers, e.g. ``Chord(Modifier.CTRL | Modifier.ALT, "Space")``.

    Attributes:
        modifiers: The modifiers held down.
        key: The canonical key name (one of `KEY_NAMES`).
    """

    modifiers: Modifier
    key: str

    def __post_init__(self) -> None:
        if self.key not in KEY_NAMES:
            raise ChordError(f"unknown key {self.key!r}")

    def __str__(self) -> str:
        parts = [_MODIFIER_NAMES[m] for m in _MODIFIER_ORDER if m in self.modifiers]
        return "+".join([*parts, self.key])


def _split(text: str) -> list[str]:
    """Split on ``+`` (or ``-`` when there is no ``+``), keeping a literal trailing key."""
    stripped = text.strip()
    sep = "+" if "+" in stripped else "-"
    if stripped.endswith(sep + sep):  # "Ctrl++" / "Ctrl--": the key itself is the separator
        return [*stripped[:-2].split(sep), sep]
    return stripped.split(sep)


def parse_chord(text: str) -> Chord:
    """Parse a hotkey string into a `Chord`.

    Args:
        text: A spelling such as ``"Ctrl+Alt+Space"`` or ``"ctrl+shift+h"``.

    Returns:
        The chord; ``str(chord)`` is its canonical spelling.

    Raises:
        ChordError: For empty parts ("Ctrl+"), unknown names ("Ctrl+Foo"), a chord made only
            of modifiers, a repeated modifier or more than one non-modifier key.
    """
    if not text.strip():
        raise ChordError("empty hotkey")
    modifiers = Modifier.NONE
    key: str | None = None
    for raw in _split(text):
        part = raw.strip()
        lower = part.lower()
        if not part:
            raise ChordError(f"{text!r}: empty part (a '+' with nothing after it?)")
        if lower in _MODIFIER_ALIASES:
            mod = _MODIFIER_ALIASES[lower]
            if mod in modifiers:
                raise ChordError(f"{text!r}: modifier {part!r} given twice")
            modifiers |= mod
        elif lower in _KEYS:
            if key is not None:
                raise ChordError(f"{text!r}: two keys ({key} and {part}); use one key")
            key = _KEYS[lower]
        else:
            raise ChordError(f"{text!r}: unknown key {part!r}")
    if key is None:
        raise ChordError(f"{text!r}: only modifiers; add a key, e.g. {text.strip()}+Space")
    return Chord(modifiers, key)


def validate_hotkey(chord: Chord) -> Chord:
    """Check that a chord is sensible as a *global* hotkey and return it.

    A global hotkey is grabbed from every application, so a plain or Shift-only key would
    swallow normal typing. Function keys alone are allowed.

    Raises:
        ChordError: If the chord would capture ordinary typing.
    """
    strong = Modifier.CTRL | Modifier.ALT | Modifier.META
    if not (chord.modifiers & strong) and not _FUNCTION_KEY.fullmatch(chord.key):
        raise ChordError(f"{chord}: a global hotkey needs Ctrl, Alt or Meta (or an F-key)")
    return chord


# Default popup chord: Ctrl+Alt+Space.
# - Chinese IMEs own Ctrl+Space (IME on/off), Ctrl+Shift (switch IME) and Shift (CN/EN), and
#   Rime (小狼毫/鼠须管) opens its scheme menu on Ctrl+` - so Ctrl+` is out.
# - Windows owns Alt+Space (window system menu) and Win+Space (input switcher).
# - QQ/TIM and 千牛/旺旺 use Ctrl+Alt+<letter> (A screenshot, Z/W/X/...), never Ctrl+Alt+Space.
# - Ctrl+Alt+Space is reachable with one hand on the left side, no AltGr issue on the US/CN/KR
#   layouts our agents use, and it was the chord measured end to end on X11 (see the notes).
DEFAULT_POPUP_CHORD = Chord(Modifier.CTRL | Modifier.ALT, "Space")
#: Favourites 1..9: Ctrl+Alt+<digit> (QQ/千牛 only take Ctrl+Alt+letters).
DEFAULT_FAVOURITE_CHORDS = tuple(Chord(Modifier.CTRL | Modifier.ALT, str(n)) for n in range(1, 10))
#: The paste chords an application may want.
PASTE_CTRL_V = Chord(Modifier.CTRL, "V")
PASTE_SHIFT_INSERT = Chord(Modifier.SHIFT, "Insert")
#: The copy chord, sent to the chat window to copy the customer's selected question.
COPY_CTRL_C = Chord(Modifier.CTRL, "C")
