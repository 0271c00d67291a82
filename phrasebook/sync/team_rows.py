"""Team phrases as sync records: which fields travel, how a row becomes field values, and how
merged winners are written back into the `phrases` table that search and the app read.

Only team-scope phrases travel. Personal phrases, variants, favorites and usage never leave the
machine. A phrase's group travels as its path ("售前/议价"), so two devices that both create a
group of the same name converge on one group. Its pictures travel as their list of hashes and
names (the `images` field); the bytes go apart, content-addressed, once each (see `blobs`).
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from phrasebook.db import image_rows
from phrasebook.image_check import safe_name
from phrasebook.store import Store
from phrasebook.sync.changelog import Edit

ENTITY = "phrase"
FIELDS = (
    "text", "title", "group", "code", "tags", "questions", "lang", "position", "extra",
    "deleted", "created", "images",
)  # fmt: skip
_HASH = re.compile(r"^[0-9a-f]{64}$")
#: At most this many pictures per phrase are taken from a peer.
MAX_PICTURES = 20
_COLUMNS = (
    "id, text, title, group_id, code, tags, questions, lang, position, extra, deleted, created"
)
_CHUNK = 500


def canonical(value: Any) -> str:
    """The one JSON spelling of a value, so equal values compare equal as text."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def row_fields(
    store: Store, row: tuple[Any, ...], pictures: list[tuple[str, str]] | None = None
) -> dict[str, str]:
    """A phrases row (in `_COLUMNS` order) as field -> canonical JSON value; `pictures` are
    its (hash, name) links when the caller read them already."""
    if pictures is None:
        pictures = image_rows.links(store.db, row[0])
    _, text, title, group_id, code, tags, questions, lang, position, extra, deleted, created = row
    values: dict[str, Any] = {
        "text": text,
        "title": title or "",
        "group": store.groups.path_of(group_id),
        "code": code or "",
        "tags": json.loads(tags or "[]"),
        "questions": json.loads(questions or "[]"),
        "lang": lang or "zh-Hans",
        "position": float(position or 0.0),
        "extra": json.loads(extra or "{}"),
        "deleted": bool(deleted),
        "created": created,
        "images": [{"hash": h, "name": n} for h, n in pictures],
    }
    return {k: canonical(v) for k, v in values.items()}


def local_edits(store: Store, since: str) -> list[Edit]:
    """Fields of team phrases written locally (stamped after `since`) that differ from the
    merged winners: what this device has to publish."""
    rows = store.db.execute(
        f"SELECT {_COLUMNS} FROM phrases WHERE scope = 'team' AND updated > ? ORDER BY updated",
        [since],
    ).fetchall()
    edits: list[Edit] = []
    for chunk in _chunks(rows):
        known = winners(store, [r[0] for r in chunk])
        pictures = image_rows.links_of(store.db, [r[0] for r in chunk])
        for row in chunk:
            mine = known.get(row[0], {})
            for field, value in row_fields(store, row, pictures.get(row[0], [])).items():
                hlc, old = mine.get(field, ("", None))
                if old != value:
                    edits.append(Edit(ENTITY, row[0], field, value, base=hlc))
    return edits


def winners(
    store: Store, row_ids: list[str], entity: str = ENTITY
) -> dict[str, dict[str, tuple[str, str]]]:
    """row id -> field -> (stamp, JSON value) of the winner (of team phrases by default)."""
    found: dict[str, dict[str, tuple[str, str]]] = defaultdict(dict)
    for chunk in _chunks(row_ids):
        marks = ",".join("?" * len(chunk))
        for row_id, field, hlc, value in store.db.execute(
            "SELECT row_id, field, hlc, value FROM sync_field WHERE entity = ?"
            f" AND row_id IN ({marks})",
            [entity, *chunk],
        ):
            found[row_id][field] = (hlc, value)
    return found


def project(store: Store, row_ids: Iterable[str]) -> set[str]:
    """Write the winners of these rows into `phrases` (inside the caller's transaction).

    A row is written once its text and creation stamp have arrived (segments may come out of
    order). Team ops never touch the variants table: a personal wording survives any update.
    All rows go in one batched statement (a 10,000-change round writes 5,000 rows). Returns the
    ids written.
    """
    written: set[str] = set()
    rows: list[list[Any]] = []
    groups: dict[str, str | None] = {}
    pictures: dict[str, list[tuple[str, str]]] = {}
    for row_id, stamp, f in _merged_rows(store, sorted(set(row_ids))):
        if "text" not in f or "created" not in f:
            continue
        path = str(f.get("group", ""))
        if path not in groups:
            groups[path] = store.groups.ensure(path, "team", store.clock.now)
        rows.append(_values(row_id, f, groups[path], stamp))
        written.add(row_id)
        if "images" in f:
            pictures[row_id] = _pictures(f["images"])
    store.db.conn.executemany(_UPSERT, rows)
    for row_id, links in pictures.items():  # a peer's older version sends no list: kept
        image_rows.set_links(store.db, row_id, links)
    if pictures:
        image_rows.prune(store.db)
    return written


def _pictures(value: Any) -> list[tuple[str, str]]:
    """(hash, name) pairs from a peer's picture list; malformed entries are left out."""
    found: list[tuple[str, str]] = []
    for item in value if isinstance(value, list) else []:
        digest = item.get("hash") if isinstance(item, dict) else None
        if isinstance(digest, str) and _HASH.match(digest) and len(found) < MAX_PICTURES:
            found.append((digest, safe_name(str(item.get("name") or ""), "", digest)))
    return found


def _merged_rows(store: Store, ids: list[str]) -> Iterable[tuple[str, str, dict[str, Any]]]:
    """(row id, newest stamp, field -> value) per row; SQLite builds each row's object, so
    Python parses one JSON text per row rather than one per field."""
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        for row_id, stamp, obj in store.db.conn.execute(
            "SELECT row_id, max(hlc), json_group_object(field, json(value)) FROM sync_field"
            f" WHERE entity = ? AND row_id IN ({marks}) GROUP BY row_id",
            [ENTITY, *chunk],
        ):
            yield row_id, stamp, json.loads(obj)


_UPSERT = (
    "INSERT INTO phrases(id, text, title, group_id, code, tags, questions, lang, position,"
    " extra, deleted, created, updated, scope) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,'team')"
    " ON CONFLICT(id) DO UPDATE SET text=excluded.text, title=excluded.title,"
    " group_id=excluded.group_id, code=excluded.code, tags=excluded.tags,"
    " questions=excluded.questions, lang=excluded.lang, position=excluded.position,"
    " extra=excluded.extra, deleted=excluded.deleted, created=excluded.created,"
    " updated=excluded.updated, scope='team'"
)


def _values(row_id: str, f: dict[str, Any], group_id: str | None, stamp: str) -> list[Any]:
    return [
        row_id, str(f["text"]), str(f.get("title", "")), group_id, str(f.get("code", "")),
        canonical(list(f.get("tags", []))), canonical(list(f.get("questions", []))),
        str(f.get("lang", "zh-Hans")), float(f.get("position", 0.0)),
        json.dumps(f.get("extra", {}), ensure_ascii=False), int(bool(f.get("deleted", False))),
        str(f["created"]), stamp,
    ]  # fmt: skip


def live_team_count(store: Store) -> int:
    row = store.db.execute("SELECT count(*) FROM phrases WHERE scope='team' AND deleted=0")
    return int(row.fetchone()[0])


def _chunks(items: list[Any]) -> Iterable[list[Any]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]
