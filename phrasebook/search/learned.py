"""Example questions, the team's and the agent's learned ones (see phrasebook.learning): a
question like one a reply is known to answer ranks that reply first.

Examples are few (a handful per phrase at most), so each is kept as a set of the same n-grams
a pasted question is cut into, and a question is compared with all of them directly: the share
of its n-grams an example holds. That share, when high, outweighs the lexicon and BM25: "this
reply answers this question" is the best evidence there is.
"""

from __future__ import annotations

from phrasebook.models import Phrase
from phrasebook.search.query import parse
from phrasebook.search.questions import grams

#: Below this share of the question's n-grams an example is just another text.
MIN_COVERAGE = 0.5


class LearnedExamples:
    """N-gram sets of every phrase's example questions, kept current by the index."""

    def __init__(self) -> None:
        self._grams: dict[str, list[frozenset[str]]] = {}

    def update(self, phrase: Phrase) -> None:
        examples = (*phrase.questions, *phrase.learned)
        if examples:
            self._grams[phrase.id] = [frozenset(grams(parse(q))) for q in examples]
        else:
            self._grams.pop(phrase.id, None)

    def remove(self, phrase_id: str) -> None:
        self._grams.pop(phrase_id, None)

    def coverage(self, question: list[str]) -> dict[str, float]:
        """Per phrase, the best share of `question`'s n-grams one of its examples holds."""
        wanted = set(question)
        if not wanted or not self._grams:
            return {}
        found = {}
        for phrase_id, examples in self._grams.items():
            best = max(len(wanted & example) for example in examples) / len(wanted)
            if best >= MIN_COVERAGE:
                found[phrase_id] = best
        return found
