"""A team in a shared folder: the supervisor's book and a factory for agents' books."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from phrasebook import Phrasebook


@pytest.fixture
def team_dir(tmp_path: Path) -> Path:
    return tmp_path / "团队文件夹"


@pytest.fixture
def supervisor(tmp_path: Path, team_dir: Path) -> Iterator[Phrasebook]:
    with Phrasebook.open(tmp_path / "supervisor.db") as book:
        book.add("亲，今天下单明天发货哦", title="发货时间", group="售前/物流", code="fhsj")
        book.add("亲，支持七天无理由退换", title="退换", group="售后", code="th")
        book.sync.create_team("小熊旗舰店", folder=team_dir, member_name="店长")
        yield book


@pytest.fixture
def make_agent(
    tmp_path: Path, team_dir: Path, supervisor: Phrasebook
) -> Iterator[Callable[[str], Phrasebook]]:
    opened: list[Phrasebook] = []

    def make(name: str, role: str = "agent") -> Phrasebook:
        code = supervisor.sync.invite(role, name)
        book = Phrasebook.open(tmp_path / f"{name}.db")
        opened.append(book)
        book.sync.join(code, folder=team_dir, member_name=name)
        return book

    yield make
    for book in opened:
        book.close()
