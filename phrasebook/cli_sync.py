"""`phrasebook team|sync|serve`: team membership, one sync round, and the sync server.

A thin shell over `book.sync` (phrasebook.sync.manager) and, for `serve`, over
phrasebook.sync.server_app (Starlette/uvicorn: the `server` extra, imported only there).
"""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

from rich.table import Table

from phrasebook import cli_output as out
from phrasebook.book import Phrasebook
from phrasebook.cli import command
from phrasebook.errors import PhrasebookError
from phrasebook.paths import default_db_path

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
    _serve_command(sub)


def _serve_command(sub: SubParsers) -> None:
    p = sub.add_parser("serve", help="run a sync server for teams (pip install quickreply[server])")
    p.add_argument(
        "--db",
        dest="store",
        metavar="URL",
        default=str(default_server_db()),
        help="where teams are kept: a SQLite file (default: server.db in the user data folder)"
        " or postgresql://user:pass@host/db",
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8765, help="port to listen on (default 8765)")


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
    group = p.add_mutually_exclusive_group(required=required)
    group.add_argument("--folder", metavar="PATH", help=f"shared folder: {what}")
    group.add_argument("--server", metavar="URL", help=f"sync server (`phrasebook serve`): {what}")


@command("team")
def _team(book: Phrasebook, args: argparse.Namespace) -> int:
    sync = book.sync
    if args.action == "create":
        config = sync.create_team(
            args.name, folder=args.folder, server=args.server, member_name=args.member_name
        )
        summary = sync.sync()
        out.say(f"team {config['name']!r} created; published {summary.sent} changes")
    elif args.action == "invite":
        out.say(sync.invite(args.role, args.name))
        where = "--server URL" if sync.team and sync.team.get("server") else "--folder PATH"
        out.note(f"hand this code to the new member: `phrasebook team join CODE {where}`")
    elif args.action == "join":
        config = sync.join(
            args.code, folder=args.folder, server=args.server, member_name=args.member_name
        )
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
    summary = book.sync.sync(
        folder=args.folder, server=args.server, confirm_deletes=args.confirm_deletes
    )
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


@command("serve")
def _serve(book: Phrasebook, args: argparse.Namespace) -> int:
    """Blocks until Ctrl+C; the phrasebook itself is not used by the server."""
    from phrasebook.sync.server_app import serve

    try:
        serve(args.store, args.host, args.port)
    except ImportError as exc:  # Starlette/uvicorn/psycopg are the `server` extra
        need = f"the sync server needs `pip install quickreply[server]` ({exc})"
        raise PhrasebookError(need) from None
    return 0


def default_server_db() -> Path:
    return default_db_path().parent / "server.db"
