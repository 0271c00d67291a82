"""The Team sync page: join and create through a shared folder, status, "Sync now" off the GUI
thread, invite codes, errors shown on the page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.app import QuickReply
from desktop.settings import SettingsWindow
from desktop.settings.sync_forms import where_arguments
from desktop.settings.sync_page import SyncPage
from phrasebook import Phrasebook

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")
WAIT_MS = 10_000


@pytest.fixture
def team_dir(tmp_path: Path) -> Path:
    return tmp_path / "团队文件夹"


@pytest.fixture
def supervisor(tmp_path: Path, team_dir: Path) -> Iterator[Phrasebook]:
    with Phrasebook.open(tmp_path / "supervisor.db") as book:
        book.add("亲，今天下单明天发货哦", title="发货时间", code="fhsj")
        book.sync.create_team("小熊旗舰店", folder=team_dir, member_name="店长")
        book.sync.sync()
        yield book


@pytest.fixture
def page(window: SettingsWindow, quickreply: QuickReply) -> SyncPage:
    quickreply.book.set_profile(nickname="小美")
    found = window.pages["sync"]
    assert isinstance(found, SyncPage)
    return found


def wait(qtbot: QtBot, page: SyncPage, kind: str) -> None:
    with qtbot.waitSignal(page.job_finished, timeout=WAIT_MS, check_params_cb=lambda k: k == kind):
        pass


def join(qtbot: QtBot, page: SyncPage, code: str, folder: Path) -> None:
    page.join_form.first.setText(code)
    page.join_form.where.setText(str(folder))
    with qtbot.waitSignal(page.job_finished, timeout=WAIT_MS, check_params_cb="join".__eq__):
        page.join_form.button.click()


def test_without_a_team_the_page_offers_join_and_create(page: SyncPage) -> None:
    page.show()
    assert page.team_box.isHidden()
    assert page.join_form.isVisibleTo(page) and page.create_form.isVisibleTo(page)
    assert not page.join_form.button.isEnabled()  # nothing typed yet


def test_joining_with_a_code_brings_the_team_phrases(
    page: SyncPage, quickreply: QuickReply, supervisor: Phrasebook, team_dir: Path, qtbot: QtBot
) -> None:
    code = supervisor.sync.invite("agent", "小美")
    join(qtbot, page, code, team_dir)
    assert page.error is None
    assert quickreply.book.by_code("fhsj")  # the GUI's book was reloaded after the round
    assert [h.phrase.code for h in quickreply.book.search("fhsj")][:1] == ["fhsj"]
    assert page.team_box.isVisibleTo(page) and page.join_form.isHidden()
    assert page.name.text() == "小熊旗舰店"
    assert page.role.text() == "agent"
    assert "团队文件夹" in page.where.text()
    assert "received" in page.last.text()
    if "members" in page.jobs:
        wait(qtbot, page, "members")
    names = [page.member_list.item(i).text() for i in range(page.member_list.count())]
    assert any("店长" in n and "supervisor" in n for n in names)
    assert any("小美 (you)" in n for n in names)
    assert page.invite_button.isHidden()  # only the team's creator invites


def test_sync_now_runs_off_the_gui_thread_and_shows_the_result(
    page: SyncPage,
    quickreply: QuickReply,
    supervisor: Phrasebook,
    team_dir: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    join(qtbot, page, supervisor.sync.invite("agent", "小美"), team_dir)
    supervisor.add("亲，已为您备注", code="bz")
    supervisor.sync.sync()
    gui = QThread.currentThread()
    threads: list[bool] = []
    real_sync = type(quickreply.book.sync).sync

    def spy(self: object, **kwargs: object) -> object:
        threads.append(QThread.currentThread() is gui)
        return real_sync(self, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(type(quickreply.book.sync), "sync", spy)
    with qtbot.waitSignal(page.job_finished, timeout=WAIT_MS, check_params_cb="sync".__eq__):
        page.sync_button.click()
        assert not page.sync_button.isEnabled()  # busy while the round runs
    assert page.error is None
    assert threads == [False]
    assert quickreply.book.by_code("bz")
    assert "received 1" in page.last.text()
    assert page.sync_button.isEnabled() and page.status.text() == ""


def test_creating_a_team_and_inviting(
    page: SyncPage, quickreply: QuickReply, tmp_path: Path, qtbot: QtBot
) -> None:
    quickreply.book.add("亲，欢迎光临", code="hy")
    page.create_form.first.setText("小美的店")
    page.create_form.where.setText(str(tmp_path / "shared"))
    with qtbot.waitSignal(page.job_finished, check_params_cb=lambda k: k == "create"):
        page.create_form.button.click()
    assert page.error is None
    assert page.name.text() == "小美的店" and page.role.text() == "supervisor"
    assert "sent" in page.last.text()
    assert page.invite_button.isVisibleTo(page)
    with qtbot.waitSignal(page.job_finished, check_params_cb=lambda k: k == "invite"):
        page.invite_button.click()
    assert page.invite_code.text().startswith("QR1-")
    with Phrasebook.open(tmp_path / "agent.db") as agent:
        agent.sync.join(page.invite_code.text(), folder=tmp_path / "shared")
        agent.sync.sync()
        assert agent.by_code("hy")


def test_a_bad_code_is_shown_on_the_page(page: SyncPage, team_dir: Path, qtbot: QtBot) -> None:
    join(qtbot, page, "QR1-not-a-code", team_dir)
    assert page.error
    assert page.status.text().startswith("⚠")
    assert page.join_form.isVisibleTo(page)  # still not in a team
    assert page.join_form.button.isEnabled()


def test_the_page_follows_the_language(
    window: SettingsWindow, page: SyncPage, quickreply: QuickReply
) -> None:
    quickreply.settings.set_language("zh_CN")
    QApplication.processEvents()
    assert window.nav.item(list(window.pages).index("sync")).text() == "团队同步"
    assert page.join_form.button.text() == "加入"
    quickreply.settings.set_language("en")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("https://sync.example.com", {"server": "https://sync.example.com"}),
        ("  /mnt/团队 ", {"folder": "/mnt/团队"}),
        ("", {}),
    ],
)
def test_where_is_a_folder_or_a_server(typed: str, expected: dict[str, str]) -> None:
    assert where_arguments(typed) == expected


def test_a_team_created_elsewhere_shows_when_the_page_is_shown_again(
    window: SettingsWindow, page: SyncPage, quickreply: QuickReply, tmp_path: Path, qtbot: QtBot
) -> None:
    window.show_page("sync")
    assert page.join_form.isVisibleTo(page)
    with Phrasebook.open(quickreply.book.path) as cli:  # `phrasebook team create ...`
        cli.sync.create_team("命令行的店", folder=tmp_path / "cli-team", member_name="店长")
    window.close()
    again = quickreply.settings.open("sync")
    assert again.pages["sync"] is page
    assert page.team_box.isVisibleTo(page) and page.join_form.isHidden()
    assert page.name.text() == "命令行的店"
    if "members" in page.jobs:
        wait(qtbot, page, "members")


def test_create_when_already_in_a_team_says_so_plainly(
    window: SettingsWindow, page: SyncPage, quickreply: QuickReply, tmp_path: Path, qtbot: QtBot
) -> None:
    window.show_page("sync")
    with Phrasebook.open(quickreply.book.path) as cli:
        cli.sync.create_team("命令行的店", folder=tmp_path / "cli-team", member_name="店长")
    page.create_form.first.setText("小美的店")
    page.create_form.where.setText(str(tmp_path / "shared"))
    page.create_form.button.click()  # the page was not shown again: the click re-reads
    if "create" in page.jobs:
        wait(qtbot, page, "create")
    assert page.name.text() == "命令行的店"
    assert page.team_box.isVisibleTo(page)
    assert page.error == "This phrasebook is already in team “命令行的店”."
    if "members" in page.jobs:
        wait(qtbot, page, "members")


@pytest.mark.parametrize(
    ("core", "english", "chinese"),
    [
        (
            "already in team '小熊'",
            "This phrasebook is already in team “小熊”.",
            "已经在团队「小熊」中。",
        ),  # noqa: E501
        (
            "this join code was already used; ask your supervisor for a new one",
            "This join code was already used; ask your supervisor for a new one.",
            "这个加入码已经被用过了，请向主管要一个新的。",
        ),
        ("not recognised", "not recognised", "not recognised"),
    ],
)
def test_core_refusals_are_said_in_the_ui_language(
    quickreply: QuickReply, core: str, english: str, chinese: str
) -> None:
    from desktop.settings.team_messages import team_message

    assert team_message(core) == english
    quickreply.settings.set_language("zh_CN")
    try:
        assert team_message(core) == chinese
    finally:
        quickreply.settings.set_language("en")
