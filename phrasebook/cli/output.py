"""How the `phrasebook` command prints: rich tables (CJK widths right), JSON, one-line errors."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.table import Table

from phrasebook.models import Hit, ImageRef, Phrase, Profile, Stats
from phrasebook.templates import Rendered

if TYPE_CHECKING:
    from phrasebook import Phrasebook

SNIPPET_CHARS = 40


def console(err: bool = False) -> Console:
    """A rich console on stdout (or stderr), made per call so redirection (tests, pipes) is
    honoured; no highlighting, long lines wrap as they are."""
    return Console(file=sys.stderr if err else sys.stdout, highlight=False, soft_wrap=True)


def say(text: str) -> None:
    console().print(text, markup=False)


def note(text: str) -> None:
    console(err=True).print(text, markup=False, style="dim")


def error(text: str) -> None:
    first_line = text.strip().splitlines()[0] if text.strip() else "unknown error"
    console(err=True).print(f"phrasebook: error: {first_line}", markup=False)


def json_out(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def snippet(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= SNIPPET_CHARS else flat[: SNIPPET_CHARS - 1] + "…"


def phrase_dict(phrase: Phrase) -> dict[str, Any]:
    return {
        "id": phrase.id,
        "title": phrase.title,
        "text": phrase.body,
        "group": phrase.group,
        "code": phrase.code,
        "tags": list(phrase.tags),
        "questions": list(phrase.questions),
        "lang": phrase.lang,
        "scope": phrase.scope,
        "favorite": phrase.favorite,
        "has_variant": phrase.variant is not None,
        "use_count": phrase.use_count,
    }


def hit_dict(hit: Hit) -> dict[str, Any]:
    p = hit.phrase
    return {
        "id": p.id,
        "title": p.title,
        "text": p.body,
        "score": round(hit.score, 4),
        "code": p.code,
        "group": p.group,
        "matches": [{"field": m.field, "spans": [list(s) for s in m.spans]} for m in hit.matches],
    }


def rendered_dict(rendered: Rendered) -> dict[str, Any]:
    return {
        "text": rendered.text,
        "complete": rendered.complete,
        "fields": [
            {"name": f.name, "choices": list(f.choices), "default": f.default, "value": f.value}
            for f in rendered.fields
        ],
        "problems": [{"position": p.position, "message": p.message} for p in rendered.problems],
    }


def hits_table(hits: list[Hit]) -> None:
    if not hits:
        note("no matching phrases")
        return
    table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
    for column in ("#", "code", "title", "group", "text", "id"):
        table.add_column(column, overflow="fold" if column == "text" else "ellipsis")
    for n, hit in enumerate(hits, start=1):
        p = hit.phrase
        table.add_row(str(n), p.code, p.title, p.group, snippet(p.body), p.id[:8])
    console().print(table)


def image_dict(image: ImageRef) -> dict[str, Any]:
    return {
        "name": image.name,
        "type": image.type,
        "size": image.size,
        "hash": image.hash,
        "width": image.width,
        "height": image.height,
    }


def phrase_detail(phrase: Phrase, scope: str | None = "", links: Sequence[str] = ()) -> None:
    """A phrase in full; `scope` None means not in a team, where no phrase is a team one.
    `links` are its picture web addresses (kept from an imported sheet, never fetched)."""
    table = Table(show_header=False, box=None, pad_edge=False)
    table.add_column(style="bold")
    table.add_column(overflow="fold")
    rows = [
        ("id", phrase.id),
        ("title", phrase.title),
        ("group", phrase.group),
        ("code", phrase.code),
        ("lang", phrase.lang),
        ("scope", "yours (not in a team)" if scope is None else scope or phrase.scope),
        ("favorite", "yes" if phrase.favorite else "no"),
        ("tags", ", ".join(phrase.tags)),
        ("questions", "\n".join(phrase.questions)),
        ("text", phrase.text),
    ]
    if phrase.variant is not None:
        rows.append(("my wording", phrase.variant))
    rows += [
        ("picture", f"{i.name} ({i.width}×{i.height}, {i.size:,} bytes, {i.hash[:10]})")
        for i in phrase.images
    ]
    rows += [("picture link", link) for link in links]
    rows.append(("uses", str(phrase.use_count)))
    for name, value in rows:
        table.add_row(name, value)
    console().print(table, markup=False)


def stats_dict(stats: Stats, book: Phrasebook) -> dict[str, Any]:
    return {
        "path": str(book.path),
        "phrases": stats.phrases,
        "team": stats.team,
        "personal": stats.personal,
        "groups": stats.groups,
        "favorites": stats.favorites,
        "pinned": stats.pinned,
        "variants": stats.variants,
        "trash": stats.deleted,
        "uses": stats.uses,
        "by_lang": stats.by_lang,
        "seeded": book.seeded,
        "starter_sets": list(book.starter_langs),
    }


#: How `stats` names its counts where the JSON key alone could be misread.
STATS_LABELS = {
    "favorites": "favourites (marked)",
    "pinned": "pinned to number keys",
    "starter_sets": "starter sets",
}


def stats_table(stats: Stats, book: Phrasebook) -> None:
    table = Table(show_header=False, box=None, pad_edge=False)
    table.add_column(style="bold")
    table.add_column()
    labels = dict(STATS_LABELS)
    if not book.sync.team:  # no team yet: the scopes only say what a new team would get
        labels |= {"team": "shared if you create a team", "personal": "kept personal"}
    for key, value in stats_dict(stats, book).items():
        shown = (
            ", ".join(f"{k} {v}" for k, v in value.items()) if isinstance(value, dict) else value
        )
        if isinstance(value, list):
            shown = ", ".join(value) or "none"
        table.add_row(labels.get(key, key), str(shown))
    console().print(table, markup=False)


def backups_table(paths: list[Path]) -> None:
    if not paths:
        note("no backups yet; `phrasebook backup` makes one")
        return
    table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
    for column in ("name", "saved", "size"):
        table.add_column(column)
    for path in paths:
        st = path.stat()
        saved = datetime.fromtimestamp(st.st_mtime).strftime("%Y-%m-%d %H:%M")
        table.add_row(path.name, saved, f"{st.st_size / 1024:.0f} KB")
    console().print(table, markup=False)


def profile_table(profile: Profile) -> None:
    table = Table(show_header=False, box=None, pad_edge=False)
    table.add_column(style="bold")
    table.add_column()
    table.add_row("nickname", profile.nickname)
    table.add_row("shop", profile.active_shop)
    table.add_row("shops", ", ".join(profile.shops))
    table.add_row("signature", profile.signature)
    table.add_row("greeting", profile.greeting)
    console().print(table, markup=False)
