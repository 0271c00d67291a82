"""Rebuild intent_counts.npz from intent_examples.tsv (run after editing the examples).

python resources/search/update_intent_counts.py          # rebuild
python resources/search/update_intent_counts.py --check  # exit 1 when the counts are stale
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from phrasebook.resources import resources_dir  # noqa: E402
from phrasebook.search.intent_model import (  # noqa: E402
    COUNTS_FILE,
    EXAMPLES_FILE,
    count,
    load_counts,
    read_examples,
    save_counts,
)


def main(argv: list[str]) -> int:
    examples = resources_dir() / EXAMPLES_FILE
    if "--check" in argv:
        fresh = load_counts(resources_dir() / COUNTS_FILE, examples) is not None
        print("intent counts are up to date" if fresh else "intent counts are stale: rebuild")
        return 0 if fresh else 1
    counted = count(read_examples(examples))
    save_counts(counted, examples, resources_dir() / COUNTS_FILE)
    print(f"{len(counted.intents)} intents, {len(counted.grams)} n-grams -> {COUNTS_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
