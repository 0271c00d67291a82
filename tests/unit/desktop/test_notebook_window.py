"""The notebook window: lists, overdue in red, answer-and-insert, phrases, promote with preview."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.capability_limits import insert_limit
from desktop.notebook.notebook_window import OVERDUE, TABS, NotebookWindow
from desktop.notebook.promote_dialog import PromoteDialog
from desktop.platform.fake import FAKE_CAPABILITIES, FakeBackend, FakeWindow
from desktop.platform.paste import Inserter
from desktop.platform.paste_values import PasteSettings, PasteTiming
from phrasebook import NotebookEntry, Phrasebook

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")
START = 1_700_000_000.0
FAST = PasteTiming(pre_paste_ms=1, restore_quiet_ms=1, restore_fallback_ms=50)


class FakeWall:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def wall() -> FakeWall:
    return FakeWall()


@pytest.fixture
def nbook(tmp_path: Path, wall: FakeWall) -> Iterator[Phrasebook]:
    with Phrasebook.open(tmp_path / "nb.db", wall=wall) as opened:
        opened.add("可以开发票的，下单时备注抬头和税号就好~", title="开票", group="售前")
        opened.add("{客户}您好，今天下单明天发顺丰哦~", title="发货", group="物流")
        yield opened


@pytest.fixture
def fake() -> FakeBackend:
    return FakeBackend()


@pytest.fixture
def chat(fake: FakeBackend) -> FakeWindow:
    return fake.windows.open("小猫咪 - 千牛接待台")


@pytest.fixture
def window(qtbot: QtBot, nbook: Phrasebook, fake: FakeBackend, chat: FakeWindow, wall: FakeWall):
    inserter = Inserter(fake.clipboard, fake.keys, PasteSettings(timing=FAST))
    sent: list[tuple[str, str]] = []

    def insert(entry: NotebookEntry, text: str) -> None:
        sent.append((entry.id, text))
        inserter.insert(chat, text)

    win = NotebookWindow(nbook, insert, wall)
    win.sent = sent  # type: ignore[attr-defined]
    win.inserter = inserter  # type: ignore[attr-defined]
    qtbot.addWidget(win)
    return win


def rows(window: NotebookWindow) -> list[list[str]]:
    items = [window.list.topLevelItem(i) for i in range(window.list.topLevelItemCount())]
    return [[item.text(c) for c in range(3)] for item in items if item is not None]


def test_open_entries_sorted_by_due_and_overdue_red(
    window: NotebookWindow, nbook: Phrasebook, wall: FakeWall
) -> None:
    late = nbook.notebook.capture("能开专票吗", customer="小猫咪", due_minutes=30)
    soon = nbook.notebook.capture("今天能发货吗", customer="大狗狗", due_minutes=5)
    assert [r[2] for r in rows(window)] == ["今天能发货吗", "能开专票吗"]
    assert window.tabs.tabText(0).endswith("(2)")
    wall.now += 10 * 60
    window.refresh()
    first = window.list.topLevelItem(0)
    assert first is not None and first.foreground(2).color() == OVERDUE
    assert window.list.topLevelItem(1).foreground(2).color() != OVERDUE  # type: ignore[union-attr]
    assert window.tabs.tabTextColor(0) == OVERDUE
    assert {soon.id, late.id} == {window.list.topLevelItem(i).data(0, 256) for i in range(2)}  # type: ignore[union-attr]


def test_search_filters_the_list(window: NotebookWindow, nbook: Phrasebook) -> None:
    nbook.notebook.capture("能开专票吗", customer="小猫咪")
    nbook.notebook.capture("今天能发货吗", customer="大狗狗")
    window.search.setText("狗")
    assert [r[2] for r in rows(window)] == ["今天能发货吗"]


def test_answer_and_insert_in_one_step(
    qtbot: QtBot, window: NotebookWindow, nbook: Phrasebook, chat: FakeWindow
) -> None:
    entry = nbook.notebook.capture("能开专票吗", customer="小猫咪")
    window.select(entry.id)
    assert window.question.text() == "能开专票吗"
    window.answer.setPlainText("可以开专票的，请把税号发我~")
    with qtbot.waitSignal(window.answer_inserted):
        window.insert_button.click()
    qtbot.waitUntil(lambda: chat.pasted == ["可以开专票的，请把税号发我~"], timeout=2000)
    assert nbook.notebook.get(entry.id).status == "answered"
    assert rows(window) == []  # it left the open list
    window.tabs.setCurrentIndex(TABS.index("answered"))
    assert [r[2] for r in rows(window)] == ["能开专票吗"]


def test_a_suggested_phrase_composes_the_answer(window: NotebookWindow, nbook: Phrasebook) -> None:
    entry = nbook.notebook.capture("今天下单什么时候发货呀", customer="小猫咪")
    window.select(entry.id)
    labels = [window.suggestions.item(i).text() for i in range(window.suggestions.count())]
    assert labels and labels[0].startswith("发货")
    window.suggestions.itemClicked.emit(window.suggestions.item(0))
    assert window.answer.toPlainText() == "小猫咪您好，今天下单明天发顺丰哦~"


def test_dismiss(window: NotebookWindow, nbook: Phrasebook) -> None:
    entry = nbook.notebook.capture("在吗")
    window.select(entry.id)
    window.dismiss_button.click()
    assert nbook.notebook.get(entry.id).status == "dismissed"
    window.tabs.setCurrentIndex(TABS.index("dismissed"))
    assert not window.insert_button.isEnabled()


def test_reopen_an_answered_or_dismissed_question(
    window: NotebookWindow, nbook: Phrasebook
) -> None:
    answered = nbook.notebook.capture("能开专票吗", customer="小猫咪")
    nbook.notebook.answer(answered.id, "可以的~")
    dismissed = nbook.notebook.capture("在吗")
    nbook.notebook.dismiss(dismissed.id)
    still_open = nbook.notebook.capture("今天能发货吗")
    window.select(still_open.id)
    assert not window.reopen_button.isEnabled()  # open already
    for entry in (answered, dismissed):
        window.select(entry.id)
        assert window.status != "open" and window.reopen_button.isEnabled()
        window.reopen_button.click()
        assert nbook.notebook.get(entry.id).status == "open"
        assert window.status == "open" and window.current_id() == entry.id
        assert not window.reopen_button.isEnabled()
    assert sorted(r[2] for r in rows(window)) == sorted(["能开专票吗", "在吗", "今天能发货吗"])


def test_no_insert_where_the_platform_cannot_bring_the_chat_back(
    qtbot: QtBot, nbook: Phrasebook, fake: FakeBackend
) -> None:
    caps = replace(FAKE_CAPABILITIES, can_activate_window=False)
    win = NotebookWindow(nbook, lambda entry, text: None, insert_limit=insert_limit(caps))
    qtbot.addWidget(win)
    entry = nbook.notebook.capture("能开专票吗")
    win.select(entry.id)
    assert win.save_button.isEnabled() and not win.insert_button.isEnabled()
    assert "front" in win.insert_button.toolTip()


def test_most_asked_tab(window: NotebookWindow, nbook: Phrasebook) -> None:
    for question in ("请问什么时候发货", "什么时候能发货呀", "今天下单什么时候发货", "能便宜吗"):
        nbook.notebook.capture(question)
    window.tabs.setCurrentIndex(TABS.index("similar"))
    assert [r[0] for r in rows(window)] == ["3×", "1×"]
    item = window.list.topLevelItem(0)
    assert item is not None and "3" in item.toolTip(0)


def test_promote_shows_the_scrubbed_text_and_proposes(
    qtbot: QtBot, window: NotebookWindow, nbook: Phrasebook
) -> None:
    entry = nbook.notebook.capture("电话13812345678，怎么申请保价", customer="小猫咪")
    nbook.notebook.answer(entry.id, "小猫咪亲，在订单页点申请价保就可以啦")
    dialog = PromoteDialog(nbook, nbook.notebook.get(entry.id))
    qtbot.addWidget(dialog)
    shown = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "13812345678" in shown and "{手机号}" in shown and "{客户}" in shown
    assert dialog.question.text() == "电话{手机号}，怎么申请保价"
    assert dialog.answer.toPlainText() == "{客户}亲，在订单页点申请价保就可以啦"
    dialog.group.setCurrentText("售后/价保")
    dialog.confirm.click()
    assert dialog.proposal is not None and dialog.proposal.status == "pending"
    assert dialog.proposal.payload["group"] == "售后/价保"
    assert nbook.notebook.get(entry.id).status == "promoted"


def test_promote_as_example_question_then_search_finds_it(qtbot: QtBot, nbook: Phrasebook) -> None:
    invoice = nbook.phrases()[0]
    asked = "我们是公司采购可以给开增值税专用发票吗"
    entry = nbook.notebook.capture(asked)
    dialog = PromoteDialog(nbook, entry)
    qtbot.addWidget(dialog)
    dialog.phrase_search.setText("开票")
    dialog.phrases.setCurrentRow(0)
    assert dialog.as_question.isChecked()
    dialog.apply_now.setChecked(True)
    dialog.confirm.click()
    assert dialog.proposal is not None and dialog.proposal.status == "accepted"
    assert nbook.search(asked)[0].phrase.id == invoice.id


def test_promote_needs_a_phrase_to_attach_to(qtbot: QtBot, nbook: Phrasebook) -> None:
    entry = nbook.notebook.capture("有没有赠品")
    dialog = PromoteDialog(nbook, entry)
    qtbot.addWidget(dialog)
    dialog.as_question.setChecked(True)
    dialog.phrases.setCurrentRow(-1)
    dialog.confirm.click()
    assert dialog.proposal is None and not dialog.error.isHidden()


# -- changes made elsewhere (the `phrasebook` command, another app instance) -----------------


@pytest.fixture
def elsewhere(tmp_path: Path, nbook: Phrasebook) -> Iterator[Phrasebook]:
    """A second connection to the same file, like `phrasebook notebook dismiss ID`."""
    with Phrasebook.open(tmp_path / "nb.db") as other:
        yield other


def test_answer_on_an_entry_dismissed_elsewhere_keeps_the_text_and_says_so(
    window: NotebookWindow, nbook: Phrasebook, elsewhere: Phrasebook
) -> None:
    entry = nbook.notebook.capture("能开专票吗", customer="小猫咪")
    window.refresh()
    window.select(entry.id)
    elsewhere.notebook.dismiss(entry.id)
    window.answer.setPlainText("可以开专票的亲")
    window.save_button.click()  # must not raise (the app's "something went wrong" dialog)
    assert nbook.notebook.get(entry.id).status == "dismissed"
    assert window.notice.isVisibleTo(window)
    assert "dismissed elsewhere" in window.notice.text()
    # The window now shows the entry where it is, with the agent's text still there.
    assert window.status == "dismissed"
    assert window.current_id() == entry.id
    assert window.answer.toPlainText() == "可以开专票的亲"
    # Reopening it brings the text along to the open tab, and saving then works.
    window.reopen_button.click()
    assert window.status == "open"
    assert window.answer.toPlainText() == "可以开专票的亲"
    window.save_button.click()
    assert nbook.notebook.get(entry.id).answer == "可以开专票的亲"


def test_reopen_on_an_entry_reopened_elsewhere_says_so(
    window: NotebookWindow, nbook: Phrasebook, elsewhere: Phrasebook
) -> None:
    first = nbook.notebook.capture("在吗")
    second = nbook.notebook.capture("还在吗")
    nbook.notebook.dismiss(first.id)
    nbook.notebook.dismiss(second.id)
    window.tabs.setCurrentIndex(TABS.index("dismissed"))
    window.select(first.id)
    elsewhere.notebook.reopen(first.id)
    window.reopen_button.click()
    # Not a silent no-op, and never the other dismissed entry by mistake.
    assert nbook.notebook.get(second.id).status == "dismissed"
    assert "reopened elsewhere" in window.notice.text()
    assert window.status == "open"
    assert window.current_id() == first.id


def test_activating_the_window_rereads_what_changed_elsewhere(
    window: NotebookWindow, nbook: Phrasebook, elsewhere: Phrasebook
) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    entry = nbook.notebook.capture("能开专票吗")
    window.refresh()
    assert window.dismiss_button.isEnabled()
    elsewhere.notebook.dismiss(entry.id)
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))
    assert rows(window) == []
    assert not window.dismiss_button.isEnabled()


def test_a_refresh_keeps_the_answer_being_typed(window: NotebookWindow, nbook: Phrasebook) -> None:
    entry = nbook.notebook.capture("能开专票吗")
    other = nbook.notebook.capture("今天能发货吗")
    window.select(entry.id)
    window.answer.setPlainText("可以的")
    window.refresh()  # the overdue timer
    assert window.answer.toPlainText() == "可以的"
    window.select(other.id)
    window.select(entry.id)
    assert window.answer.toPlainText() == "可以的"
