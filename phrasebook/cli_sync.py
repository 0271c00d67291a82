"""`phrasebook team|sync`: team membership and one sync round through a shared folder.

A thin shell over `book.sync` (phrasebook.sync.manager). The sync server (`serve`, `--server`)
is not built yet.
"""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import TYPE_CHECKING

from rich.table import Table

from phrasebook import cli_output as out
from phrasebook.book import Phrasebook
from phrasebook.cli import command

if TYPE_CHECKING:  # subscriptable for type checkers only (Python 3.11 argparse)
    SubParsers = argparse._SubParsersAction[argparse.ArgumentParser]


def add_commands(sub: SubParsers) -> None:
    """Register `team` and `sync` on the `phrasebook` parser."""
    _team_commands(sub)
    p = sub.add_parser("sync", help="one sync round with the team's folder or server")
    _where(p, required=False, what="another place (moving the team uploads everything there)")
    p.add_argument(
        "--confirm-deletes", action="store_true", help="apply a batch deleting many team phrases"
    )
    p.add_argument("--json", action="store_true", help="print the summary as JSON")


def _team_commands(sub: SubParsers) -> None:
    p = sub.add_parser("team", help="create or join a team phrasebook, invite, list members")
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION", help="what to do")
    create = actions.add_parser("create", help="start a team you supervise; publishes team phrases")
    create.add_argument("name", help="the team's name, e.g. the shop")
    _where(create, required=True, what="where the team lives")
    create.add_argument("--as", dest="member_name", default="", help="your name in the team")
    invite = actions.add_parser("invite", help="print a join code for one new member")
    invite.add_argument("--role", choices=("agent", "supervisor"), default="agent", help="role")
    invite.add_argument("--name", default="", help="who the code is for (shown in members)")
    join = actions.add_parser("join", help="join a team with a code from its supervisor")
    join.add_argument("code", help="the join code (QR1-...)")
    _where(join, required=False, what="the team's folder as seen from this computer")
    join.add_argument("--as", dest="member_name", default="", help="your name in the team")
    members = actions.add_parser("members", help="the team's members and their roles")
    members.add_argument("--json", action="store_true", help="print JSON")


def _where(p: argparse.ArgumentParser, *, required: bool, what: str) -> None:
    p.add_argument("--folder", metavar="PATH", required=required, help=f"shared folder: {what}")


@command("team")
def _team(book: Phrasebook, args: argparse.Namespace) -> int:
    sync = book.sync
    if args.action == "create":
        config = sync.create_team(args.name, folder=args.folder, member_name=args.member_name)
        summary = sync.sync()
        out.say(f"team {config['name']!r} created; published {summary.sent} changes")
    elif args.action == "invite":
        out.say(sync.invite(args.role, args.name))
        out.note("hand this code to the new member: `phrasebook team join CODE --folder PATH`")
    elif args.action == "join":
        config = sync.join(args.code, folder=args.folder, member_name=args.member_name)
        summary = sync.sync()
        out.say(f"joined team {config['name']!r}; received {summary.received} changes")
    else:
        _members(book, args.json)
    return 0


def _members(book: Phrasebook, as_json: bool) -> None:
    found = book.sync.members()
    me = book.sync.device_key.id
    if as_json:
        out.json_out([asdict(m) | {"you": m.key == me} for m in found])
        return
    table = Table("name", "role", "device key")
    for m in found:
        table.add_row(m.name + (" (you)" if m.key == me else ""), m.role, m.key)
    out._console().print(table)


@command("sync")
def _sync(book: Phrasebook, args: argparse.Namespace) -> int:
    summary = book.sync.sync(folder=args.folder, confirm_deletes=args.confirm_deletes)
    for problem in summary.problems:
        out.note(problem)
    if args.json:
        out.json_out(asdict(summary))
    else:
        out.say(
            f"sent {summary.sent}, received {summary.received}, conflicts {summary.conflicts},"
            f" quarantined {summary.quarantined}"
            + (f", {summary.held_deletes} deletions held" if summary.held_deletes else "")
        )
    return 0
