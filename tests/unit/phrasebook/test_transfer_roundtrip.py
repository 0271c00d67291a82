"""Export then import through every format gives back what the format can carry; spreadsheet
cells that a spreadsheet program would run are escaped."""

from __future__ import annotations

import csv
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from phrasebook import Phrasebook

_CHARS = st.characters(
    codec="utf-8",
    exclude_categories=("Cc", "Cs", "Zl", "Zp", "Co", "Cn"),
    exclude_characters="\x85",
)
_WORD = st.text(_CHARS, min_size=1, max_size=12).map(str.strip).filter(bool)
_TAG = _WORD.filter(lambda t: not set(t) & set(",，;；、|\n"))
_CODE = st.from_regex(r"[a-z][a-z0-9]{0,7}", fullmatch=True)
_TEXT = (
    st.text(_CHARS, min_size=1, max_size=60)
    .filter(lambda t: t.strip())
    .map(lambda t: t if t.strip() == t else t.strip() or "x")
)
_PHRASE = st.fixed_dictionaries(
    {
        "text": st.one_of(_TEXT, st.sampled_from(["=1+1", "+cmd", "-2", "@SUM(A1)", "'=x", "''a"])),
        "group": st.sampled_from(["", "售前", "售后/退换", "물류"]),
        "code": _CODE,
        "title": st.one_of(st.just(""), _WORD),
        "tags": st.lists(_TAG, max_size=3, unique=True),
        "lang": st.sampled_from(["zh-Hans", "zh-Hant", "ko", "en"]),
    }
)
FULL = ("csv", "xlsx", "pack")


def _fields(book: Phrasebook, keys: tuple[str, ...]) -> list[tuple[object, ...]]:
    return sorted(tuple(getattr(p, k) for k in keys) for p in book.phrases())


@pytest.mark.parametrize("fmt", FULL)
@settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(phrases=st.lists(_PHRASE, min_size=1, max_size=8, unique_by=lambda p: p["text"]))
def test_spreadsheets_and_packs_lose_nothing(fmt: str, phrases: list[dict[str, object]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with Phrasebook.open(folder / "a.db") as a, Phrasebook.open(folder / "b.db") as b:
            for p in phrases:
                a.add(**p)  # type: ignore[arg-type]
            suffix = {"pack": "jsonl"}.get(fmt, fmt)
            a.export_file(folder / f"out.{suffix}")
            report = b.import_file(folder / f"out.{suffix}")
            assert report.added == len(phrases)
            keys = ("id", "text", "group", "code", "title", "tags", "lang")
            assert _fields(a, keys) == _fields(b, keys)
            assert b.import_file(folder / f"out.{suffix}").unchanged == len(phrases)


@pytest.mark.parametrize("fmt", ["ime", "espanso", "textexpander"])
@settings(max_examples=8, deadline=None)
@given(phrases=st.lists(_PHRASE, min_size=1, max_size=8, unique_by=lambda p: p["code"]))
def test_expander_formats_keep_code_and_text(fmt: str, phrases: list[dict[str, object]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with Phrasebook.open(folder / "a.db") as a, Phrasebook.open(folder / "b.db") as b:
            for p in phrases:
                a.add(str(p["text"]), code=str(p["code"]), title=str(p["title"]))
            out = folder / {"ime": "p.txt", "espanso": "m.yml", "textexpander": "t.csv"}[fmt]
            a.export_file(out, format=fmt)
            b.import_file(out, format=fmt, on_duplicate="keep")
            keys: tuple[str, ...] = ("code", "text") + (("title",) if fmt != "ime" else ())
            assert _fields(a, keys) == _fields(b, keys)


def test_csv_cells_that_would_run_are_escaped(book: Phrasebook, tmp_path: Path) -> None:
    for text in ('=HYPERLINK("http://x")', "+1", "-1", "@SUM(A1)", "normal"):
        book.add(text)
    book.export_file(tmp_path / "o.csv")
    with (tmp_path / "o.csv").open(encoding="utf-8-sig", newline="") as f:
        cells = [row[2] for row in csv.reader(f)][1:]
    assert cells == ['\'=HYPERLINK("http://x")', "'+1", "'-1", "'@SUM(A1)", "normal"]


def test_xlsx_cells_are_strings_never_formulas(book: Phrasebook, tmp_path: Path) -> None:
    book.add("=1+1", group="售前", code="f")
    book.export_file(tmp_path / "o.xlsx")
    sheet = load_workbook(tmp_path / "o.xlsx").active
    assert sheet is not None
    header = [c.value for c in sheet[1]]
    assert header[:4] == ["分组", "快捷编码", "快捷短语", "图片"]
    cell = sheet.cell(row=2, column=3)
    assert (cell.value, cell.data_type) == ("'=1+1", "s")


def test_markdown_export_reads_back_as_a_document(book: Phrasebook, tmp_path: Path) -> None:
    book.add("亲，欢迎光临，请问有什么可以帮您？", group="售前")
    book.add("亲，退货地址已经发给您了哦！", group="售后/退换")
    book.export_file(tmp_path / "guide.md")
    with Phrasebook.open(tmp_path / "b.db") as b:
        b.import_file(tmp_path / "guide.md")
        assert _fields(b, ("group", "text")) == _fields(book, ("group", "text"))
