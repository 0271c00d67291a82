"""The notebook inside the real app on the fake platform: hotkey, reminders, tray, window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.app import QuickReply
from desktop.notebook.notebook_controller import DEFAULT_CAPTURE_CHORD
from desktop.platform.fake import FakeBackend
from desktop.tray import Tray
from phrasebook import Phrasebook

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")
START = 1_700_000_000.0


class FakeWall:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def wall() -> FakeWall:
    return FakeWall()


@pytest.fixture
def fake() -> FakeBackend:
    return FakeBackend()


@pytest.fixture
def app(qtbot: QtBot, tmp_path: Path, wall: FakeWall, fake: FakeBackend) -> Iterator[QuickReply]:
    with Phrasebook.open(tmp_path / "app.db", wall=wall) as book:
        book.set_setting("ui.language", "en")
        book.add("我帮您确认一下，{分钟}分钟内回复您~", group="稍后答复")
        quickreply = QuickReply(book, fake.platform())
        quickreply.notebook.start()
        yield quickreply
        quickreply.notebook.stop()
        if quickreply.notebook.window is not None:
            quickreply.notebook.window.close()
        quickreply.popup.deleteLater()
        quickreply.tray.hide()


def test_capture_hotkey_opens_the_prefilled_form(
    qtbot: QtBot, app: QuickReply, fake: FakeBackend
) -> None:
    chat = fake.windows.open("小猫咪 - 千牛接待台")
    chat.selection = "能开专票吗"
    assert app.notebook.hotkey_registered
    with qtbot.waitSignal(app.notebook.capture.form_shown, timeout=3000) as shown:
        assert fake.hotkeys.press(DEFAULT_CAPTURE_CHORD)
    form = shown.args[0]
    qtbot.addWidget(form)
    assert (form.values().question, form.values().customer) == ("能开专票吗", "小猫咪")


def test_reminder_when_due_and_tray_count(
    qtbot: QtBot, app: QuickReply, wall: FakeWall, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        app.tray, "notify", lambda title, text, warning=False: shown.append((title, text))
    )
    entry = app.book.notebook.capture("能开专票吗", customer="小猫咪", due_minutes=5)
    assert "(1 open)" in app.tray._notebook.text()
    app.notebook.check_due()
    assert shown == []
    wall.now += 5 * 60
    with qtbot.waitSignal(app.notebook.reminded) as reminded:
        app.notebook.check_due()
    assert reminded.args[0].id == entry.id
    assert shown == [("Answer due: 小猫咪", "能开专票吗")]
    assert "1 overdue" in app.tray._notebook.text()
    app.notebook.check_due()
    assert len(shown) == 1  # once per entry


def test_clicking_the_notification_opens_that_entry(
    qtbot: QtBot, app: QuickReply, wall: FakeWall
) -> None:
    app.book.notebook.capture("先问的", due_minutes=60)
    entry = app.book.notebook.capture("能开专票吗", due_minutes=1)
    wall.now += 120
    app.notebook.check_due()
    app.tray.icon.messageClicked.emit()
    window = app.notebook.window
    assert window is not None and window.isVisible()
    assert window.current_id() == entry.id


def test_answer_goes_to_the_chat_it_came_from(
    qtbot: QtBot, app: QuickReply, fake: FakeBackend
) -> None:
    chat = fake.windows.open("小猫咪 - 千牛接待台")
    chat.selection = "能开专票吗"
    with qtbot.waitSignal(app.notebook.capture.form_shown, timeout=3000) as shown:
        app.notebook.capture.start()
    form = shown.args[0]
    qtbot.addWidget(form)
    with qtbot.waitSignal(app.notebook.capture.question_captured) as captured:
        form.save_button.click()
    other = fake.windows.open("别的窗口")
    window = app.notebook.show_window(captured.args[0].id)
    window.answer.setPlainText("可以开专票的~")
    window.insert_button.click()
    qtbot.waitUntil(lambda: chat.pasted == ["可以开专票的~"], timeout=3000)
    assert other.pasted == []


def test_tray_labels() -> None:
    tray = Tray()
    tray.set_notebook_counts(0, 0)
    assert tray._notebook.text() == "Question notebook"
    tray.set_notebook_counts(3, 1)
    assert tray._notebook.text() == "Question notebook (3 open, 1 overdue)"


def test_pausing_hotkeys_releases_the_capture_chord_too(app: QuickReply, fake: FakeBackend) -> None:
    app.set_paused(True)
    assert not fake.hotkeys.press(DEFAULT_CAPTURE_CHORD)  # reaches other programs now
    app.set_paused(False)
    assert app.notebook.hotkey_registered
    assert fake.hotkeys.press(DEFAULT_CAPTURE_CHORD)


def test_failed_notebook_answer_then_popup_enter_records_the_phrase(
    qtbot: QtBot, app: QuickReply, fake: FakeBackend
) -> None:
    """The notebook's paste fails while the popup's waits behind it: the phrase still counts."""
    chat = fake.windows.open("小猫咪 - 千牛接待台")
    entry = app.book.notebook.capture("能开专票吗", customer="小猫咪")
    phrase = app.book.add("亲，可以开专票的", group="发票")
    outcomes: list[object] = []
    app.insertion_finished.connect(outcomes.append)

    app.notebook.show_window()  # opened from the chat: answers go there
    chat.activate()
    fake.keys.fail_next = OSError("XTEST refused")  # the notebook answer's paste chord fails
    app.notebook.insert_answer(entry, "可以开的")
    app.show_popup()
    app.popup.insert_requested.emit(phrase, phrase.text)  # Enter, while the answer is running
    qtbot.waitUntil(lambda: len(outcomes) == 2 and not app.inserter.busy, timeout=3000)

    assert [o.ok for o in outcomes] == [False, True], outcomes  # type: ignore[attr-defined]
    assert chat.pasted == ["亲，可以开专票的"]
    assert app.book.get(phrase.id).use_count == 1
