"""Groups notebook questions that ask the same thing, with the search engine's question matching.

Each question becomes a throwaway `Phrase` in its own `SearchIndex`; searching the index for a
question scores every other question by BM25 over shared n-grams, scaled so the best match is
1.0. The best match of a question is itself, so the scale says how much of the question's own
evidence another one shares: `请问什么时候发货` and `什么时候能发货呀` share most, `能便宜点吗`
shares nothing. Questions above `SIMILARITY` are joined (transitively) into one cluster.
"""

from __future__ import annotations

from collections.abc import Sequence

from phrasebook.models import Phrase
from phrasebook.notebook.entries import NotebookEntry, QuestionCluster
from phrasebook.search import SearchIndex
from phrasebook.search.index import QUESTION_BASE, QUESTION_SCALE

#: Share of a question's own match score another question must reach to count as the same.
SIMILARITY = 0.25
_NEIGHBOURS = 50


def cluster(entries: Sequence[NotebookEntry]) -> list[QuestionCluster]:
    """Similar questions together, biggest cluster first (ties: most recent first)."""
    if not entries:
        return []
    index = SearchIndex(Phrase(id=e.id, text=e.question, questions=(e.question,)) for e in entries)
    parent = {e.id: e.id for e in entries}
    for entry in entries:
        for other in _similar(index, entry):
            if other in parent:
                _union(parent, entry.id, other)
    groups: dict[str, list[NotebookEntry]] = {}
    for entry in entries:
        groups.setdefault(_find(parent, entry.id), []).append(entry)
    clusters = [_cluster_of(members) for members in groups.values()]
    return sorted(clusters, key=lambda c: (-c.count, -c.entries[0].asked_at))


def _similar(index: SearchIndex, entry: NotebookEntry) -> list[str]:
    hits = index.search(entry.question, limit=_NEIGHBOURS, now=0.0)
    floor = QUESTION_BASE + QUESTION_SCALE * SIMILARITY
    same = " ".join(entry.question.split()).casefold()
    return [
        h.phrase.id
        for h in hits
        if h.score >= floor or " ".join(h.phrase.text.split()).casefold() == same
    ]


def _cluster_of(members: list[NotebookEntry]) -> QuestionCluster:
    newest_first = tuple(sorted(members, key=lambda e: e.asked_at, reverse=True))
    return QuestionCluster(question=newest_first[0].question, entries=newest_first)


def _find(parent: dict[str, str], item: str) -> str:
    while parent[item] != item:
        parent[item] = parent[parent[item]]
        item = parent[item]
    return item


def _union(parent: dict[str, str], a: str, b: str) -> None:
    parent[_find(parent, a)] = _find(parent, b)
