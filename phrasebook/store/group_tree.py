"""The two-level group tree (e.g. 售前 > 议价), cached in memory and written through SQLite.

The cache is what turns a phrase's group_id into a path without a join per phrase; it is only
changed by code that runs inside the caller's transaction, and reloaded if that transaction fails.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from sqlite_utils import Database

from phrasebook.errors import NotFoundError
from phrasebook.models import GROUP_SEPARATOR, Group, Scope


class GroupTree:
    """Groups by id and by path, for one database."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._by_id: dict[str, Group] = {}
        self._by_path: dict[str, Group] = {}
        self.reload()

    def reload(self) -> None:
        """Read the groups again (after a failed transaction, a restore or a sync)."""
        rows = list(
            self._db.execute(
                "SELECT id, name, parent_id, position, scope FROM groups WHERE deleted = 0"
                " ORDER BY position, name"
            ).fetchall()
        )
        names = {r[0]: (r[1], r[2]) for r in rows}
        self._by_id.clear()
        self._by_path.clear()
        for gid, name, parent_id, position, scope in rows:
            parent = names.get(parent_id) if parent_id else None
            path = f"{parent[0]}{GROUP_SEPARATOR}{name}" if parent else name
            group = Group(gid, name, parent_id, path, position or 0.0, scope)
            self._by_id[gid] = group
            self._by_path[path] = group

    def all(self) -> list[Group]:
        """Every live group in tree order: each top-level group followed by its children."""
        tops = sorted(
            (g for g in self._by_id.values() if g.parent_id is None),
            key=lambda g: (g.position, g.name),
        )
        ordered: list[Group] = []
        for top in tops:
            ordered.append(top)
            ordered.extend(
                sorted(
                    (g for g in self._by_id.values() if g.parent_id == top.id),
                    key=lambda g: (g.position, g.name),
                )
            )
        return ordered

    def path_of(self, group_id: str | None) -> str:
        if not group_id:
            return ""
        group = self._by_id.get(group_id)
        return group.path if group else ""

    def get(self, path: str) -> Group:
        try:
            return self._by_path[path]
        except KeyError:
            raise NotFoundError(f"no group {path!r}") from None

    def find(self, path: str) -> Group | None:
        return self._by_path.get(path)

    def ensure(self, path: str, scope: Scope, stamp: Callable[[], str]) -> str | None:
        """The id of the group at `path`, creating missing levels. Call inside a transaction."""
        if not path:
            return None
        parent_id: str | None = None
        walked = ""
        for name in path.split(GROUP_SEPARATOR):
            walked = f"{walked}{GROUP_SEPARATOR}{name}" if walked else name
            existing = self._by_path.get(walked)
            parent_id = (
                existing.id if existing else self._create(name, parent_id, walked, scope, stamp)
            )
        return parent_id

    def _create(
        self, name: str, parent_id: str | None, path: str, scope: Scope, stamp: Callable[[], str]
    ) -> str:
        siblings = [g.position for g in self._by_id.values() if g.parent_id == parent_id]
        position = max(siblings, default=0.0) + 1.0
        gid = str(uuid.uuid4())
        now = stamp()
        self._db.table("groups").insert(
            {
                "id": gid,
                "name": name,
                "parent_id": parent_id,
                "position": position,
                "scope": scope,
                "created": now,
                "updated": now,
                "deleted": 0,
            }
        )
        group = Group(gid, name, parent_id, path, position, scope)
        self._by_id[gid] = group
        self._by_path[path] = group
        return gid
