"""Turn winning documents into `Hit`s whose `Match` spans the popup can highlight."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from phrasebook.models import Hit, Match, Phrase
from phrasebook.search.match import TermHits
from phrasebook.search.normalize import fold_text
from phrasebook.search.slab import BODY, FIELDS, NF, QUESTIONS, TITLE, Segment, searchable

Span = tuple[int, int]
#: Fields searched for n-gram highlights when a pasted question matched.
_QUESTION_FIELDS = (QUESTIONS, TITLE, BODY)


def merge_spans(spans: Iterable[Span]) -> tuple[Span, ...]:
    """Sort spans and fuse the ones that overlap or touch."""
    out: list[Span] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return tuple(out)


def typed_spans(seg: Segment, local: int, terms: Sequence[TermHits]) -> dict[int, list[Span]]:
    """Field -> spans of each term's best match in this document."""
    found: dict[int, list[Span]] = {}
    for hits in terms:
        best = hits.span_of(local)
        if best is None:
            continue
        start, length = best
        slot = int(seg.slot[start])
        offset = start - int(seg.field_start[slot])
        found.setdefault(slot % NF, []).append((offset, offset + length))
    return found


def gram_spans(phrase: Phrase, grams: Sequence[str]) -> dict[int, list[Span]]:
    """Field -> spans of every query n-gram found in the fields that answer questions."""
    fields = searchable(phrase)
    found: dict[int, list[Span]] = {}
    for index in _QUESTION_FIELDS:
        text = fold_text(fields[index])
        for gram in grams:
            at = text.find(gram)
            while at >= 0:
                found.setdefault(index, []).append((at, at + len(gram)))
                at = text.find(gram, at + 1)
    return found


def make_hit(phrase: Phrase, score: float, spans: dict[int, list[Span]]) -> Hit:
    """A Hit with one Match per field, fields in FIELDS order."""
    matches = tuple(Match(FIELDS[i], merge_spans(spans[i])) for i in sorted(spans))
    return Hit(phrase, score, matches)
