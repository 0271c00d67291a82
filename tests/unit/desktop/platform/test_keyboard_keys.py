"""Windows key sending through the `keyboard` package (faked: it cannot run on Linux CI)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from desktop.platform import win32
from desktop.platform.chords import parse_chord
from desktop.platform.keyboard_keys import KeyboardKeys, keyboard_name
from tests.unit.desktop.platform.test_win32 import FakeUser32


class FakeKeyboardModule(SimpleNamespace):
    def __init__(self) -> None:
        super().__init__(sent=[], written=[])
        self.send = self.sent.append
        self.write = self.written.append


def test_chords_are_spelled_the_keyboard_way() -> None:
    assert keyboard_name(parse_chord("Ctrl+V")) == "ctrl+v"
    assert keyboard_name(parse_chord("Shift+Insert")) == "shift+insert"
    assert keyboard_name(parse_chord("Ctrl+Alt+Space")) == "ctrl+alt+space"


def test_sends_chords_and_types_text_through_the_module() -> None:
    module: Any = FakeKeyboardModule()
    keys = KeyboardKeys(module)
    keys.send_chord(parse_chord("Ctrl+V"))
    keys.type_text("您好 안녕 👍\n第二行")
    assert module.sent == ["ctrl+v"]
    assert module.written == ["您好 안녕 👍\n第二行"]


def test_windows_backend_prefers_the_keyboard_package() -> None:
    module: Any = FakeKeyboardModule()
    platform = win32.create(FakeUser32(), keyboard_module=module)
    try:
        platform.keys.send_chord(platform.paste_chord)
        assert module.sent == ["ctrl+v"]
    finally:
        platform.close()
