"""`phrasebook usage` and `phrasebook trash`: the manager's statistics and trash, in a shell.

A supervisor can see which replies are sent (per shop and period) and which nobody sent for 90
days, and empty the trash, without opening the app.
"""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import Any

from rich.table import Table

from phrasebook import Phrasebook, ValidationError
from phrasebook.cli import output as out
from phrasebook.cli.command_base import AddParser, CommandFamily
from phrasebook.usage_stats import PhraseUsage, UsageFilter


def add_commands(add_parser: AddParser) -> None:
    """Add `usage` and `trash` to the `phrasebook` parser."""
    p = add_parser("usage", help="most used phrases per shop and period (or --least/--unused)")
    p.add_argument("--shop", help="only insertions for this shop")
    p.add_argument("--days", type=int, help="only the last N days (default: all time)")
    p.add_argument("--limit", type=int, default=10, help="how many phrases (default 10)")
    kind = p.add_mutually_exclusive_group()
    kind.add_argument("--least", action="store_true", help="least used first, never used included")
    kind.add_argument(
        "--unused", action="store_true", help="phrases nobody sent for --days (default 90) days"
    )
    p.add_argument("--mine", action="store_true", help="only what this agent (device) inserted")
    p.add_argument("--json", action="store_true", help="print a JSON array")

    p = add_parser("trash", help="list deleted phrases (or --purge them for good)")
    p.add_argument("--purge", action="store_true", help="empty the trash; cannot be undone")
    p.add_argument("--json", action="store_true", help="print a JSON array")


def _usage(book: Phrasebook, args: argparse.Namespace) -> int:
    if args.days is not None and args.days <= 0:
        raise ValidationError("--days must be a positive number of days")
    where = UsageFilter(shop=args.shop, days=args.days, mine=args.mine)
    if args.unused:
        rows = book.usage.unused(args.days or 90, args.shop)[: args.limit]
    elif args.least:
        rows = book.usage.least_used(where, args.limit)
    else:
        rows = book.usage.most_used(where, args.limit)
    if args.json:
        out.json_out([_usage_dict(u) for u in rows])
    elif not rows:
        out.note("no phrases match")
    else:
        _usage_table(rows)
    return 0


def _trash(book: Phrasebook, args: argparse.Namespace) -> int:
    if args.purge:
        out.say(f"deleted {book.organize.purge()} phrases for good")
        return 0
    deleted = book.deleted_phrases()
    if args.json:
        out.json_out([out.phrase_dict(p) for p in deleted])
    elif not deleted:
        out.note("the trash is empty")
    else:
        for phrase in deleted:
            out.say(f"{phrase.id}  {phrase.label}")
        out.note("`phrasebook rm --undo ID` brings one back; `trash --purge` empties it")
    return 0


def _usage_dict(usage: PhraseUsage) -> dict[str, Any]:
    return {**out.phrase_dict(usage.phrase), "uses": usage.uses, "last_used": usage.last_used}


def _usage_table(rows: list[PhraseUsage]) -> None:
    table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
    for column in ("uses", "last used", "code", "title", "group", "id"):
        table.add_column(column, justify="right" if column == "uses" else "left")
    for u in rows:
        last = datetime.fromtimestamp(u.last_used).strftime("%Y-%m-%d") if u.last_used else "-"
        p = u.phrase
        table.add_row(str(u.uses), last, p.code, p.label, p.group, p.id[:8])
    out.console().print(table, markup=False)


FAMILY = CommandFamily(add_commands, handlers={"usage": _usage, "trash": _trash})
