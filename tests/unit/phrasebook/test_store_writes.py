"""The store's one write path: commit then refresh exactly what was touched, one `Changes`;
a rollback leaves the file and every cache as before and tells no one."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from phrasebook import phrases
from phrasebook.errors import DiskIOError
from phrasebook.models import Phrase
from phrasebook.store import Changes, Store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store(tmp_path / "store.db")
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def heard(store: Store) -> list[Changes]:
    seen: list[Changes] = []
    store.on_change(seen.append)
    return seen


def new_phrase(text: str, group: str = "") -> Phrase:
    return Phrase(id=str(uuid.uuid4()), text=text, group=group)


def state(store: Store) -> dict[str, Any]:
    return {
        "rows": store.db.execute("SELECT * FROM phrases ORDER BY id").fetchall(),
        "group_rows": store.db.execute("SELECT * FROM groups ORDER BY id").fetchall(),
        "groups": store.groups.all(),
        "index": len(store.index),
        "hits": [h.phrase.id for h in store.search("亲", 100)],
        "position": store.last_position,
        "hlc": store.meta("hlc"),
    }


def test_a_write_that_raises_leaves_file_and_caches_as_before(
    store: Store, heard: list[Changes]
) -> None:
    with store.write() as write:
        kept = new_phrase("亲，原有的", "售前")
        phrases.insert(store, kept, {})
        write.touch({kept.id})
    heard.clear()
    before = state(store)
    with pytest.raises(RuntimeError, match="simulated"), store.write() as write:
        added = new_phrase("亲，新的", "新组/子组")
        phrases.insert(store, added, {})  # creates two groups in the cache, bumps the position
        write.touch({added.id}, groups=True)
        raise RuntimeError("simulated crash")
    assert state(store) == before
    assert heard == []


def test_sqlite_failures_are_classified_after_the_rollback(
    store: Store, heard: list[Changes]
) -> None:
    before = state(store)
    with pytest.raises(DiskIOError), store.write() as write:
        phrases.insert(store, new_phrase("亲，新的", "组"), {})
        write.touch(groups=True)
        raise sqlite3.OperationalError("disk I/O error")
    assert state(store) == before
    assert heard == []


def test_a_commit_refreshes_only_what_was_touched_and_emits_once(
    store: Store, heard: list[Changes]
) -> None:
    touched, untouched = new_phrase("亲，要找到的"), new_phrase("亲，没有标记的")
    with store.write() as write:
        phrases.insert(store, touched, {})
        phrases.insert(store, untouched, {})
        write.touch({touched.id})
    assert [p.id for p in write.fresh] == [touched.id]
    assert {h.phrase.id for h in store.index.search("亲", 10)} == {touched.id}
    assert heard == [Changes(phrases=frozenset({touched.id}))]


def test_the_group_tree_is_reread_only_when_touched(store: Store, heard: list[Changes]) -> None:
    def add_group_row(name: str) -> None:
        now = store.clock.now()
        store.db.execute(
            "INSERT INTO groups(id, name, parent_id, position, scope, created, updated, deleted)"
            " VALUES (?, ?, NULL, 1.0, 'team', ?, ?, 0)",
            [str(uuid.uuid4()), name, now, now],
        )

    with store.write() as write:
        add_group_row("不说")
        write.touch()
    assert store.groups.find("不说") is None
    with store.write() as write:
        add_group_row("说了")
        write.touch(groups=True)
    assert store.groups.find("说了") is not None
    assert heard == [Changes(), Changes(groups=True)]


def test_a_write_that_touches_nothing_tells_no_one(store: Store, heard: list[Changes]) -> None:
    with store.write(stamp=False):
        store.db.execute("INSERT INTO settings(key, value) VALUES ('k', '1')")
    assert heard == []
    assert store.meta("hlc") is None  # stamp=False: no stamp stored


def test_a_write_stores_the_clocks_last_stamp(store: Store) -> None:
    with store.write():
        stamp = store.clock.now()
    assert store.meta("hlc") == stamp


def test_nested_writes_refresh_and_emit_once_when_the_outer_one_commits(
    store: Store, heard: list[Changes]
) -> None:
    outer_phrase, inner_phrase = new_phrase("亲，外层"), new_phrase("亲，内层")
    with store.write() as outer:
        phrases.insert(store, outer_phrase, {})
        outer.touch({outer_phrase.id})
        with store.write() as inner:
            phrases.insert(store, inner_phrase, {})
            inner.touch({inner_phrase.id}, groups=True)
        assert [p.id for p in inner.fresh] == [inner_phrase.id]  # read inside the transaction
        assert heard == []
        assert len(store.index) == 0
    assert heard == [Changes(phrases=frozenset({outer_phrase.id, inner_phrase.id}), groups=True)]
    assert len(store.index) == 2


def test_a_failed_nested_write_rolls_back_only_itself(store: Store, heard: list[Changes]) -> None:
    kept, dropped = new_phrase("亲，留下"), new_phrase("亲，撤销")
    with store.write() as outer:
        phrases.insert(store, kept, {})
        outer.touch({kept.id})
        with pytest.raises(RuntimeError), store.write() as inner:
            phrases.insert(store, dropped, {})
            inner.touch({dropped.id})
            raise RuntimeError("inner fails")
    ids = [r[0] for r in store.db.execute("SELECT id FROM phrases").fetchall()]
    assert ids == [kept.id]
    assert heard == [Changes(phrases=frozenset({kept.id}))]


def test_an_outer_failure_undoes_a_committed_inner_write(
    store: Store, heard: list[Changes]
) -> None:
    before = state(store)
    with pytest.raises(RuntimeError), store.write() as outer:
        with store.write() as inner:
            inner_phrase = new_phrase("亲，内层", "组")
            phrases.insert(store, inner_phrase, {})
            inner.touch({inner_phrase.id}, groups=True)
        outer.touch()
        raise RuntimeError("outer fails")
    assert state(store) == before
    assert heard == []
