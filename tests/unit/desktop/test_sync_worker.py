"""Background team sync: rounds off the UI thread, the UI's book re-reads them, tray status."""

from __future__ import annotations

import gzip
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.team_sync import SyncController, SyncOutcome
from desktop.tray import Tray
from phrasebook import Phrasebook
from phrasebook.sync.peers import GAP_ROUNDS

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


@pytest.fixture
def team(tmp_path: Path) -> Iterator[tuple[Phrasebook, Phrasebook]]:
    """A supervisor and an agent in a shared folder; the agent's book is the app's."""
    folder = tmp_path / "team"
    with Phrasebook.open(tmp_path / "boss.db") as boss:
        boss.add("亲，今天下单明天发货哦", title="发货时间", group="售前/物流", code="fhsj")
        boss.sync.create_team("小熊旗舰店", folder=folder)
        boss.sync.sync()
        code = boss.sync.invite("agent", "小美")
        with Phrasebook.open(tmp_path / "agent.db") as agent:
            agent.sync.join(code, folder=folder)
            yield boss, agent


def controller(qtbot: QtBot, book: Phrasebook) -> SyncController:
    tray = Tray()
    ctl = SyncController(book, tray)
    ctl._soon.setInterval(50)
    qtbot.addWidget(tray.menu)
    return ctl


def run_once(qtbot: QtBot, ctl: SyncController) -> SyncOutcome:
    with qtbot.waitSignal(ctl.finished, timeout=20_000) as signal:
        ctl.sync_now()
    outcome = signal.args[0]
    assert isinstance(outcome, SyncOutcome)
    return outcome


def test_a_background_round_brings_team_changes_into_the_open_book(
    qtbot: QtBot, team: tuple[Phrasebook, Phrasebook]
) -> None:
    boss, agent = team
    ctl = controller(qtbot, agent)
    first = run_once(qtbot, ctl)
    assert not first.error and first.summary and first.summary.received > 0
    assert [p.text for p in agent.phrases(scope="team")] == ["亲，今天下单明天发货哦"]
    assert [h.phrase.code for h in agent.search("fhsj")] == ["fhsj"]  # the index re-read too
    boss.add("亲，已为您备注", title="备注", group="售后")
    boss.sync.sync()
    run_once(qtbot, ctl)
    assert "亲，已为您备注" in {p.text for p in agent.phrases(scope="team")}
    ctl.stop()


def test_the_tray_shows_status_and_sync_now(
    qtbot: QtBot, team: tuple[Phrasebook, Phrasebook]
) -> None:
    _, agent = team
    ctl = controller(qtbot, agent)
    assert ctl.active
    run_once(qtbot, ctl)
    status = ctl.tray._sync_status
    assert status.isVisible() and not status.isEnabled()
    assert status.text().startswith("Team sync: ")
    with qtbot.waitSignal(ctl.finished, timeout=20_000):
        ctl.tray._sync_now.trigger()
    ctl.stop()


def test_a_local_change_schedules_a_round(
    qtbot: QtBot, team: tuple[Phrasebook, Phrasebook]
) -> None:
    boss, _ = team
    ctl = controller(qtbot, boss)
    with qtbot.waitSignal(ctl.finished, timeout=20_000) as signal:
        boss.add("亲，新品上架", title="上新", group="售前")
    assert signal.args[0].summary.sent > 0
    with qtbot.assertNotEmitted(ctl.finished, wait=300):  # its own reload does not loop
        pass
    ctl.stop()


def test_a_failed_round_is_shown_and_nothing_breaks(
    qtbot: QtBot, team: tuple[Phrasebook, Phrasebook], tmp_path: Path
) -> None:
    _, agent = team
    (tmp_path / "team").rename(tmp_path / "unplugged")
    ctl = controller(qtbot, agent)
    outcome = run_once(qtbot, ctl)
    assert "team folder not found" in outcome.error
    assert ctl.tray._sync_status.text().startswith("Team sync failed")
    ctl.stop()


def test_files_set_aside_and_gaps_show_in_the_tray(
    qtbot: QtBot, team: tuple[Phrasebook, Phrasebook], tmp_path: Path
) -> None:
    boss, agent = team
    (fhsj,) = boss.by_code("fhsj")
    boss.update(fhsj.id, text="亲，被篡改之前")
    boss.sync.sync()
    path = sorted((tmp_path / "team" / "ops" / boss.sync.device_key.id).glob("*.jsonl.gz"))[-1]
    raw = gzip.decompress(path.read_bytes()).replace("篡改".encode(), "改过".encode())
    path.write_bytes(gzip.compress(raw))
    ctl = controller(qtbot, agent)
    for _ in range(GAP_ROUNDS + 1):
        run_once(qtbot, ctl)
    status = ctl.tray._sync_status
    assert " · 1 files set aside" in status.text() and " · behind " in status.text()
    assert str(path) in status.toolTip() and "digest" in status.toolTip()
    (peer,) = ctl.last.summary.peers  # type: ignore[union-attr]
    assert f": seen {peer['seen']}, applied {peer['applied']}" in status.toolTip()
    ctl.stop()


def test_the_minute_timer_waits_out_the_backoff(
    qtbot: QtBot, team: tuple[Phrasebook, Phrasebook]
) -> None:
    _, agent = team
    ctl = controller(qtbot, agent)
    agent.sync._set_state("retry_at", str(time.time() + 600))
    with qtbot.assertNotEmitted(ctl.finished, wait=300):
        ctl._tick()
    agent.sync._set_state("retry_at", "")
    with qtbot.waitSignal(ctl.finished, timeout=20_000):
        ctl._tick()
    ctl.stop()


def test_nothing_runs_outside_a_team(qtbot: QtBot, book: Phrasebook) -> None:
    ctl = controller(qtbot, book)
    ctl.start()
    assert not ctl.active and not ctl.timer.isActive()
    assert not ctl.tray._sync_status.isVisible()
    with qtbot.assertNotEmitted(ctl.finished, wait=100):
        ctl.sync_now()
