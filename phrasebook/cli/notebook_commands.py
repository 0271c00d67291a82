"""`phrasebook notebook|scrub|proposals`: the notebook of unanswered questions on the command line.

A thin shell over `book.notebook`, `book.proposals` and `phrasebook.scrub_text`, the API
the notebook window uses.
Entries and proposals can be named by the first characters of their id (as listed).
"""

from __future__ import annotations

import argparse
import re
from datetime import datetime
from typing import Any, TypeVar

from rich.table import Table

from phrasebook import NotebookEntry, NotFoundError, Phrasebook, Proposal, ValidationError
from phrasebook import scrub_text as scrub
from phrasebook.cli import output as out
from phrasebook.cli.command_base import AddParser, CommandFamily, resolve_phrase
from phrasebook.models import LANGS
from phrasebook.notebook.entries import ENTRY_STATUSES, PROPOSAL_STATUSES

T = TypeVar("T")
_DURATION = re.compile(r"(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m?)?")


def add_commands(add_parser: AddParser) -> None:
    """Add `notebook`, `scrub` and `proposals` to the `phrasebook` parser."""
    _notebook_commands(add_parser)
    p = add_parser("scrub", help="print text with customer data replaced by placeholders")
    p.add_argument("--text", required=True, help="the text to scrub")
    p.add_argument("--name", action="append", help="a name to remove as well (repeatable)")
    p.add_argument("--lang", choices=LANGS, help="placeholder language (default: guessed)")
    p.add_argument("--json", action="store_true", help="print the findings as JSON too")
    _proposal_commands(add_parser)


def _notebook_commands(add_parser: AddParser) -> None:
    p = add_parser("notebook", help="questions you could not answer yet (never synced)")
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION", help="what to do")
    add = actions.add_parser("add", help="note a customer question (prints its id)")
    add.add_argument("question", help="the customer's question")
    add.add_argument("--customer", default="", help="customer nickname")
    add.add_argument("--shop", help="shop (default: the active shop)")
    add.add_argument("--order", default="", help="order number")
    add.add_argument("--due", default="5m", help="answer promised within: 5m, 1h, 1h30m, none")
    ls = actions.add_parser("list", help="entries, soonest due first")
    ls.add_argument("--status", choices=(*ENTRY_STATUSES, "all"), default="open", help="which")
    ls.add_argument("--search", default="", help="only entries mentioning this text")
    ls.add_argument("--json", action="store_true", help="print JSON")
    answer = actions.add_parser("answer", help="record the answer you gave")
    answer.add_argument("id", help="entry id (or its first characters)")
    answer.add_argument("text", help="the answer")
    promote = actions.add_parser("promote", help="propose the answer to the team phrasebook")
    promote.add_argument("id", help="entry id (or its first characters)")
    promote.add_argument("--to", metavar="ID|CODE", help="add the question to this phrase")
    promote.add_argument("--group", help="group of the new phrase (default: suggested)")
    promote.add_argument("--accept", action="store_true", help="apply it now (you decide)")
    dismiss = actions.add_parser("dismiss", help="drop a question that needs no answer")
    dismiss.add_argument("id", help="entry id (or its first characters)")
    reopen = actions.add_parser("reopen", help="open an answered or dismissed question again")
    reopen.add_argument("id", help="entry id (or its first characters)")
    similar = actions.add_parser("similar", help="similar questions grouped, most asked first")
    similar.add_argument("--days", type=float, default=7.0, help="look back (default 7 days)")
    similar.add_argument("--json", action="store_true", help="print JSON")
    export = actions.add_parser("export", help="scrubbed questions and answers for a supervisor")
    export.add_argument("file", help="the .jsonl file to write")
    purge = actions.add_parser("purge", help="delete closed entries past the retention period")
    purge.add_argument("--days", type=float, help="set the retention period first (default 30)")


def _proposal_commands(add_parser: AddParser) -> None:
    p = add_parser("proposals", help="suggested team phrasebook changes (list by default)")
    actions = p.add_subparsers(dest="action", metavar="ACTION", help="list, accept or reject")
    ls = actions.add_parser("list", help="proposals, oldest first")
    ls.add_argument("--status", choices=PROPOSAL_STATUSES, help="only this status")
    ls.add_argument("--json", action="store_true", help="print JSON")
    accept = actions.add_parser("accept", help="apply a pending proposal to the phrasebook")
    accept.add_argument("id", help="proposal id (or its first characters)")
    accept.add_argument("--text", help="edit the reply text before accepting")
    accept.add_argument("--group", help="edit the group before accepting")
    accept.add_argument("--note", default="", help="a note for the agent")
    reject = actions.add_parser("reject", help="turn a pending proposal down")
    reject.add_argument("id", help="proposal id (or its first characters)")
    reject.add_argument("--note", default="", help="why (the agent sees it)")


# -- handlers --------------------------------------------------------------------------------


def _notebook(book: Phrasebook, args: argparse.Namespace) -> int:
    handler = {
        "add": _add,
        "list": _list,
        "answer": _answer,
        "promote": _promote,
        "dismiss": _dismiss,
        "reopen": _reopen,
        "similar": _similar,
        "export": _export,
        "purge": _purge,
    }[args.action]
    handler(book, args)
    return 0


def _add(book: Phrasebook, args: argparse.Namespace) -> None:
    entry = book.notebook.capture(
        args.question,
        customer=args.customer,
        shop=args.shop,
        order_no=args.order,
        due_minutes=parse_due(args.due),
    )
    out.say(entry.id)


def _list(book: Phrasebook, args: argparse.Namespace) -> None:
    statuses = ENTRY_STATUSES if args.status == "all" else (args.status,)
    entries = book.notebook.entries(statuses, query=args.search)
    if args.json:
        out.json_out([_entry_dict(e) for e in entries])
        return
    if not entries:
        out.note(f"no {args.status} questions")
        return
    now = book.notebook.wall()
    table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
    for column in ("id", "status", "due", "customer", "question"):
        table.add_column(column, overflow="fold" if column == "question" else "ellipsis")
    for e in entries:
        due = _clock(e.due_at) + (" overdue" if e.is_overdue(now) else "")
        table.add_row(e.id[:8], e.status, due, e.customer, out.snippet(e.question))
    out.console().print(table, markup=False)


def _answer(book: Phrasebook, args: argparse.Namespace) -> None:
    entry = book.notebook.answer(_entry(book, args.id).id, args.text)
    out.say(f"answered {entry.id[:8]}; `phrasebook notebook promote {entry.id[:8]}` shares it")


def _promote(book: Phrasebook, args: argparse.Namespace) -> None:
    entry = _entry(book, args.id)
    to = resolve_phrase(book, args.to).id if args.to else None
    proposal = book.notebook.promote(entry.id, to=to, group=args.group, accept=args.accept)
    for key, value in proposal.payload.items():
        out.note(f"{key}: {value}")
    verb = "accepted" if proposal.status == "accepted" else "proposed"
    out.say(f"{verb} {proposal.id} ({proposal.kind}); customer data was scrubbed")


def _dismiss(book: Phrasebook, args: argparse.Namespace) -> None:
    entry = book.notebook.dismiss(_entry(book, args.id).id)
    out.say(f"dismissed {entry.id[:8]}")


def _reopen(book: Phrasebook, args: argparse.Namespace) -> None:
    entry = _entry(book, args.id)
    if entry.status == "open":
        out.say(f"{entry.id[:8]} is already open; nothing changed")
        return
    entry = book.notebook.reopen(entry.id)
    out.say(f"reopened {entry.id[:8]}; `phrasebook notebook answer {entry.id[:8]} TEXT` answers it")


def _similar(book: Phrasebook, args: argparse.Namespace) -> None:
    clusters = book.notebook.clusters(days=args.days)
    if args.json:
        out.json_out(
            [
                {"question": c.question, "asked": c.count, "ids": [e.id for e in c.entries]}
                for c in clusters
            ]
        )
        return
    for c in clusters:
        out.say(f"{c.count:>3}×  {out.snippet(c.question)}")


def _export(book: Phrasebook, args: argparse.Namespace) -> None:
    count = book.notebook.export(args.file)
    out.say(f"exported {count} scrubbed questions to {args.file}")


def _purge(book: Phrasebook, args: argparse.Namespace) -> None:
    if args.days is not None:
        book.notebook.set_retention_days(args.days)
    removed = book.notebook.purge()
    out.say(f"removed {removed} entries older than {book.notebook.retention_days:g} days")


def _scrub(book: Phrasebook, args: argparse.Namespace) -> int:
    result = scrub(args.text, names=args.name or (), lang=args.lang)
    if args.json:
        findings = [
            {"kind": f.kind, "original": f.original, "placeholder": f.placeholder}
            for f in result.findings
        ]
        out.json_out({"text": result.text, "findings": findings})
    else:
        out.say(result.text)
    return 0


def _proposals(book: Phrasebook, args: argparse.Namespace) -> int:
    action = args.action or "list"
    if action == "list":
        _list_proposals(book, getattr(args, "status", None), getattr(args, "json", False))
    elif action == "accept":
        edits = {k: v for k, v in (("text", args.text), ("group", args.group)) if v is not None}
        proposal = _proposal(book, args.id)
        phrase = book.proposals.accept(proposal.id, note=args.note, **edits)
        out.say(f"accepted {_short(proposal.id)}: phrase {phrase.id} ({phrase.label})")
    else:
        proposal = book.proposals.reject(_proposal(book, args.id).id, note=args.note)
        out.say(f"rejected {_short(proposal.id)}")
    return 0


def _list_proposals(book: Phrasebook, status: Any, as_json: bool) -> None:
    proposals = book.proposals.list(status)
    if as_json:
        out.json_out([_proposal_dict(p) for p in proposals])
        return
    if not proposals:
        out.note("no proposals")
    for p in proposals:
        out.say(f"{_short(p.id)}  {p.status:<8}  {p.kind:<12}  {out.snippet(p.summary)}")


# -- helpers ---------------------------------------------------------------------------------


def parse_due(text: str) -> float | None:
    """Minutes from "5m", "1h", "1h30m", "90" (minutes) or "none"."""
    cleaned = text.strip().lower().replace(" ", "")
    if cleaned in ("none", "no", "-"):
        return None
    match = _DURATION.fullmatch(cleaned)
    if not cleaned or match is None or not any(match.groups()):
        raise ValidationError(f"--due must look like 5m, 1h or 1h30m, not {text!r}")
    hours, minutes = (float(g) if g else 0.0 for g in match.groups())
    return hours * 60 + minutes


def _entry(book: Phrasebook, ref: str) -> NotebookEntry:
    found = [e for e in book.notebook.entries() if e.id.startswith(ref.strip())]
    return _one(found, ref, "notebook entry")


def _short(proposal_id: str) -> str:
    """What people type: a team proposal id is `<device key>:<uuid>`, so show the uuid's start."""
    return proposal_id.rpartition(":")[2][:8]


def _proposal(book: Phrasebook, ref: str) -> Proposal:
    wanted = ref.strip()
    found = [
        p
        for p in book.proposals.list()
        if p.id.startswith(wanted) or p.id.rpartition(":")[2].startswith(wanted)
    ]
    return _one(found, ref, "proposal")


def _one(found: list[T], ref: str, what: str) -> T:
    if len(found) == 1 and ref.strip():
        return found[0]
    if found and ref.strip():
        raise NotFoundError(f"{len(found)} {what} ids start with {ref!r}; give more characters")
    raise NotFoundError(f"no {what} with id {ref!r}")


def _clock(at: float | None) -> str:
    return datetime.fromtimestamp(at).strftime("%m-%d %H:%M") if at is not None else "-"


def _entry_dict(e: NotebookEntry) -> dict[str, Any]:
    keys = ("id", "status", "question", "customer", "shop", "order_no", "context", "answer")
    data: dict[str, Any] = {k: getattr(e, k) for k in keys}
    return data | {"asked_at": e.asked_at, "due_at": e.due_at, "proposal_id": e.proposal_id}


def _proposal_dict(p: Proposal) -> dict[str, Any]:
    keys = ("id", "kind", "status", "payload", "note", "author", "created", "updated")
    return {k: getattr(p, k) for k in keys}


FAMILY = CommandFamily(
    add_commands,
    handlers={"notebook": _notebook, "scrub": _scrub, "proposals": _proposals},
)
