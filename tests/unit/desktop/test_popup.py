"""The search popup driven like an agent would: keys, IME events, a real phrasebook."""

from __future__ import annotations

import sys

import PySide6
import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.popup.search_popup import SearchPopup, place_near
from phrasebook import Phrase, Phrasebook

# The offscreen QPA plugin cannot raise windows or propagate size hints and says so as a
# warning; real platforms can. Everything else Qt logs still fails the test.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


def commit(widget: QLineEdit, text: str) -> None:
    """Type CJK text the way an input method delivers it (keyClicks cannot)."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def compose(widget: QLineEdit, preedit: str) -> None:
    """An input method in the middle of a word: pinyin shown, nothing committed yet."""
    QApplication.sendEvent(widget, QInputMethodEvent(preedit, []))


@pytest.fixture
def shop_book(book: Phrasebook) -> Phrasebook:
    book.set_profile(active_shop="小米旗舰店", nickname="小美")
    return book


@pytest.fixture
def popup(qtbot: QtBot, shop_book: Phrasebook) -> SearchPopup:
    widget = SearchPopup(shop_book, hide_on_deactivate=False)
    qtbot.addWidget(widget)
    widget.show_for_search(QPoint(200, 200))
    qtbot.waitExposed(widget)
    return widget


def search(qtbot: QtBot, popup: SearchPopup, text: str) -> None:
    """Type `text` (ASCII by keys, anything else by IME commit) and wait for the results."""
    popup.search_box.clear()
    with qtbot.waitSignal(popup.results_updated, timeout=1000):
        if text.isascii():
            qtbot.keyClicks(popup.search_box, text)
        else:
            commit(popup.search_box, text)
    qtbot.waitUntil(lambda: not popup._timer.isActive(), timeout=1000)


def labels(popup: SearchPopup) -> list[str]:
    return [hit.phrase.label for hit in popup.model.hits()]


def add_three(book: Phrasebook) -> list[Phrase]:
    return [
        book.add("亲，{店铺名}欢迎您，我是{客服}", title="欢迎语", code="hy1"),
        book.add("亲，已为您加急发货", title="加急发货", code="hy2"),
        book.add("亲，感谢您的耐心等待", title="感谢等待", code="hy3"),
    ]


def test_window_is_a_frameless_tool_that_stays_on_top(popup: SearchPopup) -> None:
    flags = popup.windowFlags()
    assert flags & Qt.WindowType.Tool == Qt.WindowType.Tool
    assert flags & Qt.WindowType.FramelessWindowHint
    assert flags & Qt.WindowType.WindowStaysOnTopHint
    assert 640 <= popup.width() <= 720


def test_show_focuses_the_search_box_and_reports_the_time(
    qtbot: QtBot, shop_book: Phrasebook
) -> None:
    widget = SearchPopup(shop_book, hide_on_deactivate=False)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.popup_shown, timeout=1000):
        widget.show_for_search(QPoint(10, 10))
    assert widget.isVisible()
    assert widget.shown_at is not None
    qtbot.waitUntil(widget.search_box.hasFocus, timeout=1000)


def test_typing_ascii_shows_matching_results_with_the_first_selected(
    qtbot: QtBot, popup: SearchPopup, shop_book: Phrasebook
) -> None:
    add_three(shop_book)
    shop_book.add("发货时间是48小时内", title="发货时间", code="fh")
    search(qtbot, popup, "hy")
    assert labels(popup) == [h.phrase.label for h in shop_book.search("hy", 30)]
    assert set(labels(popup)) == {"欢迎语", "加急发货", "感谢等待"}
    assert popup.current_row() == 0


def test_typing_chinese_through_the_input_method_shows_results(
    qtbot: QtBot, popup: SearchPopup, shop_book: Phrasebook
) -> None:
    add_three(shop_book)
    search(qtbot, popup, "发货")
    assert labels(popup) == ["加急发货"]
    assert popup.preview.rendered() is not None
    assert popup.preview.rendered().text == "亲，已为您加急发货"


def test_empty_query_lists_the_most_used_first(
    qtbot: QtBot, popup: SearchPopup, shop_book: Phrasebook
) -> None:
    _, urgent, _ = add_three(shop_book)
    for _ in range(3):
        shop_book.record_use(urgent.id)
    popup.refresh()
    assert [h.phrase.id for h in popup.model.hits()] == [
        h.phrase.id for h in shop_book.search("", 30)
    ]
    assert popup.model.hit(0).phrase.id == urgent.id


def test_every_phrase_sharing_a_code_is_listed(
    qtbot: QtBot, popup: SearchPopup, shop_book: Phrasebook
) -> None:
    shop_book.add("亲，这款是纯棉的", title="面料-纯棉", code="ml")
    shop_book.add("亲，这款是真丝的", title="面料-真丝", code="ml")
    search(qtbot, popup, "ml")
    assert sorted(labels(popup)) == ["面料-真丝", "面料-纯棉"]


def test_arrows_move_the_selection_while_typing_stays_in_the_box(
    qtbot: QtBot, popup: SearchPopup, shop_book: Phrasebook
) -> None:
    for n in range(8):
        shop_book.add(f"第{n}条回复", title=f"回复{n}", code=f"hf{n}")
    search(qtbot, popup, "hf")
    qtbot.keyClick(popup.search_box, Qt.Key.Key_Down)
    qtbot.keyClick(popup.search_box, Qt.Key.Key_Down)
    assert popup.current_row() == 2
    qtbot.keyClick(popup.search_box, Qt.Key.Key_Up)
    assert popup.current_row() == 1
    qtbot.keyClick(popup.search_box, Qt.Key.Key_PageDown)
    assert popup.current_row() == 6
    qtbot.keyClick(popup.search_box, Qt.Key.Key_PageDown)
    assert popup.current_row() == 7  # clamped at the last row
    qtbot.keyClick(popup.search_box, Qt.Key.Key_PageUp)
    qtbot.keyClick(popup.search_box, Qt.Key.Key_PageUp)
    assert popup.current_row() == 0
    assert popup.search_box.text() == "hf"
    assert popup.preview.phrase() == popup.model.hit(0).phrase


def test_enter_inserts_the_selected_reply_with_the_profile_filled_in(
    qtbot: QtBot, popup: SearchPopup, shop_book: Phrasebook
) -> None:
    welcome, *_ = add_three(shop_book)
    search(qtbot, popup, "hy1")
    with qtbot.waitSignal(popup.insert_requested, timeout=1000) as emitted:
        qtbot.keyClick(popup.search_box, Qt.Key.Key_Return)
    phrase, text = emitted.args
    assert phrase.id == welcome.id
    assert text == "亲，小米旗舰店欢迎您，我是小美"
    assert not popup.isVisible()


def test_ctrl_3_inserts_the_third_result(
    qtbot: QtBot, popup: SearchPopup, shop_book: Phrasebook
) -> None:
    add_three(shop_book)
    search(qtbot, popup, "hy")
    third = popup.model.hit(2)
    assert third is not None
    with qtbot.waitSignal(popup.insert_requested, timeout=1000) as emitted:
        qtbot.keyClick(popup.search_box, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert emitted.args[0].id == third.phrase.id
    assert emitted.args[1] == shop_book.render(third.phrase).text


def test_ctrl_digit_beyond_the_results_does_nothing(
    qtbot: QtBot, popup: SearchPopup, shop_book: Phrasebook
) -> None:
    add_three(shop_book)
    search(qtbot, popup, "hy")
    with qtbot.assertNotEmitted(popup.insert_requested):
        qtbot.keyClick(popup.search_box, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert popup.isVisible()


def test_shift_enter_copies_instead_of_inserting(
    qtbot: QtBot, popup: SearchPopup, shop_book: Phrasebook
) -> None:
    add_three(shop_book)
    search(qtbot, popup, "hy2")
    with (
        qtbot.assertNotEmitted(popup.insert_requested),
        qtbot.waitSignal(popup.copy_requested, timeout=1000) as emitted,
    ):
        qtbot.keyClick(popup.search_box, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert emitted.args[1] == "亲，已为您加急发货"


def test_escape_dismisses(qtbot: QtBot, popup: SearchPopup) -> None:
    with qtbot.waitSignal(popup.dismissed, timeout=1000):
        qtbot.keyClick(popup.search_box, Qt.Key.Key_Escape)
    assert not popup.isVisible()


def test_an_empty_field_blocks_insert_until_it_is_filled(
    qtbot: QtBot, popup: SearchPopup, shop_book: Phrasebook
) -> None:
    shop_book.add("亲，{尺码}码现在有货哦", title="尺码有货", code="ch")
    search(qtbot, popup, "ch")
    with qtbot.assertNotEmitted(popup.insert_requested):
        qtbot.keyClick(popup.search_box, Qt.Key.Key_Return)
    size = popup.preview.editor_for("尺码")
    assert isinstance(size, QLineEdit)
    assert popup.isVisible()
    assert "尺码" in popup.preview.hint()
    qtbot.waitUntil(size.hasFocus, timeout=1000)
    qtbot.keyClicks(size, "XL")
    with qtbot.waitSignal(popup.insert_requested, timeout=1000) as emitted:
        qtbot.keyClick(size, Qt.Key.Key_Return)
    assert emitted.args[1] == "亲，XL码现在有货哦"
    assert "{尺码}" not in emitted.args[1]


def test_ctrl_digit_also_waits_for_empty_fields(
    qtbot: QtBot, popup: SearchPopup, shop_book: Phrasebook
) -> None:
    shop_book.add("订单{订单号}已发出", title="发出", code="dd")
    search(qtbot, popup, "dd")
    with (
        qtbot.assertNotEmitted(popup.insert_requested),
        qtbot.assertNotEmitted(popup.copy_requested),
    ):
        qtbot.keyClick(popup.search_box, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(popup.search_box, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert popup.preview.hint()


def test_a_choice_field_inserts_its_first_option_by_default(
    qtbot: QtBot, popup: SearchPopup, shop_book: Phrasebook
) -> None:
    shop_book.add("亲，{颜色:红色|蓝色}还有库存", title="颜色库存", code="ys")
    search(qtbot, popup, "ys")
    combo = popup.preview.editor_for("颜色")
    assert isinstance(combo, QComboBox)
    assert combo.isEditable()
    with qtbot.waitSignal(popup.insert_requested, timeout=1000) as emitted:
        qtbot.keyClick(popup.search_box, Qt.Key.Key_Return)
    assert emitted.args[1] == "亲，红色还有库存"


def test_a_picked_choice_is_inserted(
    qtbot: QtBot, popup: SearchPopup, shop_book: Phrasebook
) -> None:
    shop_book.add("亲，{颜色:红色|蓝色}还有库存", title="颜色库存", code="ys")
    search(qtbot, popup, "ys")
    combo = popup.preview.editor_for("颜色")
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(1)
    with qtbot.waitSignal(popup.insert_requested, timeout=1000) as emitted:
        qtbot.keyClick(combo, Qt.Key.Key_Return)
    assert emitted.args[1] == "亲，蓝色还有库存"


def test_tab_walks_through_the_fields_and_back_to_the_search_box(
    qtbot: QtBot, popup: SearchPopup, shop_book: Phrasebook
) -> None:
    shop_book.add("{尺码}码的{颜色:红色|蓝色}有货", title="两个字段", code="lg")
    search(qtbot, popup, "lg")
    size, colour = popup.preview.editors()
    qtbot.waitUntil(popup.search_box.hasFocus, timeout=1000)
    qtbot.keyClick(popup.search_box, Qt.Key.Key_Tab)
    qtbot.waitUntil(size.hasFocus, timeout=1000)
    qtbot.keyClick(size, Qt.Key.Key_Tab)
    qtbot.waitUntil(colour.hasFocus, timeout=1000)
    qtbot.keyClick(colour, Qt.Key.Key_Tab)
    qtbot.waitUntil(popup.search_box.hasFocus, timeout=1000)
    qtbot.keyClick(popup.search_box, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(colour.hasFocus, timeout=1000)


def test_keys_belong_to_the_input_method_while_it_composes(
    qtbot: QtBot, popup: SearchPopup, shop_book: Phrasebook
) -> None:
    shop_book.add("亲，尺码表在详情页", title="尺码表", code="cmb")
    search(qtbot, popup, "尺码")
    compose(popup.search_box, "chima")
    with (
        qtbot.assertNotEmitted(popup.insert_requested),
        qtbot.assertNotEmitted(popup.dismissed),
    ):
        qtbot.keyClick(popup.search_box, Qt.Key.Key_Return)
        qtbot.keyClick(popup.search_box, Qt.Key.Key_Escape)
        qtbot.keyClick(popup.search_box, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(popup.search_box, Qt.Key.Key_Down)
    assert popup.isVisible()
    commit(popup.search_box, "")
    with qtbot.waitSignal(popup.insert_requested, timeout=1000) as emitted:
        qtbot.keyClick(popup.search_box, Qt.Key.Key_Return)
    assert emitted.args[1] == "亲，尺码表在详情页"


def test_refresh_picks_up_new_phrases_and_keeps_the_selection(
    qtbot: QtBot, popup: SearchPopup, shop_book: Phrasebook
) -> None:
    add_three(shop_book)
    search(qtbot, popup, "hy")
    popup.select_row(1)
    chosen = popup.current_hit()
    assert chosen is not None
    shop_book.add("亲，活动马上开始", title="活动预告", code="hy4")
    popup.refresh()
    assert "活动预告" in labels(popup)
    assert popup.current_hit() is not None
    assert popup.current_hit().phrase.id == chosen.phrase.id


def test_typed_field_values_survive_a_refresh_but_not_a_new_show(
    qtbot: QtBot, popup: SearchPopup, shop_book: Phrasebook
) -> None:
    shop_book.add("亲，{尺码}码有货", title="尺码", code="ch")
    search(qtbot, popup, "ch")
    size = popup.preview.editor_for("尺码")
    assert isinstance(size, QLineEdit)
    size.setText("M")
    popup.refresh()
    assert popup.preview.values() == {"尺码": "M"}
    popup.hide()
    popup.show_for_search(QPoint(10, 10))
    assert popup.search_box.selectedText() == "ch"
    assert popup.preview.values() == {}


def test_no_results_shows_a_message(qtbot: QtBot, popup: SearchPopup) -> None:
    search(qtbot, popup, "zzzz")
    assert popup.model.rowCount() == 0
    assert popup.empty_label.isVisible()
    assert "zzzz" in popup.empty_label.text()
    assert popup.preview.rendered() is None
    with qtbot.assertNotEmitted(popup.insert_requested):
        qtbot.keyClick(popup.search_box, Qt.Key.Key_Return)


def test_without_a_book_the_popup_is_empty_but_usable(qtbot: QtBot) -> None:
    widget = SearchPopup(None, hide_on_deactivate=False)
    qtbot.addWidget(widget)
    widget.show_for_search(QPoint(0, 0))
    assert widget.model.rowCount() == 0
    assert widget.empty_label.text()


def test_set_book_switches_what_is_searched(
    qtbot: QtBot, popup: SearchPopup, tmp_path: object
) -> None:
    from pathlib import Path

    with Phrasebook.open(Path(str(tmp_path)) / "other.db") as other:
        other.add("另一本书的回复", title="别的", code="bd")
        popup.set_book(other)
        assert labels(popup) == ["别的"]
        popup.set_book(None)
    assert popup.model.rowCount() == 0


def test_double_click_inserts(qtbot: QtBot, popup: SearchPopup, shop_book: Phrasebook) -> None:
    add_three(shop_book)
    search(qtbot, popup, "hy")
    viewport = popup.results.viewport()
    centre = popup.results.visualRect(popup.model.index(1)).center()
    with qtbot.waitSignal(popup.insert_requested, timeout=1000) as emitted:
        # Item views only see a double click after a first click (as a real mouse sends).
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=centre)
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=centre)
    assert emitted.args[0].id == popup.model.hit(1).phrase.id


@pytest.mark.xfail(
    PySide6.__version__ == "6.12.0" and sys.version_info < (3, 12),
    reason="PySide6 6.12.0 drops a reference to None on every void call; on Python < 3.12 "
    "(None is not immortal) the app dies with 'deallocating None' after a few thousand calls",
    strict=True,
)
def test_using_the_popup_does_not_eat_references_to_none(
    qtbot: QtBot, popup: SearchPopup, shop_book: Phrasebook
) -> None:
    add_three(shop_book)
    before = sys.getrefcount(None)
    for query in ("hy", "hy1", "hy2"):  # few rounds: a broken binding must not kill the run
        popup.hide()
        popup.show_for_search(QPoint(50, 50))
        popup.search_box.setText(query)
        popup.refresh()
    assert sys.getrefcount(None) >= before


@pytest.mark.parametrize(
    ("anchor", "expected"),
    [
        (QPoint(100, 100), QPoint(76, 124)),  # below and a little left of the caret
        (QPoint(100, 900), QPoint(76, 452)),  # no room below: above the anchor
        (QPoint(1900, 50), QPoint(1220, 74)),  # pushed in from the right edge
        (QPoint(-50, -50), QPoint(0, 0)),  # off-screen anchor: clamped to the corner
    ],
)
def test_place_near_keeps_the_popup_on_screen(anchor: QPoint, expected: QPoint) -> None:
    area = QRect(0, 0, 1920, 1080)
    size = QSize(700, 440)
    placed = place_near(anchor, size, area)
    assert placed == expected
    assert area.contains(QRect(placed, size))


def test_enter_right_after_typing_inserts_what_was_typed_not_the_old_list(
    qtbot: QtBot, popup: SearchPopup, shop_book: Phrasebook
) -> None:
    shop_book.add("亲，尺码表在详情页", title="尺码表", code="cmb")
    shop_book.add("亲，感谢您的耐心等待", title="感谢等待", code="gxdd")
    search(qtbot, popup, "cmb")
    popup.search_box.clear()
    with qtbot.waitSignal(popup.insert_requested, timeout=1000) as emitted:
        qtbot.keyClicks(popup.search_box, "gxdd")  # the 30 ms debounce is still pending
        qtbot.keyClick(popup.search_box, Qt.Key.Key_Return)
    assert emitted.args[1] == "亲，感谢您的耐心等待"


def test_keys_reaching_the_window_itself_go_to_the_search_box(
    qtbot: QtBot, popup: SearchPopup, shop_book: Phrasebook
) -> None:
    popup.setFocus()  # e.g. a focused field editor was replaced by a new preview
    qtbot.keyClick(popup, Qt.Key.Key_A)
    assert popup.search_box.text().endswith("a")
    with qtbot.waitSignal(popup.dismissed, timeout=1000):
        popup.setFocus()
        qtbot.keyClick(popup, Qt.Key.Key_Escape)
