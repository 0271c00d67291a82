"""The scanner: splits a template into literal text and placeholders, noting malformed spots.

Placeholders are `{...}` or `【...】`; a doubled bracket is a literal one. A malformed spot is
reported and kept in the text as written, so a stray brace in a reply is never lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from phrasebook.templates.values import TemplateProblem

OPENERS = {"{": "}", "【": "】"}
CLOSERS = frozenset(OPENERS.values())
_SPECIAL = re.compile("[{}【】]")
_STOP = re.compile("[{}【】\r\n]")


@dataclass(frozen=True, slots=True)
class Placeholder:
    """A well-bracketed `{...}`/`【...】`; `start`/`end` are offsets in the template."""

    start: int
    end: int
    raw: str
    body: str


Token = str | Placeholder


def scan(template: str) -> tuple[tuple[Token, ...], tuple[TemplateProblem, ...]]:
    """Tokens (literal strings and placeholders, in order) and the problems met on the way."""
    return _Scanner(template).run()


class _Scanner:
    """One left-to-right pass; literal runs are merged so tokens alternate text/placeholder."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens: list[Token] = []
        self.literal: list[str] = []
        self.problems: list[TemplateProblem] = []

    def run(self) -> tuple[tuple[Token, ...], tuple[TemplateProblem, ...]]:
        at = 0
        while (m := _SPECIAL.search(self.text, at)) is not None:
            self.literal.append(self.text[at : m.start()])
            at = self._special(m.start())
        self.literal.append(self.text[at:])
        self._flush()
        return tuple(self.tokens), tuple(self.problems)

    def _special(self, at: int) -> int:
        """Handle the bracket at `at`; return where scanning resumes."""
        ch = self.text[at]
        if self.text.startswith(ch, at + 1):
            self.literal.append(ch)
            return at + 2
        if ch in CLOSERS:
            return self._reject(at, at + 1, f"stray '{ch}' at {at} (write '{ch}{ch}' for one)")
        return self._opener(at)

    def _opener(self, at: int) -> int:
        ch, closer = self.text[at], OPENERS[self.text[at]]
        stop = _STOP.search(self.text, at + 1)
        if stop is None:
            return self._reject(at, at + 1, f"unclosed '{ch}' at {at}")
        end, found = stop.start(), stop.group()
        if found == closer:
            self._flush()
            body = self.text[at + 1 : end]
            self.tokens.append(Placeholder(at, end + 1, self.text[at : end + 1], body))
            return end + 1
        if found in "\r\n":
            return self._reject(at, at + 1, f"line break inside '{ch}' at {at} before '{closer}'")
        if found in CLOSERS:
            why = f"'{ch}' at {at} is closed by '{found}' at {end}; use '{closer}'"
            return self._reject(at, end + 1, why)
        why = f"nested '{found}' at {end} inside '{ch}' at {at}"
        return self._reject(at, _matching_end(self.text, at) or at + 1, why)

    def _reject(self, start: int, end: int, message: str) -> int:
        """Report a problem at `start` and keep `text[start:end]` as literal text."""
        self.problems.append(TemplateProblem(start, message))
        self.literal.append(self.text[start:end])
        return end

    def _flush(self) -> None:
        text = "".join(self.literal)
        self.literal.clear()
        if text:
            self.tokens.append(text)


def _matching_end(text: str, start: int) -> int | None:
    """End of the bracket group opened at `start`, counting nesting; None if a line ends first.

    Lets a nested placeholder be reported once and kept whole, instead of cascading into
    a stray-bracket report for every inner piece.
    """
    depth = 0
    for m in _STOP.finditer(text, start):
        ch = m.group()
        if ch in "\r\n":
            return None
        depth += 1 if ch in OPENERS else -1
        if depth == 0:
            return m.end()
    return None
