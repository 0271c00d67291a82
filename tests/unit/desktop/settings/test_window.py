"""The settings window over the real app (fake platform): every change applies at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from desktop import setting_keys
from desktop.app import QuickReply
from desktop.platform.chords import parse_chord
from desktop.platform.fake import FakeBackend
from desktop.platform.paste_values import TYPE_TEXT
from desktop.settings import SettingsWindow, machine_settings
from desktop.settings.data_page import DataPage
from desktop.settings.general_page import GeneralPage
from desktop.settings.hotkeys_page import HotkeysPage
from desktop.settings.paste_page import PastePage
from desktop.settings.profile_page import ProfilePage, split_shops

#: The offscreen plugin cannot raise windows or pass size hints; harmless, absent on desktops.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


def commit(widget: QLineEdit, text: str) -> None:
    """Type CJK text the way an input method does (keyClicks cannot)."""
    widget.setFocus()
    widget.selectAll()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
    widget.editingFinished.emit()


def test_tray_settings_opens_the_window(quickreply: QuickReply, qtbot: QtBot) -> None:
    quickreply.tray.settings_requested.emit()
    window = quickreply.settings.window
    assert isinstance(window, SettingsWindow)
    qtbot.waitExposed(window)
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [
        "General",
        "Hotkeys",
        "Pasting",
        "Profile",
        "Team sync",
        "Data and backups",
    ]


# -- hotkeys ----------------------------------------------------------------------------------


def record(page: HotkeysPage, chord: str) -> str | None:
    page.edits["popup"].setKeySequence(QKeySequence(chord))
    return page.try_chord("popup")


def test_a_recorded_free_chord_is_registered_and_saved(
    window: SettingsWindow, quickreply: QuickReply, fake_backend: FakeBackend
) -> None:
    page = window.pages["hotkeys"]
    assert isinstance(page, HotkeysPage)
    assert record(page, "Ctrl+Alt+K") is None
    new = parse_chord("Ctrl+Alt+K")
    assert quickreply.chord == new
    assert new in fake_backend.hotkeys.registered
    assert quickreply.book.get_setting(setting_keys.POPUP_HOTKEY) == "Ctrl+Alt+K"
    assert page.status["popup"].text() == "✓"


def test_a_taken_chord_is_reported_and_the_old_one_kept(
    window: SettingsWindow, quickreply: QuickReply, fake_backend: FakeBackend
) -> None:
    old = quickreply.chord
    fake_backend.hotkeys.taken.add(parse_chord("Ctrl+Shift+J"))
    page = window.pages["hotkeys"]
    assert isinstance(page, HotkeysPage)
    error = record(page, "Ctrl+Shift+J")
    assert error and "Ctrl+Shift+J" in error
    assert quickreply.chord == old and old in fake_backend.hotkeys.registered
    assert page.edits["popup"].chord_text() == str(old)
    assert "⚠" in page.status["popup"].text()


def test_a_chord_without_modifier_is_refused(
    window: SettingsWindow, quickreply: QuickReply
) -> None:
    page = window.pages["hotkeys"]
    assert isinstance(page, HotkeysPage)
    assert record(page, "K")
    assert record(page, "Shift+K")
    assert str(quickreply.chord) == "Ctrl+Alt+Space"
    assert record(page, "F9") is None


# -- pasting ----------------------------------------------------------------------------------


def test_paste_settings_are_stored_and_used_by_the_next_insertion(
    window: SettingsWindow, quickreply: QuickReply
) -> None:
    page = window.pages["paste"]
    assert isinstance(page, PastePage)
    page.delays["pre_paste_ms"].setValue(120)
    page.add_app("legacy.exe", "type")
    page.save()
    stored = quickreply.book.get_setting(setting_keys.PASTE)
    assert stored["apps"] == {"legacy.exe": "type"} and stored["pre_paste_ms"] == 120
    live = quickreply.inserter.settings
    assert live.method_for("LEGACY.EXE") == TYPE_TEXT
    assert live.timing.pre_paste_ms == 120
    page.apps.selectRow(0)
    page.remove_selected()
    assert quickreply.inserter.settings.per_app == {}


def test_paste_page_shows_what_is_stored(quickreply: QuickReply, qtbot: QtBot) -> None:
    quickreply.book.set_setting(
        setting_keys.PASTE, {"default": "Shift+Insert", "apps": {"xterm": "Ctrl+Shift+V"}}
    )
    page = PastePage(quickreply.book, lambda _: None, quickreply.platform.capabilities)
    qtbot.addWidget(page)
    assert page.default.currentText() == "Shift+Insert"
    assert page.raw()["apps"] == {"xterm": "Ctrl+Shift+V"}


# -- general: language, theme, start at login -------------------------------------------------


def test_language_switches_live_everywhere(window: SettingsWindow, quickreply: QuickReply) -> None:
    page = window.pages["general"]
    assert isinstance(page, GeneralPage)
    page.language.setCurrentIndex(page.language.findData("zh_CN"))
    QApplication.processEvents()
    assert quickreply.book.get_setting("ui.language") == "zh_CN"
    assert window.windowTitle() == "快回设置"
    assert window.nav.item(1).text() == "快捷键"
    assert quickreply.tray._settings.text() == "设置…"
    assert quickreply.popup.search_box.placeholderText() != "Search replies: code, pinyin or words"
    page.language.setCurrentIndex(page.language.findData("ko"))
    QApplication.processEvents()
    assert quickreply.tray._settings.text() == "설정…"
    page.language.setCurrentIndex(page.language.findData("en"))
    QApplication.processEvents()
    assert window.nav.item(1).text() == "Hotkeys"


def test_theme_switches_live(window: SettingsWindow, quickreply: QuickReply) -> None:
    page = window.pages["general"]
    assert isinstance(page, GeneralPage)
    page.theme.setCurrentIndex(page.theme.findData("dark"))
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert app.style().name().lower() == "fusion"
    assert app.palette().color(QPalette.ColorRole.Window).lightness() < 80
    assert quickreply.book.get_setting(setting_keys.UI_THEME) == "dark"
    page.theme.setCurrentIndex(page.theme.findData("light"))
    assert app.palette().color(QPalette.ColorRole.Window).lightness() > 180
    page.theme.setCurrentIndex(page.theme.findData("system"))
    assert quickreply.book.get_setting(setting_keys.UI_THEME) == "system"


def test_start_at_login_writes_and_removes_the_entry(
    window: SettingsWindow, quickreply: QuickReply
) -> None:
    page = window.pages["general"]
    assert isinstance(page, GeneralPage)
    entry = quickreply.settings.autostart
    page.autostart.setChecked(True)
    assert entry.is_enabled()
    assert "-m desktop" in entry.path.read_text()  # type: ignore[attr-defined]
    page.autostart.setChecked(False)
    assert not entry.is_enabled()


# -- profile ----------------------------------------------------------------------------------


def test_profile_fields_are_saved_when_left(window: SettingsWindow, quickreply: QuickReply) -> None:
    page = window.pages["profile"]
    assert isinstance(page, ProfilePage)
    commit(page.nickname, "小美")
    commit(page.shops, "小米旗舰店，华为专卖店")
    commit(page.signature, "祝您生活愉快")
    page.greeting.setCurrentText("您")
    profile = quickreply.book.profile
    assert profile.nickname == "小美"
    assert profile.shops == ("小米旗舰店", "华为专卖店")
    assert profile.signature == "祝您生活愉快"
    assert profile.greeting == "您"


def test_removing_the_active_shop_picks_another(quickreply: QuickReply, qtbot: QtBot) -> None:
    quickreply.book.set_profile(shops=("甲店", "乙店"), active_shop="甲店")
    page = ProfilePage(quickreply.book)
    qtbot.addWidget(page)
    commit(page.shops, "乙店")
    assert quickreply.book.profile.active_shop == "乙店"


@pytest.mark.parametrize(
    ("typed", "shops"),
    [("甲店, 乙店", ("甲店", "乙店")), ("甲店；甲店、丙店", ("甲店", "丙店")), ("  ", ())],
)
def test_shops_split_on_any_separator(typed: str, shops: tuple[str, ...]) -> None:
    assert split_shops(typed) == shops


# -- data and backups -------------------------------------------------------------------------


def data_page(window: SettingsWindow) -> DataPage:
    page = window.pages["data"]
    assert isinstance(page, DataPage)
    return page


def test_back_up_now_and_restore_with_confirmation(
    window: SettingsWindow, quickreply: QuickReply
) -> None:
    book = quickreply.book
    book.add("备份前的短语", code="before")
    page = data_page(window)
    page.back_up_now()
    book.add("备份后的短语", code="after")
    manual = [page.list.item(i) for i in range(page.list.count())]
    row = next(i for i, item in enumerate(manual) if "manual" in item.text())
    page.list.setCurrentRow(row)
    assert page.restore_selected(confirm=False)
    assert book.by_code("before") and not book.by_code("after")
    assert any("before a restore" in page.list.item(i).text() for i in range(page.list.count()))


def test_backup_schedule_keeps_n_daily_backups(
    window: SettingsWindow, quickreply: QuickReply
) -> None:
    book = quickreply.book
    folder = book.path.parent / "backups"
    folder.mkdir(exist_ok=True)
    for day in range(1, 6):
        (folder / f"{book.path.stem}-202601{day:02d}-120000-daily.db").write_bytes(b"")
    page = data_page(window)
    page.keep.setValue(3)
    assert book.get_setting(setting_keys.BACKUP_SCHEDULE) == {"daily": True, "keep": 3}
    daily = [p for p in book.backups() if p.name.endswith("-daily.db")]
    assert len(daily) == 3  # today's plus the two newest old ones


def test_no_daily_backup_when_switched_off(quickreply: QuickReply) -> None:
    scheduler = quickreply.settings.backup_scheduler
    for path in quickreply.book.backups():
        path.unlink()
    quickreply.book.set_setting(setting_keys.BACKUP_SCHEDULE, {"daily": False, "keep": 7})
    assert not scheduler.check()
    quickreply.book.set_setting(setting_keys.BACKUP_SCHEDULE, {"daily": True, "keep": 7})
    assert scheduler.check()
    assert not scheduler.check()  # once a day


def test_another_folder_is_used_from_the_next_start_without_a_switch(
    quickreply: QuickReply, qtbot: QtBot, tmp_path: Path
) -> None:
    quickreply.book.add("搬家的短语", code="moved")
    page = DataPage(quickreply.settings.backup_scheduler)  # no live switch given
    qtbot.addWidget(page)
    target = page.choose_folder(str(tmp_path / "synced"))
    assert target == tmp_path / "synced" / "phrasebook.db"
    assert machine_settings.chosen_db_path() == str(target)
    from phrasebook import Phrasebook

    with Phrasebook.open(target, auto_backup=False) as moved:
        assert moved.by_code("moved")
    assert "synced" in page.folder_hint.text()
    machine_settings.choose_db_path(None)


# -- diagnostics ------------------------------------------------------------------------------


def test_copy_diagnostics_puts_the_report_on_the_clipboard(quickreply: QuickReply) -> None:
    quickreply.book.add("客户的秘密", code="s")
    quickreply.tray.diagnostics_requested.emit()
    text = QApplication.clipboard().text()
    assert "[hotkeys]" in text and "Ctrl+Alt+Space (registered)" in text
    assert "backend" in text and "fake" in text
    assert "客户的秘密" not in text


def test_window_closes_with_escape_and_reopens(
    window: SettingsWindow, quickreply: QuickReply, qtbot: QtBot
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()
    assert quickreply.settings.open("data") is window
    assert window.stack.currentWidget() is window.pages["data"]
