"""Her wording of a team phrase in the editor: autosave, undo, the team-changed badge, compare."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from desktop.manager import ManagerWindow
from desktop.manager.phrase_list import CHANGED_ROLE
from desktop.manager.variant_compare import Choice, VariantCompareDialog, diff_html
from desktop.manager.variant_panel import AUTOSAVE_MS
from phrasebook.personal import VariantComparison

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")
TypeCJK = Callable[[QWidget, str], None]


def personalise(window: ManagerWindow, phrase_id: str, text: str, type_cjk: TypeCJK) -> None:
    window.show_phrase(phrase_id)
    type_cjk(window.editor.wording.mine, text)
    window.editor.wording.save_now()


def test_my_wording_autosaves_is_previewed_and_undoes(
    qtbot: QtBot, manager: ManagerWindow, pid: Callable[[str], str], type_cjk: TypeCJK
) -> None:
    target = pid("fh")
    manager.show_phrase(target)
    editor = manager.editor
    assert editor.sections.isTabVisible(1)  # "My wording" is there for team phrases
    assert editor.wording.mine.placeholderText() == "亲，今天下单今天发货哦"
    type_cjk(editor.wording.mine, "宝子，今天拍今天发～")
    qtbot.waitUntil(
        lambda: manager.book.get(target).variant == "宝子，今天拍今天发～", timeout=AUTOSAVE_MS * 5
    )
    assert manager.book.get(target).text == "亲，今天下单今天发货哦"  # the team text stays
    assert "宝子" in editor.preview.rendered().text  # the preview shows what she will insert
    manager.undo_stack.undo()
    assert manager.book.get(target).variant is None
    qtbot.waitUntil(lambda: editor.wording.text() == "")


def test_a_personal_phrase_has_no_wording_tab(manager: ManagerWindow, pid: Callable) -> None:
    manager.show_phrase(pid("qm"))
    assert not manager.editor.sections.isTabVisible(1)


def test_team_update_shows_the_badge_in_editor_and_list(
    qtbot: QtBot, manager: ManagerWindow, pid: Callable[[str], str], type_cjk: TypeCJK
) -> None:
    target = pid("fh")
    personalise(manager, target, "宝子今天发", type_cjk)
    assert not manager.editor.changed_badge.isVisibleTo(manager.editor)
    manager.book.update(target, text="亲，16点前下单当天发货哦")  # the team (a sync) rewrites it
    qtbot.waitUntil(lambda: manager.editor.changed_badge.isVisibleTo(manager.editor))
    item = manager.phrase_list.list.currentItem()
    assert item.data(CHANGED_ROLE) is True
    assert manager.book.get(target).variant == "宝子今天发"  # her text survived


def _answering(choice: Choice, merged: str | None = None) -> Callable:
    """A compare dialog that answers by itself instead of waiting for the agent."""

    class Answering(VariantCompareDialog):
        def exec(self) -> int:
            self.seen = self.comparison
            if merged is not None:
                self.merged.setPlainText(merged)
            self.pick(choice)
            return QDialog.DialogCode.Accepted

    return Answering


@pytest.fixture
def changed(
    qtbot: QtBot, manager: ManagerWindow, pid: Callable[[str], str], type_cjk: TypeCJK
) -> str:
    target = pid("fh")
    personalise(manager, target, "宝子今天发", type_cjk)
    manager.book.update(target, text="亲，16点前下单当天发货哦")
    qtbot.waitUntil(lambda: manager.editor.changed_badge.isVisibleTo(manager.editor))
    return target


def test_merge_by_hand_saves_the_merged_text_and_undo_restores_hers(
    qtbot: QtBot, manager: ManagerWindow, changed: str
) -> None:
    manager.editor.wording.make_dialog = _answering("merge", "宝子，16点前拍当天发～")
    manager.editor.changed_badge.click()
    phrase = manager.book.get(changed)
    assert phrase.variant == "宝子，16点前拍当天发～" and not phrase.team_changed
    qtbot.waitUntil(lambda: not manager.editor.changed_badge.isVisibleTo(manager.editor))
    manager.undo_stack.undo()
    assert manager.book.get(changed).variant == "宝子今天发"


def test_take_theirs_drops_her_wording(manager: ManagerWindow, changed: str) -> None:
    manager.editor.wording.make_dialog = _answering("theirs")
    manager.editor.compare()
    phrase = manager.book.get(changed)
    assert phrase.variant is None and phrase.body == "亲，16点前下单当天发货哦"
    manager.undo_stack.undo()
    assert manager.book.get(changed).variant == "宝子今天发"


def test_keep_mine_clears_the_badge_and_keeps_her_text(
    qtbot: QtBot, manager: ManagerWindow, changed: str
) -> None:
    manager.editor.wording.make_dialog = _answering("mine")
    manager.editor.compare()
    phrase = manager.book.get(changed)
    assert phrase.variant == "宝子今天发" and not phrase.team_changed
    qtbot.waitUntil(lambda: not manager.editor.changed_badge.isVisibleTo(manager.editor))


def test_cancelling_the_compare_dialog_changes_nothing(
    manager: ManagerWindow, changed: str
) -> None:
    class Cancelling(VariantCompareDialog):
        def exec(self) -> int:
            return QDialog.DialogCode.Rejected

    manager.editor.wording.make_dialog = Cancelling
    manager.editor.compare()
    assert manager.book.get(changed).team_changed


def test_compare_dialog_shows_both_sides_and_the_team_change(qtbot: QtBot) -> None:
    comparison = VariantComparison(
        "p", "宝子今天发", "亲，16点前下单当天发货哦", "亲，今天下单今天发货哦"
    )
    dialog = VariantCompareDialog(comparison)
    qtbot.addWidget(dialog)
    assert dialog.mine.toPlainText() == "宝子今天发"
    assert dialog.theirs.toPlainText() == "亲，16点前下单当天发货哦"
    assert dialog.base.toPlainText() == "亲，今天下单今天发货哦"
    assert dialog.merged_text() == "宝子今天发"  # merging starts from her wording
    dialog.merged.clear()
    assert not dialog.merge_button.isEnabled()  # an empty merge cannot be saved
    dialog.take_button.click()
    assert dialog.choice == "theirs" and dialog.result() == QDialog.DialogCode.Accepted


def test_diff_marks_what_the_team_added_and_removed() -> None:
    old, new = diff_html("今天下单今天发货", "16点前下单当天发货")
    assert "line-through" in old and "今天</span>" in old
    assert ">16点前</span>" in new and ">当</span>" in new
    assert diff_html("a<b", "a<b") == ("a&lt;b", "a&lt;b")
