"""Hostile input through the real `phrasebook` command: one line naming the file or argument,
exit status 1 or 2, and the phrasebook exactly as it was (every table dumped before and after).

Cases: a lone surrogate in a pack, xlsx parts with an entity bomb or an external entity (in
UTF-8 and UTF-16), a UTF-16 docx declaring entities, undecodable bytes in text arguments, and an
export to a full disk (a small tmpfs when this process may mount one, else a file-size limit).
"""

from __future__ import annotations

import resource
import sqlite3
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "importing"))
from files import write_docx, write_xlsx  # noqa: E402

from phrasebook import Phrasebook  # noqa: E402

ROOT = Path(__file__).resolve().parents[3]

LAUGHS = (
    '<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">'
        for n in range(1, 10)
    )
    + "]>"
)
XXE = '<!DOCTYPE x [<!ENTITY lol9 SYSTEM "file:///etc/passwd">]>'


def run(db: Path, *args: str | bytes) -> subprocess.CompletedProcess[str]:
    """The CLI as a user runs it (bytes arguments reach it as the terminal sent them)."""
    return subprocess.run(
        [sys.executable, "-m", "phrasebook", "--db", str(db), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def dump(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return list(conn.iterdump())


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A phrasebook with a phrase, a notebook entry and a profile, all closed again."""
    path = tmp_path / "book.db"
    with Phrasebook.open(path, auto_backup=False) as book:
        phrase = book.add("亲，在的", code="zai")
        book.notebook.capture("什么时候发货？")
        book.set_profile(nickname="小美", active_shop="旗舰店")
    (tmp_path / "phrase_id").write_text(phrase.id)
    assert run(path, "stats").returncode == 0  # the CLI's first open stamps its device id
    return path


def assert_refused(result: subprocess.CompletedProcess[str], names: str, code: int = 1) -> None:
    assert result.returncode == code, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("phrasebook: error: ") and names in lines[0], lines[0]
    assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr


def test_a_lone_surrogate_in_a_pack(db: Path, tmp_path: Path) -> None:
    pack = tmp_path / "bad.jsonl"
    pack.write_text('{"text": "好的"}\n{"text": "坏 \\ud800 字"}\n', encoding="utf-8")
    before = dump(db)
    result = run(db, "import", str(pack))
    assert_refused(result, "bad.jsonl:2")
    assert "surrogate" in result.stderr
    assert dump(db) == before


def _rewrite(path: Path, member: str, xml: bytes) -> None:
    with zipfile.ZipFile(path) as old:
        parts = {info.filename: old.read(info) for info in old.infolist()}
    parts[member] = xml
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for name, data in parts.items():
            new.writestr(name, data)


def _hostile(xml: bytes, dtd: str, encoding: str, target: bytes) -> bytes:
    """`xml` with `dtd` after its declaration, `target` replaced by an entity reference."""
    text = xml.decode("utf-8")
    body = text.split("?>", 1)[1] if text.startswith("<?xml") else text
    assert target.decode() in body
    body = body.replace(target.decode(), "&lol9;", 1)
    declaration = f'<?xml version="1.0" encoding="{encoding}"?>'
    return (declaration + dtd + body).encode(encoding)


@pytest.mark.parametrize("dtd", [LAUGHS, XXE], ids=["entity-bomb", "xxe"])
@pytest.mark.parametrize("encoding", ["UTF-8", "UTF-16"])
@pytest.mark.parametrize(
    ("member", "target"),
    [
        ("xl/worksheets/sheet1.xml", "&#20146;&#65292;&#22312;&#30340;"),
        ("xl/workbook.xml", "Sheet1"),
    ],
)
def test_an_xlsx_declaring_entities(
    db: Path, tmp_path: Path, dtd: str, encoding: str, member: str, target: str
) -> None:
    path = write_xlsx(tmp_path / "话术.xlsx", [["快捷短语"], ["亲，在的"]])
    with zipfile.ZipFile(path) as archive:
        original = archive.read(member)
    _rewrite(path, member, _hostile(original, dtd, encoding, target.encode()))
    before = dump(db)
    result = run(db, "import", str(path))
    assert_refused(result, "话术.xlsx")
    assert "refused as hostile" in result.stderr and member in result.stderr
    assert dump(db) == before


def test_a_utf16_docx_declaring_entities(db: Path, tmp_path: Path) -> None:
    path = write_docx(tmp_path / "培训.docx", [("", "亲，在的")])
    with zipfile.ZipFile(path) as archive:
        original = archive.read("word/document.xml")
    _rewrite(path, "word/document.xml", _hostile(original, LAUGHS, "UTF-16", "亲，在的".encode()))
    before = dump(db)
    result = run(db, "import", str(path))
    assert_refused(result, "培训.docx")
    assert "refused as hostile" in result.stderr
    assert dump(db) == before


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["add", b"\xff\xfe"], "TEXT"),
        (["add", "ok", "--title", b"\xc3"], "--title"),
        (["edit", "zai", "--text", b"bad \xff"], "--text"),
        (["notebook", "add", b"\xe4\xbd"], "QUESTION"),
        (["profile", "--nickname", b"\xff"], "--nickname"),
        (["check", "--text", b"\xff"], "--text"),  # one of a mutually exclusive group
        (["sync", "--server", b"\xc3"], "--server"),
    ],
    ids=["add", "add-title", "edit", "notebook-add", "profile", "check-text", "sync-server"],
)
def test_undecodable_bytes_in_arguments(db: Path, args: list[str | bytes], named: str) -> None:
    before = dump(db)
    result = run(db, *args)
    assert_refused(result, f"argument {named}: not valid UTF-8", code=2)
    assert dump(db) == before


@pytest.fixture
def full_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder on a 64 KiB tmpfs that is 75% full (needs permission to mount)."""
    folder = tmp_path / "small"
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    try:
        (folder / "filler").write_bytes(bytes(48 * 1024))
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)


@pytest.fixture
def big_db(tmp_path: Path) -> Path:
    path = tmp_path / "big.db"
    with Phrasebook.open(path, auto_backup=False) as book:
        book.seed_starter("zh-Hans")
    assert run(path, "stats").returncode == 0
    return path


@pytest.mark.parametrize("name", ["导出.xlsx", "导出.csv", "导出.jsonl"])
def test_an_export_to_a_full_disk(big_db: Path, full_folder: Path, name: str) -> None:
    before = dump(big_db)
    result = run(big_db, "export", str(full_folder / name))
    assert_refused(result, str(full_folder / name))
    assert "disk is full" in result.stderr
    assert sorted(p.name for p in full_folder.iterdir()) == ["filler"]  # no partial file
    assert dump(big_db) == before


def test_an_export_past_the_file_size_limit(big_db: Path, tmp_path: Path) -> None:
    """Where mounting is not allowed: RLIMIT_FSIZE (set once the book is open, as SQLite's own
    files are larger) makes write() fail with EFBIG, "file too large"."""
    target = tmp_path / "out"
    target.mkdir()
    script = (
        "import resource, sys\n"
        "from phrasebook import Phrasebook, PhrasebookError\n"
        "book = Phrasebook.open(sys.argv[1], auto_backup=False)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (8192, 8192))\n"
        "try:\n"
        "    book.export_file(sys.argv[2])\n"
        "except PhrasebookError as exc:\n"
        "    sys.exit(f'phrasebook: error: {exc}')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(big_db), str(target / "导出.xlsx")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert_refused(result, "导出.xlsx")
    assert "disk is full (File too large)" in result.stderr
    assert list(target.iterdir()) == []
    assert resource.getrlimit(resource.RLIMIT_FSIZE)[0] != 8192  # only the child was limited


def test_the_bomb_is_real() -> None:
    """The payloads above are what they claim: Python's own parser expands the bomb."""
    import xml.etree.ElementTree as ET

    root = ET.fromstring(f"<?xml version='1.0'?>{LAUGHS}<t>&lol3;</t>")
    assert root.text == "lol" * 1000


def test_a_raw_sqlite_failure_is_told_as_busy_full_or_read_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A write that escapes the store's own classification (a sync round, say) still gets the
    actionable message, not SQLite's bare words."""
    import sqlite3

    from phrasebook.cli import main as cli_main

    def full(*_: object) -> int:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(cli_main, "_run", full)
    code = cli_main.main(["--db", str(tmp_path / "b.db"), "stats"])
    err = capsys.readouterr().err
    assert code == 1 and "is full" in err and "database or disk is full" not in err
