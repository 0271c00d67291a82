"""The diagnostics report and `quickreply --self-check`: facts, no customer data, honest exit."""

from __future__ import annotations

import logging
import re
import shutil
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from desktop import diagnostics, launcher
from desktop.errors import ErrorReporter
from phrasebook import Phrasebook, resources
from phrasebook.resources import resources_dir

SECRET = "客户王小明的订单号 88886666"


@pytest.fixture
def private_book(tmp_path: Path) -> Phrasebook:
    book = Phrasebook.open(tmp_path / "book.db")
    book.add(SECRET, code="secret")
    book.set_profile(nickname="小美", active_shop="旗舰店")
    return book


def test_self_check_passes_on_a_source_checkout(tmp_path: Path) -> None:
    report = diagnostics.self_check(tmp_path / "missing.db", "fake")
    assert report.ok, report.text()
    assert not (tmp_path / "missing.db").exists()  # a check never creates the user's file
    text = report.text()
    for section in ("[versions]", "[resources]", "[database]", "[platform]", "[hotkeys]"):
        assert section in text
    assert re.search(r"backend +fake", text)


def test_report_has_counts_but_no_customer_data(private_book: Phrasebook) -> None:
    report = diagnostics.live_report(
        private_book, "fake", object(), {"popup": ("Ctrl+Alt+Space", True)}, None
    )
    text = report.text()
    assert re.search(r"phrases +1 \(1 team, 0 personal\)", text)
    for secret in (SECRET, "小美", "旗舰店", "secret"):
        assert secret not in text
    assert "Ctrl+Alt+Space (registered)" in text
    private_book.close()


def test_report_names_pins_and_favourites_apart(private_book: Phrasebook) -> None:
    (phrase,) = private_book.by_code("secret")
    private_book.favorites.pin(phrase.id, 2)
    text = diagnostics.live_report(private_book, "fake", object(), {}, None).text()
    assert re.search(r"pinned to number keys +1\n", text)
    assert re.search(r"favourites \(marked\) +0\n", text)
    private_book.close()


def test_home_folder_is_shown_as_tilde() -> None:
    assert diagnostics.private(Path.home() / "x" / "book.db") == str(Path("~/x/book.db"))
    assert diagnostics.private("/srv/book.db") == "/srv/book.db"


@pytest.fixture
def copied_resources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private copy of resources/ that a test may damage."""
    copy = tmp_path / "res"
    shutil.copytree(resources_dir(), copy)
    monkeypatch.setenv(resources.ENV_OVERRIDE, str(copy))
    resources.resources_dir.cache_clear()
    yield copy
    resources.resources_dir.cache_clear()


@pytest.mark.parametrize("missing", ["translations", "icons", "rules"])
def test_missing_resources_fail_the_check(
    copied_resources: Path, tmp_path: Path, missing: str
) -> None:
    for file in (copied_resources / missing).iterdir():
        file.unlink()
    report = diagnostics.self_check(tmp_path / "book.db", "fake")
    assert not report.ok
    assert any(f"resources/{missing}" in p for p in report.problems)


def test_no_resources_at_all_fail_the_check(
    copied_resources: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.rmtree(copied_resources / "starter")
    monkeypatch.setattr(resources, "_candidates", lambda: [copied_resources])
    report = diagnostics.self_check(tmp_path / "book.db", "fake")
    assert len(report.problems) >= 3


def test_a_damaged_database_fails_the_check(tmp_path: Path) -> None:
    bad = tmp_path / "book.db"
    bad.write_bytes(b"not a database at all" * 100)
    report = diagnostics.self_check(bad, "fake")
    assert not report.ok
    assert "CANNOT OPEN" in report.text()
    assert bad.read_bytes() == b"not a database at all" * 100


def test_an_unknown_backend_fails_the_check(tmp_path: Path) -> None:
    report = diagnostics.self_check(tmp_path / "book.db", "amiga")
    assert any("platform backend" in p for p in report.problems)


def test_launcher_self_check_exit_codes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], qapp: object
) -> None:
    good = launcher.main(["--self-check", "--platform", "fake", "--db", str(tmp_path / "a.db")])
    assert good == 0
    assert "[result]\n  ok" in capsys.readouterr().out
    bad = tmp_path / "b.db"
    bad.write_text("garbage")
    assert launcher.main(["--self-check", "--platform", "fake", "--db", str(bad)]) == 1
    assert "PROBLEM" in capsys.readouterr().out


# -- unexpected errors -------------------------------------------------------------------------

#: The offscreen plugin says this for every QMessageBox; harmless, and absent on real desktops.
OFFSCREEN_BOX = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def reporter(tmp_path: Path, qtbot: QtBot) -> ErrorReporter:
    hook = ErrorReporter(tmp_path / "logs" / "quickreply.log")
    hook.install()
    yield hook
    hook.uninstall()
    if hook.box is not None:
        hook.box.close()


@OFFSCREEN_BOX
def test_an_error_in_a_slot_is_logged_and_shown_and_the_app_runs_on(
    reporter: ErrorReporter, qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    def boom() -> None:
        raise ValueError("boom in a slot")

    survived: list[bool] = []
    caplog.set_level(logging.ERROR)
    QTimer.singleShot(0, boom)
    QTimer.singleShot(0, boom)  # a burst gives one message
    QTimer.singleShot(20, lambda: survived.append(True))
    qtbot.waitUntil(lambda: bool(survived))
    assert reporter.count == 2
    assert "boom in a slot" in caplog.text
    qtbot.waitUntil(lambda: reporter.box is not None and reporter.box.isVisible())
    assert "quickreply.log" in reporter.box.text()  # type: ignore[union-attr]
    assert "boom in a slot" in reporter.box.informativeText()  # type: ignore[union-attr]


@OFFSCREEN_BOX
def test_an_error_in_a_thread_reaches_the_gui_thread(reporter: ErrorReporter, qtbot: QtBot) -> None:
    def boom() -> None:
        raise RuntimeError("boom in a thread")

    with qtbot.waitSignal(reporter.error_reported):
        worker = threading.Thread(target=boom)
        worker.start()
        worker.join()
    qtbot.waitUntil(lambda: reporter.box is not None and reporter.box.isVisible())


def test_keyboard_interrupt_is_passed_on(reporter: ErrorReporter) -> None:
    seen: list[type[BaseException]] = []
    reporter._previous = (lambda kind, *_: seen.append(kind), reporter._previous[1])
    reporter.handle(KeyboardInterrupt, KeyboardInterrupt(), None)
    assert seen == [KeyboardInterrupt]
    assert reporter.count == 0
    assert sys.excepthook == reporter.handle
