"""Fixtures for the manager's personalization and review tests: a book with team phrases."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.manager import ManagerWindow
from phrasebook import Phrasebook


def _commit(widget: QWidget, text: str) -> None:
    """Type CJK text the way an input method delivers it (keyClicks cannot)."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


@pytest.fixture
def type_cjk() -> Callable[[QWidget, str], None]:
    return _commit


@pytest.fixture
def team_book(book: Phrasebook) -> Phrasebook:
    book.set_profile(active_shop="小米旗舰店", nickname="小美")
    book.add("亲，{店铺}欢迎您，有什么可以帮您？", title="欢迎", group="售前", code="hy")
    book.add("亲，今天下单今天发货哦", title="发货", group="物流", code="fh")
    book.add("退货请在订单页申请", title="退货", group="售后", code="th")
    book.add("我的签名", title="签名", group="售后", code="qm", scope="personal")
    return book


@pytest.fixture
def manager(qtbot: QtBot, team_book: Phrasebook) -> Iterator[ManagerWindow]:
    win = ManagerWindow(team_book)
    qtbot.addWidget(win)
    win.show()
    yield win


@pytest.fixture
def pid(team_book: Phrasebook) -> Callable[[str], str]:
    """The id of the phrase with a shortcut code."""
    return lambda code: team_book.by_code(code)[0].id
