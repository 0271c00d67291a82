"""The values of the wording check: rules as loaded from a rule file, and the findings they make.

Both are frozen, so the popup and the editor can keep a finding while the agent goes on typing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Severity = Literal["info", "warning", "error"]
#: Severities from mild to serious; a finding of severity "error" fails `phrasebook check`.
SEVERITIES: tuple[Severity, ...] = ("info", "warning", "error")

#: How a rule applies: "match" anywhere in the text; "whole" only when the reply is nothing but
#: the match (a bare 嗯); "missing" when a short reply contains none of the rule's words.
Kind = Literal["match", "whole", "missing"]
KINDS: tuple[Kind, ...] = ("match", "whole", "missing")

#: A text in one or more languages, as (lang, text) pairs; lang "*" is the fallback.
Localized = tuple[tuple[str, str], ...]


def pick(text: Localized, lang: str) -> str:
    """The text for `lang`, else the "*" one, else English, else the first one ("" if none)."""
    found = dict(text)
    for key in (lang, "*", "en"):
        if key in found:
            return found[key]
    return text[0][1] if text else ""


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule of a rule file (see resources/rules/README.md for the format).

    Attributes:
        id: stable name, e.g. "zh.promise.guarantee"; a team file reusing an id replaces it.
        lang: "zh", "ko", "en" or "*" (every language).
        words: literal strings, matched case-insensitively (and full-width folded).
        patterns: Python regular expressions, matched the same way.
        unless: regular expressions (a plain word is one); a match lying inside one of
            theirs is not reported (第一 inside 第一次, 保证 inside 无法保证).
        max_chars: for kind "missing", only replies of at most this many characters count.
        explanation, suggestion: one text, or one per language of the checked reply (rules
            for every language explain themselves in each).
    """

    id: str
    lang: str
    category: str
    severity: Severity
    explanation: Localized
    suggestion: Localized = ()
    kind: Kind = "match"
    words: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    max_chars: int = 0


@dataclass(frozen=True, slots=True)
class Finding:
    """A careless wording found in a reply, with why it matters and what to write instead.

    Attributes:
        rule: the rule's id ("zh.absolute.superlative", "placeholder.malformed"...).
        severity: "info", "warning" or "error" (an error fails `phrasebook check`).
        span: (start, end) character offsets of the match in the checked text.
        text: the matched characters, `checked_text[start:end]`.
        explanation: why this wording is risky.
        suggestion: a safer way to say it ("" when the rule has none).
        category: the rule's kind of risk: promise, absolute, off_platform, curt,
            courtesy or placeholder.
    """

    rule: str
    severity: Severity
    span: tuple[int, int]
    text: str
    explanation: str
    suggestion: str = ""
    category: str = ""

    @property
    def start(self) -> int:
        return self.span[0]

    @property
    def end(self) -> int:
        return self.span[1]

    @property
    def is_error(self) -> bool:
        return self.severity == "error"
