"""Hotkey strings -> Chord values, canonical spellings and clear errors."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.platform.chords import (
    DEFAULT_FAVOURITE_CHORDS,
    DEFAULT_POPUP_CHORD,
    KEY_NAMES,
    Chord,
    ChordError,
    Modifier,
    parse_chord,
    validate_hotkey,
)


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("Ctrl+Alt+Space", "Ctrl+Alt+Space"),
        ("ctrl+shift+h", "Ctrl+Shift+H"),
        ("Ctrl+1", "Ctrl+1"),
        ("  alt + ctrl + space ", "Ctrl+Alt+Space"),
        ("control-alt-space", "Ctrl+Alt+Space"),
        ("Win+F5", "Meta+F5"),
        ("super+shift+return", "Shift+Meta+Enter"),
        ("Ctrl+`", "Ctrl+Grave"),
        ("Ctrl+-", "Ctrl+Minus"),
        ("Ctrl--", "Ctrl+Minus"),
        ("shift+ins", "Shift+Insert"),
        ("Cmd+Option+PgDn", "Alt+Meta+PageDown"),
        ("F12", "F12"),
        ("ctrl+alt+9", "Ctrl+Alt+9"),
    ],
)
def test_parse_gives_canonical_string(text: str, canonical: str) -> None:
    assert str(parse_chord(text)) == canonical


def test_parsed_chord_is_a_value() -> None:
    chord = parse_chord("ctrl+alt+space")
    assert chord == Chord(Modifier.CTRL | Modifier.ALT, "Space")
    assert chord == DEFAULT_POPUP_CHORD
    assert len({chord, parse_chord("Alt+Ctrl+SPACE")}) == 1


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty hotkey"),
        ("   ", "empty hotkey"),
        ("Ctrl+", "empty part"),
        ("+A", "empty part"),
        ("Ctrl+Foo", "unknown key 'Foo'"),
        ("Ctrl+Alt", "only modifiers"),
        ("Shift", "only modifiers"),
        ("Ctrl+Ctrl+A", "given twice"),
        ("Ctrl+A+B", "two keys"),
        ("Ctrl++", "unknown key '+'"),
    ],
)
def test_nonsense_is_rejected_with_a_reason(text: str, message: str) -> None:
    with pytest.raises(ChordError, match=re.escape(message)):
        parse_chord(text)


def test_chord_rejects_unknown_key_names() -> None:
    with pytest.raises(ChordError):
        Chord(Modifier.CTRL, "space")  # canonical names only; parse_chord normalises


@pytest.mark.parametrize("text", ["A", "Shift+A", "Space", "Shift+Insert"])
def test_global_hotkey_needs_a_strong_modifier(text: str) -> None:
    with pytest.raises(ChordError, match="needs Ctrl, Alt or Meta"):
        validate_hotkey(parse_chord(text))


@pytest.mark.parametrize("text", ["Ctrl+Alt+Space", "Meta+H", "F9", "Shift+F2"])
def test_sensible_global_hotkeys_pass(text: str) -> None:
    chord = parse_chord(text)
    assert validate_hotkey(chord) is chord


def test_defaults_avoid_ime_and_chat_client_chords() -> None:
    taken = {"Ctrl+Space", "Ctrl+Shift", "Alt+Space", "Meta+Space", "Ctrl+Grave"}
    taken |= {f"Ctrl+Alt+{c}" for c in "AZWXSDQ"}
    assert str(DEFAULT_POPUP_CHORD) not in taken
    assert [str(c) for c in DEFAULT_FAVOURITE_CHORDS] == [f"Ctrl+Alt+{n}" for n in range(1, 10)]
    for chord in (DEFAULT_POPUP_CHORD, *DEFAULT_FAVOURITE_CHORDS):
        validate_hotkey(chord)


_modifier_sets = st.sets(st.sampled_from(list(Modifier)[1:]))


@given(mods=_modifier_sets, key=st.sampled_from(sorted(KEY_NAMES)))
def test_canonical_string_round_trips(mods: set[Modifier], key: str) -> None:
    flags = Modifier.NONE
    for mod in mods:
        flags |= mod
    chord = Chord(flags, key)
    assert parse_chord(str(chord)) == chord
    assert parse_chord(str(chord).lower()) == chord
