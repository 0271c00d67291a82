"""Damage is found, a refused file is left byte for byte, an index is rebuilt, the rest salvaged.

The damage is real: pages of a real phrasebook overwritten on disk, index roots swapped in the
schema, text bytes that are not UTF-8. Everything goes through the CLI or the public API.
"""

from __future__ import annotations

import hashlib
import random
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from phrasebook import Phrasebook
from phrasebook.db import salvage
from phrasebook.errors import CorruptDatabaseError

PHRASES = 300


def healthy_book(path: Path) -> dict[str, str]:
    with Phrasebook.open(path, auto_backup=False) as book:
        for n in range(PHRASES):
            book.add(
                f"亲，这是第{n}条回复，" + "内容" * 20, title=f"回复{n}", code=f"c{n}", id=f"p{n}"
            )
        return {p.id: p.text for p in book.phrases()}


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def leaf_pages(path: Path, table: str) -> list[int]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno",
            [table],
        ).fetchall()
    except sqlite3.OperationalError:
        pytest.skip("this SQLite has no dbstat table to find a page to damage")
    finally:
        conn.close()
    return [r[0] for r in rows]


def smash_page(path: Path, page: int, seed: int = 1) -> None:
    """Overwrite the cell-pointer area of one page with noise (a damaged page, not a file)."""
    rnd = random.Random(seed)
    with path.open("r+b") as f:
        f.seek((page - 1) * 4096 + 8)
        f.write(bytes(rnd.randrange(256) for _ in range(64)))


def test_a_damaged_page_is_refused_untouched_and_salvaged(tmp_path: Path, cli_run: Any) -> None:
    path = tmp_path / "book.db"
    texts = healthy_book(path)
    pages = leaf_pages(path, "phrases")
    smash_page(path, pages[len(pages) // 2])
    before = sha(path)

    code, _, err = cli_run(path, "stats")
    assert code == 1 and "damaged" in err and "check-db --salvage" in err
    assert sha(path) == before, "a refused file is left byte for byte as it was"
    wal = Path(f"{path}-wal")
    assert not wal.exists() or wal.stat().st_size == 0, "and nothing waits in a WAL to be added"

    code, out, _ = cli_run(path, "check-db")
    assert code == 1 and "DAMAGED" in out
    assert sha(path) == before

    code, out, err = cli_run(path, "export", str(tmp_path / "out.jsonl"))
    assert code == 0 and "damaged" in err, "export works from what is readable, and says so"
    exported = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(exported) >= PHRASES * 0.9
    code, out, _ = cli_run(path, "backup")
    assert code == 0 and "salvaged" in out
    assert sha(path) == before

    code, out, _ = cli_run(path, "check-db", "--salvage", "--replace")
    assert code == 0 and "damaged file was kept" in out
    with Phrasebook.open(path, auto_backup=False) as book:
        rescued = {p.id: p.text for p in book.phrases()}
        assert book.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        book.add("亲，修好之后还能写")
    intact = sum(1 for pid, text in rescued.items() if texts.get(pid) == text)
    assert intact >= PHRASES * 0.9, f"only {intact} of {PHRASES} phrases came back"
    assert all(texts.get(pid) == text for pid, text in rescued.items()), "nothing is made up"
    damaged_copies = list((tmp_path / "backups").glob("book.db.damaged-*[0-9]"))
    assert len(damaged_copies) == 1 and sha(damaged_copies[0]) == before


def test_a_damaged_index_is_rebuilt_on_open(tmp_path: Path) -> None:
    path = tmp_path / "book.db"
    texts = healthy_book(path)
    conn = sqlite3.connect(path)  # swap two indexes' root pages: both now point at wrong entries
    roots = dict(
        conn.execute(
            "SELECT name, rootpage FROM sqlite_master WHERE name IN"
            " ('idx_phrases_code', 'idx_phrases_group_id')"
        ).fetchall()
    )
    version = conn.execute("PRAGMA schema_version").fetchone()[0]
    conn.execute("PRAGMA writable_schema = ON")
    for name, other in (
        ("idx_phrases_code", "idx_phrases_group_id"),
        ("idx_phrases_group_id", "idx_phrases_code"),
    ):
        conn.execute("UPDATE sqlite_master SET rootpage = ? WHERE name = ?", [roots[other], name])
    conn.execute(f"PRAGMA schema_version = {version + 1}")
    conn.commit()
    conn.close()
    assert not salvage.check(path).ok and salvage.check(path).index_only

    with Phrasebook.open(path, auto_backup=False) as book:
        assert {p.id: p.text for p in book.phrases()} == texts
        assert [p.id for p in book.by_code("c7")] == ["p7"], "lookups through the index work"
        assert book.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert list((tmp_path / "backups").glob("book-*-pre-reindex.db")), "the file before is kept"
    assert salvage.check(path).ok


def test_text_that_is_not_utf8_is_found_not_a_crash(tmp_path: Path, cli_run: Any) -> None:
    path = tmp_path / "book.db"
    healthy_book(path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE phrases SET text = CAST(x'e4bdff20e5a5bd' AS TEXT) WHERE id = 'p5'")
    conn.commit()
    conn.close()
    before = sha(path)
    with pytest.raises(CorruptDatabaseError, match="not UTF-8"):
        Phrasebook.open(path, auto_backup=False)
    assert sha(path) == before
    code, out, _ = cli_run(path, "check-db")
    assert code == 1 and "not UTF-8: phrases row" in out
    code, out, _ = cli_run(path, "check-db", "--salvage", str(tmp_path / "fixed.db"))
    assert code == 0 and "damaged text" in out
    with Phrasebook.open(tmp_path / "fixed.db", auto_backup=False) as fixed:
        assert len(fixed.phrases()) == PHRASES
        assert "\ufffd" in fixed.get("p5").text


def test_salvage_recovers_most_of_30_random_overwrites(tmp_path: Path) -> None:
    """The benchmark's salvage-rate figure, as a floor: never less than most of the book."""
    path = tmp_path / "book.db"
    texts = healthy_book(path)
    data = path.read_bytes()
    rates = []
    for trial in range(30):
        rnd = random.Random(trial)
        damaged = bytearray(data)
        at = rnd.randrange(100, len(damaged) - 64)
        damaged[at : at + 64] = bytes(rnd.randrange(256) for _ in range(64))
        source = tmp_path / f"d{trial}.db"
        source.write_bytes(damaged)
        report = salvage.salvage(source, tmp_path / f"s{trial}.db")
        with Phrasebook.open(report.target, auto_backup=False) as book:
            rescued = {p.id: p.text for p in book.phrases()}
        assert source.read_bytes() == bytes(damaged), "salvage never writes its source"
        rates.append(sum(1 for k, v in rescued.items() if texts.get(k) == v) / PHRASES)
    assert min(rates) >= 0.5 and sum(rates) / len(rates) >= 0.95, rates


def test_an_unreadable_file_gets_a_clear_message(tmp_path: Path, cli_run: Any) -> None:
    path = tmp_path / "book.db"
    healthy_book(path)
    with path.open("r+b") as f:  # the schema page itself
        f.seek(100)
        f.write(b"\xff" * 400)
    before = sha(path)
    code, _, err = cli_run(path, "search", "发货")
    assert code == 1 and "damaged" in err and "Traceback" not in err
    assert sha(path) == before


def test_salvage_will_not_replace_a_book_with_an_empty_one(tmp_path: Path, cli_run: Any) -> None:
    """The phrases table's root page gone: not one phrase is readable, so --replace refuses."""
    path = tmp_path / "book.db"
    healthy_book(path)
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'phrases'").fetchone()[0]
    conn.close()
    with path.open("r+b") as f:
        f.seek((root - 1) * 4096)
        f.write(b"\0" * 4096)
    before = sha(path)
    code, _, err = cli_run(path, "check-db", "--salvage", "--replace")
    assert code == 1 and "not one phrase could be read" in err and "restore latest" in err
    assert sha(path) == before
    assert not list(tmp_path.glob(".book.db.salvaging*")), "nothing left behind"
    code, _, err = cli_run(path, "export", str(tmp_path / "out.jsonl"))
    assert code == 1 and "not one phrase" in err


def test_an_emptied_book_with_backups_points_to_restore(tmp_path: Path, cli_run: Any) -> None:
    path = tmp_path / "book.db"
    healthy_book(path)
    assert cli_run(path, "backup")[0] == 0
    path.write_bytes(b"")
    code, _, err = cli_run(path, "stats")
    assert code == 1 and "0 bytes" in err and "restore latest" in err
    code, out, _ = cli_run(path, "restore", "latest")
    assert code == 0
    with Phrasebook.open(path, auto_backup=False) as book:
        assert len(book.phrases()) == PHRASES
