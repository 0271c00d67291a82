"""Busy, read-only, full and damaged are four different answers, and none of them loses data.

Each fault is real: another process holding SQLite's write lock or the book open, a tmpfs
mounted read-only, a tmpfs filled to the last block. Messages go through the real CLI.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from phrasebook import Phrasebook
from phrasebook.db import storage
from phrasebook.errors import (
    BusyDatabaseError,
    DiskFullError,
    ReadOnlyDatabaseError,
    ValidationError,
)

HOLD_LOCK = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("INSERT INTO settings(key, value) VALUES ('held', '1')")
print("ready", flush=True)
sys.stdin.read()
"""

HOLD_AND_COMMIT = HOLD_LOCK + 'conn.execute("COMMIT")\n'

HOLD_OPEN = """
import sys
from phrasebook import Phrasebook
book = Phrasebook.open(sys.argv[1], auto_backup=False)
print("ready", flush=True)
sys.stdin.read()
book.close()
"""


class Holder:
    """Another process doing something to the book until `release()`."""

    def __init__(self, script: str, path: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", script, str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        assert self.proc.stdout.readline().strip() == "ready"

    def release(self) -> None:
        if self.proc.poll() is None:
            assert self.proc.stdin is not None
            self.proc.stdin.close()
            self.proc.wait(timeout=30)
        if self.proc.stdout is not None:
            self.proc.stdout.close()


@pytest.fixture
def holders() -> Iterator[list[Holder]]:
    started: list[Holder] = []
    yield started
    for holder in started:
        holder.release()


def make_book(path: Path, phrases: int = 3) -> list[str]:
    with Phrasebook.open(path, auto_backup=False) as book:
        return [book.add(f"亲，第{n}条回复", title=f"回复{n}").id for n in range(phrases)]


def phrase_texts(path: Path) -> set[str]:
    with Phrasebook.open(path, auto_backup=False) as book:
        return {p.text for p in book.phrases()}


# -- busy ----------------------------------------------------------------------------------------


def test_a_busy_book_is_called_busy_not_damaged(
    tmp_path: Path, holders: list[Holder], cli_run: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "book.db"
    make_book(path)
    holder = Holder(HOLD_LOCK, path)
    holders.append(holder)
    monkeypatch.setattr(storage, "BUSY_TIMEOUT", 0.3)
    code, _, err = cli_run(path, "add", "亲，新的一条")
    assert code == 1
    assert "another program" in err and "is writing" in err and "fine" in err
    assert f"pid {holder.proc.pid}" in err, "the message names who holds the lock"
    assert "damaged" not in err and "restore" not in err
    holder.release()
    code, _, _ = cli_run(path, "add", "亲，新的一条")
    assert code == 0, "once the other writer is done, the same command works"
    assert "亲，新的一条" in phrase_texts(path)


def test_a_writer_waits_its_turn_instead_of_failing(tmp_path: Path, holders: list[Holder]) -> None:
    path = tmp_path / "book.db"
    make_book(path)
    holder = Holder(HOLD_LOCK, path)
    holders.append(holder)
    with Phrasebook.open(path, auto_backup=False) as book:
        import threading

        threading.Timer(0.5, holder.release).start()
        added = book.add("亲，等锁释放后写入")  # blocks on the busy timeout, then succeeds
    assert added.text in phrase_texts(path)


def test_busy_is_its_own_error_type(tmp_path: Path, holders: list[Holder]) -> None:
    path = tmp_path / "book.db"
    make_book(path)
    with Phrasebook.open(path, auto_backup=False) as book:
        book.db.conn.execute("PRAGMA busy_timeout = 200")
        holders.append(Holder(HOLD_LOCK, path))
        with pytest.raises(BusyDatabaseError):
            book.add("亲，这条写不进去")
        assert {p.text for p in book.phrases()} == phrase_texts(path) - {"held"}


# -- restore while open elsewhere ---------------------------------------------------------------


def test_restore_refuses_while_another_process_has_the_book_open(
    tmp_path: Path, holders: list[Holder], cli_run: Any
) -> None:
    path = tmp_path / "book.db"
    make_book(path)
    assert cli_run(path, "backup")[0] == 0
    assert cli_run(path, "add", "亲，备份之后的新话术")[0] == 0
    holder = Holder(HOLD_OPEN, path)
    holders.append(holder)
    code, _, err = cli_run(path, "restore", "latest")
    assert code == 1
    assert "is open in" in err and f"pid {holder.proc.pid}" in err and "--force" in err
    assert "亲，备份之后的新话术" in phrase_texts(path), "nothing was restored"
    code, out, _ = cli_run(path, "restore", "latest", "--force")
    assert code == 0 and "1 phrases added" in out


def test_restore_reports_what_the_backup_lacks_and_keeps_it(tmp_path: Path, cli_run: Any) -> None:
    path = tmp_path / "book.db"
    ids = make_book(path)
    assert cli_run(path, "backup")[0] == 0
    cli_run(path, "add", "亲，新增一")
    cli_run(path, "add", "亲，新增二")
    cli_run(path, "edit", ids[0], "--text", "亲，改过的第0条")
    code, out, _ = cli_run(path, "restore", "latest")
    assert code == 0
    assert "2 phrases added" in out and "1 phrases edited" in out
    kept = Path(re.search(r"kept in (\S+)", out.replace("\n", ""))[1])
    assert {"亲，新增一", "亲，新增二", "亲，改过的第0条"} <= phrase_texts(kept)
    assert "亲，新增一" not in phrase_texts(path)


# -- read-only and full disks (real tmpfs mounts) -------------------------------------------------


def _mount_tmpfs(folder: Path, size_kb: int) -> None:
    folder.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here (needs root): {done.stderr.decode().strip()}")


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "disk"
    _mount_tmpfs(folder, 2048)
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill_disk(folder: Path) -> Path:
    """Fill the disk to the last block with one file; returns it (unlink to free the space)."""
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        while os.write(fd, b"\0" * 4096):
            pass
    except OSError:
        pass
    finally:
        os.close(fd)
    return filler


def _remount(folder: Path, mode: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{mode}", str(folder)], check=True)


def test_a_read_only_disk_says_read_only(small_disk: Path, cli_run: Any) -> None:
    path = small_disk / "book.db"
    make_book(path)
    _remount(small_disk, "ro")
    try:
        code, _, err = cli_run(path, "add", "亲，只读盘上写不了")
        assert code == 1
        assert "read-only" in err and "damaged" not in err and "restore" not in err
        with pytest.raises(ReadOnlyDatabaseError):
            Phrasebook.open(path, auto_backup=False).add("x")
    finally:
        _remount(small_disk, "rw")
    assert len(phrase_texts(path)) == 3


def test_a_full_disk_says_full_and_loses_nothing(small_disk: Path, cli_run: Any) -> None:
    path = small_disk / "book.db"
    make_book(path, phrases=20)
    before = phrase_texts(path)
    filler = fill_disk(small_disk)
    big = "亲，" + "很长的回复内容" * 2500
    code, _, err = cli_run(path, "add", big)
    assert code == 1
    assert "full" in err and "damaged" not in err and "restore" not in err, err
    # opening needs room for SQLite's -shm file, too: then opening is what says "full"
    with pytest.raises(DiskFullError), Phrasebook.open(path, auto_backup=False) as book:
        book.add(big)
    filler.unlink()
    assert phrase_texts(path) == before
    code, out, _ = cli_run(path, "check-db")
    assert code == 0 and "ok" in out
    assert cli_run(path, "add", big)[0] == 0, "with room again, the same write works"


def test_check_db_json_on_a_healthy_book(tmp_path: Path, cli_run: Any) -> None:
    path = tmp_path / "book.db"
    make_book(path)
    code, out, _ = cli_run(path, "check-db", "--json")
    assert code == 0
    assert json.loads(out)["ok"] is True
    assert os.path.exists(path)


# -- our own files are only ever opened by SQLite ---------------------------------------------


def own_lock_count(path: Path) -> int:
    """POSIX locks this process holds on the book's files, from /proc/locks."""
    ids = set()
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(f"{path}{suffix}"):
            st = os.stat(f"{path}{suffix}")
            ids.add(f"{os.major(st.st_dev):02x}:{os.minor(st.st_dev):02x}:{st.st_ino}")
    table = Path("/proc/locks").read_text()
    mine = str(os.getpid())
    return sum(1 for line in table.splitlines() if mine in line.split() and line.split()[5] in ids)


def test_a_second_open_in_the_same_process_keeps_the_first_ones_locks(tmp_path: Path) -> None:
    if not Path("/proc/locks").exists():
        pytest.skip("needs /proc/locks (Linux)")
    path = tmp_path / "book.db"
    make_book(path)
    with Phrasebook.open(path, auto_backup=False) as first:
        first.search("回复")
        held = own_lock_count(path)
        assert held >= 1, "an open WAL book holds SQLite's shared-memory lock"
        Phrasebook.open(path, auto_backup=False).close()  # as the app's background jobs do
        assert own_lock_count(path) == held, "no raw open()/close() dropped SQLite's locks"
        first.add("亲，之后照常写入")


def test_the_book_refuses_to_import_or_export_onto_its_own_files(tmp_path: Path) -> None:
    path = tmp_path / "book.db"
    make_book(path)
    with Phrasebook.open(path, auto_backup=False) as book:
        for own in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            if own.exists():
                with pytest.raises(ValidationError, match="own database file"):
                    book.import_file(own, dry_run=True)
                with pytest.raises(ValidationError, match="own database file"):
                    book.export_file(own, format="jsonl")
        assert len(book.phrases()) == 3


def test_a_write_committed_during_a_forced_restore_is_in_the_safety_copy(
    tmp_path: Path, holders: list[Holder]
) -> None:
    """The safety copy and the restore happen under one write lock: a writer that was mid-way
    commits into the copy (or after the restore), never into the gap between them."""
    import threading

    path = tmp_path / "book.db"
    make_book(path)
    with Phrasebook.open(path, auto_backup=False) as book:
        saved = book.backup("manual")
        holder = Holder(HOLD_AND_COMMIT, path)  # an import half-way through its transaction
        holders.append(holder)
        threading.Timer(0.5, holder.release).start()  # ...that commits a moment later
        safety = book.restore(saved, force=True)
        assert book.get_setting("held") is None, "the restore is what the backup held"
    with Phrasebook.open(safety, auto_backup=False) as copy:
        assert copy.get_setting("held") == 1, "the other process's commit is in the safety copy"


def test_check_db_on_a_busy_book_says_busy_not_damaged(
    tmp_path: Path, holders: list[Holder], cli_run: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "book.db"
    make_book(path)
    exclusive = HOLD_LOCK.replace(
        'conn.execute("BEGIN IMMEDIATE")',
        'conn.execute("PRAGMA locking_mode = EXCLUSIVE"); conn.execute("BEGIN EXCLUSIVE")',
    )
    holders.append(Holder(exclusive, path))
    monkeypatch.setattr(storage, "BUSY_TIMEOUT", 0.3)
    code, out, err = cli_run(path, "check-db")
    assert code == 1 and "DAMAGED" not in out
    assert "another program" in err and "damaged" not in err


def test_restore_latest_twice_uses_the_same_backup(tmp_path: Path, cli_run: Any) -> None:
    path = tmp_path / "book.db"
    make_book(path)
    cli_run(path, "backup")
    cli_run(path, "add", "亲，备份后加的")
    first = cli_run(path, "restore", "latest")[1]
    second = cli_run(path, "restore", "latest")[1]
    assert "manual" in first and "manual" in second, "latest is never the pre-restore copy"
    assert "亲，备份后加的" not in phrase_texts(path)


def test_a_backup_to_a_full_disk_leaves_nothing_behind(small_disk: Path, cli_run: Any) -> None:
    path = small_disk / "book.db"
    make_book(path, phrases=20)
    fill_disk(small_disk)
    code, _, err = cli_run(path, "backup")
    assert code == 1 and "full" in err
    assert not list((small_disk / "backups").glob("*.partial"))
