"""Search quality over the starter phrasebooks: top-1 accuracy and MRR@5 per kind of query.

    python benchmarks/search_quality.py [--failures]

The set is tests/data/search_quality.tsv (kind, query, expected ids, note): queries typed the
way a hurried agent types them; any of the expected ids ranked first counts as a hit. The
phrasebook is built through the public API: all four starter packs imported into a fresh book.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from phrasebook.book import Phrasebook  # noqa: E402

QUALITY_SET = ROOT / "tests" / "data" / "search_quality.tsv"
STARTER = ROOT / "resources" / "starter"
LANGS = ("zh-Hans", "zh-Hant", "ko", "en")
#: Goals from the issue: top-1 on every kind, and the looser one for pasted questions.
GOAL_TOP1, GOAL_QUESTIONS = 0.95, 0.80
QUESTIONS_KIND = "customer question"


@dataclass(frozen=True)
class Case:
    kind: str
    query: str
    expected: frozenset[str]
    note: str


@dataclass
class Score:
    """Results of one kind of query."""

    cases: int = 0
    top1: int = 0
    reciprocal: float = 0.0
    misses: list[tuple[Case, list[str]]] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.top1 / self.cases if self.cases else 0.0

    @property
    def mrr(self) -> float:
        return self.reciprocal / self.cases if self.cases else 0.0


def load(path: Path = QUALITY_SET) -> list[Case]:
    """Read the quality set (lines starting with # are comments)."""
    cases = []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, query, expected, note = (line.split("\t") + [""])[:4]
        cases.append(Case(kind, query, frozenset(expected.split(",")), note))
    return cases


def evaluate(cases: list[Case]) -> dict[str, Score]:
    """Run every case against a fresh phrasebook holding the four starter packs."""
    scores: dict[str, Score] = {}
    with tempfile.TemporaryDirectory() as folder:
        book = Phrasebook.open(Path(folder) / "quality.db", auto_backup=False)
        try:
            for lang in LANGS:
                book.import_file(STARTER / f"{lang}.jsonl")
            for case in cases:
                ranked = [hit.phrase.id for hit in book.search(case.query, 5)]
                score = scores.setdefault(case.kind, Score())
                score.cases += 1
                rank = next((i for i, pid in enumerate(ranked) if pid in case.expected), None)
                score.top1 += rank == 0
                score.reciprocal += 0.0 if rank is None else 1.0 / (rank + 1)
                if rank != 0:
                    titles = [book.get(pid).label for pid in ranked[:3]]
                    score.misses.append((case, titles))
        finally:
            book.close()
    return scores


def goal(kind: str) -> float:
    return GOAL_QUESTIONS if kind == QUESTIONS_KIND else GOAL_TOP1


def report(scores: dict[str, Score], failures: bool) -> str:
    """A plain table, one row per kind, plus the misses when asked."""
    lines = [f"{'kind':<24}{'queries':>8}{'top-1':>9}{'MRR@5':>8}{'goal':>7}  ok"]
    for kind, s in sorted(scores.items()):
        ok = "yes" if s.accuracy >= goal(kind) else "NO"
        lines.append(
            f"{kind:<24}{s.cases:>8}{s.accuracy:>9.1%}{s.mrr:>8.3f}{goal(kind):>7.0%}  {ok}"
        )
    total = sum(s.cases for s in scores.values())
    hits = sum(s.top1 for s in scores.values())
    lines.append(f"{'all':<24}{total:>8}{hits / max(total, 1):>9.1%}")
    if failures:
        for kind, s in sorted(scores.items()):
            for case, titles in s.misses:
                lines.append(f"  MISS [{kind}] {case.query!r} ({case.note}) -> {titles}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--failures", action="store_true", help="list the queries that missed")
    args = parser.parse_args(argv)
    scores = evaluate(load())
    print(report(scores, args.failures))
    return 0 if all(s.accuracy >= goal(k) for k, s in scores.items()) else 1


if __name__ == "__main__":
    sys.exit(main())
