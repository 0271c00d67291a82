"""The preview pane renders with the profile and turns fill-in fields into editors."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.phrase_widgets.reply_preview import MISSING_COLOR, PreviewPane
from phrasebook import Phrasebook

# The offscreen QPA plugin cannot propagate size hints and warns; real platforms can.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


@pytest.fixture
def pane(qtbot: QtBot) -> PreviewPane:
    widget = PreviewPane()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def shop_book(book: Phrasebook) -> Phrasebook:
    book.set_profile(active_shop="小米旗舰店", nickname="小美")
    return book


def test_profile_placeholders_are_filled_and_need_no_editor(
    pane: PreviewPane, shop_book: Phrasebook
) -> None:
    phrase = shop_book.add("欢迎光临{店铺名}，我是{客服}", title="欢迎")
    pane.set_phrase(shop_book, phrase)
    assert pane.rendered() is not None
    assert pane.rendered().text == "欢迎光临小米旗舰店，我是小美"
    assert pane._text.toPlainText() == "欢迎光临小米旗舰店，我是小美"
    assert pane.editors() == []


def test_free_and_choice_fields_get_matching_editors(
    pane: PreviewPane, shop_book: Phrasebook
) -> None:
    phrase = shop_book.add("{尺码}码的{颜色:红色|蓝色}要等{分钟:5}分钟")
    pane.set_phrase(shop_book, phrase)
    size, colour, minutes = pane.editors()
    assert isinstance(size, QLineEdit)
    assert size.text() == ""
    assert isinstance(colour, QComboBox)
    assert colour.isEditable()
    assert [colour.itemText(i) for i in range(colour.count())] == ["红色", "蓝色"]
    assert colour.currentText() == "红色"
    assert isinstance(minutes, QLineEdit)
    assert minutes.placeholderText() == "5"
    assert pane.rendered().text == "{尺码}码的红色要等5分钟"
    assert [f.name for f in pane.rendered().missing] == ["尺码"]


def test_typing_in_a_field_re_renders(
    qtbot: QtBot, pane: PreviewPane, shop_book: Phrasebook
) -> None:
    pane.set_phrase(shop_book, shop_book.add("亲，{尺码}码有货"))
    size = pane.editor_for("尺码")
    assert isinstance(size, QLineEdit)
    with qtbot.waitSignal(pane.rendered_changed, timeout=1000):
        qtbot.keyClicks(size, "XL")
    assert pane.rendered().text == "亲，XL码有货"
    assert pane.values() == {"尺码": "XL"}
    assert pane.rendered().complete


def test_a_typed_choice_replaces_the_options(pane: PreviewPane, shop_book: Phrasebook) -> None:
    pane.set_phrase(shop_book, shop_book.add("{颜色:红色|蓝色}"))
    combo = pane.editor_for("颜色")
    assert isinstance(combo, QComboBox)
    combo.setEditText("墨绿")
    assert pane.rendered().text == "墨绿"


def test_missing_fields_are_marked_in_the_text(pane: PreviewPane, shop_book: Phrasebook) -> None:
    pane.set_phrase(shop_book, shop_book.add("亲，{尺码}码有货"))
    cursor = pane._text.textCursor()
    cursor.setPosition(3)  # inside "{尺码}"
    assert cursor.charFormat().foreground().color() == MISSING_COLOR


def test_focus_field_and_hint(qtbot: QtBot, pane: PreviewPane, shop_book: Phrasebook) -> None:
    pane.set_phrase(shop_book, shop_book.add("{尺码}和{颜色}"))
    pane.activateWindow()
    assert pane.focus_field("颜色")
    assert not pane.focus_field("nope")
    pane.show_hint("请先填写：颜色")
    assert pane.hint() == "请先填写：颜色"
    colour = pane.editor_for("颜色")
    assert isinstance(colour, QLineEdit)
    colour.setText("白")
    assert pane.hint() == "请先填写：颜色"  # still missing 尺码
    size = pane.editor_for("尺码")
    assert isinstance(size, QLineEdit)
    size.setText("M")
    assert pane.hint() == ""


def test_showing_the_same_phrase_again_keeps_typed_values(
    pane: PreviewPane, shop_book: Phrasebook
) -> None:
    phrase = shop_book.add("{尺码}码")
    pane.set_phrase(shop_book, phrase)
    size = pane.editor_for("尺码")
    assert isinstance(size, QLineEdit)
    size.setText("L")
    pane.set_phrase(shop_book, shop_book.get(phrase.id))
    assert pane.values() == {"尺码": "L"}
    pane.set_phrase(shop_book, shop_book.add("{尺码}号"))
    assert pane.values() == {}


def test_a_profile_change_shows_on_refresh(pane: PreviewPane, shop_book: Phrasebook) -> None:
    pane.set_phrase(shop_book, shop_book.add("欢迎光临{店铺名}"))
    shop_book.set_profile(active_shop="华为专卖店")
    pane.refresh()
    assert pane.rendered().text == "欢迎光临华为专卖店"


def test_an_emptied_profile_value_becomes_a_field(pane: PreviewPane, shop_book: Phrasebook) -> None:
    pane.set_phrase(shop_book, shop_book.add("欢迎光临{店铺名}"))
    shop_book.set_profile(active_shop="")
    pane.refresh()
    assert [f.name for f in pane.rendered().fields] == ["店铺名"]
    assert pane.editor_for("店铺名") is not None


def test_clearing_the_pane(pane: PreviewPane, shop_book: Phrasebook) -> None:
    pane.set_phrase(shop_book, shop_book.add("{尺码}"))
    pane.set_phrase(None, None)
    assert pane.rendered() is None
    assert pane.phrase() is None
    assert pane.editors() == []
    assert pane._text.toPlainText() == ""
