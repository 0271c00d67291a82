"""`phrasebook import` and `phrasebook export`: every format phrasebook.importing knows.

Import shows its preview with --dry-run (a table of what each row would do, the counts and the
wording findings); --map corrects the column mapping of a spreadsheet; --on-duplicate says what
happens to rows that match a phrase already there.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from rich.table import Table
from rich.text import Text

from phrasebook import Phrasebook, ValidationError
from phrasebook.cli import output as out
from phrasebook.cli.command_base import AddParser, CommandFamily
from phrasebook.cli.health_commands import from_salvaged_copy
from phrasebook.exporting import WRITERS
from phrasebook.importing import FORMATS
from phrasebook.importing.columns import FIELDS
from phrasebook.importing.plan import POLICIES
from phrasebook.models import ImportReport, RowFinding
from phrasebook.templates import brackets

PREVIEW_ROWS = 50
_VERBS = {"add": "new", "update": "update", "unchanged": "same", "skip": "skip"}


def add_commands(add_parser: AddParser) -> None:
    """Add `import` and `export` to the `phrasebook` parser."""
    p = add_parser("import", help="import phrases from a file (one transaction)")
    p.add_argument("file", help="jsonl, csv, xlsx, txt (IME or document), md, docx, yml")
    p.add_argument("--format", choices=FORMATS, help="the file's format (default: guessed)")
    p.add_argument("--dry-run", action="store_true", help="only preview what would change")
    p.add_argument(
        "--on-duplicate",
        choices=POLICIES,
        help="rows matching a phrase (same text, or code+group): skip (default), keep, update",
    )
    p.add_argument(
        "--map",
        action="append",
        metavar="COLUMN=FIELD",
        help=f"use a spreadsheet column as a field ({', '.join(FIELDS)}; empty ignores it)",
    )
    p.add_argument("--personal", action="store_true", help="import new phrases as personal")

    p = add_parser("export", help="export phrases to a file")
    p.add_argument("file", help="the file to write: .jsonl .csv .xlsx .txt .md .yml")
    p.add_argument("--format", choices=tuple(WRITERS), help="the format (default: from the name)")
    p.add_argument("--scope", choices=("team", "personal"), help="only team or personal phrases")


def _import(book: Phrasebook, args: argparse.Namespace) -> int:
    report = book.import_file(
        args.file,
        format=args.format,
        mapping=dict(_mapping(item) for item in args.map or ()),
        on_duplicate=args.on_duplicate,
        scope="personal" if args.personal else None,  # None: the core's default rule
        dry_run=args.dry_run,
    )
    for note in report.notes:
        out.note(note)
    if report.dry_run:
        _preview(report)
    verb = "would add" if report.dry_run else "added"
    summary = f"{verb} {report.added}, updated {report.updated}, unchanged {report.unchanged}"
    if report.duplicates:
        summary += f", duplicates {report.duplicates} (skipped {report.skipped})"
    out.say(summary)
    return 0


def _mapping(item: str) -> tuple[str, str]:
    column, sep, field = item.partition("=")
    if not sep or not column.strip():
        raise ValidationError(f"--map needs COLUMN=FIELD, got {item!r}")
    return column.strip(), field.strip()


def _preview(report: ImportReport) -> None:
    table = Table("line", "action", "group", "code", "text", "matches")
    for item in report.items[:PREVIEW_ROWS]:
        match = f"{item.reason}: {out.snippet(item.duplicate_of.text)}" if item.duplicate_of else ""
        cells = (
            str(item.line),
            _VERBS[item.action],
            item.phrase.group,
            item.phrase.code,
            out.snippet(item.phrase.text),
            match,
        )
        table.add_row(*(Text(cell) for cell in cells))  # Text: no rich markup from user data
    out.console().print(table)
    if len(report.items) > PREVIEW_ROWS:
        out.note(f"… and {len(report.items) - PREVIEW_ROWS} more rows")
    _bracket_lines(report)
    for row in report.findings:
        _finding_lines(row)


def _bracket_lines(report: ImportReport) -> None:
    """Which brackets of each row are fields (asked for at insert time) and which the shop's
    labels, pasted as written: a label read as a field would stop the reply."""
    labels = False
    for item in report.items[:PREVIEW_ROWS]:
        found = brackets(item.phrase.text)
        fields = " ".join(b.raw for b in found if b.field)
        kept = " ".join(b.raw for b in found if not b.field and b.reason != "escaped")
        parts = [f"fields {fields}"] * bool(fields) + [f"as text {kept}"] * bool(kept)
        if parts:
            out.say(f"brackets: line {item.line}: " + "; ".join(parts))
        labels = labels or bool(kept)
    if labels:
        out.note(
            "brackets 'as text' read as the shop's labels and are pasted as written; write"
            " one as {name} to ask for it at insert time, or a field as 【【name】】 to keep it"
            " as text (or click it in the import preview or the editor)"
        )


def _finding_lines(row: RowFinding) -> None:
    """One finding as `phrasebook check` words it: what, where, why, and what to write."""
    f = row.finding
    kind = f.category.replace("_", "-") or f.rule
    out.say(f"wording: line {row.line}: {f.severity} {kind} “{f.text}” ({f.rule})")
    out.say(f"  {f.explanation}")
    if f.suggestion:
        out.say(f"  → {f.suggestion}")


def _export(book: Phrasebook, args: argparse.Namespace) -> int:
    count = book.export_file(args.file, scope=args.scope, format=args.format)
    out.say(f"exported {count} phrases to {args.file}")
    return 0


def _export_damaged(path: Path, args: argparse.Namespace) -> int:
    return from_salvaged_copy(path, "export", lambda book: _export(book, args))


FAMILY = CommandFamily(
    add_commands,
    handlers={"import": _import, "export": _export},
    when_damaged={"export": _export_damaged},
    unseeded=frozenset({"import"}),
)
