"""`phrasebook check-db`: find damage, salvage what is readable; and working on a damaged book.

These run on the file's path, not an open book: a damaged file does not open, and these are the
commands that must still work then. `export` and `backup` of a damaged book work from a salvaged
copy (`from_salvaged_copy`) and say so.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from phrasebook import (
    CheckReport,
    Phrasebook,
    check_database,
    salvage_database,
    salvage_in_place,
)
from phrasebook.cli import output as out
from phrasebook.cli.command_base import AddParser, CommandFamily
from phrasebook.db import file_holders, salvage
from phrasebook.errors import DatabaseError


def add_commands(add_parser: AddParser) -> None:
    """Add `check-db` to the `phrasebook` parser."""
    p = add_parser(
        "check-db",
        help="check the phrasebook file for damage (full integrity check); --salvage rescues it",
    )
    p.add_argument(
        "--salvage",
        metavar="NEW_FILE",
        nargs="?",
        const="",
        help="copy everything readable into a new phrasebook file (default: beside the old one)",
    )
    p.add_argument(
        "--replace",
        action="store_true",
        help="with --salvage: put the salvaged book in place (the damaged file goes to backups/)",
    )
    p.add_argument(
        "--force",
        action="store_true",
        help="replace even while another program has it open, or when no phrase was readable",
    )
    p.add_argument("--json", action="store_true", help="print the report as JSON")


def check_db(path: Path, args: argparse.Namespace) -> int:
    """The `check-db` command; exit 0 for a healthy file, 1 for damage found."""
    if not path.exists():
        raise DatabaseError(path, "does not exist")
    report = check_database(path)
    if args.salvage is None:
        _print_check(report, args.json)
        return 0 if report.ok else 1
    if args.replace:
        file_holders.refuse_if_shared(path, args.force, "replace it with the salvaged copy")
    if args.replace:
        rescued, kept = salvage_in_place(path, force=args.force)
        message = f"salvaged into {path} ({rescued.summary()}); the damaged file was kept as {kept}"
    else:
        target = Path(args.salvage).expanduser() if args.salvage else _salvage_name(path)
        rescued = salvage_database(path, target)
        message = (
            f"salvaged into {target} ({rescued.summary()}). To use it, run `phrasebook --db "
            f"{target}`, or `check-db --salvage --replace` to put it in place of {path}"
        )
    if args.json:
        out.json_out(
            _check_json(report) | {"salvaged": str(rescued.target), "summary": rescued.summary()}
        )
    else:
        _print_check(report, False)
        out.say(message)
    return 0


def from_salvaged_copy(path: Path, command: str, run: Callable[[Phrasebook], int]) -> int:
    """Run a command (`export`, `backup`) on a damaged book through a salvaged copy; stderr
    says so."""
    with tempfile.TemporaryDirectory(prefix=".salvage-", dir=path.parent) as tmp:
        copy = Path(tmp) / path.name
        rescued = salvage_database(path, copy)
        if rescued.phrases_lost_whole:
            raise salvage.nothing_readable(path, rescued)
        out.note(
            f"{path} is damaged; {command} works from what could be read ({rescued.summary()})."
            " `phrasebook check-db --salvage --replace` repairs the book itself"
        )
        with Phrasebook.open(copy, auto_backup=False) as book:
            return run(book)


def _salvage_name(path: Path) -> Path:
    stamp = datetime.fromtimestamp(time.time()).strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}-salvaged-{stamp}{path.suffix or '.db'}")


def _check_json(report: CheckReport) -> dict[str, object]:
    return {
        "path": str(report.path),
        "ok": report.ok,
        "index_only": report.index_only,
        "problems": list(report.problems),
        "undecodable": list(report.undecodable),
    }


def _print_check(report: CheckReport, as_json: bool) -> None:
    if as_json:
        out.json_out(_check_json(report))
        return
    if report.ok:
        out.say(f"{report.path}: ok (full integrity check passed, all text readable)")
        return
    out.say(f"{report.path}: DAMAGED")
    for problem in report.problems[:20]:
        out.say(f"  {problem}")
    for cell in report.undecodable[:20]:
        out.say(f"  text that is not UTF-8: {cell}")
    if report.index_only:
        out.say("only indexes are damaged: opening the book rebuilds them (after a backup)")
    else:
        out.say(
            "`phrasebook check-db --salvage` copies what is readable into a new file;"
            " `phrasebook restore latest` brings back the newest backup"
        )


FAMILY = CommandFamily(add_commands, file_handlers={"check-db": check_db})
