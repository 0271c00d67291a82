"""Matching one language's rules against a reply, fast enough for every keystroke.

All "match" rules of a language are compiled into one regular expression, one named group per
rule, so a reply is scanned once whatever the number of rules (see benchmarks/bench_wording.py).
The scan restarts one character after each match's start, so a later rule whose match overlaps
an earlier one is still found; a match inside one already reported, or overlapping one of the
same category, is dropped (全网第一 is one finding, not two).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from phrasebook.wording.rule_values import SEVERITIES, Finding, Rule, pick

_FLAGS = re.IGNORECASE
#: Characters trimmed from both ends before a "whole" or "missing" rule looks at a reply.
_EDGE = r"\s.,!?;:…~～。，、！？；：·'\"“”‘’()（）\-—"
_CORE = re.compile(rf"^[{_EDGE}]*(.*?)[{_EDGE}]*$", re.DOTALL)


def alternatives(rule: Rule) -> str:
    """The rule's words (longest first, so 保证金 beats 保证) and patterns as one alternation."""
    words = sorted(rule.words, key=len, reverse=True)
    return "|".join([*(re.escape(w) for w in words), *rule.patterns])


class LanguageMatcher:
    """The compiled rules of one language (its own plus the "*" ones)."""

    def __init__(self, rules: Sequence[Rule]) -> None:
        by_severity = sorted(rules, key=lambda r: -SEVERITIES.index(r.severity))
        self._match = [r for r in by_severity if r.kind == "match"]
        self._whole = [r for r in by_severity if r.kind == "whole"]
        self._missing = [
            (r, re.compile(alternatives(r), _FLAGS)) for r in rules if r.kind == "missing"
        ]
        self._combined = _combined(self._match)
        self._whole_rx = [re.compile(f"(?:{alternatives(r)})", _FLAGS) for r in self._whole]
        self._unless = {
            i: re.compile("|".join(r.unless), _FLAGS) for i, r in enumerate(self._match) if r.unless
        }

    def find(self, text: str, folded: str, lang: str) -> list[Finding]:
        """Findings in `text`; `folded` is the same text prepared for matching (same length)."""
        found = self._scan(text, folded, lang)
        core = _CORE.match(folded)
        if core is not None and core.group(1):
            found += self._short_reply(text, folded, core.span(1), lang)
        return found

    def _scan(self, text: str, folded: str, lang: str) -> list[Finding]:
        if self._combined is None:
            return []
        found: list[Finding] = []
        unless_spans: dict[int, list[tuple[int, int]]] = {}
        pos = 0
        while (m := self._combined.search(folded, pos)) is not None:
            pos = m.start() + 1
            index = int((m.lastgroup or "r0")[1:])
            start, end = m.span()
            rule = self._match[index]
            if any(_overlaps(f, rule.category, start, end) for f in found):
                continue
            if index in self._unless:
                if index not in unless_spans:  # found lazily: most rules never match
                    unless_spans[index] = _spans(self._unless[index], folded)
                spans = unless_spans[index]
                if any(s <= start and end <= e for s, e in spans):
                    continue
            found.append(_finding(rule, text, start, end, lang))
        return found

    def _short_reply(
        self, text: str, folded: str, span: tuple[int, int], lang: str
    ) -> list[Finding]:
        """Rules about the reply as a whole: a bare 嗯, or a short reply with no courtesy."""
        start, end = span
        core = folded[start:end]
        for rule, rx in zip(self._whole, self._whole_rx, strict=True):
            if rx.fullmatch(core):
                return [_finding(rule, text, start, end, lang)]
        return [
            _finding(rule, text, start, end, lang)
            for rule, rx in self._missing
            if len(core) <= rule.max_chars and rx.search(core) is None
        ]


def _combined(rules: Sequence[Rule]) -> re.Pattern[str] | None:
    if not rules:
        return None
    groups = (f"(?P<r{i}>{alternatives(rule)})" for i, rule in enumerate(rules))
    return re.compile("|".join(groups), _FLAGS)


def _overlaps(earlier: Finding, category: str, start: int, end: int) -> bool:
    """True when a new match repeats an earlier finding: inside it, or of the same kind over
    part of it (加微信 must not also give 微信, nor 全网最低价 both 全网最低 and 最低价)."""
    if earlier.start <= start and end <= earlier.end:
        return True
    return earlier.category == category and start < earlier.end


def _spans(rx: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in rx.finditer(text)]


def _finding(rule: Rule, text: str, start: int, end: int, lang: str) -> Finding:
    return Finding(
        rule=rule.id,
        severity=rule.severity,
        span=(start, end),
        text=text[start:end],
        explanation=pick(rule.explanation, lang),
        suggestion=pick(rule.suggestion, lang),
        category=rule.category,
    )


def rules_for(rules: Iterable[Rule], lang: str) -> list[Rule]:
    """The rules that apply to `lang`: its own and the ones for every language."""
    return [r for r in rules if r.lang in (lang, "*")]
