"""Our file dialogs list the phrasebook's own folder without breaking SQLite's POSIX locks.

Closing any descriptor of a file drops every POSIX lock the process holds on it, so a dialog that
sniffs `book.db` to pick its icon leaves the app unlocked; the next `phrasebook` command then
deletes the WAL the app is still writing. The test runs the real app on the real file, opens
every dialog we have on that folder, writes from the CLI and from the app, and reads the kernel's
lock table (/proc/locks) on the way.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel
from pytestqt.qtbot import QtBot

from desktop.app import QuickReply
from desktop.platform.fake import FakeBackend
from desktop.settings.sync_forms import TeamForm
from phrasebook import Phrasebook

pytestmark = [
    pytest.mark.skipif(not Path("/proc/locks").exists(), reason="needs /proc/locks"),
    pytest.mark.qt_log_ignore(r"This plugin does not support"),
]

ROOT = Path(__file__).resolve().parents[3]
DB_FILES = ("book.db", "book.db-shm")


def held_locks(folder: Path) -> dict[str, int]:
    """How many POSIX locks this process holds on each of the phrasebook's files."""
    inodes = {os.stat(folder / name).st_ino: name for name in DB_FILES if (folder / name).exists()}
    held = dict.fromkeys(DB_FILES, 0)
    for line in Path("/proc/locks").read_text().splitlines():
        fields = line.split()
        if "->" in fields or fields[1] != "POSIX":  # a waiting request holds nothing
            continue
        pid, device_inode = int(fields[4]), fields[5]
        inode = int(device_inode.rsplit(":", 1)[1])
        if pid == os.getpid() and inode in inodes:
            held[inodes[inode]] += 1
    return held


def phrasebook_cli(db: Path, *args: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "phrasebook", "--db", str(db), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The phrasebook's folder, also the working folder (as with `quickreply --db ./book.db`)."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "话术.xlsx").write_bytes(b"")  # something else to list beside the database
    monkeypatch.chdir(data)
    return data


@pytest.fixture
def app(qtbot: QtBot, folder: Path) -> Iterator[QuickReply]:
    book = Phrasebook.open(folder / "book.db", auto_backup=False)
    book.set_setting("ui.language", "zh_CN")
    quickreply = QuickReply(book, FakeBackend().platform())
    yield quickreply
    close_windows(quickreply)
    quickreply.popup.deleteLater()
    quickreply.translations.apply("en")
    quickreply.tray.hide()
    if not quickreply.book.closed:
        quickreply.book.close()


def close_windows(app: QuickReply) -> None:
    for window in (app.manager, app.settings.window):
        if window is not None:
            window.close()
            window.deleteLater()
    app.manager = app.settings.window = None
    QApplication.sendPostedEvents()


def list_then_cancel(qtbot: QtBot, folder: Path, open_dialog: Callable[[], object]) -> QFileDialog:
    """Run `open_dialog` (it blocks in exec()); once its dialog shows, let it list and render
    `folder` with every file's type, then cancel it. Returns the dialog that was shown."""
    shown: list[QFileDialog] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, look)
            return
        shown.append(dialog)
        dialog.setDirectory(str(folder))
        model = dialog.findChild(QFileSystemModel)
        assert model is not None
        qtbot.waitUntil(lambda: _typed(model, model.index(str(folder / "book.db"))))
        dialog.grab()  # render it: icons and types of every row are asked for
        qtbot.waitUntil(lambda: _typed(model, model.index(str(folder / "book.db-shm"))))
        qtbot.wait(300)  # the file-information thread finishes its round
        dialog.reject()

    QTimer.singleShot(0, look)
    open_dialog()
    assert shown, "no file dialog was shown"
    return shown[0]


def _typed(model: QFileSystemModel, index: QModelIndex) -> bool:
    return index.isValid() and bool(model.type(index))


def assert_still_locked(folder: Path) -> None:
    """The app holds SQLite's locks on the book and its shared memory (a background round may
    briefly hold one more; what must never happen is none)."""
    held = held_locks(folder)
    assert held.get("book.db", 0) >= 1 and held.get("book.db-shm", 0) >= 1, held


def test_dialogs_keep_the_apps_sqlite_locks(
    qtbot: QtBot, app: QuickReply, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = folder / "book.db"
    app.book.stats()
    assert_still_locked(folder)

    list_then_cancel(qtbot, folder, app.tray.import_requested.emit)  # tray → 导入快捷短语…
    app.show_manager()
    manager = app.manager
    list_then_cancel(qtbot, folder, manager.import_phrases)  # type: ignore[union-attr]
    list_then_cancel(qtbot, folder, manager.export_phrases)  # type: ignore[union-attr]
    settings = app.settings.open("data")
    list_then_cancel(qtbot, folder, settings.pages["data"].choose_folder)  # type: ignore[attr-defined]
    team_form = settings.findChildren(TeamForm)[0]
    team_form.where.setText(str(folder))
    list_then_cancel(qtbot, folder, team_form.choose_folder)
    assert_still_locked(folder)
    with Phrasebook.open(db, auto_backup=False) as second:  # as a background sync round does
        second.stats()
    assert_still_locked(folder)

    from_cli = phrasebook_cli(db, "add", "命令行写的话术").strip().split()[-1]
    from_app = app.book.add("应用写的话术").id
    qtbot.wait(50)  # the open windows redraw from the book, as in the running app
    assert_still_locked(folder)
    assert app.book.get(from_cli).text == "命令行写的话术"
    assert json.loads(phrasebook_cli(db, "show", from_app, "--json"))["text"] == "应用写的话术"

    close_windows(app)
    # Quit as the tray does, but leave the test session's QApplication running.
    monkeypatch.setattr(QApplication, "exit", staticmethod(lambda code=0: None))
    app.quit()
    with sqlite3.connect(db) as check:
        assert check.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        texts = {row[0] for row in check.execute("SELECT text FROM phrases")}
    assert {"命令行写的话术", "应用写的话术"} <= texts


def test_the_dialog_speaks_chinese_where_qts_own_translation_lags(qapp: object) -> None:
    from desktop.file_dialogs import Purpose, file_dialog
    from desktop.i18n import Translations

    translations = Translations()
    translations.apply("zh_CN")
    try:
        dialog = file_dialog(None, "导入快捷短语", Purpose.OPEN, filters="短语文件 (*.xlsx)")
        labels = {label: dialog.labelText(label) for label in QFileDialog.DialogLabel}
        dialog.deleteLater()
    finally:
        translations.apply("en")
    assert labels[QFileDialog.DialogLabel.LookIn] == "查找范围："
    assert labels[QFileDialog.DialogLabel.FileType] == "文件类型："
    assert labels[QFileDialog.DialogLabel.FileName] == "文件名称(&N)："
    assert labels[QFileDialog.DialogLabel.Reject] == "取消"


def test_file_types_come_from_the_name_alone(qapp: object, tmp_path: Path) -> None:
    from PySide6.QtCore import QFileInfo, QMimeDatabase
    from PySide6.QtWidgets import QFileIconProvider

    from desktop.file_dialogs import NameOnlyIconProvider

    mimes = QMimeDatabase()
    sqlite = mimes.mimeTypeForName("application/vnd.sqlite3").comment()
    xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    inside = QFileInfo(str(tmp_path / "book.db-shm"))  # only its content could tell
    Path(inside.filePath()).write_bytes(b"SQLite format 3\x00" + bytes(100))
    assert QFileIconProvider().type(inside) == sqlite  # Qt's own provider reads the file
    provider = NameOnlyIconProvider()
    assert provider.type(inside) != sqlite
    assert provider.type(QFileInfo(str(tmp_path / "话术.xlsx"))) == (
        mimes.mimeTypeForName(xlsx).comment()
    )


@pytest.mark.parametrize(
    "name", ["QFileDialog", "QFileIconProvider", "QMimeDatabase", "QFileSystemModel"]
)
def test_no_other_module_builds_a_file_dialog_or_sniffs_files(name: str) -> None:
    users = [
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "desktop").rglob("*.py")
        if name in path.read_text(encoding="utf-8")
    ]
    assert set(users) <= {"desktop/file_dialogs.py"}


def test_nothing_in_the_app_watches_or_reads_files_behind_sqlites_back() -> None:
    """QFileSystemWatcher and raw reads of the book (e.g. hashing it) would open descriptors."""
    for path in (ROOT / "desktop").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert "QFileSystemWatcher" not in source, path
        assert "path.read_bytes" not in source and "book.path.open" not in source, path
