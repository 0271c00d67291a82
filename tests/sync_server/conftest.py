"""A real sync server process per test (SQLite store, and PostgreSQL when CI provides one)."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from phrasebook import Phrasebook

sys.path.insert(0, str(Path(__file__).parent))
from server_process import PG_ENV, ServerProcess  # noqa: E402

BACKENDS = ["sqlite", "postgresql"]
SERVER_EXTRA_HINT = "the [server] extra is not installed (bash .ci/install installs it)"


@pytest.fixture(autouse=True)
def _server_extra() -> None:
    """Skip, saying why, rather than fail to start a server that cannot import its libraries."""
    for module in ("starlette", "uvicorn"):
        pytest.importorskip(module, reason=f"{module} missing: {SERVER_EXTRA_HINT}")


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where the server keeps teams; team ids are random, so tests can share one PG database."""
    if request.param == "sqlite":
        return str(tmp_path / "server" / "teams.db")
    pytest.importorskip("psycopg", reason=f"psycopg missing: {SERVER_EXTRA_HINT}")
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(f'{PG_ENV} is not set (CI sets it with `eval "$(bash .ci/postgres.sh)"`)')
    return url


@pytest.fixture
def server(store_url: str, tmp_path: Path) -> Iterator[ServerProcess]:
    workdir = tmp_path / "server"
    workdir.mkdir(exist_ok=True)
    process = ServerProcess(store_url, workdir).start()
    yield process
    process.stop()


@pytest.fixture
def supervisor(tmp_path: Path, server: ServerProcess) -> Iterator[Phrasebook]:
    with Phrasebook.open(tmp_path / "supervisor.db") as book:
        book.add("亲，今天下单明天发货哦", title="发货时间", group="售前/物流", code="fhsj")
        book.add("亲，支持七天无理由退换", title="退换", group="售后", code="th")
        book.sync.create_team(
            "小熊旗舰店", server=server.url, member_name="店长", admin_token=server.admin_token
        )
        book.sync.sync()
        yield book


@pytest.fixture
def make_member(tmp_path: Path, supervisor: Phrasebook) -> Iterator[Callable[..., Phrasebook]]:
    opened: list[Phrasebook] = []

    def make(name: str, role: str = "agent") -> Phrasebook:
        code = supervisor.sync.invite(role, name)
        book = Phrasebook.open(tmp_path / f"{name}.db")
        opened.append(book)
        book.sync.join(code, member_name=name)
        return book

    yield make
    for book in opened:
        book.close()
