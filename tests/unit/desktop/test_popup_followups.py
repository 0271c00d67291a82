"""The popup's personal parts: the "next" section, the customer's language and the shop."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.i18n import Translations
from desktop.popup.results_model import Role
from desktop.popup.search_popup import FOLLOW_UP_SECONDS, SearchPopup
from phrasebook import Phrasebook

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def timed(tmp_path: Path, clock: Clock) -> Phrasebook:
    with Phrasebook.open(tmp_path / "f.db", wall=clock) as book:
        book.set_profile(active_shop="小米旗舰店", shops=("小米旗舰店", "小米配件店"))
        for code, text in (
            ("hi", "亲，在的，请问有什么可以帮您"),
            ("fh", "今天下单，明天发货"),
            ("kd", "默认发中通快递"),
            ("bye", "感谢光临{店铺}"),
        ):
            book.add(text, code=code, title=code)
        yield book


@pytest.fixture
def popup(qtbot: QtBot, timed: Phrasebook, clock: Clock) -> SearchPopup:
    widget = SearchPopup(timed, hide_on_deactivate=False)
    widget.clock = clock
    qtbot.addWidget(widget)
    return widget


def use(book: Phrasebook, clock: Clock, codes: str) -> None:
    for code in codes.split():
        clock.now += 30
        book.record_use(book.by_code(code)[0].id)


def rows(popup: SearchPopup) -> list[str]:
    model = popup.model
    return [
        f"[{model.data(model.index(r))}]" if model.is_header(r) else model.hit(r).phrase.code
        for r in range(model.rowCount())
    ]


def show(qtbot: QtBot, popup: SearchPopup) -> None:
    popup.show_for_search(QPoint(200, 200))
    qtbot.waitExposed(popup)


def test_next_section_leads_after_an_insertion(
    qtbot: QtBot, popup: SearchPopup, timed: Phrasebook, clock: Clock
) -> None:
    use(timed, clock, "hi fh kd hi fh bye hi fh")
    popup.note_inserted(timed.by_code("hi")[0].id)
    show(qtbot, popup)
    shown = rows(popup)
    assert shown[:2] == ["[Usually sent next]", "fh"]
    assert shown[2] == "[Frequently used]"
    assert shown.count("fh") == 1, "a suggestion is not repeated below"
    assert popup.current_hit().phrase.code == "fh", "the header is never selected"
    model = popup.model
    numbers = [model.data(model.index(r), Role.NUMBER) for r in range(model.rowCount())]
    assert numbers[:4] == [None, 1, None, 2]
    with qtbot.waitSignal(popup.insert_requested) as emitted:
        qtbot.keyClick(popup.search_box, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert emitted.args[0].code == "fh"


def test_arrows_step_over_headers(
    qtbot: QtBot, popup: SearchPopup, timed: Phrasebook, clock: Clock
) -> None:
    use(timed, clock, "hi fh")
    popup.note_inserted(timed.by_code("hi")[0].id)
    show(qtbot, popup)
    assert popup.current_row() == 1
    qtbot.keyClick(popup.search_box, Qt.Key.Key_Down)
    assert popup.current_row() == 3 and popup.current_hit() is not None
    qtbot.keyClick(popup.search_box, Qt.Key.Key_Up)
    assert popup.current_row() == 1
    qtbot.keyClick(popup.search_box, Qt.Key.Key_Up)
    assert popup.current_row() == 1, "nothing above the first reply"


def test_typing_shows_plain_results_with_exact_matches_first(
    qtbot: QtBot, popup: SearchPopup, timed: Phrasebook, clock: Clock
) -> None:
    use(timed, clock, "hi fh hi fh")
    popup.note_inserted(timed.by_code("hi")[0].id)
    show(qtbot, popup)
    with qtbot.waitSignal(popup.results_updated, timeout=1000):
        qtbot.keyClicks(popup.search_box, "kd")
    assert rows(popup)[0] == "kd"
    assert not any(row.startswith("[") for row in rows(popup))


def test_suggestions_expire(
    qtbot: QtBot, popup: SearchPopup, timed: Phrasebook, clock: Clock
) -> None:
    use(timed, clock, "hi fh")
    popup.note_inserted(timed.by_code("hi")[0].id)
    clock.now += FOLLOW_UP_SECONDS + 1
    show(qtbot, popup)
    assert not any(row.startswith("[") for row in rows(popup))


def test_ctrl_l_switches_the_customer_language(
    qtbot: QtBot, popup: SearchPopup, timed: Phrasebook
) -> None:
    fh = timed.by_code("fh")[0]
    timed.languages.set(fh.id, "ko", "오늘 주문하시면 내일 발송됩니다")
    show(qtbot, popup)
    with qtbot.waitSignal(popup.results_updated, timeout=1000):
        qtbot.keyClicks(popup.search_box, "fh")
    assert popup.customer_bar.lang_button.text() == "As written"
    qtbot.keyClick(popup.search_box, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(popup.search_box, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert popup.customer_bar.lang_button.text() == "繁體"
    assert popup.preview.rendered().text == "今天下單，明天發貨"
    qtbot.keyClick(popup.search_box, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert popup.customer_bar.lang_button.text() == "한국어"
    assert popup.preview.rendered().text == "오늘 주문하시면 내일 발송됩니다"
    with qtbot.waitSignal(popup.insert_requested) as emitted:
        qtbot.keyClick(popup.search_box, Qt.Key.Key_Return)
    assert emitted.args[1] == "오늘 주문하시면 내일 발송됩니다"
    assert timed.get_setting("popup.customer_lang") == "ko", "kept for the next popup"


def test_korean_query_finds_the_phrase_in_korean(
    qtbot: QtBot, popup: SearchPopup, timed: Phrasebook
) -> None:
    fh = timed.by_code("fh")[0]
    timed.languages.set(fh.id, "ko", "오늘 주문하시면 내일 발송됩니다")
    show(qtbot, popup)
    event = QInputMethodEvent("", [])
    event.setCommitString("발송")
    with qtbot.waitSignal(popup.results_updated, timeout=1000):
        QApplication.sendEvent(popup.search_box, event)
    assert rows(popup)[0] == "fh"


def test_shop_selector_switches_the_shop_and_placeholders_follow(
    qtbot: QtBot, popup: SearchPopup, timed: Phrasebook
) -> None:
    show(qtbot, popup)
    box = popup.customer_bar.shop_box
    assert box.isVisible() and box.currentText() == "小米旗舰店"
    with qtbot.waitSignal(popup.results_updated, timeout=1000):
        qtbot.keyClicks(popup.search_box, "bye")
    assert popup.preview.rendered().text == "感谢光临小米旗舰店"
    box.activated.emit(1)
    assert timed.profile.active_shop == "小米配件店"
    assert popup.preview.rendered().text == "感谢光临小米配件店"


def test_shop_selector_hidden_with_one_shop(qtbot: QtBot, book: Phrasebook) -> None:
    book.set_profile(active_shop="唯一的店")
    widget = SearchPopup(book, hide_on_deactivate=False)
    qtbot.addWidget(widget)
    widget.show_for_search(QPoint(10, 10))
    assert not widget.customer_bar.shop_box.isVisible()


def test_a_phrase_without_the_customer_language_says_the_original_goes_out(
    qtbot: QtBot, popup: SearchPopup, timed: Phrasebook
) -> None:
    fh = timed.by_code("fh")[0]
    timed.languages.set(fh.id, "ko", "오늘 주문하시면 내일 발송됩니다")
    popup.customer_bar.set_language("ko")
    show(qtbot, popup)
    with qtbot.waitSignal(popup.results_updated, timeout=1000):
        qtbot.keyClicks(popup.search_box, "fh")
    assert popup.preview.note() == ""
    with qtbot.waitSignal(popup.results_updated, timeout=1000):
        popup.search_box.setText("kd")
    assert popup.preview.note() == "No Korean text: pasting the original"
    assert popup.preview.rendered().text == "默认发中通快递"
    with qtbot.waitSignal(popup.insert_requested) as emitted:
        qtbot.keyClick(popup.search_box, Qt.Key.Key_Return)
    assert emitted.args[1] == "默认发中通快递"
    popup.customer_bar.set_language(None)
    assert popup.preview.note() == ""


def test_the_note_is_in_chinese_in_the_chinese_ui(
    qtbot: QtBot, timed: Phrasebook, clock: Clock
) -> None:
    translations = Translations()
    assert translations.apply("zh_CN")
    try:
        popup = SearchPopup(timed, hide_on_deactivate=False)
        qtbot.addWidget(popup)
        popup.customer_bar.set_language("ko")
        show(qtbot, popup)
        with qtbot.waitSignal(popup.results_updated, timeout=1000):
            qtbot.keyClicks(popup.search_box, "kd")
        assert popup.preview.note() == "没有韩语版本，将粘贴原文"
    finally:
        translations.apply("en")
