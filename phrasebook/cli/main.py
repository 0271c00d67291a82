"""The `phrasebook` command: a thin shell over the public API (argument parsing and printing).

Every user mistake ends with a one-line reason on stderr and a non-zero exit code, never a
traceback. Commands that create a new phrasebook seed it once with the starter set for the
system language (`init --lang` chooses another).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path

from phrasebook import validate
from phrasebook.book import Phrasebook
from phrasebook.cli import output as out
from phrasebook.db import backups
from phrasebook.errors import (
    CorruptDatabaseError,
    PhrasebookError,
    ValidationError,
)
from phrasebook.models import Phrase
from phrasebook.paths import default_db_path
from phrasebook.starter import STARTER_LANGS, lang_for_locale

Handler = Callable[[Phrasebook, argparse.Namespace], int]
FileHandler = Callable[[Path, argparse.Namespace], int]
_COMMANDS: dict[str, Handler] = {}
#: Commands that work on the file's path without opening it (they must run on a damaged file).
_FILE_COMMANDS: dict[str, FileHandler] = {}
# Commands that fill a new book themselves, so it is not seeded with the starter set first.
_NO_SEED = {"init", "import", "restore", "serve"}


def command(name: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        _COMMANDS[name] = fn
        return fn

    return register


def file_command(name: str) -> Callable[[FileHandler], FileHandler]:
    def register(fn: FileHandler) -> FileHandler:
        _FILE_COMMANDS[name] = fn
        return fn

    return register


def main(argv: Sequence[str] | None = None) -> int:
    from phrasebook.cli.parser import build_parser, undecodable_argument

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
    except sqlite3.Error as exc:  # e.g. "database is locked" after the busy timeout
        out.error(f"{path}: {exc}")
        return 1
    except KeyboardInterrupt:
        return 130


def _run(path: Path, args: argparse.Namespace) -> int:
    from phrasebook.cli import health_commands

    if args.command in _FILE_COMMANDS:
        return _FILE_COMMANDS[args.command](path, args)
    try:
        book = _open(path, args.command)
    except CorruptDatabaseError:
        if args.command == "restore":  # the commands that must work on a damaged book
            return _restore_damaged(path, args)
        if args.command in ("export", "backup"):
            return health_commands.from_salvaged_copy(
                path, args.command, lambda book: _COMMANDS[args.command](book, args)
            )
        raise
    with book:
        return _COMMANDS[args.command](book, args)


def _open(path: Path, command_name: str) -> Phrasebook:
    is_new = not path.exists()
    if is_new:
        path.parent.mkdir(parents=True, exist_ok=True)
    book = Phrasebook.open(path)
    if is_new and command_name not in _NO_SEED:
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


def _resolve(book: Phrasebook, ref: str) -> Phrase:
    """A phrase by id, unique id prefix (as `search` shows them) or unique shortcut code."""
    return book.find(ref)


@command("init")
def _init(book: Phrasebook, args: argparse.Namespace) -> int:
    if args.empty:
        out.say(f"phrasebook ready at {book.path} ({book.stats().phrases} phrases)")
        return 0
    if args.add_lang:
        if args.add_lang in book.starter_langs:
            out.say(f"{book.path} already has the {args.add_lang} starter set; nothing to do")
            return 0
        report = book.seed_starter(args.add_lang)
        sets = ", ".join(book.starter_langs)
        out.say(
            f"{book.path}: added {report.added} starter phrases ({args.add_lang}); sets: {sets}"
        )
        return 0
    if book.seeded:
        hint = ""
        if args.lang and args.lang not in book.starter_langs:
            hint = f"; `phrasebook init --add-lang {args.lang}` adds that set beside it"
        out.say(f"{book.path} already has the {book.seeded} starter set; nothing to do{hint}")
        return 0
    lang = args.lang or system_lang()
    report = book.seed_starter(lang)
    out.say(f"{book.path}: added {report.added} starter phrases ({lang})")
    return 0


@command("search")
def _search(book: Phrasebook, args: argparse.Namespace) -> int:
    hits = book.search(args.query, limit=args.limit)
    if args.json:
        out.json_out([out.hit_dict(h) for h in hits])
    else:
        out.hits_table(hits)
    return 0


@command("show")
def _show(book: Phrasebook, args: argparse.Namespace) -> int:
    phrase = _resolve(book, args.ref)
    if args.json:
        out.json_out(out.phrase_dict(phrase))
    else:
        out.phrase_detail(phrase, book.shown_scope(phrase))
    return 0


@command("add")
def _add(book: Phrasebook, args: argparse.Namespace) -> int:
    sharing = book.by_code(validate.code(args.code or "")) if args.code else []
    phrase = book.add(
        args.text,
        title=args.title or "",
        group=args.group or "",
        code=args.code or "",
        tags=args.tag or (),
        questions=args.question or (),
        lang=args.lang,
        favorite=args.favorite,
        scope="personal" if args.personal else None,  # None: the core's default rule
    )
    out.say(phrase.id)
    for other in sharing:  # legitimate (the popup lists them all), but rarely meant
        out.note(
            f"note: code {phrase.code!r} is also used by {other.id[:8]} ({other.label}): "
            f"{out.snippet(other.body)}"
        )
    return 0


@command("edit")
def _edit(book: Phrasebook, args: argparse.Namespace) -> int:
    phrase = _resolve(book, args.ref)
    changes = {
        k: v
        for k, v in {
            "text": args.text,
            "title": args.title,
            "group": args.group,
            "code": args.code,
            "lang": args.lang,
            "favorite": args.favorite,
            "tags": args.tag,
            "questions": args.question,
        }.items()
        if v is not None
    }
    if not changes and args.variant is None:
        raise ValidationError("nothing to change; see `phrasebook edit --help`")
    if args.variant:
        validate.text(args.variant)  # checked first, so a bad edit writes neither part
    updated = book.update(phrase.id, **changes) if changes else phrase
    if args.variant is not None:
        updated = book.set_variant(phrase.id, args.variant or None)
    if "text" in changes and not book.may_edit(phrase):  # the core kept it as her wording
        out.say(f"saved as your wording of team phrase {updated.id} ({updated.label})")
        out.note(
            "the team's text is unchanged: search and insertion use yours; "
            f"`phrasebook variant show {args.ref}` compares them when the team changes it"
        )
        return 0
    out.say(f"updated {updated.id} ({updated.label})")
    return 0


@command("rm")
def _rm(book: Phrasebook, args: argparse.Namespace) -> int:
    if args.undo:
        phrase = book.undelete(book.find(args.ref, deleted=True).id)
        out.say(f"restored {phrase.id} ({phrase.label}) from the trash")
        return 0
    phrase = _resolve(book, args.ref)
    book.delete(phrase.id)
    out.say(f"moved {phrase.id} ({phrase.label}) to the trash; `phrasebook rm --undo {phrase.id}`")
    return 0


@command("render")
def _render(book: Phrasebook, args: argparse.Namespace) -> int:
    phrase = _resolve(book, args.ref)
    values = dict(_assignment(item) for item in args.set or ())
    rendered = book.render(phrase, values=values)
    for problem in rendered.problems:
        out.note(f"template problem at {problem.position}: {problem.message}")
    if args.json:
        out.json_out(out.rendered_dict(rendered))
    else:
        out.say(rendered.text)
    if rendered.missing:
        names = ", ".join(f.name for f in rendered.missing)
        out.note(f"fields still to fill: {names} (use --set NAME=VALUE)")
        if args.copy:
            raise ValidationError("not copied: fill every field first")
    if args.copy:
        import pyperclip  # the CLI's clipboard; the app uses Qt's (pyperclip can deadlock there)

        try:
            pyperclip.copy(rendered.text)
        except pyperclip.PyperclipException as exc:
            raise PhrasebookError(f"could not copy to the clipboard: {exc}") from None
        out.note("copied to the clipboard")
    return 0


def _assignment(item: str) -> tuple[str, str]:
    name, sep, value = item.partition("=")
    if not sep or not name.strip():
        raise ValidationError(f"--set needs NAME=VALUE, got {item!r}")
    return name.strip(), value


@command("stats")
def _stats(book: Phrasebook, args: argparse.Namespace) -> int:
    stats = book.stats()
    if args.json:
        out.json_out(out.stats_dict(stats, book))
    else:
        out.stats_table(stats, book)
    return 0


@command("backup")
def _backup(book: Phrasebook, args: argparse.Namespace) -> int:
    if args.list:
        out.backups_table(book.backups())
        return 0
    out.say(f"saved {book.backup()}")
    return 0


@command("restore")
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


def _restore_damaged(path: Path, args: argparse.Namespace) -> int:
    """Restore over a file that no longer opens; the damaged file is kept in backups/."""
    from phrasebook.db import file_holders

    file_holders.refuse_if_shared(path, args.force, "restore a backup over it")
    source = backups.resolve(path, args.backup)
    kept = backups.restore_over_damaged(path, source)
    out.say(
        f"restored from {source}; the damaged file was kept as {kept}. Changes made after that"
        f" backup are not in it: `phrasebook --db {kept} check-db --salvage NEW_FILE` reads"
        " what is left of them out of the damaged copy"
    )
    return 0


@command("profile")
def _profile(book: Phrasebook, args: argparse.Namespace) -> int:
    changes = {
        k: v
        for k, v in {
            "nickname": args.nickname,
            "signature": args.signature,
            "active_shop": args.shop,
            "greeting": args.greeting,
        }.items()
        if v is not None
    }
    profile = book.set_profile(**changes) if changes else book.profile
    out.profile_table(profile)
    return 0


__all__ = ["STARTER_LANGS", "main"]
