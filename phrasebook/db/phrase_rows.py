"""Reading phrase rows into `Phrase` values; the SQL shared by the phrasebook's operations."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from sqlite_utils import Database

from phrasebook.models import ImageRef, Phrase

_SELECT = """
SELECT p.id, p.title, p.text, p.group_id, p.code, p.tags, p.questions, p.lang, p.favorite,
       p.scope, p.use_count, p.last_used, p.created, p.updated, v.text AS variant,
       v.base_text IS NOT NULL AND v.base_text != p.text AS team_changed,
       (SELECT json_group_array(json_array(t.lang, t.text)) FROM
          (SELECT lang, text FROM phrase_texts WHERE phrase_id = p.id AND deleted = 0
           ORDER BY lang) t) AS texts,
       (SELECT json_group_array(q.question) FROM
          (SELECT question FROM learned_questions WHERE phrase_id = p.id AND deleted = 0
           ORDER BY created, id) q) AS learned,
       (SELECT json_group_array(json_array(i.name, i.type, i.size, i.hash, i.width, i.height))
          FROM (SELECT l.name, m.type, m.size, m.hash, m.width, m.height
                FROM phrase_images l JOIN images m ON m.hash = l.hash
                WHERE l.phrase_id = p.id ORDER BY l.position) i) AS images
FROM phrases p LEFT JOIN variants v ON v.phrase_id = p.id AND v.deleted = 0
"""

#: Order phrases are listed and exported in: by group, then by position within it.
ORDER = " ORDER BY p.position, p.created, p.id"


def load(
    db: Database,
    path_of: Callable[[str | None], str],
    where: str = "p.deleted = 0",
    params: list[Any] | None = None,
) -> list[Phrase]:
    """Phrases matching an SQL condition on the `p` (phrases) table."""
    rows = db.execute(f"{_SELECT} WHERE {where}{ORDER}", params or []).fetchall()
    return [_phrase(row, path_of) for row in rows]


def _phrase(row: tuple[Any, ...], path_of: Callable[[str | None], str]) -> Phrase:
    (
        pid,
        title,
        text,
        group_id,
        code,
        tags,
        questions,
        lang,
        favorite,
        scope,
        use_count,
        last_used,
        created,
        updated,
        variant,
        team_changed,
        texts,
        learned,
        images,
    ) = row
    return Phrase(
        id=pid,
        text=text,
        title=title or "",
        group=path_of(group_id),
        code=code or "",
        tags=tuple(json.loads(tags or "[]")),
        questions=tuple(json.loads(questions or "[]")),
        lang=lang or "zh-Hans",
        favorite=bool(favorite),
        scope=scope,
        variant=variant,
        use_count=use_count or 0,
        last_used=last_used,
        created=created,
        updated=updated,
        team_changed=bool(team_changed),
        texts=tuple((lang, text) for lang, text in json.loads(texts or "[]")),
        learned=tuple(json.loads(learned or "[]")),
        images=tuple(ImageRef(*item) for item in json.loads(images or "[]")),
    )


def extra_of(db: Database, phrase_id: str) -> dict[str, Any]:
    row = db.execute("SELECT extra FROM phrases WHERE id = ?", [phrase_id]).fetchone()
    return dict(json.loads(row[0])) if row and row[0] else {}


def all_extras(db: Database) -> dict[str, dict[str, Any]]:
    rows = db.execute("SELECT id, extra FROM phrases WHERE extra != '{}'").fetchall()
    return {pid: json.loads(extra) for pid, extra in rows}


def row_values(phrase: Phrase, group_id: str | None) -> dict[str, Any]:
    """The editable columns of a phrase, as stored."""
    return {
        "title": phrase.title,
        "text": phrase.text,
        "group_id": group_id,
        "code": phrase.code,
        "tags": json.dumps(list(phrase.tags), ensure_ascii=False),
        "questions": json.dumps(list(phrase.questions), ensure_ascii=False),
        "lang": phrase.lang,
        "favorite": int(phrase.favorite),
        "scope": phrase.scope,
    }
