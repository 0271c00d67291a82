"""Shaping the phrasebook: the group tree and the order, place and trash of phrases.

What the phrase manager window does with a drag or a menu entry is one method here, and each is
one transaction. Order is kept with fractional positions (a moved item takes the midpoint of its
new neighbours), so a reorder writes one row, which is what sync wants. Groups have two levels.

Deleting keeps tombstones: a deleted phrase (`deleted = 1`) waits in the trash; a purged one
(`deleted = 2`) loses its content but keeps its id and stamps, so sync can still tell other
devices it is gone.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from phrasebook import validate
from phrasebook.errors import NotFoundError, ValidationError
from phrasebook.models import GROUP_SEPARATOR, Group, Phrase, Scope
from phrasebook.phrases import Phrases
from phrasebook.positions import between, renumbered
from phrasebook.store import Store, Write

IN_TRASH = 1
PURGED = 2


@dataclasses.dataclass(frozen=True, slots=True)
class GroupDeletion:
    """What `delete_group` removed, so `restore_group` (undo) can bring exactly that back."""

    group_ids: tuple[str, ...]
    phrase_ids: tuple[str, ...]


class Organizer:
    """Group and phrase housekeeping for one phrasebook (reach it as `store.organize`)."""

    def __init__(self, store: Store, phrases: Phrases) -> None:
        self._store = store
        self._phrases = phrases

    # -- permissions -------------------------------------------------------------------------

    def editable(self, phrase: Phrase) -> bool:
        """Whether this agent may change `phrase`.

        Personal phrases always are. Team phrases are editable for supervisors and outside a
        team; an agent in a team proposes changes instead (sync would not publish her edits).
        The manager asks here, never decides itself.
        """
        return self._phrases.may_edit(phrase)

    # -- groups ------------------------------------------------------------------------------

    def groups(self) -> list[Group]:
        """Every live group in tree order."""
        return self._store.groups.all()

    def add_group(self, path: str, *, scope: Scope = "team") -> Group:
        """Create a group (and its parent) if missing; returns it."""
        path = validate.group_path(path)
        if not path:
            raise ValidationError("a group needs a name")
        store = self._store
        with store.write() as write:
            store.groups.ensure(path, scope, store.clock.now)
            write.touch(groups=True)
        return store.groups.get(path)

    def group_path(self, group_id: str) -> str:
        """The current path of a live group (ids survive renames and moves; paths do not)."""
        path = self._store.groups.path_of(group_id)
        if not path:
            raise NotFoundError(f"no group with id {group_id!r}")
        return path

    def rename_group(self, path: str, name: str) -> Group:
        """Give a group a new name; its subgroups and phrases follow."""
        group = self._store.groups.get(path)
        name = self._valid_name(name)
        if name == group.name:
            return group
        self._check_free(group.parent_id, name, group.id)
        with self._store.write() as write:
            self._write_group(group.id, {"name": name})
            self._touch_group(write, group.id)
        return self._group(group.id)

    def move_group(self, path: str, parent: str = "", index: int | None = None) -> Group:
        """Put a group under `parent` ("" = top level) at `index` among its siblings (None: last).

        Only two levels: a group with subgroups stays at the top, and nothing goes under a
        subgroup.
        """
        tree = self._store.groups
        group = tree.get(path)
        parent_id = tree.get(parent).id if parent else None
        if parent_id is not None:
            self._check_nestable(group, tree.get(parent))
        if parent_id != group.parent_id:
            self._check_free(parent_id, group.name, group.id)
        siblings = [g for g in self._children(parent_id) if g.id != group.id]
        slot = len(siblings) if index is None else max(0, min(index, len(siblings)))
        with self._store.write() as write:
            items = [(g.id, g.position) for g in siblings]
            position = self._position_in(items, slot, "groups")
            self._write_group(group.id, {"parent_id": parent_id, "position": position})
            self._touch_group(write, group.id)
        return self._group(group.id)

    def delete_group(self, path: str) -> GroupDeletion:
        """Delete a group with its subgroups; their phrases go to the trash."""
        group = self._store.groups.get(path)
        ids = (group.id, *(g.id for g in self._children(group.id)))
        marks = ",".join("?" * len(ids))
        rows = self._store.db.execute(
            f"SELECT id FROM phrases WHERE deleted = 0 AND group_id IN ({marks})", list(ids)
        ).fetchall()
        phrase_ids = tuple(r[0] for r in rows)
        with self._store.write() as write:
            now = self._store.clock.now()
            for gid in ids:
                self._store.db.table("groups").update(gid, {"deleted": 1, "updated": now})
            self._set_deleted(phrase_ids, IN_TRASH)
            self._store.groups.reload()
            write.touch(set(phrase_ids), groups=True)
        return GroupDeletion(ids, phrase_ids)

    def restore_group(self, deletion: GroupDeletion) -> None:
        """Undo `delete_group`: the groups and the phrases it trashed come back."""
        with self._store.write() as write:
            self._revive_groups(deletion.group_ids)
            self._set_deleted(deletion.phrase_ids, 0, only=IN_TRASH)
            self._store.groups.reload()
            write.touch(set(deletion.phrase_ids), groups=True)

    # -- phrases -----------------------------------------------------------------------------

    def move_phrases(self, phrase_ids: Iterable[str], group: str) -> None:
        """Move phrases to the end of `group` ("" = ungrouped), in the order given."""
        ids = self._live(phrase_ids)
        group = validate.group_path(group)
        store = self._store
        self._phrases.refuse_removal([store.phrase(pid) for pid in ids], "move")
        with store.write() as write:
            scope = store.phrase(ids[0]).scope if ids else "team"
            group_id = store.groups.ensure(group, scope, store.clock.now)
            for pid in ids:
                values = {"group_id": group_id, "position": store.next_position()}
                store.db.table("phrases").update(pid, values | {"updated": store.clock.now()})
            write.touch(set(ids), groups=True)

    def reorder_phrase(self, phrase_id: str, index: int) -> None:
        """Put a phrase at `index` among the other live phrases of its group."""
        group_id = self._group_id_of(phrase_id)
        where = "group_id IS ?" if group_id is None else "group_id = ?"
        rows = self._store.db.execute(
            f"SELECT id, position FROM phrases WHERE deleted = 0 AND {where} AND id != ?"
            " ORDER BY position, created, id",
            [group_id, phrase_id],
        ).fetchall()
        slot = max(0, min(index, len(rows)))
        with self._store.write() as write:
            position = self._position_in(
                [(r[0], float(r[1] or 0.0)) for r in rows], slot, "phrases"
            )
            values = {"position": position, "updated": self._store.clock.now()}
            self._store.db.table("phrases").update(phrase_id, values)
            self._store.note_position(position)
            write.touch({phrase_id})

    def delete_phrases(self, phrase_ids: Iterable[str]) -> tuple[str, ...]:
        """Move phrases to the trash in one transaction; returns the ids that were live."""
        ids = tuple(self._live(phrase_ids))
        self._phrases.refuse_removal([self._store.phrase(pid) for pid in ids], "delete")
        with self._store.write() as write:
            self._set_deleted(ids, IN_TRASH)
            write.touch(set(ids))
        return ids

    def restore_phrases(self, phrase_ids: Iterable[str]) -> None:
        """Bring phrases back from the trash (and the groups they were in, if deleted since)."""
        ids = tuple(phrase_ids)
        found = self._rows(ids, "deleted = 1")
        if len(found) != len(set(ids)):
            missing = sorted(set(ids) - {r[0] for r in found})
            raise NotFoundError(f"not in the trash: {', '.join(missing)}")
        with self._store.write() as write:
            self._revive_groups(tuple(gid for _, gid in found if gid))
            self._set_deleted(ids, 0, only=IN_TRASH)
            self._store.groups.reload()
            write.touch(set(ids), groups=True)

    def purge(self, phrase_ids: Iterable[str] | None = None) -> int:
        """Empty the trash (or remove only `phrase_ids` from it) for good; returns how many."""
        if phrase_ids is None:
            ids = tuple(p.id for p in self._phrases.deleted_phrases())
        else:
            ids = tuple(r[0] for r in self._rows(tuple(phrase_ids), "deleted = 1"))
        if not ids:
            return 0
        marks = ",".join("?" * len(ids))
        db = self._store.db
        with self._store.write() as write:
            db.execute(f"DELETE FROM variants WHERE phrase_id IN ({marks})", list(ids))
            db.execute(f"DELETE FROM usage WHERE phrase_id IN ({marks})", list(ids))
            db.execute(
                "UPDATE phrases SET text = '', title = '', code = '', tags = '[]',"
                " questions = '[]', extra = '{}', deleted = ?, updated = ?"
                f" WHERE id IN ({marks})",
                [PURGED, self._store.clock.now(), *ids],
            )
            write.touch(set())
        return len(ids)

    # -- internals ---------------------------------------------------------------------------

    def _valid_name(self, name: str) -> str:
        cleaned = validate.group_path(name)
        if not cleaned or GROUP_SEPARATOR in cleaned:
            raise ValidationError(f"group name {name!r} must be one non-empty level")
        return cleaned

    def _children(self, parent_id: str | None) -> list[Group]:
        return [g for g in self._store.groups.all() if g.parent_id == parent_id]

    def _check_nestable(self, group: Group, parent: Group) -> None:
        if parent.id == group.id or parent.parent_id is not None:
            raise ValidationError(f"{group.name!r} cannot go under {parent.path!r}: two levels")
        if self._children(group.id):
            raise ValidationError(f"{group.name!r} has subgroups, so it stays at the top level")

    def _check_free(self, parent_id: str | None, name: str, own_id: str) -> None:
        if any(g.name == name and g.id != own_id for g in self._children(parent_id)):
            raise ValidationError(f"there is already a group {name!r} there")

    def _position_in(self, items: list[tuple[str, float]], slot: int, table: str) -> float:
        """A position for `slot` among ordered (id, position) items; renumbers when out of room."""
        position = between(items, slot)
        if position is None:
            for sid, fresh in renumbered(items):
                self._store.db.table(table).update(sid, {"position": fresh})
            position = between(renumbered(items), slot)
        assert position is not None  # renumbered positions always leave room
        return position

    def _write_group(self, group_id: str, values: dict[str, object]) -> None:
        self._store.db.table("groups").update(
            group_id, values | {"updated": self._store.clock.now()}
        )
        self._store.groups.reload()

    def _touch_group(self, write: Write, group_id: str) -> None:
        """Mark the phrases whose group path changed (the group's and its subgroups')."""
        ids = {group_id, *(g.id for g in self._children(group_id))}
        marks = ",".join("?" * len(ids))
        rows = self._store.db.execute(
            f"SELECT id FROM phrases WHERE deleted = 0 AND group_id IN ({marks})", list(ids)
        ).fetchall()
        write.touch({r[0] for r in rows}, groups=True)

    def _group(self, group_id: str) -> Group:
        tree = self._store.groups
        return tree.get(tree.path_of(group_id))

    def _revive_groups(self, group_ids: tuple[str, ...]) -> None:
        """Undelete groups (and their parents), refusing one whose path was taken since."""
        db = self._store.db
        wanted = set(group_ids)
        for gid in group_ids:
            row = db.execute("SELECT parent_id FROM groups WHERE id = ?", [gid]).fetchone()
            if row and row[0]:
                wanted.add(row[0])
        now = self._store.clock.now()
        for gid in sorted(wanted, key=lambda g: g not in group_ids):
            db.execute(
                "UPDATE groups SET deleted = 0, updated = ? WHERE id = ? AND deleted = 1",
                [now, gid],
            )
        self._store.groups.reload()
        paths = [g.path for g in self._store.groups.all()]
        if len(paths) != len(set(paths)):
            raise ValidationError("a group with the same name was created since; rename it first")

    def _set_deleted(self, ids: Iterable[str], value: int, only: int | None = None) -> None:
        now = self._store.clock.now()
        guard = "" if only is None else f" AND deleted = {int(only)}"
        for pid in ids:
            self._store.db.execute(
                f"UPDATE phrases SET deleted = ?, updated = ? WHERE id = ?{guard}",
                [value, now, pid],
            )

    def _rows(self, ids: tuple[str, ...], where: str) -> list[tuple[str, str | None]]:
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        sql = f"SELECT id, group_id FROM phrases WHERE id IN ({marks}) AND {where}"
        return [(r[0], r[1]) for r in self._store.db.execute(sql, list(ids)).fetchall()]

    def _live(self, phrase_ids: Iterable[str]) -> list[str]:
        ids = list(dict.fromkeys(phrase_ids))
        live = {r[0] for r in self._rows(tuple(ids), "deleted = 0")}
        missing = [pid for pid in ids if pid not in live]
        if missing:
            raise NotFoundError(f"no phrase with id {missing[0]!r}")
        return ids

    def _group_id_of(self, phrase_id: str) -> str | None:
        found = self._rows((phrase_id,), "deleted = 0")
        if not found:
            raise NotFoundError(f"no phrase with id {phrase_id!r}")
        return found[0][1]


__all__ = ["GroupDeletion", "Organizer"]
