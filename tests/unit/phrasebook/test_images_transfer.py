"""Pictures in and out of files: the 图片 column of csv/xlsx (files beside the sheet, web links
kept and never fetched), pictures placed in an xlsx or docx, and packs carrying them."""

from __future__ import annotations

import base64
import csv
import io
import json
import os
import socket
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from phrasebook import Phrasebook

MakePng = Callable[..., bytes]


@pytest.fixture
def book(tmp_path: Path) -> Iterator[Phrasebook]:
    with Phrasebook.open(tmp_path / "book.db") as opened:
        yield opened


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to reach the network fails the test."""

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("the import tried to reach the network")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)


def write_csv(path: Path, rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)


def by_text(book: Phrasebook) -> dict[str, Any]:
    return {p.text: p for p in book.phrases()}


# -- csv: the 图片 column ---------------------------------------------------------------------


def test_csv_picture_beside_the_sheet_is_imported(
    book: Phrasebook, tmp_path: Path, make_png: MakePng, no_network: None
) -> None:
    (tmp_path / "图片").mkdir()
    (tmp_path / "图片" / "尺码表.png").write_bytes(make_png("red", (30, 20)))
    sheet = tmp_path / "快捷短语.csv"
    write_csv(
        sheet,
        [
            ["分组", "快捷编码", "快捷短语", "图片"],
            ["售前", "cmb", "亲，尺码表请看图", "图片/尺码表.png"],
            ["售前", "lj", "亲，详情看链接", "https://img.example.com/a.jpg"],
            ["售后", "", "没有图的回复", ""],
        ],
    )
    report = book.import_file(sheet)
    assert report.added == 3
    found = by_text(book)
    (image,) = found["亲，尺码表请看图"].images
    assert (image.name, image.width, image.height) == ("尺码表.png", 30, 20)
    linked = found["亲，详情看链接"]
    assert linked.images == ()
    assert book.images.links(linked.id) == ["https://img.example.com/a.jpg"]
    assert found["没有图的回复"].images == ()


def test_a_cell_may_name_several_pictures_the_ways_people_type_them(
    book: Phrasebook, tmp_path: Path, make_png: MakePng, no_network: None
) -> None:
    for name, color in (("a.png", "red"), ("b.png", "blue"), ("c,d.png", "green")):
        (tmp_path / name).write_bytes(make_png(color))
    sheet = tmp_path / "快捷短语.csv"
    write_csv(
        sheet,
        [
            ["快捷短语", "图片"],
            ["分号", "a.png;b.png"],
            ["全角逗号", "a.png，b.png"],
            ["顿号和竖线", "a.png、b.png|c,d.png"],
            ["逗号在名字里", "c,d.png"],
        ],
    )
    report = book.import_file(sheet)
    assert report.added == 4 and not [n for n in report.notes if "picture" in n]
    found = by_text(book)
    assert [i.name for i in found["分号"].images] == ["a.png", "b.png"]
    assert [i.name for i in found["全角逗号"].images] == ["a.png", "b.png"]
    assert [i.name for i in found["顿号和竖线"].images] == ["a.png", "b.png", "c,d.png"]
    assert [i.name for i in found["逗号在名字里"].images] == ["c,d.png"]


def test_a_bad_picture_is_a_note_and_the_rest_imports(
    book: Phrasebook, tmp_path: Path, make_png: MakePng
) -> None:
    (tmp_path / "good.png").write_bytes(make_png())
    (tmp_path / "fake.png").write_bytes(os.urandom(2048))
    sheet = tmp_path / "s.csv"
    write_csv(
        sheet,
        [
            ["快捷短语", "图片"],
            ["好图", "good.png"],
            ["坏图", "fake.png"],
            ["丢图", "missing.png"],
            ["越界", "../outside.png"],
        ],
    )
    (tmp_path.parent / "outside.png").write_bytes(make_png("blue"))
    report = book.import_file(sheet)
    assert report.added == 4
    notes = "\n".join(report.notes)
    assert "row 3: picture left out" in notes and "fake.png: not an image" in notes
    assert "row 4: picture missing.png not found" in notes
    assert "row 5: ../outside.png is outside the sheet's folder" in notes
    found = by_text(book)
    assert len(found["好图"].images) == 1
    assert found["坏图"].images == () and found["越界"].images == ()


def test_csv_export_writes_pictures_beside_the_sheet_and_imports_back(
    book: Phrasebook, tmp_path: Path, make_png: MakePng
) -> None:
    (tmp_path / "in").mkdir()
    chart = tmp_path / "in" / "chart.png"
    chart.write_bytes(make_png("red"))
    book.add("带图", images=[chart])
    out = tmp_path / "out" / "导出.csv"
    out.parent.mkdir()
    book.export_file(out)
    rows = list(csv.reader(io.StringIO(out.read_text("utf-8-sig"))))
    assert rows[0][:4] == ["分组", "快捷编码", "快捷短语", "图片"]  # 千牛's layout kept
    cell = rows[1][3]
    assert cell == "导出-图片/chart.png"
    assert (out.parent / cell).read_bytes() == chart.read_bytes()
    with Phrasebook.open(tmp_path / "other.db") as other:
        other.import_file(out)
        (image,) = other.phrases()[0].images
        assert other.image_bytes(image.hash) == chart.read_bytes()


# -- xlsx: pictures placed over rows ----------------------------------------------------------


def test_xlsx_picture_anchored_to_a_row_is_imported(
    book: Phrasebook, tmp_path: Path, make_png: MakePng
) -> None:
    from openpyxl import Workbook
    from openpyxl.drawing.image import Image as SheetImage

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "快捷短语"
    sheet.append(["分组", "快捷编码", "快捷短语", "图片"])
    sheet.append(["售前", "cmb", "亲，尺码表请看图", ""])
    sheet.append(["售前", "fh", "亲，今天发货", ""])
    sheet.append(["售后", "th", "亲，退货地址见图", ""])
    for row, color in ((2, "red"), (4, "blue"), (4, "green")):
        sheet.add_image(SheetImage(io.BytesIO(make_png(color, (16, 12)))), f"D{row}")
    path = tmp_path / "pictures.xlsx"
    workbook.save(path)
    report = book.import_file(path)
    assert report.added == 3
    found = by_text(book)
    assert len(found["亲，尺码表请看图"].images) == 1
    assert found["亲，今天发货"].images == ()
    assert [i.width for i in found["亲，退货地址见图"].images] == [16, 16]
    blue = found["亲，退货地址见图"].images[0]
    assert book.image_bytes(blue.hash) == make_png("blue", (16, 12))


def test_a_hostile_picture_in_an_xlsx_is_left_out_with_a_note(
    book: Phrasebook, tmp_path: Path, make_png: MakePng, make_bomb: Callable[[], bytes]
) -> None:
    from openpyxl import Workbook
    from openpyxl.drawing.image import Image as SheetImage

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["快捷短语"])
    sheet.append(["炸弹图"])
    sheet.add_image(SheetImage(io.BytesIO(make_png("red"))), "B2")
    path = tmp_path / "bomb.xlsx"
    workbook.save(path)
    _replace_member(path, "xl/media/image1.png", make_bomb())
    report = book.import_file(path)
    assert report.added == 1
    assert any("row 2: picture left out" in n and "bomb" in n for n in report.notes)
    assert by_text(book)["炸弹图"].images == ()


def _replace_member(path: Path, member: str, data: bytes) -> None:
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    assert member in parts
    parts[member] = data
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)


def test_xlsx_export_writes_the_picture_column(
    book: Phrasebook, tmp_path: Path, make_png: MakePng
) -> None:
    chart = tmp_path / "chart.png"
    chart.write_bytes(make_png())
    book.add("带图", images=[chart])
    out = tmp_path / "export.xlsx"
    book.export_file(out)
    assert (tmp_path / "export-图片" / "chart.png").read_bytes() == chart.read_bytes()
    with Phrasebook.open(tmp_path / "other.db") as other:
        other.import_file(out)
        assert [i.name for i in other.phrases()[0].images] == ["chart.png"]


# -- docx: pictures in (or under) a phrase's paragraph -----------------------------------------

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"


def _docx(path: Path, paragraphs: list[str | tuple[str, str]], media: dict[str, bytes]) -> None:
    """A minimal Word file: text paragraphs, and ("pic", rId) paragraphs holding a picture."""
    body = []
    for item in paragraphs:
        if isinstance(item, tuple):
            body.append(
                f'<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/'
                f'drawingml/2006/wordprocessingDrawing"><a:graphic><a:graphicData><pic:pic '
                f'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">'
                f'<pic:blipFill><a:blip r:embed="{item[1]}"/></pic:blipFill></pic:pic>'
                f"</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>"
            )
        else:
            body.append(f"<w:p><w:r><w:t>{item}</w:t></w:r></w:p>")
    document = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{_W}" xmlns:r="{_R}" '
        f'xmlns:a="{_A}"><w:body>{"".join(body)}</w:body></w:document>'
    )
    rels = "".join(
        f'<Relationship Id="{rid}" Type="{_R}/image" Target="media/{rid}.png"/>' for rid in media
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        archive.writestr("word/document.xml", document)
        archive.writestr(
            "word/_rels/document.xml.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            f'package/2006/relationships">{rels}</Relationships>',
        )
        for rid, data in media.items():
            archive.writestr(f"word/media/{rid}.png", data)


def test_docx_picture_goes_to_the_phrase_above_it(
    book: Phrasebook, tmp_path: Path, make_png: MakePng
) -> None:
    path = tmp_path / "话术.docx"
    _docx(
        path,
        [
            "# 常用话术",
            "- 亲，尺码表请看下图哦~",
            ("pic", "rId7"),
            "- 亲，今天下单明天发货哦~",
            "- 亲，洗涤方法见图~",
            ("pic", "rId8"),
        ],
        {"rId7": make_png("red", (30, 40)), "rId8": make_png("blue")},
    )
    report = book.import_file(path)
    assert report.added == 3, report
    found = by_text(book)
    assert [i.height for i in found["亲，尺码表请看下图哦~"].images] == [40]
    assert found["亲，今天下单明天发货哦~"].images == ()
    assert len(found["亲，洗涤方法见图~"].images) == 1


# -- packs -------------------------------------------------------------------------------------


def test_pack_round_trip_carries_pictures(
    book: Phrasebook, tmp_path: Path, make_png: MakePng
) -> None:
    red, jpeg = tmp_path / "red.png", tmp_path / "photo.jpg"
    red.write_bytes(make_png("red"))
    jpeg.write_bytes(make_png("blue", (50, 40), "JPEG"))
    phrase = book.add("两张图的回复", images=[red, jpeg])
    book.add("没有图")
    pack = tmp_path / "out.jsonl"
    book.export_file(pack)
    lines = [json.loads(line) for line in pack.read_text("utf-8").splitlines()]
    carried = next(line for line in lines if line["id"] == phrase.id)["images"]
    assert [(i["name"], i["type"]) for i in carried] == [
        ("red.png", "image/png"),
        ("photo.jpg", "image/jpeg"),
    ]
    assert base64.b64decode(carried[1]["data"]) == jpeg.read_bytes()
    with Phrasebook.open(tmp_path / "other.db") as other:
        assert other.import_file(pack).added == 2
        assert other.get(phrase.id).images == phrase.images
        assert other.image_bytes(phrase.images[1].hash) == jpeg.read_bytes()
        again = other.import_file(pack, on_duplicate="update")
        assert again.unchanged == 2  # the same pictures: nothing to update


def test_a_pack_picture_that_fails_its_checks_is_a_note(
    book: Phrasebook, tmp_path: Path, make_png: MakePng
) -> None:
    good = base64.b64encode(make_png()).decode()
    lines = [
        {"text": "好", "images": [{"name": "ok.png", "type": "image/png", "data": good}]},
        {"text": "坏", "images": [{"name": "x.png", "data": base64.b64encode(b"nope").decode()}]},
        {"text": "乱", "images": [{"name": "y.png", "data": "***"}]},
    ]
    pack = tmp_path / "p.jsonl"
    pack.write_text("\n".join(json.dumps(line) for line in lines), "utf-8")
    report = book.import_file(pack)
    assert report.added == 3
    notes = "\n".join(report.notes)
    assert "line 2: picture left out: x.png: not an image" in notes
    assert "line 3: picture left out: y.png: damaged base64 data" in notes
    found = by_text(book)
    assert len(found["好"].images) == 1 and found["坏"].images == () and found["乱"].images == ()
