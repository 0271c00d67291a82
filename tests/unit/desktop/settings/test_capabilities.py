"""What the platform backend cannot do is not offered, or is shown disabled with the reason."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from desktop.app import QuickReply
from desktop.capability_limits import hotkeys_limit, insert_limit, paste_limit, typing_limit
from desktop.notebook.capture_form import CaptureForm, CaptureValues
from desktop.platform.fake import FAKE_CAPABILITIES, FakeBackend
from desktop.popup.selection_query import SelectionQuery
from desktop.settings import SettingsWindow
from desktop.settings.hotkeys_page import HotkeysPage
from desktop.settings.paste_page import PastePage

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


def without(**flags: bool) -> FakeBackend:
    return FakeBackend(replace(FAKE_CAPABILITIES, **flags))


def combo_items(combo: QComboBox) -> list[str]:
    """The methods offered (as stored: "type" is shown by its name in the UI language)."""
    return [str(combo.itemData(i)) for i in range(combo.count())]


def open_page(quickreply: QuickReply, qtbot: QtBot, name: str) -> object:
    window: SettingsWindow = quickreply.settings.open(name)
    qtbot.waitExposed(window)
    return window.pages[name]


def test_everything_is_offered_when_the_backend_can_do_it(
    quickreply: QuickReply, qtbot: QtBot
) -> None:
    caps = FAKE_CAPABILITIES
    assert None is hotkeys_limit(caps) is paste_limit(caps) is typing_limit(caps)
    assert insert_limit(caps) is None
    page = open_page(quickreply, qtbot, "paste")
    assert isinstance(page, PastePage)
    assert "type" in combo_items(page.default) and page.default.isEnabled()
    assert not page.limit_label.isVisibleTo(page)


@pytest.mark.parametrize("fake_backend", [without(can_type_text=False)])
def test_no_typing_no_type_method(quickreply: QuickReply, qtbot: QtBot) -> None:
    page = open_page(quickreply, qtbot, "paste")
    assert isinstance(page, PastePage)
    assert "type" not in combo_items(page.default)
    assert page.default.isEnabled()  # pasting still works
    page.add_app("legacy.exe", "Ctrl+V")
    row_combo = page.apps.cellWidget(0, 1)
    assert isinstance(row_combo, QComboBox) and "type" not in combo_items(row_combo)
    assert "xdotool" in page.default.toolTip() and page.limit_label.isVisibleTo(page)


@pytest.mark.parametrize("fake_backend", [without(can_send_keys=False)])
def test_no_key_sending_disables_the_paste_methods_with_the_reason(
    quickreply: QuickReply, qtbot: QtBot
) -> None:
    page = open_page(quickreply, qtbot, "paste")
    assert isinstance(page, PastePage)
    assert not page.default.isEnabled() and not page.add_button.isEnabled()
    assert not any(spin.isEnabled() for spin in page.delays.values())
    assert "Ctrl+V" in page.limit_label.text() and page.default.toolTip()


@pytest.mark.parametrize("fake_backend", [without(global_hotkeys_available=False)])
def test_no_global_hotkeys_disables_the_hotkey_rows_and_pause(
    quickreply: QuickReply, qtbot: QtBot
) -> None:
    page = open_page(quickreply, qtbot, "hotkeys")
    assert isinstance(page, HotkeysPage)
    assert page.edits and not any(edit.isEnabled() for edit in page.edits.values())
    assert "global hotkeys" in page.edits["popup"].toolTip()
    pause = next(a for a in quickreply.tray.menu.actions() if a.isCheckable())
    assert not pause.isEnabled() and "global hotkeys" in pause.toolTip()


def test_no_key_sending_no_holding_reply_from_the_capture_form(qtbot: QtBot) -> None:
    reason = insert_limit(replace(FAKE_CAPABILITIES, can_send_keys=False))
    form = CaptureForm(CaptureValues("能开专票吗"), (), lambda *_: "稍等~", insert_limit=reason)
    qtbot.addWidget(form)
    assert not form.reply_button.isEnabled() and form.reply_button.toolTip() == reason


def test_the_selection_is_not_copied_where_keys_cannot_be_sent(qtbot: QtBot) -> None:
    platform = replace(without(can_send_keys=False).platform(), name="win32")
    query = SelectionQuery(platform, lambda _: None)
    assert not query.copies
    able = SelectionQuery(replace(FakeBackend().platform(), name="win32"), lambda _: None)
    assert able.copies
