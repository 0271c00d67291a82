"""The SQL of reply pictures: blobs by content hash, and each phrase's ordered links to them.

Blobs are shared: one size chart on forty replies is stored once. A blob no link names any more
is dropped in the write that unlinked it (`prune`); a link may name a blob that has not arrived
yet (team sync), and readers join, so the picture appears when it does.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlite_utils import Database

from phrasebook.image_check import CheckedImage


def store_blob(db: Database, image: CheckedImage, created: str) -> bool:
    """Keep the image's bytes (once per hash); True when they were new."""
    cursor = db.execute(
        "INSERT OR IGNORE INTO images(hash, type, width, height, size, data, created)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [image.hash, image.type, image.width, image.height, image.size, image.data, created],
    )
    return bool(cursor.rowcount)


def blob(db: Database, digest: str) -> bytes | None:
    row = db.execute("SELECT data FROM images WHERE hash = ?", [digest]).fetchone()
    return bytes(row[0]) if row else None


def has_blob(db: Database, digest: str) -> bool:
    return db.execute("SELECT 1 FROM images WHERE hash = ?", [digest]).fetchone() is not None


def total_bytes(db: Database) -> int:
    """What the book's pictures weigh together (each blob once)."""
    return int(db.execute("SELECT coalesce(sum(size), 0) FROM images").fetchone()[0])


def links(db: Database, phrase_id: str) -> list[tuple[str, str]]:
    """The phrase's pictures as (hash, name), in order, arrived or not."""
    rows = db.execute(
        "SELECT hash, name FROM phrase_images WHERE phrase_id = ? ORDER BY position", [phrase_id]
    )
    return [(str(h), str(n)) for h, n in rows.fetchall()]


def links_of(db: Database, phrase_ids: Sequence[str]) -> dict[str, list[tuple[str, str]]]:
    """`links` of many phrases in one query (phrases without pictures are left out)."""
    found: dict[str, list[tuple[str, str]]] = {}
    if not phrase_ids:
        return found
    marks = ",".join("?" * len(phrase_ids))
    rows = db.execute(
        f"SELECT phrase_id, hash, name FROM phrase_images WHERE phrase_id IN ({marks})"
        " ORDER BY phrase_id, position",
        list(phrase_ids),
    )
    for phrase_id, digest, name in rows.fetchall():
        found.setdefault(str(phrase_id), []).append((str(digest), str(name)))
    return found


def set_links(db: Database, phrase_id: str, pictures: Sequence[tuple[str, str]]) -> None:
    """Replace the phrase's pictures with (hash, name) pairs, in this order."""
    db.execute("DELETE FROM phrase_images WHERE phrase_id = ?", [phrase_id])
    db.conn.executemany(
        "INSERT INTO phrase_images(phrase_id, position, hash, name) VALUES (?, ?, ?, ?)",
        [(phrase_id, i, digest, name) for i, (digest, name) in enumerate(pictures)],
    )


def prune(db: Database) -> int:
    """Drop blobs no phrase (in use or in the trash) links to; returns how many."""
    cursor = db.execute("DELETE FROM images WHERE hash NOT IN (SELECT hash FROM phrase_images)")
    return int(cursor.rowcount)


def linked_hashes(db: Database, scope: str) -> set[str]:
    """Hashes linked from phrases of `scope` (in use or in the trash)."""
    rows = db.execute(
        "SELECT DISTINCT l.hash FROM phrase_images l JOIN phrases p ON p.id = l.phrase_id"
        " WHERE p.scope = ?",
        [scope],
    )
    return {str(r[0]) for r in rows.fetchall()}


def missing_hashes(db: Database) -> set[str]:
    """Hashes a link names whose bytes are not in the book (still on their way)."""
    rows = db.execute(
        "SELECT DISTINCT hash FROM phrase_images WHERE hash NOT IN (SELECT hash FROM images)"
    )
    return {str(r[0]) for r in rows.fetchall()}


def phrases_linking(db: Database, digests: Iterable[str]) -> set[str]:
    """Ids of phrases that link to any of these hashes."""
    wanted = list(digests)
    if not wanted:
        return set()
    marks = ",".join("?" * len(wanted))
    rows = db.execute(
        f"SELECT DISTINCT phrase_id FROM phrase_images WHERE hash IN ({marks})", wanted
    )
    return {str(r[0]) for r in rows.fetchall()}
