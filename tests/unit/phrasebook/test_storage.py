"""Opening SQLite files: new ones are initialised, damaged or foreign ones refused untouched."""

from __future__ import annotations

import hashlib
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlite_utils import Database

from phrasebook import (
    CorruptDatabaseError,
    DatabaseError,
    ForeignDatabaseError,
    NewerSchemaError,
    Phrasebook,
)
from phrasebook.db import schema, storage

#: Every migration this program knows, in order (features add their own).
ALL_MIGRATIONS = [m.name for m in schema.migrations._migrations]

ROOT = Path(__file__).resolve().parents[3]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def real_book(path: Path, phrases: int = 50) -> Path:
    """A real phrasebook file with some content, closed and checkpointed."""
    with Phrasebook.open(path, auto_backup=False) as book:
        for n in range(phrases):
            book.add(f"第{n}条回复，亲" * 20, group="售前/议价", code=f"c{n}")
    return path


def assert_refused(path: Path, error: type[DatabaseError]) -> DatabaseError:
    before = digest(path)
    with pytest.raises(error) as caught:
        Phrasebook.open(path)
    assert caught.value.path == path
    assert str(path) in str(caught.value)
    assert digest(path) == before, "a refused file must be left byte-for-byte as it was"
    assert not (path.parent / "backups").exists(), "no backup of a refused file"
    return caught.value


def test_new_file_is_created_and_initialised(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    with Phrasebook.open(path) as book:
        assert book.migrations_run == ALL_MIGRATIONS
        assert book.stats().phrases == 0
    assert path.read_bytes().startswith(b"SQLite format 3\x00")


def test_empty_existing_file_is_initialised(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    path.touch()
    with Phrasebook.open(path) as book:
        assert book.migrations_run == ALL_MIGRATIONS
        book.add("你好")
    with Phrasebook.open(path) as book:
        assert [p.text for p in book.phrases()] == ["你好"]


def test_reopening_runs_no_migration(tmp_path: Path) -> None:
    path = real_book(tmp_path / "book.db", phrases=1)
    with Phrasebook.open(path) as book:
        assert book.migrations_run == []
        assert schema.applied_migrations(book.db) == ALL_MIGRATIONS


def test_wal_mode_and_foreign_keys_are_on(book: Phrasebook) -> None:
    assert book.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert book.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    with pytest.raises(sqlite3.IntegrityError):
        book.db.execute("INSERT INTO usage(phrase_id, at) VALUES ('no-such-phrase', 1.0)")


def test_file_is_stamped_as_ours(book: Phrasebook) -> None:
    meta = dict(book.db.execute("SELECT key, value FROM meta").fetchall())
    assert meta["app"] == schema.APP_ID
    assert meta["schema_version"] == str(schema.SCHEMA_VERSION)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_bytes_are_refused_untouched(tmp_path: Path, seed: int) -> None:
    path = tmp_path / "random.db"
    path.write_bytes(os.urandom(4096 * seed))
    assert_refused(path, CorruptDatabaseError)


def test_text_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("这不是数据库\n", encoding="utf-8")
    assert_refused(path, CorruptDatabaseError)


def test_short_prefix_of_the_header_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "short.db"
    path.write_bytes(b"SQLite")
    assert_refused(path, CorruptDatabaseError)


@pytest.mark.parametrize("keep", [100, 4096, 0.5])
def test_truncated_real_database_is_refused_untouched(tmp_path: Path, keep: float) -> None:
    path = real_book(tmp_path / "book.db", phrases=300)
    data = path.read_bytes()
    cut = int(len(data) * keep) if isinstance(keep, float) else keep
    assert cut < len(data)
    path.write_bytes(data[:cut])
    error = assert_refused(path, CorruptDatabaseError)
    assert "restore" in str(error)


def test_overwritten_pages_are_refused_untouched(tmp_path: Path) -> None:
    path = real_book(tmp_path / "book.db", phrases=300)
    data = bytearray(path.read_bytes())
    data[4096 * 2 : 4096 * 4] = os.urandom(4096 * 2)
    path.write_bytes(bytes(data))
    assert_refused(path, CorruptDatabaseError)


def test_another_programs_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY, buyer TEXT)")
    conn.execute("INSERT INTO orders(buyer) VALUES ('张三')")
    conn.commit()
    conn.close()
    error = assert_refused(path, ForeignDatabaseError)
    assert "another program" in str(error)


def test_foreign_database_with_a_meta_table_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
    conn.execute("INSERT INTO meta VALUES ('app', 'someone-else')")
    conn.commit()
    conn.close()
    assert_refused(path, ForeignDatabaseError)


def test_newer_schema_is_refused_untouched(tmp_path: Path) -> None:
    path = real_book(tmp_path / "book.db", phrases=3)
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations(migration_set, name, applied_at)"
        " VALUES (?, 'm0099_from_the_future', '2099-01-01T00:00:00')",
        [schema.MIGRATION_SET],
    )
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    error = assert_refused(path, NewerSchemaError)
    assert "m0099_from_the_future" in str(error)
    assert "newer" in str(error)


def test_a_folder_is_not_a_phrasebook(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="folder"):
        Phrasebook.open(tmp_path)


def test_missing_parent_folder_is_reported(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="folder"):
        Phrasebook.open(tmp_path / "nowhere" / "book.db")
    assert not (tmp_path / "nowhere").exists()


def test_open_database_returns_the_migrations_it_ran(tmp_path: Path) -> None:
    db, ran = storage.open_database(tmp_path / "x.db")
    db.close()
    assert ran == ALL_MIGRATIONS
    db, ran = storage.open_database(tmp_path / "x.db")
    db.close()
    assert ran == []


def test_content_survives_close_and_reopen(tmp_path: Path) -> None:
    path = tmp_path / "book.db"
    with Phrasebook.open(path) as book:
        added = book.add("包邮哦亲", title="包邮", group="售前", code="by", tags=["运费"])
    with Phrasebook.open(path) as book:
        again = book.get(added.id)
    assert again == added


_IMPORTER = """
import sys
from phrasebook import Phrasebook
book = Phrasebook.open(sys.argv[1], auto_backup=False)
print("ready", flush=True)
book.import_file(sys.argv[2])
print("done", flush=True)
"""


@pytest.mark.slow
def test_killed_import_leaves_none_or_all_of_the_pack(tmp_path: Path) -> None:
    """SIGKILL an importing process at random moments: the file opens, holding whole packs."""
    size = 10_000
    pack = tmp_path / "big.jsonl"
    lines = (
        json.dumps(
            {"text": f"亲，第{n}条回复", "group": f"组{n % 9}/子{n % 4}"}, ensure_ascii=False
        )
        for n in range(size)
    )
    pack.write_text("\n".join(lines) + "\n", encoding="utf-8")
    path = tmp_path / "book.db"
    real_book(path, phrases=1)
    rng = random.Random(20241111)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    outcomes = []
    for _ in range(6):
        proc = subprocess.Popen(
            [sys.executable, "-c", _IMPORTER, str(path), str(pack)],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.05, 0.9))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        proc.stdout.close()
        with Phrasebook.open(path, auto_backup=False) as book:
            assert book.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            count = book.db.execute("SELECT count(*) FROM phrases").fetchone()[0]
            assert (count - 1) % size == 0, f"a partial import is visible: {count - 1} rows"
            assert len(book.phrases()) == count
            outcomes.append(count)
    assert outcomes == sorted(outcomes)
    print("rows after each kill:", outcomes)


def test_first_open_cut_short_before_any_migration(tmp_path: Path) -> None:
    path = tmp_path / "book.db"
    db = Database(path)
    schema.migrations.ensure_migrations_table(db)
    db.close()
    with Phrasebook.open(path) as book:
        assert book.migrations_run == ALL_MIGRATIONS


def test_first_open_cut_short_before_the_app_stamp(tmp_path: Path) -> None:
    path = tmp_path / "book.db"
    db = Database(path)
    schema.apply_migrations(db)
    db.close()
    with Phrasebook.open(path) as book:
        assert book.migrations_run == []
        book.add("x")


def test_another_sqlite_utils_program_is_still_foreign(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    db = Database(path)
    db.execute("CREATE TABLE _sqlite_migrations (migration_set TEXT, name TEXT, applied_at TEXT)")
    db.execute("INSERT INTO _sqlite_migrations VALUES ('other-app', 'm1', '2024')")
    db.conn.commit()
    db.close()
    assert_refused(path, ForeignDatabaseError)
