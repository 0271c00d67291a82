"""A sync killed at any point (while writing a segment, while applying one) leaves a consistent
database, no half file is ever visible, and the next round finishes the job."""

from __future__ import annotations

import gzip
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from phrasebook import Phrasebook
from phrasebook.sync import merge

SYNC_ONCE = (
    "import sys; from phrasebook import Phrasebook; Phrasebook.open(sys.argv[1]).sync.sync()"
)


def kill_during_sync(db: Path, delay: float) -> None:
    proc = subprocess.Popen([sys.executable, "-c", SYNC_ONCE, str(db)])
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait()


@pytest.mark.slow
def test_killed_rounds_leave_consistent_books_and_resync_converges(
    tmp_path: Path, supervisor: Phrasebook, make_agent: Callable[[str], Phrasebook]
) -> None:
    supervisor.import_file(big_pack(tmp_path / "big.jsonl", 3000))
    agent = make_agent("小美")
    agent_db, sup_db = agent.path, supervisor.path
    agent.close()
    supervisor.close()
    rng = random.Random(7)
    for attempt in range(6):  # publishing side, then receiving side, at random moments
        kill_during_sync(sup_db if attempt < 3 else agent_db, rng.uniform(0.2, 1.5))
        for db in (sup_db, agent_db):
            with Phrasebook.open(db, auto_backup=False) as book:
                assert book.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    folder = Path(str(Phrasebook.open(sup_db).sync.team["folder"]))
    for segment in folder.rglob("*.jsonl.gz"):  # a killed writer leaves only hidden .tmp- files
        gzip.decompress(segment.read_bytes())
    with Phrasebook.open(sup_db) as sup, Phrasebook.open(agent_db) as ag:
        sup.sync.sync()
        ag.sync.sync()
        assert merge.state_hash(sup.db.conn) == merge.state_hash(ag.db.conn)
        assert {p.id: p.text for p in ag.phrases(scope="team")} == {
            p.id: p.text for p in sup.phrases(scope="team")
        }
        assert len(ag.phrases(scope="team")) == 3002
    shutil.rmtree(folder)


def big_pack(path: Path, count: int) -> Path:
    lines = (
        f'{{"text": "亲，第{i}号回复，请稍等", "group": "批量/{i % 20}", "code": "b{i}"}}'
        for i in range(count)
    )
    path.write_text("\n".join(lines), encoding="utf-8")
    return path
