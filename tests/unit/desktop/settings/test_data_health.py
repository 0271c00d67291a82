"""Settings → Data: checking the file for damage, and a restore that says what it takes away;
at start, a damaged book is offered for salvage (the real dialog, clicked)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.app import QuickReply
from desktop.launcher import open_or_repair
from desktop.settings import SettingsWindow
from desktop.settings.data_page import DataPage
from phrasebook import CorruptDatabaseError, Phrasebook

#: The offscreen plugin says these for every QMessageBox; harmless, absent on real desktops.
pytestmark = pytest.mark.qt_log_ignore(
    "does not support propagateSizeHints", "does not support raise"
)


def data_page(window: SettingsWindow) -> DataPage:
    page = window.pages["data"]
    assert isinstance(page, DataPage)
    return page


@pytest.fixture
def english_system(monkeypatch: pytest.MonkeyPatch) -> None:
    """The damage dialog at start speaks the system's language (Chinese when it has none of
    ours): these tests click its English buttons."""
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("en_US")))


def answer_boxes(seen: list[str], *buttons: str) -> None:
    """Answer the next message boxes in turn by clicking these buttons; note their texts."""
    remaining = list(buttons)
    tries = [0]

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or f"{box.text()} {box.informativeText()}" in seen:
            tries[0] += 1
            if tries[0] < 250:  # about 5 s, then give up (the test fails on what it saw)
                QTimer.singleShot(20, answer)
            return
        seen.append(f"{box.text()} {box.informativeText()}")
        wanted = remaining.pop(0)
        match = [b for b in box.buttons() if b.text().replace("&", "") == wanted]
        assert match, f"no button {wanted!r} in {[b.text() for b in box.buttons()]}"
        match[0].click()
        if remaining:
            tries[0] = 0
            QTimer.singleShot(20, answer)

    QTimer.singleShot(20, answer)


def test_check_for_damage_on_a_healthy_book(window: SettingsWindow, quickreply: QuickReply) -> None:
    page = data_page(window)
    assert page.check_button.text() == "Check for damage"
    seen: list[str] = []
    answer_boxes(seen, "OK")
    page.check_button.click()
    assert seen and "No damage found" in seen[0]
    assert page.check_database(show=False).ok


def test_restore_question_names_what_the_backup_lacks(
    window: SettingsWindow, quickreply: QuickReply
) -> None:
    book = quickreply.book
    page = data_page(window)
    page.back_up_now()
    book.add("备份后的短语一")
    book.add("备份后的短语二")
    page.refresh()
    page.list.setCurrentRow(0)
    seen: list[str] = []
    answer_boxes(seen, "No")
    assert not page.restore_selected()
    assert seen and "2 added" in seen[0]
    assert len(book.phrases()) == 2, "answering No changes nothing"


def damaged_book(path: Path) -> None:
    with Phrasebook.open(path, auto_backup=False) as book:
        for n in range(50):
            book.add(f"亲，第{n}条", id=f"p{n}")
    conn = sqlite3.connect(path)
    conn.execute("UPDATE phrases SET text = CAST(x'e4bdff' AS TEXT) WHERE id = 'p3'")
    conn.commit()
    conn.close()


def test_a_damaged_book_at_start_is_salvaged_when_asked(
    qtbot: QtBot, tmp_path: Path, english_system: None
) -> None:
    path = tmp_path / "book.db"
    damaged_book(path)
    seen: list[str] = []
    answer_boxes(seen, "Salvage", "OK")
    book, first_run = open_or_repair(path)
    try:
        assert not first_run
        assert len(book.phrases()) == 50
        assert "damaged" in seen[0]
        assert "50 phrases" in seen[1]
    finally:
        book.close()
    assert list((tmp_path / "backups").glob("book.db.damaged-*"))


def test_a_damaged_book_is_left_alone_when_the_agent_quits(
    qtbot: QtBot, tmp_path: Path, english_system: None
) -> None:
    path = tmp_path / "book.db"
    damaged_book(path)
    before = path.read_bytes()
    seen: list[str] = []
    answer_boxes(seen, "Quit")
    with pytest.raises(CorruptDatabaseError):
        open_or_repair(path)
    assert path.read_bytes() == before


def test_a_damaged_book_with_backups_can_be_restored_from_the_dialog(
    qtbot: QtBot, tmp_path: Path, english_system: None
) -> None:
    path = tmp_path / "book.db"
    with Phrasebook.open(path, auto_backup=False) as book:
        book.add("亲，备份里的话术", id="kept")
        book.backup("manual")
    damaged_book(path)
    seen: list[str] = []
    answer_boxes(seen, "Restore the latest backup", "OK")
    book, _ = open_or_repair(path)
    try:
        assert [p.id for p in book.phrases()] == ["kept"]
        assert "`phrasebook" not in seen[0], "no command-line advice in the app's dialog"
        assert "Restored the backup" in seen[1]
    finally:
        book.close()
