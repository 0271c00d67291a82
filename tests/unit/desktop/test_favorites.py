"""Favourite keys (Ctrl+Alt+1..9) in the real app on the fake platform."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.app import QuickReply
from desktop.platform.chords import DEFAULT_FAVOURITE_CHORDS
from desktop.platform.fake import FakeBackend
from phrasebook import Phrasebook

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")
CTRL_ALT = DEFAULT_FAVOURITE_CHORDS


@pytest.fixture
def fake() -> FakeBackend:
    return FakeBackend()


@pytest.fixture
def notes() -> list[tuple[str, str]]:
    return []


@pytest.fixture
def app(
    qtbot: QtBot,
    tmp_path: Path,
    fake: FakeBackend,
    notes: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[QuickReply]:
    with Phrasebook.open(tmp_path / "app.db") as book:
        book.set_setting("ui.language", "en")
        book.set_profile(active_shop="小米旗舰店", nickname="小美")
        thanks = book.add("感谢光临{店铺}，祝您生活愉快~", code="xx")
        size = book.add("您要的{尺码}码已经拍下", code="cm")
        book.favorites.pin(thanks.id, 1)
        book.favorites.pin(size.id, 2)
        quickreply = QuickReply(book, fake.platform())
        monkeypatch.setattr(quickreply.tray, "notify", lambda t, m, *a, **k: notes.append((t, m)))
        quickreply._register_favorites()
        yield quickreply
        quickreply.popup.deleteLater()
        quickreply.tray.hide()


def test_pinned_reply_is_inserted_without_the_popup(
    qtbot: QtBot, app: QuickReply, fake: FakeBackend
) -> None:
    chat = fake.windows.open("小猫咪 - 千牛接待台")
    with qtbot.waitSignal(app.insertion_finished, timeout=3000) as done:
        assert fake.hotkeys.press(CTRL_ALT[0])
    assert done.args[0].ok
    assert chat.pasted == ["感谢光临小米旗舰店，祝您生活愉快~"]
    assert not app.popup.isVisible()
    assert app.book.by_code("xx")[0].use_count == 1


def test_reply_with_an_empty_field_opens_the_popup_on_it(
    qtbot: QtBot, app: QuickReply, fake: FakeBackend
) -> None:
    chat = fake.windows.open("小猫咪 - 千牛接待台")
    with qtbot.waitSignal(app.popup_shown, timeout=3000):
        assert fake.hotkeys.press(CTRL_ALT[1])
    assert app.popup.isVisible()
    assert app.popup.current_hit().phrase.code == "cm"
    assert app.popup.preview.editor_for("尺码") is not None
    assert chat.pasted == []
    app.popup.dismiss()


def test_empty_slot_is_explained(
    qtbot: QtBot, app: QuickReply, fake: FakeBackend, notes: list[tuple[str, str]]
) -> None:
    with qtbot.waitSignal(app.favorite_keys.empty_slot, timeout=3000):
        assert fake.hotkeys.press(CTRL_ALT[8])
    assert "Ctrl+Alt+9" in notes[-1][1]


def test_taken_chord_is_reported_once_and_the_rest_work(
    qtbot: QtBot, tmp_path: Path, notes: list[tuple[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = FakeBackend()
    fake.hotkeys.taken = {CTRL_ALT[2]}
    with Phrasebook.open(tmp_path / "taken.db") as book:
        book.set_setting("ui.language", "en")
        app = QuickReply(book, fake.platform())
        monkeypatch.setattr(app.tray, "notify", lambda t, m, *a, **k: notes.append((t, m)))
        app._register_favorites()
        assert len(notes) == 1 and str(CTRL_ALT[2]) in notes[0][1]
        assert set(app.favorite_keys.registered) == set(CTRL_ALT) - {CTRL_ALT[2]}
        app.set_paused(True)
        assert not fake.hotkeys.press(CTRL_ALT[0]), "paused: the chord reaches other programs"
        app.set_paused(False)
        with qtbot.waitSignal(app.favorite_keys.empty_slot, timeout=3000):
            assert fake.hotkeys.press(CTRL_ALT[0])
        assert sum("Ctrl+Alt+3" in m for _, m in notes) == 1, "reported once, not at every resume"
        app.popup.deleteLater()
        app.tray.hide()


def test_favorite_follows_the_customer_language(
    qtbot: QtBot, app: QuickReply, fake: FakeBackend
) -> None:
    thanks = app.book.by_code("xx")[0]
    app.book.languages.set(thanks.id, "ko", "{店铺}을 방문해 주셔서 감사합니다")
    app.popup.customer_bar.set_language("ko")
    chat = fake.windows.open("고객 - 채팅")
    with qtbot.waitSignal(app.insertion_finished, timeout=3000):
        fake.hotkeys.press(CTRL_ALT[0])
    assert chat.pasted == ["小米旗舰店을 방문해 주셔서 감사합니다"]


def test_favorite_with_an_empty_field_takes_typing_into_the_field(
    qtbot: QtBot, app: QuickReply, fake: FakeBackend
) -> None:
    """The field's editor is new when the popup opens on the favourite; typing must reach it."""
    app.book.record_use(app.book.by_code("xx")[0].id)  # another reply leads the empty search
    chat = fake.windows.open("小猫咪 - 千牛接待台")
    with qtbot.waitSignal(app.popup_shown, timeout=3000):
        assert fake.hotkeys.press(CTRL_ALT[1])
    qtbot.waitUntil(app.popup.isActiveWindow, timeout=3000)
    qtbot.keyClicks(app.popup.focusWidget(), "XL")
    assert app.popup.search_box.text() == ""
    assert app.popup.preview.editor_for("尺码").text() == "XL"
    with qtbot.waitSignal(app.insertion_finished, timeout=3000):
        qtbot.keyClick(app.popup.focusWidget(), Qt.Key.Key_Return)
    assert chat.pasted == ["您要的XL码已经拍下"]
