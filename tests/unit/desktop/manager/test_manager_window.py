"""The phrase manager window, driven like an agent would: create, edit, move, delete, undo."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent, QInputMethodEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.manager import ManagerWindow
from desktop.manager.editor import AUTOSAVE_MS
from desktop.manager.group_tree import phrase_mime
from desktop.manager.phrase_list import DETAIL_ROLE
from phrasebook import Phrasebook

# The offscreen platform cannot propagate size hints of a shown top-level window; harmless.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


def commit(widget: QWidget, text: str) -> None:
    """Type CJK text the way an input method delivers it (keyClicks cannot)."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


@pytest.fixture
def filled(book: Phrasebook) -> Phrasebook:
    book.set_profile(active_shop="小米旗舰店", nickname="小美")
    for path in ("售前", "售前/议价", "售后", "物流"):
        book.add_group(path)
    book.add("亲，{店铺}欢迎您", title="欢迎", group="售前", code="hy")
    book.add("可以便宜一点吗？亲，已经是最低价了", title="议价", group="售前/议价", code="yj")
    book.add("退货请在订单页申请", title="退货", group="售后", code="th")
    book.add("今天发顺丰", title="发货", group="物流", code="fh")
    return book


@pytest.fixture
def window(qtbot: QtBot, filled: Phrasebook) -> Iterator[ManagerWindow]:
    win = ManagerWindow(filled)
    qtbot.addWidget(win)
    win.show()
    yield win


def group_paths(win: ManagerWindow) -> list[str]:
    return [g.path for g in win.book.groups()]


def test_lists_groups_and_phrases_and_filters_by_group(window: ManagerWindow) -> None:
    assert window.phrase_list.list.count() == 4
    window.groups.select_path("售前")
    assert [window.book.get(i).title for i in window.phrase_list.ids()] == ["欢迎", "议价"]
    window.groups.select_path("售前/议价")
    assert [window.book.get(i).title for i in window.phrase_list.ids()] == ["议价"]


def test_outside_a_team_no_phrase_carries_a_team_badge(window: ManagerWindow) -> None:
    details = [
        str(window.phrase_list.list.item(row).data(DETAIL_ROLE))
        for row in range(window.phrase_list.list.count())
    ]
    assert details and not any("Team" in d or "Personal" in d for d in details)
    window.show_phrase(window.phrase_list.ids()[0])
    assert not window.editor.badge.isVisibleTo(window.editor)


def test_search_is_the_popups_search(qtbot: QtBot, window: ManagerWindow) -> None:
    qtbot.keyClicks(window.phrase_list.search, "fh")
    qtbot.waitUntil(lambda: window.phrase_list.list.count() == 1)
    assert window.phrase_list.current().title == "发货"


def test_create_then_edit_autosaves_without_a_save_button(
    qtbot: QtBot, window: ManagerWindow, tmp_path: Path
) -> None:
    window.groups.select_path("售后")
    phrase = window.new_phrase()
    assert phrase is not None and phrase.group == "售后"
    # One rule with the command line's `add`: outside a team, not personal, and not badged.
    assert phrase.scope == window.book.default_scope == "team"
    assert not window.editor.badge.isVisibleTo(window.editor)
    window.editor.text.selectAll()
    commit(window.editor.text, "您好，{店铺}的{客服}为您服务")
    commit(window.editor.title, "开场白")
    qtbot.keyClicks(window.editor.code, "kcb")
    qtbot.waitUntil(lambda: window.book.get(phrase.id).code == "kcb", timeout=AUTOSAVE_MS * 5)
    saved = window.book.get(phrase.id)
    assert saved.text == "您好，{店铺}的{客服}为您服务" and saved.title == "开场白"
    assert "小米旗舰店" in window.editor.preview.rendered().text  # live preview from the profile


def test_closing_right_after_typing_loses_nothing(
    qtbot: QtBot, window: ManagerWindow, filled: Phrasebook
) -> None:
    target = filled.by_code("th")[0]
    window.show_phrase(target.id)
    window.editor.text.moveCursor(window.editor.text.textCursor().MoveOperation.End)
    commit(window.editor.text, "，七天无理由")
    assert window.editor.pending()  # the 400 ms timer has not fired yet
    window.close()
    with Phrasebook.open(filled.path, auto_backup=False) as again:  # as after a restart
        assert again.get(target.id).text == "退货请在订单页申请，七天无理由"


def test_an_empty_text_is_not_saved_and_says_why(qtbot: QtBot, window: ManagerWindow) -> None:
    target = window.book.by_code("fh")[0]
    window.show_phrase(target.id)
    window.editor.text.clear()
    window.editor.save_now()
    assert window.book.get(target.id).text == "今天发顺丰"
    assert window.editor.status.text()


def test_a_refused_edit_keeps_the_editor_on_its_phrase(qtbot: QtBot, window: ManagerWindow) -> None:
    target, other = window.book.by_code("fh")[0], window.book.by_code("th")[0]
    window.show_phrase(target.id)
    too_long = "长" * 20_001
    window.editor.text.setPlainText(too_long)
    window.show_phrase(other.id)  # the agent clicks another phrase in the list
    assert window.editor.phrase().id == target.id
    assert window.phrase_list.current().id == target.id
    assert window.editor.text.toPlainText() == too_long  # what was typed is still there
    assert "20,000" in window.editor.status.text()
    assert window.book.get(target.id).text == "今天发顺丰"
    window.editor.text.setPlainText("今天发顺丰，明天到")  # shortened: now it may go
    window.show_phrase(other.id)
    assert window.editor.phrase().id == other.id
    assert window.book.get(target.id).text == "今天发顺丰，明天到"


def test_fill_in_fields_show_in_the_preview(qtbot: QtBot, window: ManagerWindow) -> None:
    window.show_phrase(window.book.by_code("fh")[0].id)
    commit(window.editor.text, "，尺码{尺码}")
    assert window.editor.preview.editor_for("尺码") is not None


def test_drag_phrases_onto_a_group_moves_them_and_undo_moves_back(
    qtbot: QtBot, window: ManagerWindow
) -> None:
    ids = [window.book.by_code(c)[0].id for c in ("hy", "th")]
    drop_phrases(window, ids, "物流")
    assert {window.book.get(i).group for i in ids} == {"物流"}
    window.undo_stack.undo()
    assert window.book.get(ids[0]).group == "售前"
    assert window.book.get(ids[1]).group == "售后"
    window.undo_stack.redo()
    assert {window.book.get(i).group for i in ids} == {"物流"}


def test_multi_select_delete_then_ctrl_z(qtbot: QtBot, window: ManagerWindow) -> None:
    ids = [window.book.by_code(c)[0].id for c in ("hy", "yj")]
    window.phrase_list.select(ids[0])
    window.phrase_list.select(ids[1], extend=True)
    window.delete_selected()
    assert window.book.stats().deleted == 2
    qtbot.waitUntil(lambda: window.trash.count() == 2)
    assert window.tabs.tabText(1).endswith("(2)")
    window.phrase_list.list.setFocus()
    qtbot.keyClick(window.phrase_list.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.book.stats().deleted == 0
    qtbot.waitUntil(lambda: window.phrase_list.list.count() == 4)


def test_restore_from_trash_and_purge(qtbot: QtBot, window: ManagerWindow) -> None:
    ids = [window.book.by_code(c)[0].id for c in ("hy", "th")]
    window.book.organize.delete_phrases(ids)
    qtbot.waitUntil(lambda: window.trash.count() == 2)
    window.trash.select([ids[0]])
    window.trash.restore.click()
    assert window.book.get(ids[0]).text.startswith("亲")
    qtbot.waitUntil(lambda: window.trash.count() == 1)
    window.undo_stack.undo()  # restoring is undoable too
    assert window.book.stats().deleted == 2
    window.trash.confirm = lambda _question: True
    qtbot.waitUntil(lambda: window.trash.count() == 2)
    window.trash.empty.click()
    assert window.book.deleted_phrases() == []
    assert window.undo_stack.count() == 0  # purged steps cannot be replayed


def test_reorder_groups_by_drop_and_undo(qtbot: QtBot, window: ManagerWindow) -> None:
    place = QAbstractItemView.DropIndicatorPosition
    window.groups.drop_group("物流", "售前", place.AboveItem)
    assert group_paths(window) == ["物流", "售前", "售前/议价", "售后"]
    window.groups.drop_group("售后", "售前", place.OnItem)
    assert group_paths(window) == ["物流", "售前", "售前/议价", "售前/售后"]
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert group_paths(window) == ["售前", "售前/议价", "售后", "物流"]
    window.groups.drop_group("售前", "物流", place.BelowItem)
    assert group_paths(window) == ["售后", "物流", "售前", "售前/议价"]
    qtbot.waitUntil(lambda: window.groups.topLevelItemCount() == 4)  # "all" + three groups


def test_a_refused_group_move_says_why(window: ManagerWindow) -> None:
    window.groups.drop_group("售前", "售后", QAbstractItemView.DropIndicatorPosition.OnItem)
    assert "subgroups" in window.statusBar().currentMessage()
    assert window.undo_stack.count() == 0


def test_new_rename_and_delete_group_with_undo(qtbot: QtBot, window: ManagerWindow) -> None:
    window.ask_text = lambda *_: "活动"
    window.new_group_action.trigger()
    assert "活动" in group_paths(window)
    window.rename_group("售后", "售后服务")
    assert window.book.by_code("th")[0].group == "售后服务"
    window.delete_group("售前")
    assert window.book.by_code("hy") == []
    window.undo_stack.undo()
    assert window.book.by_code("hy")[0].group == "售前"
    window.undo_stack.undo()
    assert window.book.by_code("th")[0].group == "售后"


def test_undo_an_edit_shows_the_old_text_in_the_editor(qtbot: QtBot, window: ManagerWindow) -> None:
    target = window.book.by_code("fh")[0]
    window.show_phrase(target.id)
    window.editor.text.selectAll()
    commit(window.editor.text, "明天发")
    window.editor.save_now()
    assert window.book.get(target.id).text == "明天发"
    window.undo_stack.undo()
    assert window.book.get(target.id).text == "今天发顺丰"
    qtbot.waitUntil(lambda: window.editor.text.toPlainText() == "今天发顺丰")


def test_stats_view_shows_counts_from_recorded_usage(qtbot: QtBot, window: ManagerWindow) -> None:
    book = window.book
    hy, fh = book.by_code("hy")[0].id, book.by_code("fh")[0].id
    for _ in range(3):
        book.record_use(hy)
    book.record_use(fh, shop="专营店")
    window.tabs.setCurrentWidget(window.stats)
    stats = window.stats
    assert stats.rows(stats.most) == [("欢迎", "3"), ("发货", "1")]
    assert stats.rows(stats.mine)[0] == ("欢迎", "3")
    assert ("退货", "0") in stats.rows(stats.least)
    assert "4" in stats.summary.text()
    stats.shop.setCurrentIndex(stats.shop.findData("专营店"))
    assert stats.rows(stats.most) == [("发货", "1")]
    book.record_use(fh, shop="专营店")
    qtbot.waitUntil(lambda: stats.rows(stats.most) == [("发货", "2")])


def drop_phrases(window: ManagerWindow, ids: list[str], group: str) -> None:
    """Drop a phrase drag (as the list produces it) on the group's row in the tree."""
    tree = window.groups
    item = next(i for i in tree._all_items() if i.data(0, Qt.ItemDataRole.UserRole) == group)
    pos = QPointF(tree.visualItemRect(item).center())
    mime: QMimeData = phrase_mime(ids)
    event = QDropEvent(
        pos,
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    tree.dropEvent(event)


def test_the_tray_menu_opens_the_manager(qtbot: QtBot, book: Phrasebook) -> None:
    from desktop.app import QuickReply
    from desktop.platform import detect

    book.set_setting("ui.language", "en")  # no translator left installed for later tests
    app = QuickReply(book, detect("fake"))
    try:
        entry = next(a for a in app.tray.menu.actions() if a.text() == "Phrase manager…")
        entry.trigger()
        assert isinstance(app.manager, ManagerWindow) and app.manager.isVisible()
        app.tray.manager_requested.emit()  # a second time raises the same window
        assert app.manager is not None and app.manager.isVisible()
    finally:
        if app.manager is not None:
            app.manager.close()
            app.manager.deleteLater()
        app.popup.deleteLater()
        app.translations.apply("en")
        app.tray.hide()


def test_what_another_program_writes_shows_without_a_click(
    qtbot: QtBot, window: ManagerWindow, filled: Phrasebook, tmp_path: Path
) -> None:
    from PIL import Image

    target = filled.by_code("fh")[0]
    window.show_phrase(target.id)
    picture = tmp_path / "尺码表.png"
    Image.new("RGB", (20, 10), "red").save(picture)
    with Phrasebook.open(filled.path, auto_backup=False) as other:  # as the `phrasebook` command
        other.images.add(target.id, [picture])
        other.add("新加的一条", title="新话术", group="物流", code="xj")
    qtbot.waitUntil(lambda: window.editor.pictures.list.count() == 1, timeout=5000)
    assert window.book.by_code("xj")[0].title == "新话术"  # the window's book sees it too
