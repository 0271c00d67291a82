"""`phrasebook init|search|show|render|stats|add|edit|rm|profile`: the everyday commands.

Create the book (seeded with a starter set), find, show and fill phrases, add, change and
remove them, and the counts and agent profile that go with them.
"""

from __future__ import annotations

import argparse

from phrasebook import Phrasebook, PhrasebookError, ValidationError, validate
from phrasebook.cli import output as out
from phrasebook.cli.command_base import (
    AddParser,
    CommandFamily,
    add_phrase_ref,
    resolve_phrase,
    system_lang,
)
from phrasebook.models import LANGS
from phrasebook.starter import STARTER_LANGS


def add_commands(add_parser: AddParser) -> None:
    """Add the everyday commands, reading ones first, to the `phrasebook` parser."""
    _reading_commands(add_parser)
    _editing_commands(add_parser)


def _reading_commands(add_parser: AddParser) -> None:
    p = add_parser("init", help="create the phrasebook and seed the starter set")
    p.add_argument("--lang", choices=STARTER_LANGS, help="starter set (default: system language)")
    p.add_argument("--empty", action="store_true", help="create it without starter phrases")
    p.add_argument(
        "--add-lang",
        choices=STARTER_LANGS,
        metavar="LANG",
        help="add another language's starter set to a book that has one",
    )

    p = add_parser("search", help="find phrases the way the popup does")
    p.add_argument("query", help="what an agent would type: 发货, fhsj, fahuo, 發貨, ㅂㅅ, refund")
    p.add_argument("--limit", type=int, default=10, help="how many hits (default 10)")
    p.add_argument("--json", action="store_true", help="print a JSON array of hits")

    p = add_parser("show", help="show one phrase")
    add_phrase_ref(p)
    p.add_argument("--json", action="store_true", help="print JSON")

    p = add_parser("render", help="fill a phrase's placeholders and print it")
    add_phrase_ref(p)
    p.add_argument(
        "--set",
        action="append",
        metavar="NAME=VALUE",
        help="value of a placeholder, e.g. --set 尺码=M (repeatable)",
    )
    p.add_argument("--copy", action="store_true", help="also put the result on the clipboard")
    p.add_argument("--json", action="store_true", help="print text, fields and problems as JSON")

    p = add_parser("stats", help="counts of phrases, groups, uses")
    p.add_argument("--json", action="store_true", help="print JSON")


def _editing_commands(add_parser: AddParser) -> None:
    p = add_parser("add", help="add a phrase (prints its id)")
    p.add_argument("text", help="the reply; placeholders like {客户} or 【店铺名】 allowed")
    _phrase_options(p)
    p.add_argument("--personal", action="store_true", help="a personal phrase, not the team's")
    p.add_argument("--favorite", action="store_true", help="mark as favorite")
    p.add_argument(
        "--image",
        action="append",
        metavar="FILE",
        help="a picture sent with the reply: PNG, JPEG, GIF, WebP or BMP, at most 5 MB"
        " (repeatable; kept in this order)",
    )

    p = add_parser("edit", help="change fields of a phrase")
    add_phrase_ref(p)
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
    p.add_argument(
        "--image",
        action="append",
        metavar="FILE",
        help="add a picture after its current ones (repeatable; with --no-image: replace them)",
    )
    p.add_argument("--no-image", action="store_true", help="remove all the phrase's pictures")

    p = add_parser("rm", help="move a phrase to the trash (or --undo)")
    add_phrase_ref(p)
    p.add_argument("--undo", action="store_true", help="bring the phrase back from the trash")

    p = add_parser("profile", help="show or set the agent's nickname, shop, signature")
    p.add_argument("--nickname", help="the agent's nickname ({客服})")
    p.add_argument("--shop", help="the active shop ({店铺}); added to the shop list")
    p.add_argument("--signature", help="signature ({签名})")
    p.add_argument("--greeting", help="how to address customers by default, e.g. 亲 or 您")


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


# -- handlers --------------------------------------------------------------------------------


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


def _search(book: Phrasebook, args: argparse.Namespace) -> int:
    hits = book.search(args.query, limit=args.limit)
    if args.json:
        out.json_out([out.hit_dict(h) for h in hits])
    else:
        out.hits_table(hits)
    return 0


def _show(book: Phrasebook, args: argparse.Namespace) -> int:
    phrase = resolve_phrase(book, args.ref)
    if args.json:
        shown = out.phrase_dict(phrase)
        shown["images"] = [out.image_dict(i) for i in phrase.images]
        shown["image_links"] = book.images.links(phrase.id)
        out.json_out(shown)
    else:
        out.phrase_detail(phrase, book.shown_scope(phrase), book.images.links(phrase.id))
    return 0


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
        images=args.image or (),
    )
    out.say(phrase.id)
    for other in sharing:  # legitimate (the popup lists them all), but rarely meant
        out.note(
            f"note: code {phrase.code!r} is also used by {other.id[:8]} ({other.label}): "
            f"{out.snippet(other.body)}"
        )
    return 0


def _edit(book: Phrasebook, args: argparse.Namespace) -> int:
    phrase = resolve_phrase(book, args.ref)
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
    if not changes and args.variant is None and not args.image and not args.no_image:
        raise ValidationError("nothing to change; see `phrasebook edit --help`")
    if args.variant:
        validate.text(args.variant)  # checked first, so a bad edit writes neither part
    pictures = book.images.checked(args.image or ())  # likewise
    updated = book.update(phrase.id, **changes) if changes else phrase
    if args.variant is not None:
        updated = book.set_variant(phrase.id, args.variant or None)
    if args.no_image:
        updated = book.images.set(phrase.id, pictures)
    elif pictures:
        updated = book.add_images(phrase.id, pictures)
    if "text" in changes and not book.may_edit(phrase):  # the core kept it as her wording
        out.say(f"saved as your wording of team phrase {updated.id} ({updated.label})")
        out.note(
            "the team's text is unchanged: search and insertion use yours; "
            f"`phrasebook variant show {args.ref}` compares them when the team changes it"
        )
        return 0
    out.say(f"updated {updated.id} ({updated.label})")
    return 0


def _rm(book: Phrasebook, args: argparse.Namespace) -> int:
    if args.undo:
        phrase = book.undelete(book.find(args.ref, deleted=True).id)
        out.say(f"restored {phrase.id} ({phrase.label}) from the trash")
        return 0
    phrase = resolve_phrase(book, args.ref)
    book.delete(phrase.id)
    out.say(f"moved {phrase.id} ({phrase.label}) to the trash; `phrasebook rm --undo {phrase.id}`")
    return 0


def _render(book: Phrasebook, args: argparse.Namespace) -> int:
    phrase = resolve_phrase(book, args.ref)
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


def _stats(book: Phrasebook, args: argparse.Namespace) -> int:
    stats = book.stats()
    if args.json:
        out.json_out(out.stats_dict(stats, book))
    else:
        out.stats_table(stats, book)
    return 0


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


FAMILY = CommandFamily(
    add_commands,
    handlers={
        "init": _init,
        "search": _search,
        "show": _show,
        "render": _render,
        "stats": _stats,
        "add": _add,
        "edit": _edit,
        "rm": _rm,
        "profile": _profile,
    },
    unseeded=frozenset({"init"}),
)
