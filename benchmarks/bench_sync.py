"""Team sync speed on the shared-folder transport, through the public API.

    python benchmarks/bench_sync.py            # 5,000-phrase team book, 10,000 incoming changes
    python benchmarks/bench_sync.py --smoke    # small sizes, for CI

Goals: the whole round that receives 10,000 changes <= 1 s (fetch, verify, pre-sync backup,
merge, write into the phrasebook, search index reload, conflict count, status); a no-op round of
a 5,000-phrase team book <= 100 ms. A supervisor's book publishes N phrases; an agent joins and
receives them; the supervisor then changes two fields of every phrase with `book.update` (2N
changes) and the agent receives those. The round's parts are printed too.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from phrasebook.book import Phrasebook  # noqa: E402
from phrasebook.book_backups import BookBackups  # noqa: E402
from phrasebook.store import Store  # noqa: E402
from phrasebook.sync import sync_round  # noqa: E402

GOAL_ROUND_S = 1.0
GOAL_NOOP_MS = 100.0


def timed(owner: Any, name: str, into: dict[str, float]) -> None:
    original: Callable[..., Any] = getattr(owner, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            into[name] = into.get(name, 0.0) + time.perf_counter() - start

    setattr(owner, name, wrapper)


def pack(path: Path, count: int) -> Path:
    lines = (
        f'{{"text": "亲，第{i}号回复：今天下单明天发货哦", "title": "回复{i}",'
        f' "group": "分组{i % 40}", "code": "c{i}", "tags": ["t{i % 7}"]}}'
        for i in range(count)
    )
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def run(count: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        sup = Phrasebook.open(root / "sup.db", auto_backup=False)
        sup.import_file(pack(root / "p.jsonl", count))
        sup.sync.create_team("bench", folder=root / "team")
        start = time.perf_counter()
        sup.sync.sync()
        publish_s = time.perf_counter() - start
        agent = Phrasebook.open(root / "agent.db", auto_backup=False)
        agent.sync.join(sup.sync.invite("agent", "a"), folder=root / "team")
        start = time.perf_counter()
        agent.sync.sync()
        bootstrap_s = time.perf_counter() - start
        noop = []
        for _ in range(20):
            start = time.perf_counter()
            agent.sync.sync()
            noop.append((time.perf_counter() - start) * 1000)
        for phrase in sup.phrases(scope="team"):  # two fields of every phrase, as an editor would
            sup.update(phrase.id, text=phrase.text + "～", title=phrase.title + "*")
        sup.sync.sync()
        parts: dict[str, float] = {}
        timed(sync_round.merge, "apply_ops", parts)
        timed(sync_round.team_rows, "project", parts)
        timed(sync_round, "decode", parts)
        for step in ("fetch_incoming", "apply_incoming", "count_conflicts", "report_peers"):
            timed(sync_round, step, parts)
        timed(Store, "reread", parts)  # the search index and caches, read again
        timed(BookBackups, "backup", parts)
        start = time.perf_counter()
        summary = agent.sync.sync()
        round_s = time.perf_counter() - start
        sup.close()
        agent.close()
    return {
        "phrases": count,
        "publish_s": publish_s,
        "bootstrap_s": bootstrap_s,
        "noop_ms_median": statistics.median(noop),
        "changes": summary.received,
        "merge_s": parts.get("apply_ops", 0.0),
        "project_s": parts.get("project", 0.0),
        "verify_s": parts.get("decode", 0.0),
        "fetch_s": parts.get("fetch_incoming", 0.0),
        "apply_s": parts.get("apply_incoming", 0.0),
        "backup_s": parts.get("backup", 0.0),
        "reload_s": parts.get("reread", 0.0),
        "conflicts_s": parts.get("count_conflicts", 0.0),
        "report_s": parts.get("report_peers", 0.0),
        "round_s": round_s,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="small sizes (CI)")
    args = parser.parse_args()
    result = run(500 if args.smoke else 5000)
    for key, value in result.items():
        print(f"{key:>16}: {value:.3f}" if isinstance(value, float) else f"{key:>16}: {value}")
    ok = result["round_s"] <= GOAL_ROUND_S and result["noop_ms_median"] <= GOAL_NOOP_MS
    print(f"goals (a round receiving {result['changes']} changes <= {GOAL_ROUND_S} s, no-op round"
          f" <= {GOAL_NOOP_MS:.0f} ms): {'met' if ok else 'NOT met'}")  # fmt: skip
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
