"""Replies with the shop's 【labels】 paste at once; Ctrl+Shift+Enter pastes unfilled fields as
written. The real app on the fake platform: hotkey, typed keys, the chat window's paste."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.app import QuickReply
from desktop.platform.chords import DEFAULT_POPUP_CHORD
from desktop.platform.fake import FakeBackend
from phrasebook import Phrasebook

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def fake() -> FakeBackend:
    return FakeBackend()


@pytest.fixture
def app(qtbot: QtBot, tmp_path: Path, fake: FakeBackend) -> Iterator[QuickReply]:
    with Phrasebook.open(tmp_path / "app.db") as book:
        book.set_setting("ui.language", "en")
        book.add("【温馨提示】亲，本店【顺丰包邮】，【重要】：请核对地址", code="wxts")
        book.add("亲，这款有【颜色A】和【颜色B】可选", code="ysxz")
        quickreply = QuickReply(book, fake.platform())
        assert quickreply.register_hotkey(DEFAULT_POPUP_CHORD) is None
        yield quickreply
        quickreply.popup.deleteLater()
        quickreply.tray.hide()


def _search(qtbot: QtBot, app: QuickReply, fake: FakeBackend, code: str) -> None:
    with qtbot.waitSignal(app.popup_shown, timeout=3000):
        assert fake.hotkeys.press(DEFAULT_POPUP_CHORD)
    with qtbot.waitSignal(app.popup.results_updated, timeout=3000):
        qtbot.keyClicks(app.popup.search_box, code)
    assert app.popup.current_hit().phrase.code == code


def test_a_reply_with_labels_pastes_with_enter(
    qtbot: QtBot, app: QuickReply, fake: FakeBackend
) -> None:
    chat = fake.windows.open("小猫咪 - 千牛接待台")
    _search(qtbot, app, fake, "wxts")
    assert app.popup.preview.editors() == []
    with qtbot.waitSignal(app.insertion_finished, timeout=3000):
        qtbot.keyClick(app.popup.search_box, Qt.Key.Key_Return)
    assert chat.pasted == ["【温馨提示】亲，本店【顺丰包邮】，【重要】：请核对地址"]


def test_ctrl_shift_enter_pastes_empty_fields_as_written(
    qtbot: QtBot, app: QuickReply, fake: FakeBackend
) -> None:
    chat = fake.windows.open("小猫咪 - 千牛接待台")
    _search(qtbot, app, fake, "ysxz")
    qtbot.keyClick(app.popup.search_box, Qt.Key.Key_Return)
    assert chat.pasted == [] and app.popup.isVisible()
    assert "Ctrl+Shift+Enter" in app.popup.preview.hint()
    field = app.popup.focusWidget()
    assert field is app.popup.preview.editor_for("颜色A")
    qtbot.keyClicks(field, "red")
    with qtbot.waitSignal(app.insertion_finished, timeout=3000):
        qtbot.keyClick(field, Qt.Key.Key_Return, CTRL_SHIFT)
    assert chat.pasted == ["亲，这款有red和【颜色B】可选"]
    assert not app.popup.isVisible()
