"""Several processes writing one book: nobody fails with "locked", nothing acknowledged is lost.

Real processes: writers through the public API, imports through the real `phrasebook` command,
and a writer killed with SIGKILL whose WAL file is then deleted.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from phrasebook import Phrasebook

WRITER = """
import sys
from phrasebook import Phrasebook
path, name, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
with Phrasebook.open(path, auto_backup=False) as book:
    for n in range(count):
        book.add(f"亲，{name}写的第{n}条", id=f"{name}-{n}")
        print(f"{name}-{n}", flush=True)
"""

KILLED_WRITER = """
import os, signal, sys
from phrasebook import Phrasebook
book = Phrasebook.open(sys.argv[1], auto_backup=False)
for n in range(int(sys.argv[2])):
    book.add(f"亲，写完就断电的第{n}条", id=f"k{n}")
    print(f"k{n}", flush=True)
os.kill(os.getpid(), signal.SIGKILL)  # no close, no final checkpoint: a crash
"""


_started: list[subprocess.Popen[str]] = []


def start(script: str, *args: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    _started.append(proc)
    return proc


@pytest.fixture(autouse=True)
def _reap() -> Iterator[None]:
    """A failed assert must not leave writers running into the next test."""
    yield
    while _started:
        proc = _started.pop()
        if proc.poll() is None:
            proc.kill()
        proc.communicate()


def live_ids(path: Path) -> set[str]:
    with Phrasebook.open(path, auto_backup=False) as book:
        return {p.id for p in book.phrases()}


def test_four_writers_lose_nothing_and_never_fail(tmp_path: Path) -> None:
    path = tmp_path / "book.db"
    Phrasebook.open(path, auto_backup=False).close()
    writers = [start(WRITER, str(path), f"w{i}", "60") for i in range(4)]
    acknowledged: set[str] = set()
    for proc in writers:
        out, err = proc.communicate(timeout=180)
        assert proc.returncode == 0, err
        acknowledged |= set(out.split())
    assert len(acknowledged) == 240
    assert acknowledged == live_ids(path)


def test_imports_plan_and_write_in_one_transaction_beside_writers(tmp_path: Path) -> None:
    path = tmp_path / "book.db"
    with Phrasebook.open(path, auto_backup=False) as book:
        book.add("亲，原有的一条", id="old")
    packs = []
    for i in range(3):
        pack = tmp_path / f"pack{i}.jsonl"
        rows = [{"id": f"imp{i}-{n}", "text": f"亲，导入{i}的第{n}条"} for n in range(150)]
        rows.append({"id": "old", "text": f"亲，导入{i}改写的原有一条"})  # an update, too
        pack.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), "utf-8")
        packs.append(pack)
    writers = [start(WRITER, str(path), f"w{i}", "80") for i in range(2)]
    imports: list[subprocess.Popen[str]] = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "phrasebook",
                "--db",
                str(path),
                "import",
                str(p),
                "--on-duplicate",
                "update",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for p in packs
    ]
    _started.extend(imports)
    for proc in imports:
        out, err = proc.communicate(timeout=180)
        assert proc.returncode == 0, err
        assert "Traceback" not in err
    acknowledged = {"old"}
    for proc in writers:
        out, err = proc.communicate(timeout=180)
        assert proc.returncode == 0, err
        acknowledged |= set(out.split())
    imported = {f"imp{i}-{n}" for i in range(3) for n in range(150)}
    assert live_ids(path) == acknowledged | imported


def test_losing_the_wal_after_a_crash_loses_no_acknowledged_write(tmp_path: Path) -> None:
    path = tmp_path / "book.db"
    Phrasebook.open(path, auto_backup=False).close()
    proc = start(KILLED_WRITER, str(path), "100")
    out, _ = proc.communicate(timeout=120)
    assert proc.returncode == -signal.SIGKILL
    acknowledged = set(out.split())
    assert len(acknowledged) == 100
    for suffix in ("-wal", "-shm"):  # a cloud drive or a cleaner removes them
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    assert acknowledged <= live_ids(path)


def test_the_wal_stays_short_while_the_book_is_open(tmp_path: Path) -> None:
    path = tmp_path / "book.db"
    with Phrasebook.open(path, auto_backup=False) as book:
        for n in range(200):
            book.add(f"亲，第{n}条")
        frames, copied = book.db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()[1:]
        assert frames == copied, "every committed frame is already in the main file"
        assert os.path.getsize(f"{path}-wal") <= 1024 * 1024


PICTURE_ADDER = """
import sys
from PIL import Image
from phrasebook import Phrasebook
path, phrase_id, name = sys.argv[1], sys.argv[2], sys.argv[3]
with Phrasebook.open(path, auto_backup=False) as book:
    for n in range(3):
        picture = f"{path}-{name}-{n}.png"
        Image.new("RGB", (8, 8), (int(name) * 40, n * 60, 7)).save(picture)
        book.images.add(phrase_id, [picture])
print("done", flush=True)
"""


def test_processes_adding_pictures_to_one_reply_lose_none(tmp_path: Path) -> None:
    db = tmp_path / "book.db"
    with Phrasebook.open(db, auto_backup=False) as book:
        target = book.add("尺码表见图", id="chart").id
    adders = [start(PICTURE_ADDER, str(db), target, str(n)) for n in range(5)]
    for proc in adders:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    with Phrasebook.open(db, auto_backup=False) as book:
        assert len(book.get(target).images) == 15  # each read-then-write sees the others
