"""Never a silent miss: a paste the chat window never read is announced at once, and one click
pastes the same reply into the same window again (the real app on the fake platform)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.app import QuickReply
from desktop.platform.chords import DEFAULT_FAVOURITE_CHORDS
from desktop.platform.fake import FakeBackend
from phrasebook import Phrasebook

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")
FAST = {"pre_paste_ms": 0, "restore_quiet_ms": 5, "restore_fallback_ms": 100}


@pytest.fixture
def fake() -> FakeBackend:
    return FakeBackend()


@pytest.fixture
def app(qtbot: QtBot, tmp_path: Path, fake: FakeBackend) -> Iterator[QuickReply]:
    with Phrasebook.open(tmp_path / "app.db") as book:
        book.set_setting("ui.language", "zh_CN")
        book.set_setting("paste", FAST)
        thanks = book.add("感谢光临，祝您生活愉快~", code="xx")
        book.favorites.pin(thanks.id, 1)
        quickreply = QuickReply(book, fake.platform())
        quickreply._register_favorites()
        yield quickreply
        quickreply.translations.apply("en")  # the translator is global: leave English behind
        quickreply.popup.deleteLater()
        quickreply.tray.hide()


def test_a_missed_paste_is_announced_and_one_click_pastes_it_again(
    qtbot: QtBot, app: QuickReply, fake: FakeBackend, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str]] = []
    real_notify = app.tray.notify
    monkeypatch.setattr(
        app.tray, "notify", lambda t, m, *a, **k: (shown.append((t, m)), real_notify(t, m, *a))
    )
    fake.clipboard.set_text("客户的订单号")
    chat = fake.windows.open("小猫咪 - 千牛接待台")
    chat.reads_clipboard = False  # the chat window is too busy to ask for the clipboard

    with qtbot.waitSignal(app.insertion_finished, timeout=3000) as done:
        assert fake.hotkeys.press(DEFAULT_FAVOURITE_CHORDS[0])

    assert done.args[0].missed and chat.pasted == []
    assert shown and shown[-1][0] == "未粘贴成功"
    assert app.tray.paste_again_offered
    assert app.book.by_code("xx")[0].use_count == 0  # not counted as sent
    assert fake.clipboard.text() == "客户的订单号"

    fake.windows.open("记事本")  # focus moved on meanwhile
    chat.reads_clipboard = True
    with qtbot.waitSignal(app.insertion_finished, timeout=3000) as again:
        app.tray.icon.messageClicked.emit()  # the agent clicks the message

    assert again.args[0].read_confirmed and chat.pasted == ["感谢光临，祝您生活愉快~"]
    assert not app.tray.paste_again_offered
    assert app.book.by_code("xx")[0].use_count == 1
    assert fake.clipboard.text() == "客户的订单号"


def test_clicking_another_message_does_not_paste(
    qtbot: QtBot, app: QuickReply, fake: FakeBackend
) -> None:
    chat = fake.windows.open("小猫咪 - 千牛接待台")
    chat.reads_clipboard = False
    with qtbot.waitSignal(app.insertion_finished, timeout=3000):
        assert fake.hotkeys.press(DEFAULT_FAVOURITE_CHORDS[0])
    app.tray.notify("快回", "another message")
    app.tray.icon.messageClicked.emit()
    qtbot.wait(150)
    assert fake.keys.sent.count(fake.platform().paste_chord) == 1
    assert app.tray.paste_again_offered  # the menu entry still offers it
