"""The `phrasebook` command's arguments: every command and option has help text."""

from __future__ import annotations

import argparse
import importlib

from phrasebook.models import LANGS
from phrasebook.starter import STARTER_LANGS

DESCRIPTION = "QuickReply (快回) phrasebook: search, edit, import and export canned replies."
EPILOG = (
    "The phrasebook file is --db, else $QUICKREPLY_DB, else phrasebook.db in the user data "
    "folder. A new file is seeded once with the starter set for the system language."
)


#: Modules that bring their own subcommands (one feature each): every one has
#: `add_commands(sub)` and registers its handlers with `phrasebook.cli.main.command`.
FEATURE_MODULES: tuple[str, ...] = (
    "phrasebook.cli.personal_commands",
    "phrasebook.cli.transfer_commands",
    "phrasebook.cli.notebook_commands",
    "phrasebook.cli.wording_commands",
    "phrasebook.cli.organize_commands",
    "phrasebook.cli.sync_commands",
    "phrasebook.cli.health_commands",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="phrasebook", description=DESCRIPTION, epilog=EPILOG)
    parser.add_argument("--db", metavar="PATH", help="the phrasebook file to use")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _reading_commands(sub)
    _editing_commands(sub)
    _file_commands(sub)
    for name in FEATURE_MODULES:
        importlib.import_module(name).add_commands(sub)
    return parser


#: Metavars of arguments that name files: any bytes are a valid file name there.
_PATH_METAVARS = frozenset({"PATH", "FILE", "FOLDER", "DIR", "BACKUP"})


def undecodable_argument(parser: argparse.ArgumentParser, args: argparse.Namespace) -> str | None:
    """The name of the first text argument that was not valid UTF-8 (Python keeps such bytes
    as lone surrogates in sys.argv), or None; file names may hold any bytes and are skipped."""
    actions = {a.dest: a for a in _chosen_actions(parser, args)}
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


def _chosen_actions(
    parser: argparse.ArgumentParser, args: argparse.Namespace
) -> list[argparse.Action]:
    """The arguments of the command that was run (and of its subcommand), not of its siblings."""
    found = []
    for action in parser._actions:  # argparse keeps no public list of them
        if isinstance(action, argparse._SubParsersAction):
            chosen = action.choices.get(getattr(args, action.dest, None) or "")
            children = [chosen] if chosen is not None else list(action.choices.values())
            for child in children:
                found += _chosen_actions(child, args)
        else:
            found.append(action)
    return found


def _reading_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("init", help="create the phrasebook and seed the starter set")
    p.add_argument("--lang", choices=STARTER_LANGS, help="starter set (default: system language)")
    p.add_argument("--empty", action="store_true", help="create it without starter phrases")
    p.add_argument(
        "--add-lang",
        choices=STARTER_LANGS,
        metavar="LANG",
        help="add another language's starter set to a book that has one",
    )

    p = sub.add_parser("search", help="find phrases the way the popup does")
    p.add_argument("query", help="what an agent would type: 发货, fhsj, fahuo, 發貨, ㅂㅅ, refund")
    p.add_argument("--limit", type=int, default=10, help="how many hits (default 10)")
    p.add_argument("--json", action="store_true", help="print a JSON array of hits")

    p = sub.add_parser("show", help="show one phrase")
    p.add_argument(
        "ref", metavar="ID|CODE", help="phrase id (or its first characters) or shortcut code"
    )
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser("render", help="fill a phrase's placeholders and print it")
    p.add_argument(
        "ref", metavar="ID|CODE", help="phrase id (or its first characters) or shortcut code"
    )
    p.add_argument(
        "--set",
        action="append",
        metavar="NAME=VALUE",
        help="value of a placeholder, e.g. --set 尺码=M (repeatable)",
    )
    p.add_argument("--copy", action="store_true", help="also put the result on the clipboard")
    p.add_argument("--json", action="store_true", help="print text, fields and problems as JSON")

    p = sub.add_parser("stats", help="counts of phrases, groups, uses")
    p.add_argument("--json", action="store_true", help="print JSON")


def _editing_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("add", help="add a phrase (prints its id)")
    p.add_argument("text", help="the reply; placeholders like {客户} or 【店铺名】 allowed")
    _phrase_options(p)
    p.add_argument("--personal", action="store_true", help="a personal phrase, not the team's")
    p.add_argument("--favorite", action="store_true", help="mark as favorite")

    p = sub.add_parser("edit", help="change fields of a phrase")
    p.add_argument(
        "ref", metavar="ID|CODE", help="phrase id (or its first characters) or shortcut code"
    )
    p.add_argument("--text", help="new text")
    p.add_argument("--variant", help="your personal wording of a team phrase ('' removes it)")
    _phrase_options(p, editing=True)
    fav = p.add_mutually_exclusive_group()
    fav.add_argument(
        "--favorite", dest="favorite", action="store_true", default=None, help="mark as favorite"
    )
    fav.add_argument(
        "--no-favorite", dest="favorite", action="store_false", help="unmark as favorite"
    )

    p = sub.add_parser("rm", help="move a phrase to the trash (or --undo)")
    p.add_argument(
        "ref", metavar="ID|CODE", help="phrase id (or its first characters) or shortcut code"
    )
    p.add_argument("--undo", action="store_true", help="bring the phrase back from the trash")

    p = sub.add_parser("profile", help="show or set the agent's nickname, shop, signature")
    p.add_argument("--nickname", help="the agent's nickname ({客服})")
    p.add_argument("--shop", help="the active shop ({店铺}); added to the shop list")
    p.add_argument("--signature", help="signature ({签名})")
    p.add_argument("--greeting", help="how to address customers by default, e.g. 亲 or 您")


def _file_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("backup", help="save a backup now (or --list them)")
    p.add_argument("--list", action="store_true", help="list backups, newest first")

    p = sub.add_parser("restore", help="replace the phrasebook with a backup")
    p.add_argument("backup", help="backup file, its name from `backup --list`, or 'latest'")
    p.add_argument(
        "--force", action="store_true", help="restore even while another program has the book open"
    )


def _phrase_options(p: argparse.ArgumentParser, editing: bool = False) -> None:
    p.add_argument("--title", help="short title shown in lists")
    p.add_argument("--group", help="group path, e.g. 售前/议价")
    p.add_argument("--code", help="shortcut code, e.g. fhsj")
    p.add_argument("--tag", action="append", help="a tag (repeatable)")
    p.add_argument(
        "--question", action="append", help="a customer question it answers (repeatable)"
    )
    p.add_argument(
        "--lang",
        choices=LANGS,
        default=None if editing else "zh-Hans",
        help="language of the phrase (default zh-Hans)",
    )
