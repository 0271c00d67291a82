"""End-to-end fixtures: one private X desktop per session, a fresh phrasebook, target and app
per test.

The phrasebook template is built once with the real `phrasebook` CLI (zh-Hans starter set,
the 小美 / 快回旗舰店 profile, and the multi-line and Korean/emoji phrases in `EXTRA_PHRASES`);
each test gets its own copy, so usage counts recorded by one insertion never re-rank another
test's results.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from quickreply_driver import (  # noqa: E402 - the driver sits beside this file
    GtkEditor,
    RunningApp,
    Target,
    XDesktop,
    gtk_editor_missing,
    missing_tools,
    run_cli,
    start_app,
    start_desktop,
    start_gtk_editor,
    start_target,
)

NICKNAME = "小美"
SHOP = "快回旗舰店"

#: (code, lang, text): phrases whose text must survive the clipboard byte for byte.
EXTRA_PHRASES = (
    ("qrml", "zh-Hans", "亲，您的订单已发出～\n快递：顺丰速运\n\n客服{客服}祝您购物愉快 🎉"),
    ("qrko", "ko", "고객님 안녕하세요 😊 주문하신 상품은 내일 발송됩니다 🚚✨"),
)


@pytest.fixture(scope="session")
def x_desktop() -> Iterator[XDesktop]:
    """Xvfb + openbox + trayer on a free display, stopped by process handle at the end."""
    missing = missing_tools()
    if missing:
        pytest.skip(f"e2e tests need {', '.join(missing)} (see .ci/apt-packages.txt)")
    desktop = start_desktop()
    try:
        yield desktop
    finally:
        desktop.close()


@pytest.fixture(scope="session")
def _e2e_template(x_desktop: XDesktop, tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("e2e-template") / "quickreply.db"
    run_cli(x_desktop, db, "init", "--lang", "zh-Hans")
    run_cli(x_desktop, db, "profile", "--nickname", NICKNAME, "--shop", SHOP)
    for code, lang, text in EXTRA_PHRASES:
        run_cli(x_desktop, db, "add", "--code", code, "--lang", lang, "--title", code, text)
    return db


@pytest.fixture
def db(_e2e_template: Path, tmp_path: Path) -> Path:
    """This test's own copy of the prepared phrasebook."""
    path = tmp_path / "quickreply.db"
    shutil.copy(_e2e_template, path)
    return path


@pytest.fixture
def target(x_desktop: XDesktop, tmp_path: Path) -> Iterator[Target]:
    """A focused chat-window stand-in with a title unique to this test."""
    started = start_target(x_desktop, tmp_path / "target.jsonl", f"qr-chat-{tmp_path.name}")
    try:
        yield started
    finally:
        started.close()


@pytest.fixture
def quickreply(x_desktop: XDesktop, db: Path, tmp_path: Path) -> Iterator[RunningApp]:
    """The real app on `db`, up with its hotkey grabbed (trace "ready")."""
    app = start_app(x_desktop, db, tmp_path / "trace.jsonl")
    try:
        yield app
    finally:
        app.stop()


@pytest.fixture
def gtk_editor(x_desktop: XDesktop) -> Iterator[GtkEditor]:
    """mousepad (GTK 3), focused: a third-party target with its own clipboard code."""
    missing = gtk_editor_missing()
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (see .ci/apt-packages.txt)")
    editor = start_gtk_editor(x_desktop)
    try:
        yield editor
    finally:
        editor.close()
