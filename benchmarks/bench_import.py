"""Import speed: 10,000 rows of each spreadsheet format into an empty phrasebook (goal < 2 s).

    python benchmarks/bench_import.py            # 10,000 rows, csv (GBK), xlsx, pack, preview
    python benchmarks/bench_import.py --smoke    # 1,000 rows, for CI (a few seconds)

Each run writes a 千牛-layout sheet (group, code, content, image), imports it through the public
API (`Phrasebook.import_file`) into a fresh file and reports the wall time of the import call
alone, plus a dry-run preview over a book that already holds every row (all duplicates).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from goals import Goals  # noqa: E402
from openpyxl import Workbook  # noqa: E402

from phrasebook import Phrasebook  # noqa: E402

GOAL_SECONDS = 2.0
HEADER = ["分组", "快捷编码", "快捷短语", "图片"]


def rows(n: int) -> list[list[str]]:
    return [
        [f"组{i % 20}/子{i % 5}", f"k{i}", f"亲，编号{i:05d}的回复，【店铺名】祝您购物愉快~", ""]
        for i in range(n)
    ]


def write_files(folder: Path, n: int) -> dict[str, Path]:
    data = rows(n)
    csv_path = folder / "sheet.csv"
    lines = [",".join(HEADER), *(",".join(r) for r in data)]
    csv_path.write_bytes(("\r\n".join(lines) + "\r\n").encode("gb18030"))
    book = Workbook(write_only=True)
    sheet = book.create_sheet("快捷短语")
    for row in [HEADER, *data]:
        sheet.append(row)
    book.save(folder / "sheet.xlsx")
    with Phrasebook.open(folder / "source.db") as source:
        source.import_file(csv_path)
        source.export_file(folder / "pack.jsonl")
    return {"csv (GBK)": csv_path, "xlsx": folder / "sheet.xlsx", "pack": folder / "pack.jsonl"}


def timed_import(folder: Path, name: str, path: Path, dry_run: bool = False) -> float:
    with Phrasebook.open(folder / f"{name.split(maxsplit=1)[0]}.db", auto_backup=False) as book:
        if dry_run:
            book.import_file(path)
        start = time.perf_counter()
        report = book.import_file(path, dry_run=dry_run)
        elapsed = time.perf_counter() - start
    rows_seen = len(report.items)
    print(f"{name:<22} {rows_seen:>7,} rows  {elapsed:6.2f} s")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="1,000 rows, for CI")
    args = parser.parse_args()
    n = 1_000 if args.smoke else 10_000
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = write_files(folder, n)
        times = [timed_import(folder, name, path) for name, path in files.items()]
        times.append(timed_import(folder, "preview (duplicates)", files["xlsx"], dry_run=True))
    worst = max(times)
    goals = Goals(smoke=args.smoke)
    verdict = goals.verdict(f"import of {n:,} rows < {GOAL_SECONDS:.0f} s", worst < GOAL_SECONDS)
    print(f"slowest {worst:.2f} s for {n:,} rows; goal < {GOAL_SECONDS:.0f} s: {verdict}")
    return goals.exit_status()


if __name__ == "__main__":
    sys.exit(main())
