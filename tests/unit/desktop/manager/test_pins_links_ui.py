"""Pinning a phrase to a number key and linking related phrases, from the editor."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from desktop.manager import ManagerWindow
from desktop.manager.phrase_list import ID_ROLE, SLOT_ROLE
from desktop.manager.pins_links import PhrasePicker, PinSelector
from phrasebook import Phrasebook

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")
Pid = Callable[[str], str]


def choose_slot(selector: PinSelector, slot: int | None) -> None:
    """Pick an entry the way a click does (setCurrentIndex alone does not emit `activated`)."""
    index = selector.findData(slot or 0)
    selector.setCurrentIndex(index)
    selector.activated.emit(index)


def list_slot(window: ManagerWindow, phrase_id: str) -> int | None:
    for row in range(window.phrase_list.list.count()):
        item = window.phrase_list.list.item(row)
        if item.data(ID_ROLE) == phrase_id:
            return item.data(SLOT_ROLE)
    raise AssertionError("phrase not listed")


def test_pin_to_a_number_key_shows_the_badge_and_undoes(
    qtbot: QtBot, manager: ManagerWindow, pid: Pid
) -> None:
    target = pid("fh")
    manager.show_phrase(target)
    choose_slot(manager.editor.pin, 3)
    assert manager.book.favorites.slot_of(target) == 3
    qtbot.waitUntil(lambda: list_slot(manager, target) == 3)
    manager.undo_stack.undo()
    assert manager.book.favorites.slot_of(target) is None
    qtbot.waitUntil(lambda: list_slot(manager, target) is None)
    assert manager.editor.pin.slot() is None


def test_the_selector_names_who_holds_a_slot_and_undo_gives_it_back(
    qtbot: QtBot, manager: ManagerWindow, pid: Pid
) -> None:
    manager.book.favorites.pin(pid("hy"), 1)
    manager.show_phrase(pid("th"))
    selector = manager.editor.pin
    assert selector.itemText(selector.findData(1)) == "1 · 欢迎"
    choose_slot(selector, 1)  # replaces 欢迎 on key 1
    assert manager.book.favorites.get(1).id == pid("th")
    manager.undo_stack.undo()
    assert manager.book.favorites.get(1).id == pid("hy")
    assert manager.book.favorites.slot_of(pid("th")) is None


def test_unpin_with_none(qtbot: QtBot, manager: ManagerWindow, pid: Pid) -> None:
    manager.book.favorites.pin(pid("fh"), 5)
    manager.show_phrase(pid("fh"))
    assert manager.editor.pin.slot() == 5
    choose_slot(manager.editor.pin, None)
    assert manager.book.favorites.slot_of(pid("fh")) is None
    manager.undo_stack.undo()
    assert manager.book.favorites.slot_of(pid("fh")) == 5


def test_moving_a_pin_to_another_slot_and_back(manager: ManagerWindow, pid: Pid) -> None:
    manager.book.favorites.pin(pid("fh"), 2)
    manager.show_phrase(pid("fh"))
    choose_slot(manager.editor.pin, 7)
    assert manager.book.favorites.slot_of(pid("fh")) == 7
    assert manager.book.favorites.get(2) is None
    manager.undo_stack.undo()
    assert manager.book.favorites.slot_of(pid("fh")) == 2


def test_link_related_through_the_picker_then_remove_and_undo(
    qtbot: QtBot, manager: ManagerWindow, pid: Pid
) -> None:
    manager.show_phrase(pid("hy"))
    related = manager.editor.related
    offered: list[set[str]] = []
    related.pick = lambda exclude: offered.append(exclude) or pid("fh")
    related.add_button.click()
    assert offered == [{pid("hy")}]  # the phrase itself is never offered
    assert [p.id for p in manager.book.links.related(pid("hy"))] == [pid("fh")]
    qtbot.waitUntil(lambda: related.ids() == [pid("fh")])
    assert pid("fh") in [p.id for p in manager.book.follow_ups(pid("hy"))]
    related.list.item(0).setSelected(True)
    related.remove_button.click()
    assert manager.book.links.related(pid("hy")) == []
    qtbot.waitUntil(lambda: related.ids() == [])
    manager.undo_stack.undo()
    assert [p.id for p in manager.book.links.related(pid("hy"))] == [pid("fh")]


def test_cancelled_pick_links_nothing(manager: ManagerWindow, pid: Pid) -> None:
    manager.show_phrase(pid("hy"))
    manager.editor.related.pick = lambda exclude: None
    manager.editor.related.add_button.click()
    assert manager.book.links.related(pid("hy")) == []
    assert not manager.undo_stack.canUndo()


def test_picker_searches_like_the_popup_and_leaves_out_excluded(
    qtbot: QtBot, team_book: Phrasebook, pid: Pid
) -> None:
    picker = PhrasePicker(team_book, {pid("hy")})
    qtbot.addWidget(picker)
    shown = [picker.results.item(r).text() for r in range(picker.results.count())]
    assert len(shown) == 3 and not any("欢迎" in s for s in shown)
    qtbot.keyClicks(picker.search, "th")
    qtbot.waitUntil(lambda: picker.chosen() == pid("th"))


def test_the_list_draws_slot_and_team_changed_badges(
    qtbot: QtBot, manager: ManagerWindow, pid: Pid
) -> None:
    manager.book.favorites.pin(pid("fh"), 4)
    manager.book.variants.set(pid("fh"), "宝子今天发")
    manager.book.update(pid("fh"), text="亲，16点前下单当天发货哦")
    qtbot.waitUntil(lambda: list_slot(manager, pid("fh")) == 4)
    manager.show_phrase(pid("fh"))  # selected: the badges are drawn inverted
    image = manager.phrase_list.list.grab().toImage()  # the delegate paints without errors
    assert not image.isNull()
