"""`phrasebook backup|restore`: save a backup now, list them, put one back.

Both work on a damaged book too: `restore` replaces the file that no longer opens (keeping it in
backups/), and `backup` saves what a salvaged copy could read.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from phrasebook import Phrasebook
from phrasebook.cli import output as out
from phrasebook.cli.command_base import AddParser, CommandFamily
from phrasebook.cli.health_commands import from_salvaged_copy
from phrasebook.db import backups, file_holders


def add_commands(add_parser: AddParser) -> None:
    """Add `backup` and `restore` to the `phrasebook` parser."""
    p = add_parser("backup", help="save a backup now (or --list them)")
    p.add_argument("--list", action="store_true", help="list backups, newest first")

    p = add_parser("restore", help="replace the phrasebook with a backup")
    p.add_argument("backup", help="backup file, its name from `backup --list`, or 'latest'")
    p.add_argument(
        "--force", action="store_true", help="restore even while another program has the book open"
    )


def _backup(book: Phrasebook, args: argparse.Namespace) -> int:
    if args.list:
        out.backups_table(book.backups())
        return 0
    out.say(f"saved {book.backup()}")
    return 0


def _restore(book: Phrasebook, args: argparse.Namespace) -> int:
    source = backups.resolve(book.path, args.backup)
    lacking = book.restore_preview(source)
    safety = book.restore(source, force=args.force)
    if lacking.anything:
        out.say(
            f"restored from {source}. Not in the backup: {lacking.describe()}; they are kept"
            f" in {safety} (`phrasebook --db {safety} export FILE` reads them out)"
        )
    else:
        out.say(f"restored from {source}; the previous state was saved as {safety}")
    return 0


def _backup_damaged(path: Path, args: argparse.Namespace) -> int:
    """A backup of what a salvaged copy of the damaged book could read, named "salvaged"."""

    def save(copy: Phrasebook) -> int:
        saved = backups.make_backup(copy.db.conn, path, "salvaged")
        out.say(f"saved {saved} (salvaged)")
        return 0

    return from_salvaged_copy(path, "backup", save)


def _restore_damaged(path: Path, args: argparse.Namespace) -> int:
    """Restore over a file that no longer opens; the damaged file is kept in backups/."""
    file_holders.refuse_if_shared(path, args.force, "restore a backup over it")
    source = backups.resolve(path, args.backup)
    kept = backups.restore_over_damaged(path, source)
    out.say(
        f"restored from {source}; the damaged file was kept as {kept}. Changes made after that"
        f" backup are not in it: `phrasebook --db {kept} check-db --salvage NEW_FILE` reads"
        " what is left of them out of the damaged copy"
    )
    return 0


FAMILY = CommandFamily(
    add_commands,
    handlers={"backup": _backup, "restore": _restore},
    when_damaged={"backup": _backup_damaged, "restore": _restore_damaged},
    unseeded=frozenset({"restore"}),
)
