"""The `phrasebook` command's entry point: parse, open the book, run the command.

Every user mistake ends with a one-line reason on stderr and a non-zero exit code, never a
traceback. The commands themselves are in the families that `phrasebook.cli.commands` lists.
"""

from __future__ import annotations

import argparse
import sqlite3
from collections.abc import Mapping, Sequence
from pathlib import Path

from phrasebook import CorruptDatabaseError, PhrasebookError
from phrasebook.cli import output as out
from phrasebook.cli.command_base import BookHandler, FileHandler, open_book
from phrasebook.cli.commands import FAMILIES
from phrasebook.cli.parser import build_parser, undecodable_argument
from phrasebook.db import faults
from phrasebook.paths import default_db_path

#: Command name -> handler, from the command table.
_COMMANDS: Mapping[str, BookHandler] = {n: h for f in FAMILIES for n, h in f.handlers.items()}
_FILE_COMMANDS: Mapping[str, FileHandler] = {
    n: h for f in FAMILIES for n, h in f.file_handlers.items()
}
_WHEN_DAMAGED: Mapping[str, FileHandler] = {
    n: h for f in FAMILIES for n, h in f.when_damaged.items()
}
_UNSEEDED = frozenset(n for f in FAMILIES for n in f.unseeded)


def main(argv: Sequence[str] | None = None) -> int:
    """Run `phrasebook ARGS`; returns the exit code (0 ok, 1 refused or failed, 2 bad usage)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    bad = undecodable_argument(parser, args)
    if bad:
        out.error(
            f"argument {bad}: not valid UTF-8 text (check the terminal's encoding); "
            "nothing was written"
        )
        return 2
    path = default_db_path(args.db)
    try:
        return _run(path, args)
    except PhrasebookError as exc:
        out.error(str(exc))
        return 1
    except OSError as exc:
        out.error(f"{exc.filename or ''}: {exc.strerror}".lstrip(": "))
        return 1
    except sqlite3.Error as exc:  # a write outside the store's path: say busy, full, read-only
        out.error(str(faults.classify(exc, path, "write")))
        return 1
    except KeyboardInterrupt:
        return 130


def _run(path: Path, args: argparse.Namespace) -> int:
    if args.command in _FILE_COMMANDS:
        return _FILE_COMMANDS[args.command](path, args)
    try:
        book = open_book(path, seed=args.command not in _UNSEEDED)
    except CorruptDatabaseError:
        if args.command in _WHEN_DAMAGED:  # the commands that must work on a damaged book
            return _WHEN_DAMAGED[args.command](path, args)
        raise
    with book:
        return _COMMANDS[args.command](book, args)


__all__ = ["main"]
