"""Quitting: a signal reaches the Qt loop as the normal quit; a failing step stops nothing."""

from __future__ import annotations

import os
import signal

import pytest
from pytestqt.qtbot import QtBot

from desktop.shutdown import SignalQuitter, run_steps


def test_sigterm_calls_the_apps_quit_on_the_gui_thread(qtbot: QtBot) -> None:
    calls: list[str] = []
    quitter = SignalQuitter(lambda: calls.append("quit"))
    try:
        os.kill(os.getpid(), signal.SIGTERM)  # without the quitter this ends the test run
        qtbot.waitUntil(lambda: calls == ["quit"])
    finally:
        quitter.uninstall()
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL


def test_a_failing_step_is_logged_and_the_next_ones_run(caplog: pytest.LogCaptureFixture) -> None:
    ran: list[str] = []

    def broken() -> None:
        raise RuntimeError("display connection closed")

    run_steps(
        [
            ("first", lambda: ran.append("first")),
            ("broken", broken),
            ("last", lambda: ran.append("last")),
        ]
    )
    assert ran == ["first", "last"]
    assert "while quitting: broken failed" in caplog.text
