"""Gives each placeholder its meaning: a known name, a date/time, or a fill-in field.

`analyze` is the one pass shared by `render`, `placeholders` and `problems`; it is cached
because the popup re-renders the same phrase on every keystroke in a fill-in field.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

from phrasebook.templates.bracket_marks import Bracket, classify, escaped_brackets
from phrasebook.templates.dates import DEFAULT_FORMATS, Piece, parse_format
from phrasebook.templates.names import CLOCK_NAMES, canonical
from phrasebook.templates.syntax import Placeholder, scan
from phrasebook.templates.values import TemplateProblem

#: Longer "names" are almost always a sentence that happens to sit in 【】, not a field.
MAX_NAME_CHARS = 40
_OFFSET = re.compile(r"(?P<base>.+?)\s*(?P<days>[+-]\s*[0-9]{1,5})")

Spec = tuple[tuple[str, ...], str]  # (choices, default)


@dataclass(frozen=True, slots=True)
class Slot:
    """A placeholder with its meaning resolved.

    Attributes:
        key: identity of the field: the canonical known name, else the name as written, so
            `{shop}` and `【店铺名】` are one field.
        known: the canonical known name, or None for a plain fill-in field.
        spec: (choices, default) written after ':', or None when there was no ':'.
        pieces/days: the parsed format and day offset of a date or time.
    """

    placeholder: Placeholder
    name: str
    key: str
    known: str | None = None
    spec: Spec | None = None
    pieces: tuple[Piece, ...] = ()
    days: int = 0


@dataclass(frozen=True, slots=True)
class Analysis:
    """A template taken apart: literal text and slots, problems, and each field's spec.

    Attributes:
        brackets: every bracketed name, fields and labels kept as text, by position.
    """

    tokens: tuple[str | Slot, ...]
    problems: tuple[TemplateProblem, ...]
    specs: Mapping[str, Spec]
    brackets: tuple[Bracket, ...] = ()


@lru_cache(maxsize=512)
def analyze(template: str) -> Analysis:
    """Scan and resolve `template`; a label (see `brackets`) or a placeholder that cannot be
    resolved stays as raw text."""
    scanned, problems = scan(template)
    found = list(problems)
    tokens: list[str | Slot] = []
    seen: list[Bracket] = []
    label_end: int | None = None
    for token in scanned:
        if isinstance(token, str):
            tokens.append(token)
            continue
        after_label = label_end is not None and not template[label_end : token.start].strip()
        is_field, reason = classify(template, token, after_label)
        name = token.body.partition(":")[0].strip()
        if not is_field:
            label_end = token.end
            seen.append(Bracket(token.start, token.end, token.raw, name, False, reason))
            tokens.append(token.raw)
            continue
        slot = resolve(token)
        if isinstance(slot, TemplateProblem):
            found.append(slot)
            tokens.append(token.raw)
            continue
        seen.append(Bracket(token.start, token.end, token.raw, name, True, reason))
        tokens.append(slot)
    seen += escaped_brackets(template, [(b.start, b.end) for b in seen])
    specs = _first_specs(tokens, found)
    problems_found = tuple(sorted(found, key=lambda p: p.position))
    ordered = tuple(sorted(seen, key=lambda b: b.start))
    return Analysis(tuple(tokens), problems_found, specs, ordered)


def resolve(ph: Placeholder) -> Slot | TemplateProblem:
    """The slot `ph` stands for, or the problem that makes it unusable."""
    name, colon, spec = ph.body.partition(":")
    name = name.strip()
    if not name:
        return TemplateProblem(ph.start, f"empty name in '{ph.raw}' at {ph.start}")
    if len(name) > MAX_NAME_CHARS:
        why = f"name at {ph.start} is longer than {MAX_NAME_CHARS} characters: '{name[:12]}…'"
        return TemplateProblem(ph.start, why)
    offset = _OFFSET.fullmatch(name)
    base = canonical(offset.group("base")) if offset else None
    if offset and base in CLOCK_NAMES:
        days = int(offset.group("days").replace(" ", ""))
        return _clock_slot(ph, offset.group("base"), base or "", spec if colon else None, days)
    known = canonical(name)
    if known in CLOCK_NAMES:
        return _clock_slot(ph, name, known or "", spec if colon else None, 0)
    return Slot(ph, name, known or name, known, _parse_spec(spec) if colon else None)


def _clock_slot(
    ph: Placeholder, name: str, known: str, fmt: str | None, days: int
) -> Slot | TemplateProblem:
    """A date or time slot; only the date takes a day offset."""
    if days and known != "date":
        return TemplateProblem(
            ph.start, f"only the date takes a day offset: '{ph.raw}' at {ph.start}"
        )
    try:
        pieces = parse_format(fmt.strip() if fmt is not None else DEFAULT_FORMATS[known])
    except ValueError as exc:
        return TemplateProblem(ph.start, f"{exc} at {ph.start}")
    return Slot(ph, name, known, known, pieces=pieces, days=days)


def _parse_spec(spec: str) -> Spec:
    """`红色|蓝色` -> choices with the first as default; `5` -> a default value."""
    if "|" in spec:
        choices = tuple(option.strip() for option in spec.split("|"))
        return choices, choices[0]
    return (), spec.strip()


def _first_specs(tokens: list[str | Slot], problems: list[TemplateProblem]) -> Mapping[str, Spec]:
    """The first spec given for each field; a later, different one is reported."""
    specs: dict[str, tuple[Spec, int]] = {}
    for slot in tokens:
        if isinstance(slot, str) or slot.spec is None:
            continue
        first = specs.setdefault(slot.key, (slot.spec, slot.placeholder.start))
        if first[0] != slot.spec:
            at = slot.placeholder.start
            why = f"'{slot.placeholder.raw}' at {at} differs from the options given at {first[1]}"
            problems.append(TemplateProblem(at, why))
    return MappingProxyType({key: spec for key, (spec, _) in specs.items()})
