"""The customer's selected message as the popup's query, through the fake backend."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.platform.base import ClipboardSnapshot
from desktop.platform.copy import CopyTiming
from desktop.platform.fake import TEXT, FakeBackend, FakeWindow
from desktop.popup.selection_query import MAX_QUESTION_CHARS, SelectionQuery, usable
from phrasebook.models import Phrase

FAST_COPY = CopyTiming(pre_copy_ms=1, poll_ms=5, copy_timeout_ms=30)
USER_CLIPBOARD = "剪贴板里原来的东西"
QUESTION = "收到的杯子碎了 怎么办"


@pytest.fixture
def fake() -> FakeBackend:
    backend = FakeBackend()
    backend.clipboard.restore(ClipboardSnapshot(((TEXT, USER_CLIPBOARD.encode()),)))
    return backend


@pytest.fixture
def chat(fake: FakeBackend) -> FakeWindow:
    return fake.windows.open("小猫咪 - 千牛接待台", app_id="AliWorkBench")


def opened(qtbot: QtBot, fake: FakeBackend, chat: FakeWindow) -> tuple[SelectionQuery, list]:
    shown: list[str | None] = []
    query = SelectionQuery(fake.platform(), shown.append, copy=True, timing=FAST_COPY)
    query.open(chat)
    qtbot.waitUntil(lambda: bool(shown), timeout=2000)
    return query, shown


def test_copy_and_restore_gives_the_selection_and_the_clipboard_back(
    qtbot: QtBot, fake: FakeBackend, chat: FakeWindow
) -> None:
    chat.selection = f"  {QUESTION}\n"
    query, shown = opened(qtbot, fake, chat)
    assert shown == [QUESTION] and query.question == QUESTION
    assert fake.clipboard.snapshot().get(TEXT) == USER_CLIPBOARD.encode()


def test_no_selection_opens_the_normal_popup(
    qtbot: QtBot, fake: FakeBackend, chat: FakeWindow
) -> None:
    query, shown = opened(qtbot, fake, chat)  # the clipboard's text is not a selection
    assert shown == [None] and query.question is None


def test_the_picked_reply_gets_the_question_once_and_only_if_unchanged(
    qtbot: QtBot, fake: FakeBackend, chat: FakeWindow
) -> None:
    chat.selection = QUESTION
    query, _ = opened(qtbot, fake, chat)
    reply = Phrase(id="broken", text="抱歉", title="运输破损")
    query.picked(reply, "something she typed instead")
    assert query.take_question("broken") is None
    query.picked(reply, QUESTION)
    assert query.take_question("broken") == QUESTION
    assert query.take_question("broken") is None


def test_without_copy_a_backend_with_no_primary_opens_the_normal_popup(
    fake: FakeBackend, chat: FakeWindow
) -> None:
    chat.selection = QUESTION
    shown: list[str | None] = []
    SelectionQuery(fake.platform(), shown.append).open(chat)
    assert shown == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("多大码\n合适呀", "多大码 合适呀"), ("   ", None), ("？？！", None), (None, None),
        ("长" * (MAX_QUESTION_CHARS + 1), None),
    ],
)  # fmt: skip
def test_what_counts_as_a_question(text: str | None, expected: str | None) -> None:
    assert usable(text) == expected
