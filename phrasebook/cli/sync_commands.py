"""`phrasebook team|sync|serve`: team membership, one sync round, and the sync server.

A thin shell over `book.sync` (phrasebook.sync.manager) and, for `serve`, over
phrasebook.sync.server_app (Starlette/uvicorn: the `server` extra, imported only there).
"""

from __future__ import annotations

import argparse
import os
from dataclasses import asdict
from pathlib import Path

from rich.table import Table

from phrasebook import Phrasebook, PhrasebookError
from phrasebook.cli import output as out
from phrasebook.cli.command_base import AddParser, CommandFamily
from phrasebook.paths import default_db_path
from phrasebook.sync.server_limits import ADMIN_ENV, Limits


def add_commands(add_parser: AddParser) -> None:
    """Add `team`, `sync` and `serve` to the `phrasebook` parser."""
    _team_commands(add_parser)
    p = add_parser("sync", help="one sync round with the team's folder or server")
    _where(p, required=False, what="another place (moving the team uploads everything there)")
    p.add_argument(
        "--confirm-deletes", action="store_true", help="apply a batch deleting many team phrases"
    )
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    _admin_token(p, "moving a team to a server: ")
    _serve_command(add_parser)


def _admin_token(p: argparse.ArgumentParser, what: str) -> None:
    p.add_argument(
        "--admin-token",
        metavar="TOKEN",
        default=os.environ.get(ADMIN_ENV, ""),
        help=f"{what}the sync server's admin token (`phrasebook serve` printed it; default"
        f" ${ADMIN_ENV})",
    )


def _serve_command(add_parser: AddParser) -> None:
    p = add_parser("serve", help="run a sync server for teams (pip install quickreply[server])")
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
    _admin_token(p, "who may create teams: ")
    d = Limits()
    p.add_argument("--rate", type=float, default=d.rate, help=f"requests/s per client ({d.rate:g})")
    p.add_argument("--burst", type=int, default=d.burst, help=f"requests at once ({d.burst})")
    p.add_argument("--max-teams", type=int, default=d.max_teams, help=f"({d.max_teams})")
    p.add_argument(
        "--max-members", type=int, default=d.max_members, help=f"per team ({d.max_members})"
    )
    p.add_argument("--body-timeout", type=float, default=d.body_timeout_s,
                   help=f"seconds a request body may take ({d.body_timeout_s:g})")  # fmt: skip
    p.add_argument("--team-quota-mb", type=int, default=d.team_bytes // 1024**2,
                   help=f"stored changes per team ({d.team_bytes // 1024**2} MB)")  # fmt: skip
    pictures_mb = d.team_picture_bytes // 1024**2
    p.add_argument("--team-pictures-mb", type=int, default=pictures_mb,
                   help=f"stored reply pictures per team ({pictures_mb} MB)")  # fmt: skip


def _team_commands(add_parser: AddParser) -> None:
    p = add_parser("team", help="create or join a team phrasebook, invite, list members")
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION", help="what to do")
    create = actions.add_parser("create", help="start a team you supervise; publishes team phrases")
    create.add_argument("name", help="the team's name, e.g. the shop")
    _where(create, required=True, what="where the team lives")
    create.add_argument("--as", dest="member_name", default="", help="your name in the team")
    _admin_token(create, "a team on a server: ")
    invite = actions.add_parser("invite", help="print a join code for one new member")
    invite.add_argument("--role", choices=("agent", "supervisor"), default="agent", help="role")
    invite.add_argument("--name", default="", help="who the code is for (shown in members)")
    join = actions.add_parser("join", help="join a team with a code from its supervisor")
    join.add_argument("code", help="the join code (QR1-...)")
    _where(join, required=False, what="the team's folder as seen from this computer")
    join.add_argument("--as", dest="member_name", default="", help="your name in the team")
    remove = actions.add_parser("remove", help="remove a member (or withdraw an unused code)")
    remove.add_argument("name", help="the member's name as `team members` shows it")
    members = actions.add_parser("members", help="the team's members and their roles")
    members.add_argument("--json", action="store_true", help="print JSON")


def _where(p: argparse.ArgumentParser, *, required: bool, what: str) -> None:
    group = p.add_mutually_exclusive_group(required=required)
    group.add_argument("--folder", metavar="PATH", help=f"shared folder: {what}")
    group.add_argument("--server", metavar="URL", help=f"sync server (`phrasebook serve`): {what}")


def _team(book: Phrasebook, args: argparse.Namespace) -> int:
    sync = book.sync
    if args.action == "create":
        config = sync.create_team(
            args.name, folder=args.folder, server=args.server, member_name=args.member_name,
            admin_token=args.admin_token,
        )  # fmt: skip
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
    elif args.action == "remove":
        sync.remove(args.name)
        out.say(f"removed {args.name!r}: their later changes are no longer accepted")
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
    out.console().print(table)


def _sync(book: Phrasebook, args: argparse.Namespace) -> int:
    try:
        summary = book.sync.sync(
            folder=args.folder, server=args.server, confirm_deletes=args.confirm_deletes,
            admin_token=args.admin_token,
        )  # fmt: skip
    except (PhrasebookError, OSError) as exc:
        if args.json:  # a script reading stdout gets JSON either way (and exit code 1)
            why = str(exc)
            if isinstance(exc, OSError) and not isinstance(exc, PhrasebookError):
                why = f"{exc.filename or ''}: {exc.strerror}".lstrip(": ")  # as `main` says it
            out.json_out({"ok": False, "error": why})
        raise
    for problem in summary.problems + summary.warnings:
        out.note(problem)
    if args.json:
        out.json_out({"ok": True} | asdict(summary))
    else:
        out.say(
            f"sent {summary.sent}, received {summary.received}, conflicts {summary.conflicts},"
            f" quarantined {summary.quarantined}"
            + (f", {summary.held_deletes} deletions held" if summary.held_deletes else "")
            + (f", pictures sent {summary.pictures_sent}" if summary.pictures_sent else "")
            + (f", received {summary.pictures_received}" if summary.pictures_received else "")
        )
    return 0


def _serve(book: Phrasebook, args: argparse.Namespace) -> int:
    """Blocks until Ctrl+C; the phrasebook itself is not used by the server."""
    from phrasebook.sync.server_app import serve

    limits = Limits(
        rate=args.rate,
        burst=args.burst,
        max_teams=args.max_teams,
        max_members=args.max_members,
        team_bytes=args.team_quota_mb * 1024**2,
        team_picture_bytes=args.team_pictures_mb * 1024**2,
        body_timeout_s=args.body_timeout,
    )
    try:
        serve(args.store, args.host, args.port, args.admin_token, limits)
    except ImportError as exc:  # Starlette/uvicorn/pydantic/psycopg are the `server` extra
        need = f"the sync server needs `pip install quickreply[server]` ({exc})"
        raise PhrasebookError(need) from None
    return 0


def default_server_db() -> Path:
    return default_db_path().parent / "server.db"


FAMILY = CommandFamily(
    add_commands,
    handlers={"team": _team, "sync": _sync, "serve": _serve},
    unseeded=frozenset({"serve"}),
)
