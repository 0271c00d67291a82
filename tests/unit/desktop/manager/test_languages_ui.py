"""Per-language texts of one phrase in the editor: selector, autosave, OpenCC conversion note."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.manager import ManagerWindow
from desktop.manager.language_panel import AUTOSAVE_MS
from phrasebook.personal import convert

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")
Pid = Callable[[str], str]
TypeCJK = Callable[[QWidget, str], None]


def langs(window: ManagerWindow) -> list[str]:
    selector = window.editor.languages.selector
    return [selector.itemData(i) for i in range(selector.count())]


def test_the_selector_offers_the_other_languages(manager: ManagerWindow, pid: Pid) -> None:
    manager.show_phrase(pid("fh"))
    assert langs(manager) == ["zh-Hant", "ko", "en"]  # zh-Hans is the Text field itself


def test_traditional_says_it_is_converted_automatically(manager: ManagerWindow, pid: Pid) -> None:
    manager.show_phrase(pid("fh"))
    panel = manager.editor.languages
    panel.choose("zh-Hant")
    expected = convert("亲，今天下单今天发货哦", "zh-Hans", "zh-Hant")
    assert expected == "親，今天下單今天發貨哦"
    assert panel.text.placeholderText() == expected
    assert panel.text.toPlainText() == ""
    assert "简体中文" in panel.note.text()  # converted from Simplified Chinese


def test_written_text_autosaves_and_undo_removes_it(
    qtbot: QtBot, manager: ManagerWindow, pid: Pid
) -> None:
    target = pid("fh")
    manager.show_phrase(target)
    panel = manager.editor.languages
    panel.choose("en")
    assert panel.text.placeholderText() == ""  # no conversion into English
    qtbot.keyClicks(panel.text, "Ordered today, shipped today")
    qtbot.waitUntil(
        lambda: manager.book.languages.texts(target).get("en") == "Ordered today, shipped today",
        timeout=AUTOSAVE_MS * 5,
    )
    assert manager.book.search("shipped today")[0].phrase.id == target  # one phrase, all langs
    manager.undo_stack.undo()
    assert "en" not in manager.book.languages.texts(target)
    qtbot.waitUntil(lambda: panel.text.toPlainText() == "")


def test_a_hand_written_traditional_text_replaces_the_conversion(
    qtbot: QtBot, manager: ManagerWindow, pid: Pid, type_cjk: TypeCJK
) -> None:
    target = pid("fh")
    manager.show_phrase(target)
    panel = manager.editor.languages
    panel.choose("zh-Hant")
    type_cjk(panel.text, "親，今日下單今日出貨喔")
    panel.choose("ko")  # switching language saves what was typed at once
    assert manager.book.languages.get(target, "zh-Hant") == "親，今日下單今日出貨喔"
    panel.choose("zh-Hant")
    assert panel.text.toPlainText() == "親，今日下單今日出貨喔"
    assert panel.text.placeholderText() == ""
    panel.text.clear()  # empty again: back to the automatic conversion
    panel.save_now()
    assert manager.book.languages.get(target, "zh-Hant") == "親，今天下單今天發貨哦"


def test_switching_phrase_saves_and_follows_the_new_phrases_language(
    qtbot: QtBot, manager: ManagerWindow, pid: Pid
) -> None:
    ko = manager.book.add("주문 감사합니다", title="감사", code="gs", lang="ko")
    manager.show_phrase(pid("fh"))
    panel = manager.editor.languages
    panel.choose("en")
    qtbot.keyClicks(panel.text, "Thanks")
    manager.show_phrase(ko.id)
    assert manager.book.languages.texts(pid("fh")).get("en") == "Thanks"
    assert langs(manager) == ["zh-Hans", "zh-Hant", "en"]
    assert panel.language() == "en" and panel.text.toPlainText() == ""
