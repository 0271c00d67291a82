"""Which intent a customer's message holds, learned from example messages.

The lexicon's cue words catch the usual wording, but buyers say the same thing a hundred other
ways (几时寄出, 拍了还没走件, 언제 보내줘요, when u send). A naive Bayes model over character
n-grams, trained on resources/search/intent_examples.tsv (buyer messages written in our own
words, four languages, labelled with the lexicon's intent ids), recognises those too.

Training is counting. The counts ship beside the examples (intent_counts.npz, with the
examples' SHA-256) so the popup does not spend half a second counting at start; when the
examples change without the counts being rebuilt, the model is trained from the examples.
Rebuild with `python resources/search/update_intent_counts.py`.
"""

from __future__ import annotations

import csv
import hashlib
import re
import zipfile
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
import numpy.typing as npt

from phrasebook.resources import resources_dir
from phrasebook.search.normalize import fold_text

EXAMPLES_FILE = Path("search") / "intent_examples.tsv"
COUNTS_FILE = Path("search") / "intent_counts.npz"
#: Additive smoothing of the per-intent n-gram counts.
ALPHA = 0.3
#: Lengths of the character n-grams read from a message.
SIZES = (1, 2, 3)
#: An n-gram seen in fewer training messages than this is left out (noise, and memory).
MIN_SEEN = 2
_NOT_WORD = re.compile(r"[\W_]+")


def features(text: str) -> set[str]:
    """The distinct character n-grams of a folded message (spaces mark word edges).

    A single Latin letter or digit says nothing about an intent; single ideographs and Hangul
    syllables do (退, 坏, 늦).
    """
    padded = f" {_NOT_WORD.sub(' ', fold_text(text)).strip()} "
    found = {ch for ch in padded if not ch.isascii()}
    for size in SIZES[1:]:
        found.update(padded[i : i + size] for i in range(len(padded) - size + 1))
    found.discard(" ")
    return found


@dataclass(frozen=True)
class Counts:
    """How many example messages of each intent hold each n-gram: all the model is."""

    intents: list[str]
    grams: list[str]
    counts: npt.NDArray[np.uint16]
    docs: npt.NDArray[np.int64]


def count(examples: Iterable[tuple[str, str]]) -> Counts:
    """Count, per intent, the messages holding each n-gram seen at least MIN_SEEN times."""
    pairs = [(intent, features(message)) for intent, message in examples]
    intents = sorted({intent for intent, _ in pairs})
    row = {name: i for i, name in enumerate(intents)}
    seen = Counter(gram for _, grams in pairs for gram in grams)
    kept = sorted(g for g, n in seen.items() if n >= MIN_SEEN)
    column = {gram: i for i, gram in enumerate(kept)}
    rows = [row[intent] for intent, grams in pairs for g in grams if g in column]
    cols = [column[g] for _, grams in pairs for g in grams if g in column]
    cells = np.bincount(
        np.array(rows, dtype=np.int64) * len(kept) + np.array(cols, dtype=np.int64),
        minlength=len(intents) * len(kept),
    )
    docs = np.bincount([row[intent] for intent, _ in pairs], minlength=len(intents))
    table = np.minimum(cells, np.iinfo(np.uint16).max).astype(np.uint16)
    return Counts(intents, kept, table.reshape(len(intents), len(kept)), docs.astype(np.int64))


@dataclass(frozen=True)
class Guess:
    """One intent the model sees in a message, with its probability (0..1)."""

    intent: str
    probability: float


class IntentModel:
    """Multinomial naive Bayes over binary character n-gram features."""

    def __init__(self, counted: Counts) -> None:
        self.intents = counted.intents
        self._column = {gram: i for i, gram in enumerate(counted.grams)}
        smoothed = counted.counts.astype(np.float64) + ALPHA
        totals = smoothed.sum(axis=1, keepdims=True)
        self._log_likelihood = np.log(smoothed / totals).astype(np.float32)
        docs = counted.docs
        self._log_prior = np.log(np.maximum(docs, 1) / max(int(docs.sum()), 1))

    def guess(self, message: str, limit: int = 3) -> list[Guess]:
        """The likeliest intents of `message`, best first; empty when no n-gram is known."""
        cols = [self._column[g] for g in features(message) if g in self._column]
        if not cols or not self.intents:
            return []
        scores = self._log_prior + self._log_likelihood[:, cols].sum(axis=1, dtype=np.float64)
        scores -= scores.max()
        probs = np.exp(scores)
        probs /= probs.sum()
        order = np.argsort(-probs)[:limit]
        return [Guess(self.intents[i], float(probs[i])) for i in order]


def read_examples(path: Path) -> list[tuple[str, str]]:
    """(intent, message) pairs from a TSV file with the columns `intent` and `message`."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [(r["intent"], r["message"]) for r in rows if r.get("intent") and r.get("message")]


def digest(path: Path) -> str:
    """SHA-256 of a file: ties the shipped counts to the examples they were made from."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def save_counts(counted: Counts, made_from: Path, out: Path) -> None:
    """Store `counted` with the digest of the examples file it was made from."""
    with out.open("wb") as handle:
        np.savez_compressed(
            handle,
            intents=np.array(counted.intents),
            grams=np.array(counted.grams),
            counts=counted.counts,
            docs=counted.docs,
            digest=np.array(digest(made_from)),
        )


def load_counts(path: Path, examples: Path) -> Counts | None:
    """The stored counts, or None when missing, unreadable or made from other examples."""
    try:
        with path.open("rb") as handle, np.load(handle, allow_pickle=False) as stored:
            if str(stored["digest"]) != digest(examples):
                return None
            return Counts(
                [str(i) for i in stored["intents"]],
                [str(g) for g in stored["grams"]],
                stored["counts"].astype(np.uint16),
                stored["docs"].astype(np.int64),
            )
    except (OSError, KeyError, ValueError, zipfile.BadZipFile):
        return None


@cache
def default_model() -> IntentModel:
    """The model of the examples shipped in resources/ (once per process)."""
    examples = resources_dir() / EXAMPLES_FILE
    counted = load_counts(resources_dir() / COUNTS_FILE, examples)
    return IntentModel(counted or count(read_examples(examples)))
