"""Pictures in the manager: the editor's strip (add by picker, drop and paste; remove, reorder,
undo; refusals; links; roles) and the phrase list's marker. Real books through the core API."""

from __future__ import annotations

import csv
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.manager import ManagerWindow
from desktop.manager import picture_strip as strip_module
from desktop.manager.phrase_list import PICTURES_ROLE
from desktop.manager.picture_strip import HASH_ROLE, PictureStrip
from desktop.phrase_widgets.thumbnails import shared_cache
from phrasebook import Phrasebook

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


@pytest.fixture
def pictures(tmp_path: Path) -> Callable[..., Path]:
    """Make a small picture file: make("尺码表.png", "red", (80, 60))."""

    def make(name: str, color: str = "red", size: tuple[int, int] = (80, 60)) -> Path:
        path = tmp_path / name
        Image.new("RGB", size, color).save(path)
        return path

    return make


def strip_of(manager: ManagerWindow, phrase_id: str) -> PictureStrip:
    manager.show_phrase(phrase_id)
    assert manager.editor.phrase() is not None
    assert manager.editor.phrase().id == phrase_id  # type: ignore[union-attr]
    return manager.editor.pictures


def names(book: Phrasebook, phrase_id: str) -> list[str]:
    return [ref.name for ref in book.get(phrase_id).images]


def drop(target: QWidget, mime: QMimeData) -> None:
    """What a drag from a file manager delivers: enter (Qt takes its target), then drop."""
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, buttons, keys)
    QGuiApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    QGuiApplication.sendEvent(
        target, QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, buttons, keys)
    )


def thumbnails_loaded(strip: PictureStrip) -> bool:
    shared_cache().wait()
    items = [strip.list.item(r) for r in range(strip.list.count())]
    return all(item.data(Qt.ItemDataRole.UserRole + 1) for item in items)


def test_pictures_added_through_the_api_show_as_thumbnails(
    qtbot: QtBot, manager: ManagerWindow, pid: Callable[[str], str], pictures: Callable[..., Path]
) -> None:
    target = pid("fh")
    chart = pictures("尺码表.png", "white", (800, 600))
    photo = pictures("实拍.jpg", "navy", (1200, 900))
    manager.book.add_images(target, [chart, photo])
    manager.refresh()
    strip = strip_of(manager, target)
    assert strip.list.count() == 2
    qtbot.waitUntil(lambda: thumbnails_loaded(strip), timeout=5000)
    icon = strip.list.item(0).icon()
    assert not icon.isNull()
    tips = [strip.list.item(r).toolTip() for r in range(2)]
    assert "尺码表.png" in tips[0] and "800×600" in tips[0] and "KB" in tips[0]
    assert "实拍.jpg" in tips[1] and "1200×900" in tips[1]
    assert strip.add_button.isEnabled() and not strip.remove_button.isEnabled()


def test_picking_files_adds_them_and_undo_takes_them_back(
    qtbot: QtBot,
    manager: ManagerWindow,
    pid: Callable[[str], str],
    pictures: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = pid("fh")
    chosen = [str(pictures("a.png", "red")), str(pictures("b.jpg", "blue"))]
    asked: list[str] = []

    def picker(_parent: object, title: str, filters: str, directory: str = "") -> list[str]:
        asked.append(filters)
        return chosen

    monkeypatch.setattr(strip_module, "ask_open_files", picker)
    strip = strip_of(manager, target)
    qtbot.mouseClick(strip.add_button, Qt.MouseButton.LeftButton)
    assert "*.png" in asked[0] and "*.jpg" in asked[0]
    assert names(manager.book, target) == ["a.png", "b.jpg"]
    assert strip.list.count() == 2
    manager.undo_stack.undo()
    assert names(manager.book, target) == []
    manager.undo_stack.redo()
    assert names(manager.book, target) == ["a.png", "b.jpg"]


def test_dropped_image_files_are_added(
    qtbot: QtBot, manager: ManagerWindow, pid: Callable[[str], str], pictures: Callable[..., Path]
) -> None:
    target = pid("fh")
    strip = strip_of(manager, target)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(pictures("拖进来.png", "green")))])
    drop(strip.list.viewport(), mime)
    assert names(manager.book, target) == ["拖进来.png"]
    assert strip.list.count() == 1
    assert strip.problem() == ""


def test_a_picture_file_dropped_on_the_text_goes_to_the_strip(
    manager: ManagerWindow, pid: Callable[[str], str], pictures: Callable[..., Path]
) -> None:
    target = pid("fh")
    strip_of(manager, target)
    text = manager.book.get(target).text
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(pictures("实拍.jpg", "navy")))])
    drop(manager.editor.text.viewport(), mime)
    assert names(manager.book, target) == ["实拍.jpg"]
    assert manager.editor.text.toPlainText() == text  # no file path typed into the reply


def test_dropped_image_data_from_another_program_is_added(
    manager: ManagerWindow, pid: Callable[[str], str]
) -> None:
    target = pid("fh")
    strip = strip_of(manager, target)
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("orange"))
    mime = QMimeData()
    mime.setImageData(image)
    assert strip.add_mime(mime)
    (ref,) = manager.book.get(target).images
    assert (ref.type, ref.width, ref.height) == ("image/png", 40, 30)


def test_ctrl_v_pastes_the_clipboard_picture_in_the_strip_and_in_the_text(
    qtbot: QtBot, manager: ManagerWindow, pid: Callable[[str], str]
) -> None:
    target = pid("fh")
    strip = strip_of(manager, target)
    clipboard = QGuiApplication.clipboard()
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("purple"))
    clipboard.setImage(image)
    strip.list.setFocus()
    qtbot.keyClick(strip.list, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(manager.book.get(target).images) == 1
    other = QImage(32, 32, QImage.Format.Format_RGB32)
    other.fill(QColor("teal"))
    clipboard.setImage(other)
    text_before = manager.book.get(target).text
    manager.editor.text.setFocus()
    qtbot.keyClick(manager.editor.text, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    phrase = manager.book.get(target)
    assert [(r.width, r.height) for r in phrase.images] == [(64, 48), (32, 32)]
    assert manager.editor.text.toPlainText() == text_before == phrase.text
    clipboard.clear()


def test_a_hostile_file_is_refused_with_a_message_and_nothing_changes(
    manager: ManagerWindow,
    pid: Callable[[str], str],
    pictures: Callable[..., Path],
    tmp_path: Path,
) -> None:
    target = pid("fh")
    manager.book.add_images(target, [pictures("ok.png")])
    manager.refresh()
    strip = strip_of(manager, target)
    before = manager.book.get(target)
    steps = manager.undo_stack.count()
    hostile = tmp_path / "尺码表.png"
    hostile.write_bytes(os.urandom(4096))
    good = pictures("good.png", "yellow")
    assert not strip.add_files([str(good), str(hostile)])  # all or none
    assert "is not a picture" in strip.problem() and "尺码表.png" in strip.problem()
    assert strip.message.isVisibleTo(manager.editor)
    assert manager.book.get(target).images == before.images
    assert manager.undo_stack.count() == steps
    assert strip.list.count() == 1


def test_a_refusal_from_the_book_shows_in_the_strip_and_nothing_is_half_done(
    manager: ManagerWindow, pid: Callable[[str], str], pictures: Callable[..., Path]
) -> None:
    target = pid("fh")
    strip = strip_of(manager, target)
    files = [str(pictures(f"p{n}.png", f"#{n * 10:02x}2040", (8, 8))) for n in range(21)]
    assert not strip.add_files(files)
    assert "at most 20" in strip.problem()
    assert manager.book.get(target).images == ()
    assert manager.undo_stack.count() == 0


def test_delete_key_removes_the_selected_picture_and_undo_restores_its_bytes(
    qtbot: QtBot, manager: ManagerWindow, pid: Callable[[str], str], pictures: Callable[..., Path]
) -> None:
    target = pid("fh")
    manager.book.add_images(target, [pictures("a.png", "red"), pictures("b.png", "blue")])
    manager.refresh()
    strip = strip_of(manager, target)
    gone = strip.list.item(0).data(HASH_ROLE)
    strip.list.setFocus()
    strip.list.item(0).setSelected(True)
    qtbot.keyClick(strip.list, Qt.Key.Key_Delete)
    assert names(manager.book, target) == ["b.png"]
    assert target in manager.phrase_list.ids()  # the phrase itself stays
    assert strip.hashes() == [manager.book.get(target).images[0].hash]
    manager.undo_stack.undo()
    assert names(manager.book, target) == ["a.png", "b.png"]
    assert manager.book.image_bytes(gone)  # the bytes came back with the link
    qtbot.waitUntil(lambda: strip.list.count() == 2, timeout=1000)


def test_reorder_by_buttons_and_by_dragging_within_the_strip(
    qtbot: QtBot, manager: ManagerWindow, pid: Callable[[str], str], pictures: Callable[..., Path]
) -> None:
    target = pid("fh")
    files = [pictures(n, c) for n, c in (("a.png", "red"), ("b.png", "blue"), ("c.png", "lime"))]
    manager.book.add_images(target, files)
    manager.refresh()
    strip = strip_of(manager, target)
    strip.list.item(0).setSelected(True)
    qtbot.mouseClick(strip.right_button, Qt.MouseButton.LeftButton)
    assert names(manager.book, target) == ["b.png", "a.png", "c.png"]
    assert strip.selected_hashes() == [manager.book.get(target).images[1].hash]
    qtbot.mouseClick(strip.left_button, Qt.MouseButton.LeftButton)
    assert names(manager.book, target) == ["a.png", "b.png", "c.png"]
    strip.list.moved.emit(2, 0)  # what a drag of the last thumbnail onto the first gives
    assert names(manager.book, target) == ["c.png", "a.png", "b.png"]
    manager.undo_stack.undo()
    assert names(manager.book, target) == ["a.png", "b.png", "c.png"]


def test_drop_of_a_thumbnail_inside_the_strip_reorders(
    manager: ManagerWindow, pid: Callable[[str], str], pictures: Callable[..., Path]
) -> None:
    target = pid("fh")
    manager.book.add_images(target, [pictures("a.png", "red"), pictures("b.png", "blue")])
    manager.refresh()
    strip = strip_of(manager, target)
    first = strip.list.visualItemRect(strip.list.item(0))
    last = strip.list.visualItemRect(strip.list.item(1))
    assert strip.list.drop_row(first.topLeft() + QPoint(2, 2)) == 0
    assert strip.list.drop_row(last.topRight() + QPoint(-2, 2)) == 2
    strip.list.moved.emit(0, strip.list.drop_row(last.topRight() + QPoint(-2, 2)))
    assert names(manager.book, target) == ["b.png", "a.png"]


def test_imported_picture_links_are_shown_as_links(manager: ManagerWindow, tmp_path: Path) -> None:
    sheet = tmp_path / "快捷短语.csv"
    with sheet.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["分组", "快捷编码", "快捷短语", "图片"])
        writer.writerow(["售前", "lj", "亲，详情看链接", "https://img.example.com/a.jpg"])
    manager.book.import_file(sheet)
    manager.refresh()
    linked = manager.book.by_code("lj")[0]
    strip = strip_of(manager, linked.id)
    assert strip.links.isVisibleTo(manager.editor)
    assert 'href="https://img.example.com/a.jpg"' in strip.links.text()
    assert strip.list.count() == 0


def test_phrase_list_marks_phrases_with_pictures(
    manager: ManagerWindow, pid: Callable[[str], str], pictures: Callable[..., Path]
) -> None:
    target = pid("fh")
    manager.book.add_images(target, [pictures("a.png"), pictures("b.png", "blue")])
    manager.refresh()
    rows = manager.phrase_list.list
    marks = {
        rows.item(r).data(Qt.ItemDataRole.UserRole): rows.item(r).data(PICTURES_ROLE)
        for r in range(rows.count())
    }
    assert marks[target] == 2
    assert marks[pid("hy")] == 0
    item = next(
        rows.item(r)
        for r in range(rows.count())
        if rows.item(r).data(Qt.ItemDataRole.UserRole) == target
    )
    assert "2" in item.toolTip()
    rows.viewport().grab()  # the delegate paints the mark without error


@pytest.fixture
def agent_book(tmp_path: Path, pictures: Callable[..., Path]) -> Iterator[Phrasebook]:
    """An agent's book in a team whose supervisor gave a team phrase a picture."""
    folder = tmp_path / "team"
    with Phrasebook.open(tmp_path / "boss.db") as boss:
        boss.add("亲，尺码请看图", title="尺码", code="cm")
        boss.add_images(boss.by_code("cm")[0].id, [pictures("尺码表.png", "white")])
        boss.sync.create_team("小熊旗舰店", folder=folder, member_name="店长")
        boss.sync.sync()
        code = boss.sync.invite("agent", "小美")
    with Phrasebook.open(tmp_path / "agent.db") as agent:
        agent.sync.join(code, folder=folder, member_name="小美")
        agent.sync.sync()
        yield agent


def test_an_agent_sees_a_team_phrases_pictures_read_only_with_the_reason(
    qtbot: QtBot, agent_book: Phrasebook, pictures: Callable[..., Path]
) -> None:
    window = ManagerWindow(agent_book)
    qtbot.addWidget(window)
    window.show()
    phrase = agent_book.by_code("cm")[0]
    assert not agent_book.may_edit(phrase)
    strip = strip_of(window, phrase.id)
    assert strip.list.count() == len(phrase.images) == 1
    assert not strip.add_button.isEnabled()
    assert not strip.remove_button.isEnabled()
    assert not strip.list.acceptDrops()
    assert "supervisor" in strip.toolTip() or "主管" in strip.toolTip()
    assert not strip.add_files([str(pictures("x.png"))])
    assert len(agent_book.get(phrase.id).images) == 1


def test_a_picture_added_elsewhere_is_never_dropped_by_a_stale_strip(
    qtbot: QtBot,
    manager: ManagerWindow,
    pid: Callable[[str], str],
    pictures: Callable[..., Path],
    tmp_path: Path,
) -> None:
    """The command line adds a picture while the manager shows the reply: reordering or
    removing on the old view redraws the strip instead of writing a list without it."""
    target = pid("fh")
    manager.book.add_images(target, [pictures("a.png", "red"), pictures("b.png", "blue")])
    manager.refresh()
    strip = strip_of(manager, target)
    with Phrasebook.open(manager.book.path, auto_backup=False) as other:  # the CLI
        other.add_images(target, [pictures("c.png", "lime")])
    strip.list.item(0).setSelected(True)
    qtbot.mouseClick(strip.right_button, Qt.MouseButton.LeftButton)
    assert names(manager.book, target) == ["a.png", "b.png", "c.png"]
    assert strip.list.count() == 3 and strip.problem()
    strip.list.clearSelection()
    strip.list.item(2).setSelected(True)
    strip.list.setFocus()
    qtbot.keyClick(strip.list, Qt.Key.Key_Delete)
    assert names(manager.book, target) == ["a.png", "b.png"]


def test_delete_removes_one_of_two_copies_of_the_same_picture(
    qtbot: QtBot, manager: ManagerWindow, pid: Callable[[str], str], pictures: Callable[..., Path]
) -> None:
    target = pid("fh")
    red = pictures("red.png", "red")
    manager.book.add_images(target, [red, red])
    manager.refresh()
    strip = strip_of(manager, target)
    strip.list.clearSelection()
    strip.list.item(0).setSelected(True)
    strip.list.setFocus()
    qtbot.keyClick(strip.list, Qt.Key.Key_Delete)
    assert len(manager.book.get(target).images) == 1
