"""What every command family builds on: the handler types, its table entry, opening the book,
and finding a phrase by what people type.

A family module (`*_commands.py`) adds its commands' arguments through `add_parser` and names
its handlers in one `CommandFamily`; `phrasebook.cli.commands` lists the families in order.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from phrasebook import Phrasebook
from phrasebook.cli import output as out
from phrasebook.models import Phrase
from phrasebook.starter import lang_for_locale

#: `sub.add_parser` of the `phrasebook` parser: `add_parser(name, help=...)` -> a parser.
AddParser = Callable[..., argparse.ArgumentParser]
#: A command that works on the open book; returns the exit code.
BookHandler = Callable[[Phrasebook, argparse.Namespace], int]
#: A command that works on the book's file path without opening it; returns the exit code.
FileHandler = Callable[[Path, argparse.Namespace], int]


@dataclass(frozen=True, slots=True)
class CommandFamily:
    """One family's entry in the command table.

    Attributes:
        add_commands: adds the family's commands (with help texts) through `add_parser`.
        handlers: command name -> handler run on the open book.
        file_handlers: commands run on the file's path; the book is never opened (they must
            work on a damaged file).
        when_damaged: command name -> what runs instead when the book does not open because
            the file is damaged.
        unseeded: commands that fill a new book themselves, so it is not seeded first.
    """

    add_commands: Callable[[AddParser], None]
    handlers: Mapping[str, BookHandler] = field(default_factory=dict)
    file_handlers: Mapping[str, FileHandler] = field(default_factory=dict)
    when_damaged: Mapping[str, FileHandler] = field(default_factory=dict)
    unseeded: frozenset[str] = frozenset()


def open_book(path: Path, *, seed: bool = True) -> Phrasebook:
    """Open (or create) the book; a new one is seeded with the starter set unless `seed` is off."""
    is_new = not path.exists()
    if is_new:
        path.parent.mkdir(parents=True, exist_ok=True)
    book = Phrasebook.open(path)
    if is_new and seed:
        report = book.seed_starter(system_lang())
        out.note(f"created {path} with {report.added} starter phrases ({book.seeded})")
    return book


def system_lang() -> str:
    """The starter language for this machine's locale (LC_ALL, LC_MESSAGES, LANG).

    With none set (a bare `su -`, cron) the default is Chinese, as the app chooses: Python's
    own guess would turn the C locale into en_US and seed an English book.
    """
    names = (os.environ.get(k) for k in ("LC_ALL", "LC_MESSAGES", "LANG"))
    return lang_for_locale(next((n for n in names if n), None))


def resolve_phrase(book: Phrasebook, ref: str) -> Phrase:
    """A phrase by id, unique id prefix (as `search` shows them) or unique shortcut code."""
    return book.find(ref)


def add_phrase_ref(p: argparse.ArgumentParser, name: str = "ref") -> None:
    """The ID|CODE argument of commands that work on one phrase."""
    p.add_argument(
        name, metavar="ID|CODE", help="phrase id (or its first characters) or shortcut code"
    )
