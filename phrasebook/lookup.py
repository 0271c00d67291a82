"""Finding one phrase from what a person typed: its id, the first characters of its id, or its code.

Ids are long UUIDs and lists show their first 8 characters, so any unique prefix names a phrase,
as in git; an ambiguous prefix or a code several phrases share is reported with the candidates,
never resolved by guessing.
"""

from __future__ import annotations

import re

from phrasebook.errors import NotFoundError
from phrasebook.models import Phrase
from phrasebook.store import Store

#: Shortest id prefix accepted; shorter ones would match half the book.
MIN_PREFIX = 4
_ID_CHARS = re.compile(r"[0-9a-fA-F-]+")
_SHOWN = 5  # candidates listed in an "ambiguous" message


def find(store: Store, ref: str, *, deleted: bool = False) -> Phrase:
    """The phrase `ref` names: an id, a unique id prefix or (for live phrases) a unique code.

    With `deleted`, only phrases in the trash are searched (to bring one back).
    Raises NotFoundError naming the candidates when `ref` is ambiguous, or when nothing matches.
    """
    ref = ref.strip()
    where = "p.deleted = 1" if deleted else "p.deleted = 0"
    exact = store.phrases_where(f"p.id = ? AND {where}", [ref])
    if exact:
        return exact[0]
    if not deleted:
        found = by_code(store, ref)
        if len(found) == 1:
            return found[0]
        if found:
            raise NotFoundError(
                f"code {ref!r} is used by {len(found)} phrases: {_names(found)}; name one by its id"
            )
    by_prefix = _by_prefix(store, ref, where)
    if len(by_prefix) == 1:
        return by_prefix[0]
    if by_prefix:
        raise NotFoundError(
            f"id prefix {ref!r} matches {len(by_prefix)} phrases: {_names(by_prefix)}; "
            "type more characters"
        )
    place = "in the trash" if deleted else "with id or code"
    raise NotFoundError(f"no phrase {place} {ref!r}")


def by_code(store: Store, code: str) -> list[Phrase]:
    """Every live phrase with this shortcut code (several may share one)."""
    return store.phrases_where("p.code = ? AND p.deleted = 0", [code])


def _by_prefix(store: Store, ref: str, where: str) -> list[Phrase]:
    if len(ref) < MIN_PREFIX or not _ID_CHARS.fullmatch(ref):
        return []  # also keeps LIKE's wildcards out of the pattern
    return store.phrases_where(f"p.id LIKE ? AND {where}", [f"{ref}%"])


def _names(phrases: list[Phrase]) -> str:
    shown = ", ".join(f"{p.id[:12]} ({p.label})" for p in phrases[:_SHOWN])
    more = len(phrases) - _SHOWN
    return shown + (f" and {more} more" if more > 0 else "")
