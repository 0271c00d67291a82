"""Reliability figures: concurrent writers, what a lost WAL costs, and how much salvage rescues.

python3 benchmarks/bench_reliability.py            # 4 writers x 20 s, 200 writes, 30 overwrites
python3 benchmarks/bench_reliability.py --smoke    # 2 writers x 2 s, 50 writes, 5 overwrites

1. N writer processes add phrases through the public API for S seconds; every acknowledged
   (returned) add must be in the book afterwards: throughput and lost writes (goal 0).
2. A process adds K phrases, is killed with SIGKILL, and its -wal file is deleted (a cloud
   drive, a cleaner, a torn copy): acknowledged writes lost with SQLite's default checkpointing
   (1000 pages) against ours (every commit). Goal: 0 with ours.
3. 30 copies of a 300-phrase book each get 64 random bytes overwritten; `salvage` copies the
   readable rows into a new book: share of phrases back intact (mean and worst).

Exit status 1 when a goal is missed.
"""

from __future__ import annotations

import argparse
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from phrasebook import Phrasebook
from phrasebook.db import salvage

WRITER = """
import sys, time
from phrasebook import Phrasebook
path, name, seconds = sys.argv[1], sys.argv[2], float(sys.argv[3])
end = time.monotonic() + seconds
n = 0
with Phrasebook.open(path, auto_backup=False) as book:
    while time.monotonic() < end:
        book.add(f"亲，{name}写的第{n}条", id=f"{name}-{n}")
        print(f"{name}-{n}", flush=True)
        n += 1
"""

CRASHING_WRITER = """
import os, signal, sys
from phrasebook import Phrasebook
from phrasebook.db import storage
storage.WAL_AUTOCHECKPOINT_PAGES = int(sys.argv[3])
book = Phrasebook.open(sys.argv[1], auto_backup=False)
for n in range(int(sys.argv[2])):
    book.add(f"亲，第{n}条" + "内容" * 40, id=f"k{n}")
    print(f"k{n}", flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


def live_ids(path: Path) -> set[str]:
    with Phrasebook.open(path, auto_backup=False) as book:
        return {p.id for p in book.phrases()}


def writers(folder: Path, count: int, seconds: float) -> int:
    path = folder / "writers.db"
    Phrasebook.open(path, auto_backup=False).close()
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), f"w{i}", str(seconds)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for i in range(count)
    ]
    acknowledged: set[str] = set()
    failed = 0
    for proc in procs:
        out, err = proc.communicate()
        acknowledged |= set(out.split())
        failed += proc.returncode != 0
        if proc.returncode:
            print(err.strip().splitlines()[-1])
    lost = len(acknowledged - live_ids(path))
    print(
        f"writers: {count} processes x {seconds:g} s: {len(acknowledged)} acknowledged writes,"
        f" {len(acknowledged) / seconds:.0f} writes/s, {failed} writers failed, lost {lost}"
    )
    return lost + failed


def wal_loss(folder: Path, writes: int, pages: int) -> int:
    path = folder / f"wal-{pages}.db"
    Phrasebook.open(path, auto_backup=False).close()
    done = subprocess.run(
        [sys.executable, "-c", CRASHING_WRITER, str(path), str(writes), str(pages)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == -signal.SIGKILL, done.stderr
    acknowledged = set(done.stdout.split())
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return len(acknowledged - live_ids(path))


def salvage_rate(folder: Path, trials: int) -> tuple[float, float]:
    path = folder / "healthy.db"
    with Phrasebook.open(path, auto_backup=False) as book:
        for n in range(300):
            book.add(f"亲，这是第{n}条回复，" + "内容" * 20, title=f"回复{n}", id=f"p{n}")
        texts = {p.id: p.text for p in book.phrases()}
    data = path.read_bytes()
    rates = []
    for trial in range(trials):
        rnd = random.Random(trial)
        damaged = bytearray(data)
        at = rnd.randrange(100, len(damaged) - 64)
        damaged[at : at + 64] = bytes(rnd.randrange(256) for _ in range(64))
        source = folder / f"damaged{trial}.db"
        source.write_bytes(damaged)
        report = salvage.salvage(source, folder / f"salvaged{trial}.db")
        with Phrasebook.open(report.target, auto_backup=False) as book:
            rescued = {p.id: p.text for p in book.phrases()}
        rates.append(sum(1 for k, v in rescued.items() if texts.get(k) == v) / len(texts))
    return statistics.mean(rates), min(rates)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="tiny sizes, for CI")
    args = parser.parse_args()
    count, seconds, writes, trials = (2, 2.0, 50, 5) if args.smoke else (4, 20.0, 200, 30)
    missed = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        if writers(folder, count, seconds):
            missed.append("writers lost or failed writes")
        before = wal_loss(folder, writes, 1000)
        after = wal_loss(folder, writes, 1)
        print(
            f"WAL deleted after SIGKILL, {writes} acknowledged writes: lost {before} with"
            f" SQLite's default checkpoint (1000 pages), {after} with a checkpoint per commit"
        )
        if after:
            missed.append("writes lost with the WAL")
        mean, worst = salvage_rate(folder, trials)
        print(
            f"salvage of {trials} books with 64 random bytes overwritten: {mean:.1%} of phrases"
            f" back intact on average, {worst:.1%} at worst"
        )
        if mean < 0.95:
            missed.append("salvage rate under 95%")
        print(f"({time.perf_counter() - started:.1f} s)")
    for what in missed:
        print(f"MISSED: {what}")
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
