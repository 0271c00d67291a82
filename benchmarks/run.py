"""Runs every benchmark (benchmarks/bench_*.py) and prints their figures.

.venv/bin/python benchmarks/run.py            # full runs (minutes)
.venv/bin/python benchmarks/run.py --smoke    # tiny sizes, for CI
.venv/bin/python benchmarks/run.py search     # only bench_search.py
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    smoke = "--smoke" in argv
    names = [a for a in argv if not a.startswith("-")]
    scripts = [*sorted(HERE.glob("bench_*.py")), HERE / "search_quality.py"]
    if names:
        scripts = [s for s in scripts if s.stem.removeprefix("bench_") in names]
    failed = []
    for script in scripts:
        print(f"\n=== {script.stem}{' (smoke)' if smoke else ''} ===", flush=True)
        started = time.perf_counter()
        takes_smoke = smoke and "--smoke" in script.read_text(encoding="utf-8")
        code = subprocess.call([sys.executable, str(script), *(["--smoke"] if takes_smoke else [])])
        print(f"--- {script.stem}: exit {code}, {time.perf_counter() - started:.1f} s", flush=True)
        if code:
            failed.append(script.stem)
    if failed:
        print(f"\nbenchmarks that failed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
