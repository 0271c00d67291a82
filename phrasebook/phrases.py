"""Phrases themselves: read, add, edit (with the team's role rules), delete, bring back, use.

Every change is one `Store.write`; the search index and the listeners follow after the commit.
`insert`, `overwrite` and `cleaned` are the row writers the import shares.
"""

from __future__ import annotations

import dataclasses
import json
import uuid
from collections.abc import Iterable
from typing import Any

from phrasebook import learning, lookup, roles, validate
from phrasebook.db import phrase_rows
from phrasebook.errors import NotFoundError, ValidationError
from phrasebook.models import Phrase, Scope, Stats
from phrasebook.personal.variants import Variants
from phrasebook.settings import Settings
from phrasebook.store import Store

EDITABLE = ("text", "title", "group", "code", "tags", "questions", "lang", "favorite", "scope")


class Phrases:
    """Phrase CRUD for one phrasebook (the book's `get`, `add`, `update`, `delete`...).

    Args:
        store: the open store.
        settings: for the active shop a use is recorded for.
        membership: the team (the sync manager): who may edit what (see phrasebook.roles).
        variants: where an agent's edit of a team phrase's text goes.
    """

    def __init__(
        self, store: Store, settings: Settings, membership: roles.Membership, variants: Variants
    ) -> None:
        self._store = store
        self._settings = settings
        self._membership = membership
        self._variants = variants

    # -- reading -----------------------------------------------------------------------------

    def get(self, phrase_id: str) -> Phrase:
        return self._store.phrase(phrase_id)

    def find(self, ref: str, *, deleted: bool = False) -> Phrase:
        """The phrase an id, a unique id prefix or a unique shortcut code names."""
        return lookup.find(self._store, ref, deleted=deleted)

    def phrases(self, *, group: str | None = None, scope: Scope | None = None) -> list[Phrase]:
        """Live phrases in group order; optionally only a group (with subgroups) or a scope."""
        found = self._store.live_phrases()
        if group is not None:
            found = [p for p in found if p.group == group or p.group.startswith(f"{group}/")]
        if scope is not None:
            found = [p for p in found if p.scope == scope]
        return found

    def deleted_phrases(self) -> list[Phrase]:
        """The trash: deleted phrases, newest deletion first."""
        found = self._store.phrases_where("p.deleted = 1")
        return sorted(found, key=lambda p: p.updated, reverse=True)

    def by_code(self, code: str) -> list[Phrase]:
        """Every live phrase with this shortcut code (several may share one)."""
        return lookup.by_code(self._store, code)

    def exists(self, phrase_id: str) -> bool:
        """True for a phrase in use or in the trash."""
        found = self._store.db.execute("SELECT 1 FROM phrases WHERE id = ?", [phrase_id])
        return found.fetchone() is not None

    # -- roles -------------------------------------------------------------------------------

    @property
    def default_scope(self) -> Scope:
        """The scope a new phrase gets when none is asked for (see phrasebook.roles)."""
        return roles.default_scope(self._membership)

    def may_edit(self, phrase: Phrase) -> bool:
        """Whether this device may change `phrase` itself, not only her wording of it."""
        return roles.may_edit(self._membership, phrase)

    def shown_scope(self, phrase: Phrase) -> Scope | None:
        """The badge to show for `phrase`: None outside a team, where every phrase is hers."""
        return roles.shown_scope(self._membership, phrase)

    def refuse_removal(self, phrases: list[Phrase], what: str) -> None:
        """RoleError when any of `phrases` is a team phrase this device may not `what`."""
        roles.refuse_removal(self._membership, phrases, what)

    # -- writing -----------------------------------------------------------------------------

    def add(
        self,
        text: str,
        *,
        title: str = "",
        group: str = "",
        code: str = "",
        tags: Iterable[str] = (),
        questions: Iterable[str] = (),
        lang: str = "zh-Hans",
        favorite: bool = False,
        scope: Scope | None = None,
        id: str | None = None,  # noqa: A002 - the pack's key name, kept for clarity
    ) -> Phrase:
        """Add a phrase and return it (with its new id and stamps)."""
        if id is not None and self.exists(id):
            raise ValidationError(
                f"a phrase with id {id!r} already exists (in use or in the trash)"
            )
        phrase = cleaned(
            Phrase(
                id=id or str(uuid.uuid4()),
                text=text,
                title=title,
                group=group,
                code=code,
                tags=validate.items(tags, "tags"),
                questions=validate.items(questions, "questions"),
                lang=lang,
                favorite=favorite,
                scope=scope or self.default_scope,
            )
        )
        with self._store.write() as write:
            insert(self._store, phrase, {})
            write.touch({phrase.id})
        return write.fresh[0]

    def update(self, phrase_id: str, **changes: Any) -> Phrase:
        """Change some fields of a phrase (names as in `add`); returns the updated phrase."""
        unknown = set(changes) - set(EDITABLE)
        if unknown:
            raise ValidationError(f"cannot update {', '.join(sorted(unknown))}")
        current = self.get(phrase_id)
        for key in ("tags", "questions"):
            if key in changes:  # validated here: tuple("abc") would split a string into letters
                changes[key] = validate.items(changes[key], key)
        if not self.may_edit(current):  # a team's agent: her wording, or refused
            return self._agent_update(current, changes)
        return self._write(current, changes)

    def delete(self, phrase_id: str) -> None:
        """Move a phrase to the trash (a tombstone that sync and undelete understand)."""
        self.refuse_removal([self.get(phrase_id)], "delete")
        store = self._store
        with store.write() as write:
            store.db.table("phrases").update(
                phrase_id, {"deleted": 1, "updated": store.clock.now()}
            )
            write.touch({phrase_id})

    def undelete(self, phrase_id: str) -> Phrase:
        """Bring a phrase back from the trash."""
        if not self.exists(phrase_id):
            raise NotFoundError(f"no phrase with id {phrase_id!r}")
        store = self._store
        with store.write() as write:
            store.db.table("phrases").update(
                phrase_id, {"deleted": 0, "updated": store.clock.now()}
            )
            write.touch({phrase_id})
        return write.fresh[0]

    def add_question(self, phrase_id: str, question: str) -> Phrase:
        """Attach a customer question the phrase answers (search finds it at once)."""
        current = self.get(phrase_id)
        return self.update(phrase_id, questions=(*current.questions, question))

    def record_use(
        self, phrase_id: str, *, shop: str | None = None, question: str | None = None
    ) -> Phrase:
        """Note that the agent inserted this phrase; `question` is learned (see learning)."""
        self.get(phrase_id)
        store = self._store
        at = store.wall()
        with store.write(stamp=False) as write:
            store.db.table("usage").insert(
                {
                    "phrase_id": phrase_id,
                    "at": at,
                    "shop": shop or self._settings.profile.active_shop,
                    "device": store.clock.device,
                }
            )
            store.db.execute(
                "UPDATE phrases SET use_count = use_count + 1, last_used = ? WHERE id = ?",
                [at, phrase_id],
            )
            write.touch({phrase_id})
        if question:
            learning.learn(store, phrase_id, question)
            return self.get(phrase_id)
        return write.fresh[0]

    def stats(self) -> Stats:
        db = self._store.db

        def one(sql: str) -> int:
            return int(db.execute(sql).fetchone()[0])

        by_lang = dict(
            db.execute(
                "SELECT lang, count(*) FROM phrases WHERE deleted = 0 GROUP BY lang"
            ).fetchall()
        )
        return Stats(
            phrases=one("SELECT count(*) FROM phrases WHERE deleted = 0"),
            team=one("SELECT count(*) FROM phrases WHERE deleted = 0 AND scope = 'team'"),
            personal=one("SELECT count(*) FROM phrases WHERE deleted = 0 AND scope = 'personal'"),
            groups=one("SELECT count(*) FROM groups WHERE deleted = 0"),
            favorites=one("SELECT count(*) FROM phrases WHERE deleted = 0 AND favorite = 1"),
            variants=one("SELECT count(*) FROM variants WHERE deleted = 0"),
            deleted=one("SELECT count(*) FROM phrases WHERE deleted = 1"),
            uses=one("SELECT count(*) FROM usage"),
            by_lang=by_lang,
            pinned=one(
                "SELECT count(*) FROM favorite_slots s JOIN phrases p ON p.id = s.phrase_id"
                " WHERE s.deleted = 0 AND p.deleted = 0"
            ),
        )

    # -- internals ---------------------------------------------------------------------------

    def _write(self, current: Phrase, changes: dict[str, Any]) -> Phrase:
        wanted = cleaned(dataclasses.replace(current, **changes))
        if wanted == current:
            return current
        store = self._store
        with store.write() as write:
            group_id = store.groups.ensure(wanted.group, wanted.scope, store.clock.now)
            values = phrase_rows.row_values(wanted, group_id) | {"updated": store.clock.now()}
            store.db.table("phrases").update(current.id, values)
            write.touch({current.id})
        return write.fresh[0]

    def _agent_update(self, current: Phrase, changes: dict[str, Any]) -> Phrase:
        own, text = roles.split_agent_changes(current, changes)
        if text is not None:
            text = validate.text(text)  # checked before anything is written
        updated = self._write(current, own) if own else current
        if text is not None and text != current.body:
            updated = self._variants.set(current.id, None if text == current.text else text)
        return updated


def cleaned(phrase: Phrase) -> Phrase:
    """The phrase with every field validated and normalised (raises ValidationError)."""
    return dataclasses.replace(
        phrase,
        text=validate.text(phrase.text),
        title=validate.title(phrase.title),
        group=validate.group_path(phrase.group),
        code=validate.code(phrase.code),
        tags=validate.items(phrase.tags, "tags"),
        questions=validate.items(phrase.questions, "questions"),
        lang=validate.lang(phrase.lang),
        scope=validate.scope(phrase.scope),
        favorite=bool(phrase.favorite),
    )


def insert(store: Store, phrase: Phrase, extra: dict[str, Any]) -> None:
    """Write a new phrase row at the end of the book. Call inside `store.write()`."""
    group_id = store.groups.ensure(phrase.group, phrase.scope, store.clock.now)
    now = store.clock.now()
    row = phrase_rows.row_values(phrase, group_id) | {
        "id": phrase.id,
        "position": store.next_position(),
        "extra": json.dumps(extra, ensure_ascii=False),
        "created": now,
        "updated": now,
        "deleted": 0,
        "use_count": 0,
    }
    # Plain SQL: sqlite-utils' insert() inspects the table on every call (10k-row imports).
    names = ", ".join(f"[{name}]" for name in row)
    marks = ", ".join("?" * len(row))
    store.db.execute(f"INSERT INTO phrases ({names}) VALUES ({marks})", list(row.values()))


def overwrite(store: Store, phrase: Phrase, extra: dict[str, Any]) -> None:
    """Write over an existing row (in use or in the trash). Call inside `store.write()`."""
    group_id = store.groups.ensure(phrase.group, phrase.scope, store.clock.now)
    store.db.table("phrases").update(
        phrase.id,
        phrase_rows.row_values(phrase, group_id)
        | {
            "extra": json.dumps(extra, ensure_ascii=False),
            "updated": store.clock.now(),
            "deleted": 0,
        },
    )
