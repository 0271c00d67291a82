"""JSON Lines packs: round trips, upserts, kept unknown keys, and every malformed line named."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from phrasebook import PackError, Phrasebook
from phrasebook import pack as pack_module
from phrasebook.pack import read_pack

DATA = Path(__file__).resolve().parents[2] / "data"


def write_lines(path: Path, lines: list[Any], *, bom: bool = False) -> Path:
    text = "\n".join(x if isinstance(x, str) else json.dumps(x, ensure_ascii=False) for x in lines)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + (text + "\n").encode("utf-8"))
    return path


def test_export_import_export_is_byte_identical(tmp_path: Path) -> None:
    with Phrasebook.open(tmp_path / "a.db") as a:
        a.import_file(DATA / "pack_sample.jsonl")
        a.add("新加的\n两行", group="售后", tags=["新"], questions=["能退吗？"], lang="zh-Hans")
        a.add("personal one", scope="personal", lang="en")
        gone = a.add("删掉的")
        a.delete(gone.id)
        assert a.export_file(tmp_path / "first.jsonl") == a.stats().phrases
    with Phrasebook.open(tmp_path / "b.db") as b:
        b.import_file(tmp_path / "first.jsonl")
        b.export_file(tmp_path / "second.jsonl")
    first = (tmp_path / "first.jsonl").read_bytes()
    assert first == (tmp_path / "second.jsonl").read_bytes()
    assert "删掉的" not in first.decode("utf-8")
    assert "新加的\\n两行" in first.decode("utf-8")  # CJK is written as is, newlines escaped


def test_export_by_scope(book: Phrasebook, tmp_path: Path) -> None:
    book.add("team")
    book.add("mine", scope="personal")
    assert book.export_file(tmp_path / "p.jsonl", scope="personal") == 1
    lines = (tmp_path / "p.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(x)["text"] for x in lines] == ["mine"]


def test_export_key_order_and_unknown_keys_kept(book: Phrasebook, tmp_path: Path) -> None:
    pack = write_lines(
        tmp_path / "in.jsonl",
        [{"zzz": [1, {"深": True}], "text": "t", "id": "p1", "note": "备注", "group": "g"}],
    )
    book.import_file(pack)
    book.export_file(tmp_path / "out.jsonl")
    line = (tmp_path / "out.jsonl").read_text(encoding="utf-8").strip()
    data = json.loads(line)
    assert list(data) == [
        *("id", "title", "text", "group", "code", "tags", "questions", "lang"),
        *("zzz", "note"),
    ]
    assert data["zzz"] == [1, {"深": True}]
    assert data["note"] == "备注"


def test_lines_without_id_get_new_ids(book: Phrasebook, tmp_path: Path) -> None:
    pack = write_lines(tmp_path / "p.jsonl", [{"text": "a"}, {"text": "b", "id": ""}])
    report = book.import_file(pack)
    assert report.added == 2
    assert len(set(report.ids)) == 2
    assert all(len(i) == 36 for i in report.ids)


def test_upsert_by_id(book: Phrasebook, tmp_path: Path) -> None:
    book.add("旧", id="p1", code="old", favorite=True)
    book.add("不变", id="p2")
    pack = write_lines(
        tmp_path / "p.jsonl",
        [{"id": "p1", "text": "新", "code": "new"}, {"id": "p2", "text": "不变"}, {"text": "另"}],
    )
    report = book.import_file(pack)
    assert (report.added, report.updated, report.unchanged, report.total) == (1, 1, 1, 3)
    p1 = book.get("p1")
    assert (p1.text, p1.code, p1.favorite) == ("新", "new", True)
    again = book.import_file(pack)
    assert (again.added, again.updated, again.unchanged) == (1, 0, 2)


def test_changed_unknown_keys_count_as_an_update(book: Phrasebook, tmp_path: Path) -> None:
    book.import_file(write_lines(tmp_path / "a.jsonl", [{"id": "p1", "text": "t", "x": 1}]))
    report = book.import_file(
        write_lines(tmp_path / "b.jsonl", [{"id": "p1", "text": "t", "x": 2}])
    )
    assert report.updated == 1


def test_bom_and_blank_lines_are_accepted(tmp_path: Path) -> None:
    path = write_lines(
        tmp_path / "p.jsonl", ["", {"text": "a"}, "   ", "", {"text": "b"}], bom=True
    )
    records = read_pack(path)
    assert [(r.line, r.text) for r in records] == [(2, "a"), (5, "b")]


def test_crlf_line_endings_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "p.jsonl"
    path.write_bytes(b'{"text": "a"}\r\n{"text": "b\\r\\nc"}\r\n')
    assert [r.text for r in read_pack(path)] == ["a", "b\nc"]


def test_defaults_for_optional_keys(tmp_path: Path) -> None:
    path = write_lines(
        tmp_path / "p.jsonl", [{"text": "a", "group": None, "lang": None, "tags": None}]
    )
    (record,) = read_pack(path)
    assert (record.group, record.lang, record.tags, record.id) == ("", "zh-Hans", (), None)


BAD_LINES: list[tuple[str, str]] = [
    ('{"text": "a",', "not valid JSON"),
    ("[1, 2]", "JSON object"),
    ('"just a string"', "JSON object"),
    ("null", "JSON object"),
    ('{"title": "no text"}', "'text'"),
    ('{"text": ""}', "empty"),
    ('{"text": 42}', "string"),
    ('{"text": "a", "title": 5}', "title"),
    ('{"text": "a", "tags": "标签"}', "list"),
    ('{"text": "a", "tags": [1]}', "string"),
    ('{"text": "a", "questions": {"q": 1}}', "string"),
    ('{"text": "a", "code": "has space"}', "spaces"),
    ('{"text": "a", "lang": "中文"}', "language"),
    ('{"text": "a", "group": "一/二/三"}', "deep"),
    ('{"text": "a", "group": 7}', "group"),
    ('{"text": "a", "id": 7}', "id"),
    ('{"text": "a", "id": "' + "x" * 65 + '"}', "id"),
    ('{"text": "a\\u0000b"}', "control"),
    ('{"text": "a", "n": ' + "1" * 5000 + "}", "not valid JSON"),
    ("[" * 100_000 + "]" * 100_000, "not valid JSON"),
    ("\ufeff" + '{"text": "a"}', "not valid JSON"),  # a BOM is only allowed at the start
]


@pytest.mark.parametrize(("bad", "reason"), BAD_LINES, ids=[r for _, r in BAD_LINES])
def test_malformed_line_names_file_line_and_reason(tmp_path: Path, bad: str, reason: str) -> None:
    path = write_lines(tmp_path / "bad.jsonl", [{"text": "ok"}, "", bad, {"text": "after"}])
    with pytest.raises(PackError) as caught:
        read_pack(path)
    error = caught.value
    assert (error.path, error.line) == (path, 3)
    assert reason in error.reason
    assert str(error).startswith(f"{path}:3: ")
    assert "\n" not in str(error)


def test_malformed_line_imports_nothing(book: Phrasebook, tmp_path: Path) -> None:
    path = write_lines(tmp_path / "bad.jsonl", [{"text": "ok"}, '{"text": 1}'])
    with pytest.raises(PackError):
        book.import_file(path)
    assert book.stats().phrases == 0


def test_one_megabyte_text_is_refused_with_its_line(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "big.jsonl", [{"text": "a"}, {"text": "长" * 1_000_000}])
    with pytest.raises(PackError, match="limit") as caught:
        read_pack(path)
    assert caught.value.line == 2


def test_duplicate_ids_are_refused(tmp_path: Path) -> None:
    path = write_lines(
        tmp_path / "dup.jsonl", [{"id": "a", "text": "1"}, {"text": "2"}, {"id": "a", "text": "3"}]
    )
    with pytest.raises(PackError, match="already used on line 1") as caught:
        read_pack(path)
    assert caught.value.line == 3


def test_non_utf8_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "gbk.jsonl"
    path.write_bytes(b'{"text": "ok"}\n' + '{"text": "发货"}\n'.encode("gbk"))
    with pytest.raises(PackError, match="UTF-8") as caught:
        read_pack(path)
    assert caught.value.line == 2


def test_oversized_file_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pack_module, "MAX_PACK_FILE_BYTES", 100)
    path = write_lines(tmp_path / "big.jsonl", [{"text": "x" * 200}])
    with pytest.raises(PackError, match="limit") as caught:
        read_pack(path)
    assert caught.value.line is None
    assert str(caught.value).startswith(str(path))


def test_missing_file_is_a_pack_error(tmp_path: Path) -> None:
    with pytest.raises(PackError, match="cannot read"):
        read_pack(tmp_path / "nope.jsonl")


def test_empty_file_imports_nothing(book: Phrasebook, tmp_path: Path) -> None:
    path = tmp_path / "empty.jsonl"
    path.write_bytes(b"")
    report = book.import_file(path)
    assert report.total == 0


def test_export_is_atomic_on_failure(book: Phrasebook, tmp_path: Path) -> None:
    book.add("a")
    target = tmp_path / "out.jsonl"
    target.write_text("previous content\n", encoding="utf-8")

    def exploding() -> Any:
        yield "{}"
        raise RuntimeError("disk full (simulated)")

    with pytest.raises(RuntimeError):
        pack_module.write_atomically(target, exploding())
    assert target.read_text(encoding="utf-8") == "previous content\n"
    assert not list(tmp_path.glob(".out.jsonl.*")), "the temporary file is cleaned up"


@pytest.mark.parametrize("name", ["out.csv", "out.xlsx", "out.jsonl"])
def test_an_export_can_be_read_by_a_colleague(tmp_path: Path, name: str) -> None:
    """A temporary file is made 0600; the export renamed from it gets a plain file's mode."""
    import os

    from PIL import Image

    picture = tmp_path / "图.png"
    Image.new("RGB", (8, 8), "red").save(picture)
    old = os.umask(0o022)
    try:
        with Phrasebook.open(tmp_path / "book.db", auto_backup=False) as book:
            book.add("尺码表见图", images=[picture])
            book.export_file(tmp_path / name)
    finally:
        os.umask(old)
    assert (tmp_path / name).stat().st_mode & 0o777 == 0o644
    folder = tmp_path / "out-图片"
    for exported in folder.iterdir() if folder.is_dir() else ():
        assert exported.stat().st_mode & 0o777 == 0o644
