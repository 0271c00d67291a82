"""The Proposals tab: review promoted answers with their findings; accept (edited) or reject."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.manager import ManagerWindow
from phrasebook import Phrasebook
from phrasebook.notebook.entries import Proposal

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")
TypeCJK = Callable[[QWidget, str], None]
RISKY = "亲，保证明天一定到货哦"


@pytest.fixture
def queued(team_book: Phrasebook) -> list[Proposal]:
    first = team_book.proposals.propose(
        "new_phrase",
        {"text": RISKY, "title": "到货", "group": "物流", "questions": ["明天能到吗"]},
    )
    second = team_book.proposals.propose(
        "add_question",
        {"phrase_id": team_book.by_code("th")[0].id, "question": "怎么退货呀"},
    )
    return [first, second]


def open_tab(window: ManagerWindow) -> None:
    window.tabs.setCurrentWidget(window.proposals)


def test_tab_counts_pending_and_shows_findings(
    qtbot: QtBot, manager: ManagerWindow, queued: list[Proposal]
) -> None:
    manager.refresh()
    assert manager.tabs.tabText(3).endswith("(2)")
    open_tab(manager)
    view = manager.proposals
    assert view.list.count() == 2
    assert view.text.toPlainText() == RISKY  # the oldest first
    assert {f.text for f in view.findings.findings()} == {"保证", "一定到"}
    assert view.findings.isVisibleTo(view) and not view.clean.isVisibleTo(view)


def test_editing_the_text_rechecks_and_accept_applies_the_edit(
    qtbot: QtBot, manager: ManagerWindow, queued: list[Proposal], type_cjk: TypeCJK
) -> None:
    open_tab(manager)
    view = manager.proposals
    view.text.clear()
    type_cjk(view.text, "亲，一般两三天到货哦")
    assert view.findings.findings() == [] and view.clean.isVisibleTo(view)
    accepted: list[str] = []
    view.phrase_accepted.connect(accepted.append)
    view.accept_button.click()
    phrase = manager.book.get(accepted[0])
    assert (phrase.text, phrase.title, phrase.group, phrase.scope) == (
        "亲，一般两三天到货哦",
        "到货",
        "物流",
        "team",
    )
    assert phrase.questions == ("明天能到吗",)
    assert manager.book.proposals.get(queued[0].id).status == "accepted"
    assert view.list.count() == 1  # the queue moved on to the next one
    qtbot.waitUntil(lambda: manager.tabs.tabText(3).endswith("(1)"))


def test_reject_needs_a_note_and_keeps_it(manager: ManagerWindow, queued: list[Proposal]) -> None:
    open_tab(manager)
    view = manager.proposals
    assert not view.reject_button.isEnabled()
    view.note.setText("Duplicate of 发货")
    view.reject_button.click()
    rejected = manager.book.proposals.get(queued[0].id)
    assert (rejected.status, rejected.note) == ("rejected", "Duplicate of 发货")
    assert len(manager.book.phrases()) == 4  # nothing added


def test_an_added_question_shows_its_phrase_and_reaches_search(
    manager: ManagerWindow, queued: list[Proposal]
) -> None:
    open_tab(manager)
    view = manager.proposals
    view.list.setCurrentRow(1)
    assert "退货" in view.target.text()
    assert not view.findings_box.isVisibleTo(view)  # a customer's question is not checked
    view.accept_button.click()
    target = manager.book.by_code("th")[0]
    assert "怎么退货呀" in manager.book.get(target.id).questions


def test_history_lists_decided_proposals_read_only(
    manager: ManagerWindow, queued: list[Proposal]
) -> None:
    manager.book.proposals.reject(queued[0].id, "too strong")
    manager.book.proposals.accept(queued[1].id)
    open_tab(manager)
    view = manager.proposals
    assert view.list.count() == 0 and view.empty.isVisibleTo(view)
    view.filter.setCurrentIndex(view.filter.findData("rejected"))
    assert view.list.count() == 1 and view.list.item(0).text().startswith("✗")
    assert view.note.text() == "too strong" and not view.note.isEnabled()
    assert not view.accept_button.isVisibleTo(view)
    view.filter.setCurrentIndex(view.filter.findData("accepted"))
    assert view.list.item(0).text().startswith("✓")


def test_an_unrelated_write_keeps_the_reviewers_unsaved_edit(
    qtbot: QtBot, manager: ManagerWindow, queued: list[Proposal]
) -> None:
    open_tab(manager)
    view = manager.proposals
    view.title.setText("到货时间")
    manager.book.add("新话术", code="xx")
    qtbot.wait(20)  # the window's coalesced redraw runs
    assert view.title.text() == "到货时间"
