"""`phrasebook favorite|variant|lang|link|unlink|next|learn|learned|unlearn`: personalization.

A thin shell over `book.favorites`, `book.variants`, `book.languages`, `book.links` and
`book.learning`, the same API the popup and the editor use.
"""

from __future__ import annotations

import argparse
from typing import Any

from phrasebook import Phrase, Phrasebook
from phrasebook.cli import output as out
from phrasebook.cli.command_base import AddParser, CommandFamily, add_phrase_ref, resolve_phrase
from phrasebook.models import LANGS


def add_commands(add_parser: AddParser) -> None:
    """Add the personalization commands to the `phrasebook` parser."""
    _favorite_commands(add_parser)
    _variant_commands(add_parser)
    _lang_commands(add_parser)
    _link_commands(add_parser)
    _learn_commands(add_parser)


def _learn_commands(add_parser: AddParser) -> None:
    p = add_parser("learn", help="keep a customer question (scrubbed) as your example")
    add_phrase_ref(p)
    p.add_argument("question", help="the customer's message this phrase answered")
    p.add_argument("--propose", action="store_true", help="also propose it to the team")
    p = add_parser("learned", help="the questions you taught search, most used first")
    p.add_argument("ref", nargs="?", metavar="ID|CODE", help="only this phrase's")
    _json(p)
    p = add_parser("unlearn", help="forget one learned question of a phrase")
    add_phrase_ref(p)
    p.add_argument("question", help="the learned question, as `learned` prints it")


def _json(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="print JSON")


def _favorite_commands(add_parser: AddParser) -> None:
    p = add_parser("favorite", help="favourites on the number keys (Ctrl+Alt+1..9)")
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION", help="what to do")
    pin = actions.add_parser("pin", help="pin a phrase to a number key")
    add_phrase_ref(pin)
    pin.add_argument("slot", type=int, choices=range(1, 10), help="the number key, 1-9")
    unpin = actions.add_parser("unpin", help="empty a number key")
    unpin.add_argument("slot", type=int, choices=range(1, 10), help="the number key, 1-9")
    _json(actions.add_parser("list", help="the pinned phrases"))


def _variant_commands(add_parser: AddParser) -> None:
    p = add_parser("variant", help="your wording of a team phrase after the team changed it")
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION", help="what to do")
    show = actions.add_parser("show", help="your text beside the team's")
    add_phrase_ref(show)
    _json(show)
    keep = actions.add_parser("keep", help="keep your text; accept the team version as seen")
    add_phrase_ref(keep)
    add_phrase_ref(actions.add_parser("take", help="drop your text and use the team's"))
    merge = actions.add_parser("merge", help="save a text you merged by hand")
    add_phrase_ref(merge)
    merge.add_argument("text", help="the merged text")
    _json(actions.add_parser("changed", help="phrases whose team changed since you wrote yours"))


def _lang_commands(add_parser: AddParser) -> None:
    p = add_parser("lang", help="the same phrase in other languages")
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION", help="what to do")
    put = actions.add_parser("set", help="write the phrase's text in a language ('' removes it)")
    add_phrase_ref(put)
    put.add_argument("lang", choices=LANGS, help="the language")
    put.add_argument("text", help="the text in that language")
    show = actions.add_parser("show", help="every language version, converted ones marked")
    add_phrase_ref(show)
    _json(show)


def _link_commands(add_parser: AddParser) -> None:
    p = add_parser("link", help="link two related phrases (offered after each other)")
    add_phrase_ref(p)
    add_phrase_ref(p, "related")
    p = add_parser("unlink", help="remove a link between two phrases")
    add_phrase_ref(p)
    add_phrase_ref(p, "related")
    p = add_parser("next", help="what you usually send after a phrase, then linked ones")
    add_phrase_ref(p)
    p.add_argument("--limit", type=int, default=5, help="how many (default 5)")
    _json(p)


def _listing(rows: list[tuple[str, Phrase]], as_json: bool, key: str) -> None:
    if as_json:
        out.json_out([{key: k, **out.phrase_dict(p)} for k, p in rows])
    elif not rows:
        out.note("nothing here")
    for k, phrase in [] if as_json else rows:
        out.say(f"{k}  {phrase.code or phrase.id[:8]}  {out.snippet(phrase.body)}")


def _favorite(book: Phrasebook, args: argparse.Namespace) -> int:
    if args.action == "pin":
        phrase = resolve_phrase(book, args.ref)
        book.favorites.pin(phrase.id, args.slot)
        out.say(f"Ctrl+Alt+{args.slot} now inserts {phrase.label}")
    elif args.action == "unpin":
        book.favorites.unpin(args.slot)
        out.say(f"Ctrl+Alt+{args.slot} is free")
    else:
        slots = book.favorites.slots()
        _listing([(str(n), p) for n, p in slots.items()], args.json, "slot")
    return 0


def _variant(book: Phrasebook, args: argparse.Namespace) -> int:
    if args.action == "changed":
        _listing([("*", p) for p in book.variants.changed()], args.json, "changed")
        return 0
    phrase = resolve_phrase(book, args.ref)
    if args.action == "show":
        _show_variant(book, phrase, args.json)
        return 0
    if args.action == "keep":
        book.variants.keep_mine(phrase.id)
        out.say(f"kept your wording of {phrase.label}")
    elif args.action == "take":
        book.variants.take_theirs(phrase.id)
        out.say(f"{phrase.label}: the team's text is used again")
    else:
        book.variants.merge(phrase.id, args.text)
        out.say(f"saved your merged wording of {phrase.label}")
    return 0


def _show_variant(book: Phrasebook, phrase: Phrase, as_json: bool) -> None:
    both = book.variants.compare(phrase.id)
    data: dict[str, Any] = {
        "id": phrase.id,
        "mine": both.mine,
        "theirs": both.theirs,
        "base": both.base,
        "team_changed": both.team_changed,
    }
    if as_json:
        out.json_out(data)
        return
    flag = "the team version changed" if both.team_changed else "the team version is unchanged"
    out.say(f"{phrase.label}: {flag}\nmine:   {both.mine}\ntheirs: {both.theirs}")


def _lang(book: Phrasebook, args: argparse.Namespace) -> int:
    phrase = resolve_phrase(book, args.ref)
    if args.action == "set":
        book.languages.set(phrase.id, args.lang, args.text or None)
        out.say(f"{phrase.label}: {args.lang} {'saved' if args.text else 'removed'}")
        return 0
    rows = []
    for lang in LANGS:
        text = book.languages.get(phrase.id, lang)
        if text is not None:
            written = lang in dict(phrase.texts) or lang == phrase.lang
            rows.append({"lang": lang, "text": text, "converted": not written})
    if args.json:
        out.json_out(rows)
    for row in [] if args.json else rows:
        mark = " (converted)" if row["converted"] else ""
        out.say(f"{row['lang']}{mark}: {row['text']}")
    return 0


def _link(book: Phrasebook, args: argparse.Namespace) -> int:
    first, second = resolve_phrase(book, args.ref), resolve_phrase(book, args.related)
    book.links.link(first.id, second.id)
    out.say(f"linked {first.label} and {second.label}")
    return 0


def _unlink(book: Phrasebook, args: argparse.Namespace) -> int:
    first, second = resolve_phrase(book, args.ref), resolve_phrase(book, args.related)
    removed = book.links.unlink(first.id, second.id)
    out.say(f"unlinked {first.label} and {second.label}" if removed else "they were not linked")
    return 0


def _next(book: Phrasebook, args: argparse.Namespace) -> int:
    phrase = resolve_phrase(book, args.ref)
    found = book.follow_ups(phrase.id, args.limit)
    _listing([(str(n), p) for n, p in enumerate(found, start=1)], args.json, "rank")
    return 0


def _learn(book: Phrasebook, args: argparse.Namespace) -> int:
    phrase = resolve_phrase(book, args.ref)
    question = book.learning.learn(phrase.id, args.question)
    if question is None:
        out.error("too short to be a customer question: nothing learned")
        return 1
    out.say(f"{phrase.label}: learned {question!r}")
    if args.propose:
        proposal = book.learning.propose(phrase.id, question)
        out.say(f"proposed to the team ({proposal.id[:8]})")
    return 0


def _learned(book: Phrasebook, args: argparse.Namespace) -> int:
    only = resolve_phrase(book, args.ref).id if args.ref else None
    rows = [
        {"id": e.phrase_id, "label": book.get(e.phrase_id).label, "question": e.question,
         "uses": e.uses}
        for e in book.learning.examples(only)
    ]  # fmt: skip
    if args.json:
        out.json_out(rows)
    for row in [] if args.json else rows:
        out.say(f"{row['label']}  ×{row['uses']}  {row['question']}")
    return 0


def _unlearn(book: Phrasebook, args: argparse.Namespace) -> int:
    phrase = resolve_phrase(book, args.ref)
    if book.learning.forget(phrase.id, args.question):
        out.say(f"{phrase.label}: forgot {args.question!r}")
        return 0
    out.error(f"{phrase.label} has no learned question {args.question!r}")
    return 1


FAMILY = CommandFamily(
    add_commands,
    handlers={
        "favorite": _favorite,
        "variant": _variant,
        "lang": _lang,
        "link": _link,
        "unlink": _unlink,
        "next": _next,
        "learn": _learn,
        "learned": _learned,
        "unlearn": _unlearn,
    },
)
