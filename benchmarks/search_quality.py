"""Search quality over the starter phrasebooks: top-1 accuracy and MRR@5 per kind of query.

    python benchmarks/search_quality.py [--failures]

The set is tests/data/search_quality.tsv (kind, query, expected ids, note): queries typed the
way a hurried agent types them; any of the expected ids ranked first counts as a hit. The
phrasebook is built through the public API: all four starter packs imported into a fresh book.

The blind sets (tests/data/README_customer_sets.md) get their own rows: customer messages per
language and overall, pinyin typos and 초성. They run against one book per language holding
only that language's starter pack *without its example questions*, as agents' own phrasebooks
are. A scenario the pack has no reply for is counted apart ("no answer"), not as a miss.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import uuid
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from phrasebook.book import Phrasebook  # noqa: E402

DATA = ROOT / "tests" / "data"
QUALITY_SET = DATA / "search_quality.tsv"
STARTER = ROOT / "resources" / "starter"
LANGS = ("zh-Hans", "zh-Hant", "ko", "en")
#: Goals from the issue: top-1 on every kind, and the looser one for pasted questions.
GOAL_TOP1, GOAL_QUESTIONS = 0.95, 0.80
QUESTIONS_KIND = "customer question"
#: Kinds of the blind sets measured against books without example questions. The first two
#: sets were read while the lexicon and the intent examples were improved: the development
#: figure. The third, written later by another author from the scenario list alone and never
#: read by the engineers, is the held-out figure the goal is judged on.
MESSAGES_KIND = "dev msg"
HELDOUT_KIND = "held-out msg"
DEV_SETS = ("customer_messages.tsv", "customer_messages_2.tsv")
HELDOUT_SET = "customer_messages_3.tsv"
#: Four phrasebooks of other shops (clothing, Taiwan electronics, Korean cosmetics, AliExpress
#: accessories) written by another author, who also said which intents each reply answers:
#: the same messages asked of books whose titles nobody here chose.
SHOP_BOOKS = DATA / "shop_books"
SHOP_PREFIX = "shop "


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
    #: Queries whose pack has no reply at all (not counted in `cases`).
    unanswerable: int = 0
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


def _score(book: Phrasebook, cases: list[Case], scores: dict[str, Score]) -> None:
    for case in cases:
        score = scores.setdefault(case.kind, Score())
        if not case.expected:
            score.unanswerable += 1
            continue
        ranked = [hit.phrase.id for hit in book.search(case.query, 5)]
        score.cases += 1
        rank = next((i for i, pid in enumerate(ranked) if pid in case.expected), None)
        score.top1 += rank == 0
        score.reciprocal += 0.0 if rank is None else 1.0 / (rank + 1)
        if rank != 0:
            titles = [book.get(pid).label for pid in ranked[:3]]
            score.misses.append((case, titles))


def evaluate(cases: list[Case]) -> dict[str, Score]:
    """Run every case against a fresh phrasebook holding the four starter packs."""
    scores: dict[str, Score] = {}
    with tempfile.TemporaryDirectory() as folder:
        book = Phrasebook.open(Path(folder) / "quality.db", auto_backup=False)
        try:
            for lang in LANGS:
                book.import_file(STARTER / f"{lang}.jsonl")
            _score(book, cases, scores)
        finally:
            book.close()
    return scores


def _rows(path: Path) -> list[dict[str, str]]:
    """A TSV file with a header line, as dicts."""
    lines = path.read_text("utf-8").splitlines()
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"), strict=False)) for line in lines[1:] if line]


def _ids(text: str | None) -> frozenset[str]:
    return frozenset(i for i in (text or "").split(",") if i)


def load_blind() -> dict[str, list[Case]]:
    """The blind sets, grouped by the language of the pack they are asked of."""
    answers = {
        (r["scenario"], r["lang"]): _ids(r["phrase_ids"])
        for r in _rows(DATA / "customer_scenario_answers.tsv")
    }
    by_lang: dict[str, list[Case]] = {lang: [] for lang in LANGS}
    sets = [(MESSAGES_KIND, name) for name in DEV_SETS] + [(HELDOUT_KIND, HELDOUT_SET)]
    for kind, name in sets:
        for r in _rows(DATA / name):
            expected = answers[(r["scenario"], r["lang"])]
            by_lang[r["lang"]].append(
                Case(f"{kind} {r['lang']}", r["message"], expected, r["scenario"])
            )
    for r in _rows(DATA / "typo_queries.tsv"):
        by_lang[r["lang"]].append(Case(r["kind"], r["query"], _ids(r["phrase_ids"]), ""))
    return by_lang


def shop_book(lang: str, folder: Path) -> tuple[Path, dict[str, frozenset[str]]]:
    """The other shop's book for `lang` as a pack, and the phrase ids answering each intent."""
    pack = folder / f"shop-{lang}.jsonl"
    answers: dict[str, set[str]] = {}
    lines = []
    for r in _rows(SHOP_BOOKS / f"{lang}.tsv"):
        phrase_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"quickreply-shop-book/{lang}/{r['id']}"))
        item = {"id": phrase_id, "title": r["title"], "text": r["text"], "group": r["group"]}
        lines.append(json.dumps(item | {"lang": lang}, ensure_ascii=False))
        for intent in _ids(r["answers"]):
            answers.setdefault(intent, set()).add(phrase_id)
    pack.write_text("\n".join(lines) + "\n", "utf-8")
    return pack, {intent: frozenset(ids) for intent, ids in answers.items()}


def evaluate_shop_books(by_lang: dict[str, list[Case]]) -> dict[str, Score]:
    """The customer messages asked of the other shops' books (labels by intent)."""
    scores: dict[str, Score] = {}
    with tempfile.TemporaryDirectory() as folder:
        for lang, cases in by_lang.items():
            pack, answers = shop_book(lang, Path(folder))
            asked = [
                Case(SHOP_PREFIX + c.kind, c.query, answers.get(c.note, frozenset()), c.note)
                for c in cases
                if c.kind.startswith((MESSAGES_KIND, HELDOUT_KIND))
            ]
            book = Phrasebook.open(Path(folder) / f"shop-{lang}.db", auto_backup=False)
            try:
                book.import_file(pack)
                _score(book, asked, scores)
            finally:
                book.close()
    for prefix in (MESSAGES_KIND, HELDOUT_KIND):
        _total(scores, SHOP_PREFIX + prefix)
    return scores


def _total(scores: dict[str, Score], prefix: str) -> None:
    overall = Score()
    for kind, s in list(scores.items()):
        if kind.startswith(prefix):
            overall.cases += s.cases
            overall.top1 += s.top1
            overall.reciprocal += s.reciprocal
            overall.unanswerable += s.unanswerable
    scores[f"{prefix} all"] = overall


def without_questions(pack: Path, folder: Path) -> Path:
    """A copy of a starter pack with the `questions` field removed from every phrase."""
    out = folder / pack.name
    lines = []
    for line in pack.read_text("utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            item.pop("questions", None)
            lines.append(json.dumps(item, ensure_ascii=False))
    out.write_text("\n".join(lines) + "\n", "utf-8")
    return out


def evaluate_blind(by_lang: dict[str, list[Case]]) -> dict[str, Score]:
    """Each language's blind cases against a book of that pack alone, without questions."""
    scores: dict[str, Score] = {}
    with tempfile.TemporaryDirectory() as folder:
        for lang, cases in by_lang.items():
            if not cases:
                continue
            book = Phrasebook.open(Path(folder) / f"{lang}.db", auto_backup=False)
            try:
                book.import_file(without_questions(STARTER / f"{lang}.jsonl", Path(folder)))
                _score(book, cases, scores)
            finally:
                book.close()
    for prefix in (MESSAGES_KIND, HELDOUT_KIND):
        _total(scores, prefix)
    return scores


def goal(kind: str) -> float:
    prefixes = (QUESTIONS_KIND, MESSAGES_KIND, HELDOUT_KIND, SHOP_PREFIX)
    return GOAL_QUESTIONS if kind.startswith(prefixes) else GOAL_TOP1


def is_held_out(kind: str) -> bool:
    return kind.removeprefix(SHOP_PREFIX).startswith(HELDOUT_KIND)


def report(scores: dict[str, Score], failures: bool, title: str) -> str:
    """A plain table, one row per kind, plus the misses when asked."""
    lines = [
        title,
        f"{'kind':<24}{'queries':>8}{'top-1':>9}{'MRR@5':>8}{'goal':>7}  ok  no answer",
    ]
    for kind, s in sorted(scores.items()):
        ok = "yes" if s.accuracy >= goal(kind) else "NO "
        ok = "(report only)" if kind.removeprefix(SHOP_PREFIX).startswith(MESSAGES_KIND) else ok
        lines.append(
            f"{kind:<24}{s.cases:>8}{s.accuracy:>9.1%}{s.mrr:>8.3f}{goal(kind):>7.0%}  {ok}"
            + (f" {s.unanswerable:>6}" if s.unanswerable else "")
        )
    if failures:  # never the held-out set's: nobody tuning the search may read them
        for kind, s in sorted(scores.items()):
            if is_held_out(kind):
                continue
            for case, titles in s.misses:
                lines.append(f"  MISS [{kind}] {case.query!r} ({case.note}) -> {titles}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--failures", action="store_true", help="list the queries that missed")
    args = parser.parse_args(argv)
    typed = evaluate(load())
    total = sum(s.cases for s in typed.values())
    hits = sum(s.top1 for s in typed.values())
    typed_table = report(
        typed, args.failures, "Typed queries (search_quality.tsv), four starter packs:"
    )
    print(typed_table + f"\n{'all':<24}{total:>8}{hits / max(total, 1):>9.1%}\n")
    by_lang = load_blind()
    blind = evaluate_blind(by_lang)
    title = "Blind sets, one pack per language, no example questions:"
    print(report(blind, args.failures, title) + "\n")
    shops = evaluate_shop_books(by_lang)
    title = "The same messages asked of four other shops' phrasebooks (tests/data/shop_books):"
    print(report(shops, args.failures, title))
    every = {**typed, **blind}
    per_kind = {k: s for k, s in every.items() if not k.startswith((MESSAGES_KIND, HELDOUT_KIND))}
    ok = all(s.accuracy >= goal(k) for k, s in per_kind.items())
    held_out = (blind[f"{HELDOUT_KIND} all"], shops[f"{SHOP_PREFIX}{HELDOUT_KIND} all"])
    return 0 if ok and all(s.accuracy >= GOAL_QUESTIONS for s in held_out) else 1


if __name__ == "__main__":
    sys.exit(main())
