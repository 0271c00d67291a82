"""Text follows the UI language everywhere: paste methods, key names, backup kinds, the theme
box's room, the damage dialog at start, and dates in Qt's own file dialog."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.app import QuickReply
from desktop.settings import SettingsWindow
from desktop.settings.general_page import GeneralPage
from desktop.settings.hotkeys_page import HotkeysPage
from desktop.settings.paste_page import PastePage
from phrasebook import CorruptDatabaseError

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


def switch(quickreply: QuickReply, language: str) -> None:
    quickreply.settings.set_language(language)
    QApplication.processEvents()


def test_typing_as_a_paste_method_is_named_in_the_ui_language(
    window: SettingsWindow, quickreply: QuickReply
) -> None:
    page = window.pages["paste"]
    assert isinstance(page, PastePage)
    switch(quickreply, "zh_CN")
    try:
        names = [page.default.itemText(i) for i in range(page.default.count())]
        assert "type" not in names
        assert "逐字输入" in names
        page.default.setCurrentIndex(names.index("逐字输入"))
        assert quickreply.book.get_setting("paste")["default"] == "type"
        page.add_app("legacy.exe", "type")
        combo = page.apps.cellWidget(0, 1)
        assert combo.currentText() == "逐字输入"
        assert page.raw()["apps"] == {"legacy.exe": "type"}
    finally:
        switch(quickreply, "en")
    assert page.default.currentText() == "Type key by key"
    assert page.raw()["default"] == "type"


def test_key_names_follow_a_language_switch(window: SettingsWindow, quickreply: QuickReply) -> None:
    page = window.pages["hotkeys"]
    assert isinstance(page, HotkeysPage)
    switch(quickreply, "zh_CN")
    popup = page.edits["popup"].findChild(QLineEdit)
    assert popup.text() == "Ctrl+Alt+空格"
    switch(quickreply, "en")
    assert popup.text() == "Ctrl+Alt+Space"
    assert page.edits["popup"].chord_text() == "Ctrl+Alt+Space"


def test_backup_kinds_follow_a_language_switch(
    window: SettingsWindow, quickreply: QuickReply
) -> None:
    quickreply.book.backup("manual")
    page = window.pages["data"]
    switch(quickreply, "zh_CN")
    page.refresh()  # type: ignore[attr-defined]
    assert "手动" in page.list.item(0).text()  # type: ignore[attr-defined]
    switch(quickreply, "en")
    assert page.list.item(0).text().endswith("manual")  # type: ignore[attr-defined]


def test_the_theme_box_has_room_for_its_longest_name(
    window: SettingsWindow, quickreply: QuickReply, qtbot: QtBot
) -> None:
    switch(quickreply, "zh_CN")  # built and sized in Chinese (short names), then switched
    window.close()
    window.deleteLater()
    quickreply.settings.window = None
    chinese = quickreply.settings.open("general")
    qtbot.waitExposed(chinese)
    page = chinese.pages["general"]
    assert isinstance(page, GeneralPage)
    try:
        for language in ("en", "ko"):
            switch(quickreply, language)
            for combo in (page.theme, page.language):
                widest = max(
                    combo.fontMetrics().horizontalAdvance(combo.itemText(i))
                    for i in range(combo.count())
                )
                QApplication.processEvents()
                assert combo.width() > widest + 20, (language, combo.currentText())
    finally:
        switch(quickreply, "en")


def test_the_damage_dialog_at_start_speaks_the_default_ui_language(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop import repair_dialog

    seen: list[str] = []

    def look(dialog: repair_dialog.RepairDialog) -> int:
        seen.append(dialog.text())
        seen.append(dialog.salvage_button.text())
        return 0

    monkeypatch.setattr(repair_dialog.RepairDialog, "exec", look)
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("C")))  # LANG=C.UTF-8
    error = CorruptDatabaseError(tmp_path / "book.db", "file is not a database")
    assert not repair_dialog.offer_repair(tmp_path / "book.db", error)
    assert seen == ["话术库文件已损坏。", "抢救数据"]
    # Afterwards the app installs its own language: nothing of the dialog's stays behind.
    assert QApplication.translate("RepairDialog", "Salvage") == "Salvage"


def test_file_dialog_dates_follow_the_ui_locale(qapp: object, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QTreeView

    from desktop.file_dialogs import Purpose, file_dialog
    from desktop.i18n import Translations

    (tmp_path / "话术.xlsx").write_bytes(b"x")
    translations = Translations()
    translations.apply("zh_CN")
    try:
        dialog = file_dialog(None, "导入", Purpose.OPEN, directory=str(tmp_path))
        view = dialog.findChild(QTreeView)
        model = view.model()
        deadline = time.monotonic() + 5
        text = ""
        while time.monotonic() < deadline and not text:
            QApplication.processEvents()
            root = view.rootIndex()
            for row in range(model.rowCount(root)):
                if model.index(row, 0, root).data() == "话术.xlsx":
                    text = model.index(row, 3, root).data()
        modified = (tmp_path / "话术.xlsx").stat().st_mtime
        dialog.deleteLater()
    finally:
        translations.apply("en")
    from PySide6.QtCore import QDateTime

    expected = QLocale("zh_CN").toString(
        QDateTime.fromSecsSinceEpoch(int(modified)), QLocale.FormatType.ShortFormat
    )
    assert text == expected
