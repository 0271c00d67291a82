"""Simulated agents exchanging through a real sync server, with the server restarted mid-run.

Each simulated member is a thread with its own phrasebook file, looping "edit, sync, pause":
supervisors add and edit team phrases (concurrent edits of the same phrase included), agents
send proposals. Requests that hit the restart are retried inside the round with backoff; a round
that still fails is retried by the next loop after the round backoff, as the app does. After the
deadline everyone publishes, then everyone reads, and the replicas are compared: same merged
state, and every op any member wrote is present everywhere.
"""

from __future__ import annotations

import json
import random
import statistics
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from phrasebook import Phrasebook
from phrasebook.errors import PhrasebookError
from phrasebook.sync import merge
from phrasebook.sync.changelog import ChangeLog, Edit

PAUSE_S = (0.05, 0.4)


@dataclass
class Figures:
    """What a run measured (the benchmark prints these; the tests assert on them)."""

    agents: int
    seconds: float
    restarts: int
    rounds: int = 0
    failed_rounds: int = 0
    ops_written: int = 0
    round_ms: list[float] = field(default_factory=list)
    final_ms: float = 0.0
    hashes: set[str] = field(default_factory=set)
    missing_ops: int = 0
    team_views: set[str] = field(default_factory=set)
    errors: list[str] = field(default_factory=list)

    @property
    def converged(self) -> bool:
        return len(self.hashes) == 1 and len(self.team_views) == 1 and self.missing_ops == 0

    def summary(self) -> dict[str, object]:
        ms = sorted(self.round_ms) or [0.0]
        return {
            "agents": self.agents, "seconds": self.seconds, "restarts": self.restarts,
            "rounds": self.rounds, "failed_rounds": self.failed_rounds,
            "ops_written": self.ops_written, "converged": self.converged,
            "missing_ops": self.missing_ops,
            "round_ms_median": round(statistics.median(ms), 1),
            "round_ms_p95": round(ms[int(len(ms) * 0.95) - 1 if len(ms) > 1 else 0], 1),
            "final_exchange_s": round(self.final_ms / 1000, 2),
        }  # fmt: skip


def make_team(
    url: str, workdir: Path, agents: int, admin_token: str, supervisors: int = 2
) -> list[Path]:
    """The owner's book plus `agents - 1` joined members; returns their files (owner first)."""
    paths = [workdir / f"member{i:03d}.db" for i in range(agents)]
    with Phrasebook.open(paths[0]) as owner:
        owner.add("亲，今天下单明天发货哦", title="发货时间", group="售前/物流", code="fhsj")
        owner.sync.create_team(
            "压力测试店", server=url, member_name="店长", admin_token=admin_token
        )
        owner.sync.sync()
        codes = [
            owner.sync.invite("supervisor" if i < supervisors else "agent", f"member{i}")
            for i in range(1, agents)
        ]
    for path, code in zip(paths[1:], codes, strict=True):
        with Phrasebook.open(path) as book:
            book.sync.join(code, member_name=path.stem)
    return paths


def run(
    url: str,
    paths: list[Path],
    seconds: float,
    restart: Callable[[], None],
    restarts: int = 1,
) -> Figures:
    """Exchange for `seconds` with `restarts` server restarts spread over the run."""
    figures = Figures(len(paths), seconds, restarts)
    lock = threading.Lock()
    deadline = time.monotonic() + seconds
    threads = [
        threading.Thread(target=_member, args=(p, deadline, figures, lock, i), daemon=True)
        for i, p in enumerate(paths)
    ]
    for thread in threads:
        thread.start()
    for n in range(restarts):
        time.sleep(max(0.0, deadline - time.monotonic()) / (restarts - n + 1))
        restart()
    for thread in threads:
        thread.join(timeout=seconds + 120)
    _finish(paths, figures)
    return figures


def _member(path: Path, deadline: float, figures: Figures, lock: threading.Lock, n: int) -> None:
    rng = random.Random(n)
    with Phrasebook.open(path) as book:
        supervisor = book.sync.role == "supervisor"
        while time.monotonic() < deadline:
            _edit(book, supervisor, rng)
            started = time.perf_counter()
            try:
                book.sync.sync()
                ok = True
            except PhrasebookError as exc:  # the server restarting: retried next loop
                ok = False
                error = str(exc)
            with lock:
                figures.rounds += 1
                if ok:
                    figures.round_ms.append((time.perf_counter() - started) * 1000)
                else:
                    figures.failed_rounds += 1
                    figures.errors.append(error)
            # After a failed round the app waits out its backoff (jittered, growing) before the
            # next one; never past the deadline.
            wait = max(rng.uniform(*PAUSE_S), book.sync.next_round_in())
            time.sleep(min(wait, max(0.0, deadline - time.monotonic())))


def _edit(book: Phrasebook, supervisor: bool, rng: random.Random) -> None:
    if not supervisor:
        key = book.sync.device_key.id
        edit = Edit("proposal", f"{key}:{rng.getrandbits(48):x}", "text",
                    json.dumps(f"提议 {rng.random():.6f}", ensure_ascii=False))  # fmt: skip
        with book.store.write():
            ChangeLog(book.db.conn, key).record(book.store.clock, [edit])
        return
    team = book.phrases(scope="team")
    if team and rng.random() < 0.5:
        target = rng.choice(team[:5])  # a few hot phrases: concurrent edits of one field
        book.update(target.id, text=f"亲，{rng.random():.6f}")
    else:
        book.add(f"新回复 {rng.random():.6f}", title="新", group="压力")


def _finish(paths: list[Path], figures: Figures) -> None:
    """Everyone publishes, then everyone reads; then compare every replica."""
    started = time.perf_counter()
    for _phase in ("publish", "read"):
        for path in paths:
            with Phrasebook.open(path) as book:
                _sync_retrying(book, figures)
    figures.final_ms = (time.perf_counter() - started) * 1000
    written = 0
    books = [Phrasebook.open(p) for p in paths]
    try:
        for book in books:
            written += ChangeLog(book.db.conn, book.sync.device_key.id).last_seq()
        figures.ops_written = written
        for book in books:
            held = book.db.execute("SELECT count(*) FROM sync_op").fetchone()[0]
            figures.missing_ops += written - int(held)
            figures.hashes.add(merge.state_hash(book.db.conn))
            view = sorted((p.id, p.text, p.group) for p in book.phrases(scope="team"))
            figures.team_views.add(json.dumps(view, ensure_ascii=False))
    finally:
        for book in books:
            book.close()


def _sync_retrying(book: Phrasebook, figures: Figures) -> None:
    for attempt in range(5):
        try:
            book.sync.sync()
            return
        except PhrasebookError as exc:
            figures.errors.append(f"final round: {exc}")
            time.sleep(0.5 * (attempt + 1))
