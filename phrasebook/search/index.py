"""`SearchIndex`: the in-memory index the phrasebook keeps and the popup queries per keystroke.

Phrases live in segments (see `segment`). Build makes one big segment; an edit adds a one-phrase
segment and marks the old copy dead; small segments merge like a binary counter, so an edit
costs well under a millisecond on average. A usage-only change (use count, last use, favourite)
touches no text at all.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterable

import numpy as np
import numpy.typing as npt

from phrasebook.models import Hit, Phrase
from phrasebook.search import intents, questions
from phrasebook.search.hits import gram_spans, make_hit, typed_spans
from phrasebook.search.intent_model import default_model
from phrasebook.search.lexicon import ALL_SCRIPTS, Intent, default_lexicon, scripts_of
from phrasebook.search.match import Matcher, TermHits
from phrasebook.search.near_keys import TypoKeys, is_chosung
from phrasebook.search.query import LITERAL, Query, Reading, literal, parse, pinyin_readings
from phrasebook.search.rank import PHRASE_BONUS, empty_query_scores, frecency
from phrasebook.search.slab import BODY, NF, Segment, searchable
from phrasebook.search.titles import TitleMap
from phrasebook.search.typo import LatinWords
from phrasebook.search.vocab import Vocabulary

Floats = npt.NDArray[np.float64]
#: Weight of a word found through a typo, below any reading of what was typed.
TYPO_WEIGHT = 0.7
#: Where pasted-question (BM25) matches land on the score scale: above deep text matches.
QUESTION_BASE, QUESTION_SCALE = 20.0, 45.0
#: Weight of the intents found through the lexicon beside the BM25 score (scaled to 0..1).
INTENT_WEIGHT = 3.0
#: Weight of the share of a question's n-grams found in a phrase's example questions (the
#: team's and the agent's learned ones), from MIN_COVERAGE up: above any lexicon and BM25 score,
#: since "this reply answers this question" is the best evidence there is.
EXAMPLE_WEIGHT, MIN_COVERAGE = 4.0, 0.5
#: Weight of a phrase whose whole title the customer wrote (退货地址发我 -> 退货地址).
TITLE_WEIGHT = 1.0
_TERM_CACHE_SIZE = 32


class SearchIndex:
    """In-memory index of phrases, kept up to date by the phrasebook on every write."""

    def __init__(self, phrases: Iterable[Phrase] = ()) -> None:
        self._vocab = Vocabulary()
        self._matcher = Matcher()
        self._words = LatinWords()
        self._typo_keys = TypoKeys()
        default_lexicon()  # read and trained once now, not on the first pasted question
        default_model()
        self._segments: list[Segment] = []
        self._where: dict[str, tuple[Segment, int]] = {}
        self._phrases: dict[str, Phrase] = {}
        self._fields: dict[str, tuple[str, ...]] = {}
        #: Phrases added or edited since the last search; indexed together on the next one,
        #: so importing 100,000 phrases one upsert at a time still builds one segment.
        self._pending: dict[str, Phrase] = {}
        #: Matches per term, reused by the next keystroke; emptied on any change.
        self._term_cache: dict[str, list[TermHits]] = {}
        #: Scores per intent (and the question's scripts), emptied on any change.
        self._intent_cache: dict[tuple[str, frozenset[str]], list[Floats]] = {}
        #: Titles a question may hold, built with the index, then kept up to date.
        self._titles: TitleMap | None = None
        for phrase in phrases:
            self.upsert(phrase)
        self._flush()
        self._titles = TitleMap(self._phrases.values())  # with the index, not on a keystroke

    def __len__(self) -> int:
        return len(self._phrases)

    def upsert(self, phrase: Phrase) -> None:
        """Add or replace a phrase by id; a usage-only change is a constant-time update."""
        before = self._phrases.get(phrase.id)
        self._phrases[phrase.id] = phrase
        self._term_cache.clear()
        old = self._where.get(phrase.id)
        if old is not None and self._fields[phrase.id] == searchable(phrase):
            old[0].set_usage(old[1], phrase)  # intents and titles do not look at usage
            return
        self._intent_cache.clear()
        if self._titles is not None:
            if before is not None:
                self._titles.discard(before)
            self._titles.add(phrase)
        if old is not None:
            old[0].alive[old[1]] = False
            del self._where[phrase.id]
        self._pending[phrase.id] = phrase

    def remove(self, phrase_id: str) -> None:
        """Forget a phrase (no error if unknown)."""
        before = self._phrases.pop(phrase_id, None)
        self._term_cache.clear()
        self._intent_cache.clear()
        if self._titles is not None and before is not None:
            self._titles.discard(before)
        self._pending.pop(phrase_id, None)
        self._fields.pop(phrase_id, None)
        old = self._where.pop(phrase_id, None)
        if old is not None:
            old[0].alive[old[1]] = False

    def search(self, query: str, limit: int = 10, *, now: float | None = None) -> list[Hit]:
        """The best `limit` phrases for what the agent typed (or her habits, for no query)."""
        if limit <= 0 or not self._phrases:
            return []
        self._flush()
        now = time.time() if now is None else now
        parsed = parse(query)
        segs = [s for s in self._segments if s.live]
        if parsed.empty:
            return self._select(segs, [empty_query_scores(s, now) for s in segs], limit, {})
        per_term = [self._term_hits(term, segs) for term in parsed.terms]
        totals = self._typed_totals(parsed, segs, per_term)
        found = sum(int(np.isfinite(t).sum()) for t in totals)
        grams: list[str] = []
        if questions.is_question(parsed) or (found == 0 and len(parsed.text) >= 2):
            grams = questions.grams(parsed)
            totals = self._with_questions(parsed, segs, totals)
        for seg, total in zip(segs, totals, strict=True):
            found_at = np.flatnonzero(np.isfinite(total))
            habit = frecency(
                seg.uses[found_at], seg.last_used[found_at], seg.favorite[found_at], now
            )
            total[found_at] += habit
        spans = {id(seg): [hits[i] for hits in per_term] for i, seg in enumerate(segs)}
        return self._select(segs, totals, limit, spans, grams)

    # -- building -------------------------------------------------------------------------

    def _build(self, phrases: list[Phrase]) -> Segment:
        fields = [searchable(p) for p in phrases]
        seg = Segment(phrases, fields, self._vocab)
        keys = seg.keys
        self._where.update(zip(keys, zip(itertools.repeat(seg), range(seg.size)), strict=True))
        self._phrases.update(zip(keys, phrases, strict=True))
        self._fields.update(zip(keys, fields, strict=True))
        self._words.add_texts(texts[1] for texts in fields)
        self._words.add_texts(texts[2] for texts in fields)
        self._typo_keys.add((texts[1] for texts in fields), self._korean_bodies(seg, fields))
        return seg

    def _korean_bodies(self, seg: Segment, fields: list[tuple[str, ...]]) -> list[str]:
        """Texts holding Hangul (their words get 초성 keys), found on the arrays, not in Python."""
        slots = np.unique(seg.slot[np.flatnonzero(self._vocab.hangul_flags[seg.ids])])
        docs = slots[slots % NF == BODY] // NF
        return [fields[i][2] for i in docs.tolist()]

    def _flush(self) -> None:
        """Index the pending phrases as one new segment, then merge small segments."""
        if self._pending:
            batch = list(self._pending.values())
            self._pending.clear()
            self._segments.append(self._build(batch))
            self._merge_small()

    def _merge_small(self) -> None:
        """Merge the two newest segments while the older is at most twice the newer."""
        segs = self._segments
        while len(segs) >= 2 and segs[-2].live <= 2 * segs[-1].live:
            pair = [segs.pop(), segs.pop()]
            keep = [
                self._phrases[s.keys[i]] for s in reversed(pair) for i in np.flatnonzero(s.alive)
            ]
            if keep:
                segs.append(self._build(keep))

    # -- typed terms ----------------------------------------------------------------------

    def _readings(self, term: str) -> list[Reading]:
        first = literal(term, self._vocab)
        return ([first] if first else []) + pinyin_readings(term, self._vocab)

    def _term_hits(self, term: str, segs: list[Segment], near: bool = True) -> list[TermHits]:
        """Matches of one term in every segment; typo fallbacks when it matches nothing
        (`near`: also pinyin and 초성 keys one edit away)."""
        key = term if near else "\0" + term
        cached = self._term_cache.get(key)
        if cached is None:
            if len(self._term_cache) >= _TERM_CACHE_SIZE:
                self._term_cache.clear()
            cached = self._term_cache[key] = self._find_term(term, segs, near)
        return cached

    def _find_term(self, term: str, segs: list[Segment], near: bool = True) -> list[TermHits]:
        out = [TermHits() for _ in segs]
        self._score_all(self._readings(term), segs, out)
        if is_chosung(term):  # 초성 of a title across its spaces, or of a body word
            self._score_near(term, 0, LITERAL, segs, out)
        if not any(h.docs for h in out):
            for word in self._words.near(term):
                typo = literal(word, self._vocab)
                if typo is not None:
                    self._score_all([Reading(typo.preds, TYPO_WEIGHT)], segs, out)
        if near and not any(h.docs for h in out):
            self._score_near(term, 1, TYPO_WEIGHT, segs, out)
        return out

    def _score_near(
        self, term: str, edits: int, weight: float, segs: list[Segment], out: list[TermHits]
    ) -> None:
        """Score the titles and words whose pinyin or 초성 key is `edits` away from `term`."""
        for text in self._typo_keys.near(term, edits):
            near = literal(text, self._vocab)
            if near is not None:
                self._score_all([Reading(near.preds, weight)], segs, out)

    def _score_all(self, readings: list[Reading], segs: list[Segment], out: list[TermHits]) -> None:
        flags = self._vocab.word_flags
        for reading in readings:
            for seg, hits in zip(segs, out, strict=True):
                self._matcher.score(seg, reading, len(self._vocab), flags, hits)

    def _typed_totals(
        self, parsed: Query, segs: list[Segment], per_term: list[list[TermHits]]
    ) -> list[Floats]:
        """Per segment: mean of the terms' best scores (all terms must match), or the whole
        query found as one run (`fa huo` -> 发货) plus a bonus, whichever is higher."""
        # The words run together (`fa huo` -> 发货); a typo there is not looked for.
        joined = (
            self._term_hits("".join(parsed.terms), segs, near=False)
            if len(parsed.terms) > 1
            else None
        )
        totals = []
        for i, seg in enumerate(segs):
            total = sum(hits[i].best(seg.size) for hits in per_term) / len(per_term)
            if joined is not None:
                total = np.maximum(total, joined[i].best(seg.size) + PHRASE_BONUS)
            totals.append(np.where(seg.alive, total, -np.inf))
        if joined is not None:
            per_term.append(joined)
        return totals

    def _with_questions(
        self, parsed: Query, segs: list[Segment], totals: list[Floats]
    ) -> list[Floats]:
        """Blend in BM25 over n-grams, example-question coverage and the question's intents,
        scaled so the best answer lands above deep text hits."""
        bm, covered = questions.bm25(segs, parsed, self._vocab, self._matcher)
        top_bm = max((float(s.max()) for s in bm if s.size), default=0.0)
        # One Latin word that matches nothing is a typed key, not a customer's message: no
        # intents (`refund` must not turn up 退款 once the English text is gone).
        wide = any(not term.isascii() for term in parsed.terms)
        asked = wide or len(parsed.terms) > 1
        found = intents.detect(parsed.text, default_lexicon(), default_model()) if asked else []
        meant = self._intent_scores(segs, found, scripts_of(parsed.text)) if found else None
        if meant is not None and not any(m.any() for m in meant):
            # No reply in the question's language (a Korean buyer, a Chinese-only book): the
            # reply the agent has is still the right one to offer.
            meant = self._intent_scores(segs, found, ALL_SCRIPTS)
        combined = []
        for i, score in enumerate(bm):
            both = score / top_bm if top_bm > 0 else np.zeros_like(score)
            if meant is not None:
                both = both + INTENT_WEIGHT * meant[i]
            share = covered[i]
            both = both + EXAMPLE_WEIGHT * np.where(share >= MIN_COVERAGE, share, 0.0)
            combined.append(both)
        self._add_titles_written(parsed.text, segs, combined)
        top = max((float(s.max()) for s in combined if s.size), default=0.0)
        if top <= 0:
            return totals
        out = []
        for total, score in zip(totals, combined, strict=True):
            scaled = np.where(score > 0, QUESTION_BASE + QUESTION_SCALE * score / top, -np.inf)
            out.append(np.maximum(total, scaled))
        return out

    def _intent_scores(
        self, segs: list[Segment], found: list[tuple[Intent, float]], scripts: frozenset[str]
    ) -> list[Floats]:
        """Weighted sum of the intents' scores; each intent's is kept until the phrases change
        (the next keystroke of the same question asks for the same intents)."""
        totals = [np.zeros(seg.size) for seg in segs]
        for intent, weight in found[: intents.MAX_INTENTS]:
            key = (intent.name, scripts)
            cached = self._intent_cache.get(key)
            if cached is None:
                if len(self._intent_cache) >= _TERM_CACHE_SIZE:
                    self._intent_cache.clear()
                cached = intents.scores(segs, intent, scripts, self._vocab, self._matcher)
                self._intent_cache[key] = cached
            totals = [t + weight * score for t, score in zip(totals, cached, strict=True)]
        return totals

    def _add_titles_written(self, text: str, segs: list[Segment], scores: list[Floats]) -> None:
        """A phrase whose whole title occurs in the question is what it asks about; the longer
        the title, the surer (退货地址 in 退货地址发我 beats 退货 in it)."""
        if self._titles is None:
            self._titles = TitleMap(self._phrases.values())
        where = {id(seg): i for i, seg in enumerate(segs)}
        for phrase_id, size in self._titles.written_in(text):
            seg, local = self._where[phrase_id]
            at = where.get(id(seg))
            if at is not None:
                weight = TITLE_WEIGHT * min(size / 4, 1.0)
                scores[at][local] = max(scores[at][local], 0) + weight

    # -- results --------------------------------------------------------------------------

    def _select(
        self,
        segs: list[Segment],
        totals: list[Floats],
        limit: int,
        spans: dict[int, list[TermHits]],
        grams: list[str] | None = None,
    ) -> list[Hit]:
        """Top `limit` by (score desc, oldest first, phrase id) across segments, then the hits."""
        ranked: list[tuple[float, str, Segment, int]] = []
        for seg, scores in zip(segs, totals, strict=True):
            total = np.where(seg.alive, scores, -np.inf)
            cand = np.flatnonzero(np.isfinite(total))
            if cand.size > limit:
                cut = np.partition(total[cand], -limit)[-limit]
                cand = cand[total[cand] >= cut]
            order = np.lexsort((seg.key_rank[cand], -total[cand]))[:limit]
            ranked.extend((float(total[i]), seg.keys[i], seg, int(i)) for i in cand[order])
        # Equal scores (two phrases sharing a code): the older phrase first, so a phrase added
        # later with the same code never takes over what the agent's Enter has always pasted.
        ranked.sort(key=lambda r: (-r[0], self._phrases[r[1]].created, r[1]))
        hits = []
        for score, key, seg, local in ranked[:limit]:
            phrase = self._phrases[key]
            found = typed_spans(seg, local, spans.get(id(seg), []))
            if not found and grams:
                found = gram_spans(phrase, grams)
            hits.append(make_hit(phrase, score, found))
        return hits
