"""Moving the data folder switches the running app to the copy at once (no restart)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.app import QuickReply
from desktop.platform.chords import parse_chord
from desktop.platform.fake import FakeBackend
from desktop.settings import SettingsWindow, machine_settings
from desktop.settings.data_page import DataPage

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


@pytest.fixture
def moved(window: SettingsWindow, quickreply: QuickReply, tmp_path: Path) -> Iterator[Path]:
    """Move to tmp/synced through the Data page; yields the new file, closes it afterwards."""
    old = quickreply.book
    old.add("搬家前的短语", code="moved")
    window.show_page("data")
    page = window.pages["data"]
    assert isinstance(page, DataPage)
    target = page.choose_folder(str(tmp_path / "synced"))
    assert target is not None
    QApplication.processEvents()
    yield target
    machine_settings.choose_db_path(None)
    if quickreply.book is not old:
        quickreply.book.close()


def test_the_app_works_on_the_copy_at_once(
    moved: Path, quickreply: QuickReply, book: object, tmp_path: Path
) -> None:
    assert quickreply.book.path == moved and quickreply.book is not book
    assert book.closed  # type: ignore[attr-defined]
    assert quickreply.book.by_code("moved")
    assert machine_settings.chosen_db_path() == str(moved)  # and from the next start too
    quickreply.book.add("搬家后的短语", code="after")
    assert [h.phrase.code for h in quickreply.book.search("after")][:1] == ["after"]


def test_every_part_gets_the_new_book(moved: Path, quickreply: QuickReply) -> None:
    new = quickreply.book
    assert quickreply.popup._book is new
    assert quickreply.notebook.book is new and quickreply.notebook.capture.book is new
    assert quickreply.favorite_keys._book is new
    assert quickreply.settings.book is new
    assert quickreply.settings.backup_scheduler.book is new
    assert quickreply.server is None or quickreply.server.listening


def test_the_settings_window_is_rebuilt_on_the_data_page(
    moved: Path, quickreply: QuickReply, qtbot: QtBot
) -> None:
    window = quickreply.settings.window
    assert window is not None and window.isVisible()
    assert window.current_page() == "data"
    page = window.pages["data"]
    assert isinstance(page, DataPage) and page.book is quickreply.book
    assert "synced" in page.path.text()


def test_changes_in_the_new_book_reach_the_app(
    moved: Path, quickreply: QuickReply, monkeypatch: pytest.MonkeyPatch
) -> None:
    shops: list[tuple[str, ...]] = []
    monkeypatch.setattr(quickreply.tray, "set_shops", lambda s, active: shops.append(s))
    quickreply.book.set_profile(shops=("甲店", "乙店"))
    assert shops[-1] == ("甲店", "乙店")
    quickreply.book.notebook.capture("这个什么时候发货？", customer="小猫")
    assert quickreply.notebook.book.notebook.counts().open == 1


def test_favourite_keys_insert_from_the_new_book(
    moved: Path, quickreply: QuickReply, fake_backend: FakeBackend, qtbot: QtBot
) -> None:
    quickreply._register_favorites()
    phrase = quickreply.book.by_code("moved")[0]
    quickreply.book.favorites.pin(phrase.id, 3)
    chat = fake_backend.windows.open("小猫咪 - 千牛接待台")
    with qtbot.waitSignal(quickreply.insertion_finished, timeout=3000) as done:
        assert fake_backend.hotkeys.press(parse_chord("Ctrl+Alt+3"))
    assert done.args[0].ok and chat.pasted == ["搬家前的短语"]
    assert quickreply.book.get(phrase.id).use_count == 1


def test_a_damaged_phrasebook_there_is_refused_and_nothing_changes(
    window: SettingsWindow,
    quickreply: QuickReply,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "phrasebook.db").write_bytes(b"not a database at all" * 100)
    before = quickreply.book
    page = window.pages["data"]
    assert isinstance(page, DataPage)
    assert page.choose_folder(str(folder)) is None
    assert warnings and quickreply.book is before and not before.closed
    assert machine_settings.chosen_db_path() is None
