"""The `phrasebook` command's arguments, built from the command table: every command and option
has help text.

`CommandParser` remembers the arguments and sub-commands it is given, so checks after parsing
(`undecodable_argument`) read them from there rather than from argparse's internals.
"""

from __future__ import annotations

import argparse
from typing import Any

from phrasebook.cli.command_base import CommandFamily
from phrasebook.cli.commands import FAMILIES

DESCRIPTION = "QuickReply (快回) phrasebook: search, edit, import and export canned replies."
EPILOG = (
    "The phrasebook file is --db, else $QUICKREPLY_DB, else phrasebook.db in the user data "
    "folder. A new file is seeded once with the starter set for the system language."
)
#: Metavars of arguments that name files: any bytes are a valid file name there.
_PATH_METAVARS = frozenset({"PATH", "FILE", "FOLDER", "DIR", "BACKUP"})


class CommandParser(argparse.ArgumentParser):
    """An ArgumentParser that keeps a list of its arguments and of its sub-commands.

    Sub-commands made with `add_subparsers().add_parser` are CommandParsers too (argparse
    makes them of the parent's class).
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.arguments: list[argparse.Action] = []  # before super(): it adds --help
        #: (the namespace attribute naming the chosen sub-command, name -> its parser)
        self.subcommands: tuple[str, dict[str, CommandParser]] | None = None
        super().__init__(*args, **kwargs)

    def add_argument(self, *args: Any, **kwargs: Any) -> argparse.Action:
        action = super().add_argument(*args, **kwargs)
        self.arguments.append(action)
        return action

    def add_mutually_exclusive_group(self, **kwargs: Any) -> Any:
        """The group, with its `add_argument` recording the arguments here as well."""
        return _RecordedGroup(super().add_mutually_exclusive_group(**kwargs), self.arguments)

    def add_subparsers(self, **kwargs: Any) -> Any:
        action = super().add_subparsers(**kwargs)
        self.subcommands = (action.dest, action.choices)
        return action


class _RecordedGroup:
    """A mutually exclusive group whose arguments are also appended to `arguments`."""

    def __init__(self, group: Any, arguments: list[argparse.Action]) -> None:
        self.group = group
        self.arguments = arguments

    def add_argument(self, *args: Any, **kwargs: Any) -> argparse.Action:
        action: argparse.Action = self.group.add_argument(*args, **kwargs)
        self.arguments.append(action)
        return action

    def __getattr__(self, name: str) -> Any:
        return getattr(self.group, name)


def build_parser(families: tuple[CommandFamily, ...] = FAMILIES) -> CommandParser:
    """The `phrasebook` parser with every family's commands, in the table's order."""
    parser = CommandParser(prog="phrasebook", description=DESCRIPTION, epilog=EPILOG)
    parser.add_argument("--db", metavar="PATH", help="the phrasebook file to use")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for family in families:
        family.add_commands(sub.add_parser)
    return parser


def undecodable_argument(parser: CommandParser, args: argparse.Namespace) -> str | None:
    """The name of the first text argument that was not valid UTF-8 (Python keeps such bytes
    as lone surrogates in sys.argv), or None; file names may hold any bytes and are skipped."""
    actions = {a.dest: a for a in _chosen_arguments(parser, args)}
    for dest, value in vars(args).items():
        action = actions.get(dest)
        if action is None or action.metavar in _PATH_METAVARS or dest in {"file", "backup"}:
            continue
        values = value if isinstance(value, list | tuple) else [value]
        if any(isinstance(v, str) and not v.isascii() and _has_surrogate(v) for v in values):
            return (
                action.option_strings[-1]
                if action.option_strings
                else str(action.metavar or dest.upper())
            )
    return None


def _has_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _chosen_arguments(parser: CommandParser, args: argparse.Namespace) -> list[argparse.Action]:
    """The arguments of the command that was run (and of its subcommand), not of its siblings."""
    found = list(parser.arguments)
    if parser.subcommands is not None:
        dest, choices = parser.subcommands
        chosen = choices.get(getattr(args, dest, None) or "")
        for child in [chosen] if chosen is not None else list(choices.values()):
            found += _chosen_arguments(child, args)
    return found
