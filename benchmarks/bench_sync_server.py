"""Team sync through a real `phrasebook serve` process: many members, the server restarted mid-run.

    python benchmarks/bench_sync_server.py                      # 50 members x 60 s
    python benchmarks/bench_sync_server.py --smoke              # 5 members x 5 s, for CI
    python benchmarks/bench_sync_server.py --agents 20 --seconds 30 --restarts 2
    python benchmarks/bench_sync_server.py --db postgresql://...   # PostgreSQL store
                                  (default: $QUICKREPLY_TEST_PG_URL if set, else a SQLite file)

Members are threads with their own phrasebook files (2 supervisors editing team phrases, the
rest sending proposals), each looping edit -> sync -> pause 50-400 ms. Prints rounds, failed
rounds (the restart), round latency, the final exchange time, and whether every replica ended
identical with every op present. Exit 1 when they did not converge.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "sync_server")]

from server_process import PG_ENV, ServerProcess  # noqa: E402
from simulation import make_team, run  # noqa: E402


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="5 members x 5 s")
    parser.add_argument("--agents", type=int, default=50, help="members, owner included")
    parser.add_argument("--seconds", type=float, default=60.0, help="how long they exchange")
    parser.add_argument("--restarts", type=int, default=1, help="server restarts during the run")
    parser.add_argument("--db", default=os.environ.get(PG_ENV, ""), help="server store URL")
    args = parser.parse_args(argv)
    if args.smoke:
        args.agents, args.seconds = 5, 5.0
    with tempfile.TemporaryDirectory(prefix="bench-sync-server-") as tmp:
        workdir = Path(tmp)
        store = args.db or str(workdir / "teams.db")
        server = ServerProcess(store, workdir).start()
        try:
            paths = make_team(server.url, workdir, args.agents, server.admin_token)
            figures = run(server.url, paths, args.seconds, server.restart, args.restarts)
        finally:
            server.stop()
        refusals = server.log().count("refused")
    summary = figures.summary() | {"store": store.split("://")[0] if "://" in store else "sqlite"}
    summary["refused_requests"] = refusals
    print(json.dumps(summary, ensure_ascii=False, indent=1))
    other = [e for e in figures.errors if "cannot reach" not in e]
    if other:
        print("unexpected errors:", *sorted(set(other))[:5], sep="\n  ")
    return 0 if figures.converged and not other else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
