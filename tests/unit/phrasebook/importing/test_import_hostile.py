"""Bad and hostile input never half-imports: each is refused with a message saying why."""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from files import write_docx, write_xlsx  # noqa: E402

from phrasebook import PackError, Phrasebook  # noqa: E402
from phrasebook.pack import MAX_PACK_BYTES  # noqa: E402


def _snapshot(book: Phrasebook) -> list[tuple[str, str]]:
    return [(p.id, p.text) for p in book.phrases()]


def test_a_file_over_50_mb_is_refused_unread(tmp_path: Path, book: Phrasebook) -> None:
    path = tmp_path / "huge.csv"
    with path.open("wb") as f:
        f.truncate(MAX_PACK_BYTES + 1)
    with pytest.raises(PackError, match="the limit is"):
        book.import_file(path)


def test_a_zip_bomb_xlsx_is_refused_before_inflating(tmp_path: Path, book: Phrasebook) -> None:
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (300 * 1024 * 1024))
    assert path.stat().st_size < 1024 * 1024
    with pytest.raises(PackError, match="refused"):
        book.import_file(path)


def test_a_high_ratio_member_is_a_bomb(tmp_path: Path, book: Phrasebook) -> None:
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b" " * (20 * 1024 * 1024))
    with pytest.raises(PackError, match="zip bomb"):
        book.import_file(path)


@pytest.mark.parametrize("name", ["broken.xlsx", "broken.docx"])
def test_broken_office_files_get_a_clear_message(
    tmp_path: Path, book: Phrasebook, name: str
) -> None:
    path = tmp_path / name
    path.write_bytes(b"PK\x03\x04 this is not really a zip")
    with pytest.raises(PackError, match="not a valid"):
        book.import_file(path)


def test_a_truncated_xlsx_is_refused(tmp_path: Path, book: Phrasebook) -> None:
    good = write_xlsx(tmp_path / "good.xlsx", [["快捷短语"], ["亲"]])
    path = tmp_path / "cut.xlsx"
    path.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with pytest.raises(PackError):
        book.import_file(path)


def test_docx_without_document_part(tmp_path: Path, book: Phrasebook) -> None:
    path = tmp_path / "empty.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(PackError, match="no word/document.xml"):
        book.import_file(path)


def test_docx_with_entity_declarations_is_refused(tmp_path: Path, book: Phrasebook) -> None:
    laughs = '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>'
    path = write_docx(tmp_path / "lol.docx", [("", "&lol2;")], extra_xml=laughs)
    with pytest.raises(PackError, match="entities"):
        book.import_file(path)


def test_undecodable_bytes_get_an_encoding_hint(tmp_path: Path, book: Phrasebook) -> None:
    path = tmp_path / "garbage.csv"
    path.write_bytes(bytes(range(128, 256)) * 40)
    with pytest.raises(PackError, match="UTF-8"):
        book.import_file(path)


def test_a_bad_row_late_in_a_sheet_writes_nothing(tmp_path: Path, book: Phrasebook) -> None:
    book.add("亲，原有的")
    before = _snapshot(book)
    rows: list[list[object]] = [["分组", "快捷编码", "快捷短语"]]
    rows += [[f"组{n % 5}", f"c{n}", f"亲，第{n}条"] for n in range(3000)]
    rows[2500][1] = "has space"
    path = write_xlsx(tmp_path / "bad.xlsx", rows)
    with pytest.raises(PackError) as caught:
        book.import_file(path)
    assert caught.value.line == 2501
    assert "contains spaces" in caught.value.reason
    assert _snapshot(book) == before


def test_a_row_without_text_is_an_error_not_a_silent_gap(tmp_path: Path, book: Phrasebook) -> None:
    path = tmp_path / "q.csv"
    path.write_text("分组,编码,内容\n售前,a,亲\n售前,b,\n", encoding="utf-8")
    with pytest.raises(PackError, match=r":3: the row has no phrase text"):
        book.import_file(path)
    assert book.phrases() == []


def test_unknown_format_and_suffix(tmp_path: Path, book: Phrasebook) -> None:
    path = tmp_path / "x.pdf"
    path.write_bytes(b"%PDF")
    with pytest.raises(PackError, match="unknown file type"):
        book.import_file(path)
    with pytest.raises(PackError, match="unknown format"):
        book.import_file(path, format="pdf")
