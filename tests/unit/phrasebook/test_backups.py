"""Backups: consistent copies, one daily backup per day kept for a week, safe restores."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from phrasebook import (
    Changes,
    CorruptDatabaseError,
    ForeignDatabaseError,
    NotFoundError,
    Phrasebook,
)
from phrasebook.db import backups

DAY = 24 * 60 * 60
T0 = datetime(2024, 11, 11, 9, 30).timestamp()  # 双十一, a busy morning


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def texts(book: Phrasebook) -> list[str]:
    return [p.text for p in book.phrases()]


def make_existing(path: Path, *phrases: str) -> Path:
    with Phrasebook.open(path, wall=lambda: T0 - 30 * DAY, auto_backup=False) as book:
        for text in phrases:
            book.add(text)
    return path


def test_backup_is_a_phrasebook_with_the_same_content(book: Phrasebook) -> None:
    book.add("亲，在的", group="售前", code="zd")
    saved = book.backup()
    assert saved.parent == book.path.parent / "backups"
    assert backups.parse_name(book.path, saved).kind == "manual"  # type: ignore[union-attr]
    with Phrasebook.open(saved, auto_backup=False) as copy:
        assert texts(copy) == ["亲，在的"]
        assert [g.path for g in copy.groups()] == ["售前"]
    assert not list(saved.parent.glob("*.partial"))


def test_backups_are_listed_newest_first(tmp_path: Path) -> None:
    clock = {"now": T0}
    with Phrasebook.open(tmp_path / "b.db", wall=lambda: clock["now"]) as book:
        first = book.backup()
        second = book.backup()  # same second: gets a serial
        clock["now"] += 5
        third = book.backup("pre-restore")
        assert book.backups() == [third, second, first]
    assert second.name.endswith("-manual-2.db")


def test_other_files_in_the_backup_folder_are_not_listed(tmp_path: Path) -> None:
    path = make_existing(tmp_path / "book.db", "x")
    folder = backups.backup_dir(path)
    folder.mkdir()
    for name in ("book-x-20240101-000000-manual.db", "notes.txt", "book-latest.db"):
        (folder / name).write_bytes(b"")
    assert backups.list_backups(path) == []


def test_daily_backup_once_per_day_on_open(tmp_path: Path) -> None:
    path = make_existing(tmp_path / "book.db", "x")
    with Phrasebook.open(path, wall=lambda: T0):
        pass
    assert len(backups.list_backups(path)) == 1
    with Phrasebook.open(path, wall=lambda: T0 + 3600):
        pass
    assert len(backups.list_backups(path)) == 1, "same day: no second daily backup"
    with Phrasebook.open(path, wall=lambda: T0 + DAY):
        pass
    dailies = backups.list_backups(path)
    assert len(dailies) == 2
    assert all("-daily" in p.name for p in dailies)
    assert datetime.fromtimestamp(T0 + DAY).strftime("%Y%m%d") in dailies[0].name


def test_no_daily_backup_for_a_new_file_or_when_disabled(tmp_path: Path) -> None:
    with Phrasebook.open(tmp_path / "new.db", wall=lambda: T0):
        pass
    assert backups.list_backups(tmp_path / "new.db") == []
    path = make_existing(tmp_path / "old.db", "x")
    with Phrasebook.open(path, wall=lambda: T0, auto_backup=False):
        pass
    assert backups.list_backups(path) == []


def test_rotation_keeps_seven_of_each_kind(tmp_path: Path) -> None:
    path = make_existing(tmp_path / "book.db", "x")
    for day in range(10):
        with Phrasebook.open(path, wall=lambda day=day: T0 + day * DAY) as book:
            if day == 0:
                for _ in range(9):
                    book.backup("manual")
    names = [backups.parse_name(path, p) for p in backups.list_backups(path)]
    dailies = [n for n in names if n and n.kind == "daily"]
    manuals = [n for n in names if n and n.kind == "manual"]
    assert len(dailies) == backups.KEEP
    assert len(manuals) == backups.KEEP
    newest = datetime.fromtimestamp(T0 + 9 * DAY).strftime("%Y%m%d")
    oldest_kept = datetime.fromtimestamp(T0 + 3 * DAY).strftime("%Y%m%d")
    assert dailies[0].stamp.startswith(newest)
    assert dailies[-1].stamp.startswith(oldest_kept)


def test_restore_brings_back_the_old_content(book: Phrasebook) -> None:
    book.add("旧的回复", group="旧组")
    saved = book.backup()
    book.add("新的回复", group="新组")
    book.set_profile(nickname="小美")
    seen: list[Changes] = []
    book.on_change(seen.append)
    safety = book.restore(saved)
    assert texts(book) == ["旧的回复"]
    assert [g.path for g in book.groups()] == ["旧组"]
    assert [h.phrase.text for h in book.search("回复")] == ["旧的回复"]
    assert book.profile.nickname == ""
    assert seen == [Changes(everything=True)]
    assert "pre-restore" in safety.name
    with Phrasebook.open(safety, auto_backup=False) as before:
        assert sorted(texts(before)) == ["新的回复", "旧的回复"]
    book.add("恢复后再加")  # writes keep working after a restore
    assert len(book.phrases()) == 2


def test_restore_survives_reopening(tmp_path: Path) -> None:
    path = tmp_path / "b.db"
    with Phrasebook.open(path) as book:
        book.add("one")
        book.backup()
        book.add("two")
        book.restore("latest")
    with Phrasebook.open(path) as book:
        assert texts(book) == ["one"]


def test_restore_by_name_stem_and_latest(book: Phrasebook) -> None:
    book.add("a")
    saved = book.backup()
    book.add("b")
    book.restore(saved.name)
    assert texts(book) == ["a"]
    book.add("c")
    book.restore(saved.stem)
    assert texts(book) == ["a"]
    book.add("d")
    book.restore("latest")  # the newest real backup: never the pre-restore copy just made
    assert texts(book) == ["a"]
    undo = next(p for p in book.backups() if "pre-restore" in p.name)
    book.restore(undo.name)  # a restore is undone by naming its pre-restore copy
    assert texts(book) == ["a", "d"]


def test_restore_leaves_the_backup_file_untouched(book: Phrasebook) -> None:
    book.add("a")
    saved = book.backup()
    before = digest(saved)
    book.restore(saved)
    assert digest(saved) == before
    assert not list(saved.parent.glob(f"{saved.name}-*"))


def test_restore_of_an_older_phrasebook_file(book: Phrasebook, tmp_path: Path) -> None:
    other = make_existing(tmp_path / "exported-from-colleague.db", "同事的回复")
    book.add("mine")
    book.restore(other)
    assert texts(book) == ["同事的回复"]


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (b"garbage" * 1000, CorruptDatabaseError),
        (b"", CorruptDatabaseError),
        (None, CorruptDatabaseError),  # a truncated real backup
        ("foreign", ForeignDatabaseError),
    ],
)
def test_restore_refuses_a_bad_backup_and_changes_nothing(
    book: Phrasebook, content: bytes | str | None, error: type[Exception]
) -> None:
    book.add("keep me")
    good = book.backup()
    bad = good.with_name("book-20990101-000000-manual.db")
    if content is None:
        bad.write_bytes(good.read_bytes()[:3000])
    elif content == "foreign":
        conn = sqlite3.connect(bad)
        conn.execute("CREATE TABLE t(x)")
        conn.commit()
        conn.close()
    else:
        assert isinstance(content, bytes)
        bad.write_bytes(content)
    listed = book.backups()
    before = digest(bad)
    with pytest.raises(error) as caught:
        book.restore("latest")
    assert str(bad) in str(caught.value)
    assert "nothing was restored" in str(caught.value)
    assert texts(book) == ["keep me"]
    assert book.backups() == listed, "no pre-restore copy for a refused restore"
    assert digest(bad) == before


def test_restore_unknown_backup(book: Phrasebook) -> None:
    with pytest.raises(NotFoundError, match="no backups"):
        book.restore("latest")
    book.backup()
    with pytest.raises(NotFoundError, match="backup --list"):
        book.restore("no-such-backup")


def test_restore_over_a_damaged_file(tmp_path: Path) -> None:
    path = make_existing(tmp_path / "book.db", "好的回复")
    with Phrasebook.open(path, auto_backup=False) as book:
        saved = book.backup()
    path.write_bytes(os.urandom(8192))
    damaged = digest(path)
    with pytest.raises(CorruptDatabaseError):
        Phrasebook.open(path)
    kept = backups.restore_over_damaged(path, saved)
    assert digest(kept) == damaged, "the damaged file is kept, not deleted"
    assert kept not in backups.list_backups(path)
    with Phrasebook.open(path) as book:
        assert texts(book) == ["好的回复"]


def test_restore_over_damaged_refuses_a_bad_backup(tmp_path: Path) -> None:
    path = tmp_path / "book.db"
    path.write_bytes(b"broken" * 100)
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"also broken" * 100)
    with pytest.raises(CorruptDatabaseError):
        backups.restore_over_damaged(path, bad)
    assert path.read_bytes() == b"broken" * 100


def test_a_failing_daily_backup_does_not_stop_the_book_opening(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from phrasebook import Phrasebook
    from phrasebook.db import backups

    path = tmp_path / "book.db"
    with Phrasebook.open(path) as book:
        book.add("您好")

    def disk_full(*args: object, **kwargs: object) -> Path:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups, "make_backup", disk_full)
    with Phrasebook.open(path) as book:
        assert [p.text for p in book.phrases()] == ["您好"]
    assert "daily backup" in caplog.text and "No space left" in caplog.text
