"""`phrasebook check`: the wording check (严谨性检查) on the command line.

Checks a text, one phrase, or the whole phrasebook, prints each finding (severity, rule, span,
the words, why, and a safer wording) and exits 1 when any finding is an error, so a supervisor
can run it over a team phrasebook before publishing it.
"""

from __future__ import annotations

import argparse
from collections import Counter
from dataclasses import dataclass
from typing import Any

from rich.markup import escape

from phrasebook import Phrase, Phrasebook, ValidationError, wording
from phrasebook.cli import output as out
from phrasebook.cli.command_base import AddParser, CommandFamily, resolve_phrase
from phrasebook.models import LANGS, SCOPES
from phrasebook.wording import Finding

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


@dataclass(frozen=True, slots=True)
class Checked:
    """One checked text and what was found in it."""

    text: str
    lang: str | None
    findings: list[Finding]
    id: str = ""
    label: str = ""


def add_commands(add_parser: AddParser) -> None:
    """Add `check` to the `phrasebook` parser."""
    p = add_parser("check", help="check wording: promises, absolute terms, off-platform...")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("ref", nargs="?", metavar="ID|CODE", help="check one phrase")
    what.add_argument("--text", help="check this text instead of a phrase")
    what.add_argument("--all", action="store_true", help="check every phrase in the phrasebook")
    p.add_argument("--lang", choices=LANGS, help="language of --text (default: guessed)")
    p.add_argument("--scope", choices=SCOPES, help="with --all: only team or personal phrases")
    p.add_argument(
        "--rules",
        action="append",
        metavar="FILE",
        help="a team rule file to apply too (repeatable; see resources/rules/README.md)",
    )
    p.add_argument("--json", action="store_true", help="print the findings as JSON")


def _check(book: Phrasebook, args: argparse.Namespace) -> int:
    extra = (
        *wording.setting_paths(book.get_setting(wording.EXTRA_RULES_SETTING)),
        *(args.rules or ()),
    )
    checker = wording.checker_for(extra)
    if args.text is not None:
        if not args.text.strip():
            raise ValidationError("--text is empty")
        results = [Checked(args.text, args.lang, checker.check(args.text, args.lang))]
    elif args.all:
        results = [_phrase(checker, p) for p in book.phrases(scope=args.scope)]
    else:
        results = [_phrase(checker, resolve_phrase(book, args.ref))]
    shown = [r for r in results if r.findings] if args.all else results
    counts: Counter[str] = Counter(f.severity for r in results for f in r.findings)
    if args.json:
        out.json_out(_json(len(results), counts, shown))
    else:
        _print(shown, counts, len(results))
    return 1 if counts["error"] else 0


def _phrase(checker: wording.Checker, phrase: Phrase) -> Checked:
    found = checker.check(phrase.body, phrase.lang)
    return Checked(phrase.body, phrase.lang, found, phrase.id, phrase.label)


def _print(results: list[Checked], counts: Counter[str], checked: int) -> None:
    for result in results:
        if result.id:
            out.say(f"{result.id}  {result.label}")
        for f in result.findings:
            _console_line(f)
        if not result.findings:
            out.say("  no findings")
    summary = ", ".join(f"{counts[s]} {s}" for s in reversed(wording.SEVERITIES))
    out.note(f"checked {checked} {'text' if checked == 1 else 'texts'}: {summary}")


def _console_line(f: Finding) -> None:
    console = out.console()
    style = _STYLE[f.severity]
    console.print(f"  [{style}]{f.severity:<7}[/] {f.rule}  {f.start}-{f.end}  “{escape(f.text)}”")
    console.print(f"           {f.explanation}", markup=False)
    if f.suggestion:
        console.print(f"           → {f.suggestion}", markup=False, style="dim")


def _json(checked: int, counts: Counter[str], results: list[Checked]) -> dict[str, Any]:
    return {
        "checked": checked,
        "counts": {s: counts[s] for s in wording.SEVERITIES},
        "results": [
            {
                "id": r.id or None,
                "label": r.label or None,
                "lang": r.lang,
                "text": r.text,
                "findings": [finding_dict(f) for f in r.findings],
            }
            for r in results
        ],
    }


def finding_dict(f: Finding) -> dict[str, Any]:
    """A finding as JSON: rule, severity, category, span, matched text, why, suggestion."""
    return {
        "rule": f.rule,
        "severity": f.severity,
        "category": f.category,
        "span": [f.start, f.end],
        "text": f.text,
        "explanation": f.explanation,
        "suggestion": f.suggestion,
    }


FAMILY = CommandFamily(add_commands, handlers={"check": _check})
