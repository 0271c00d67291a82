"""The editor shows which brackets are fields; one click turns one into text or back, saved."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.manager import ManagerWindow
from desktop.manager.editor import AUTOSAVE_MS
from phrasebook import Phrasebook

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")
TEXT = "【温馨提示】亲，这款【产品名】的材质是【具体材质】，本店【顺丰包邮】哦"


@pytest.fixture
def window(qtbot: QtBot, book: Phrasebook) -> Iterator[ManagerWindow]:
    book.set_profile(active_shop="小米旗舰店", nickname="小美")
    book.add(TEXT, title="材质", group="售前", code="cz", scope="personal")
    win = ManagerWindow(book)
    qtbot.addWidget(win)
    win.show()
    win.show_phrase(book.by_code("cz")[0].id)
    yield win


def states(win: ManagerWindow) -> dict[str, bool]:
    return {b.text(): b.isChecked() for b in win.editor.bracket_bar.buttons()}


def test_the_editor_shows_fields_and_labels(window: ManagerWindow) -> None:
    assert window.editor.bracket_bar.isVisible()
    assert states(window) == {
        "【温馨提示】": False,
        "【产品名】": True,
        "【具体材质】": True,
        "【顺丰包邮】": False,
    }
    assert [f.name for f in window.editor.preview.rendered().fields] == ["产品名", "具体材质"]


def test_one_click_makes_a_field_text_and_back_and_is_saved(
    qtbot: QtBot, window: ManagerWindow
) -> None:
    book, pid = window.book, window.editor.phrase().id
    button = next(b for b in window.editor.bracket_bar.buttons() if b.text() == "【具体材质】")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.editor.text.toPlainText() == TEXT.replace("【具体材质】", "【【具体材质】】")
    assert states(window)["【【具体材质】】"] is False
    assert [f.name for f in window.editor.preview.rendered().fields] == ["产品名"]
    qtbot.waitUntil(lambda: "【【具体材质】】" in book.get(pid).text, timeout=AUTOSAVE_MS * 5)
    assert book.render(book.get(pid)).text.endswith("的材质是【具体材质】，本店【顺丰包邮】哦")

    label = next(b for b in window.editor.bracket_bar.buttons() if b.text() == "【温馨提示】")
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    assert window.editor.text.toPlainText().startswith("{温馨提示}亲")
    assert "温馨提示" in [f.name for f in window.editor.preview.rendered().fields]
    back = next(b for b in window.editor.bracket_bar.buttons() if b.text() == "{温馨提示}")
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    assert window.editor.text.toPlainText().startswith("【温馨提示】亲")
    window.editor.save_now()
    assert book.get(pid).text == TEXT.replace("【具体材质】", "【【具体材质】】")
