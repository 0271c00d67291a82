"""Excel workbooks via openpyxl: the first sheet with a header row naming the phrase column.

Formulas are read as their text ("=SUM(A1)") and never evaluated; the zip is size-checked before
openpyxl opens it, so a bomb is refused without inflating it, and every XML part is refused when
it declares a document type (entity bombs, external entities; see safe_xml).
"""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from defusedxml import DefusedXmlException

from phrasebook.errors import PackError
from phrasebook.importing import safe_xml
from phrasebook.importing.columns import NoTextColumnError
from phrasebook.importing.csv_tables import header_row, tabular
from phrasebook.importing.limits import check_zip
from phrasebook.importing.source import Source
from phrasebook.importing.xlsx_pictures import sheet_pictures

MAX_ROWS = 200_000


def read_xlsx(path: Path, mapping: Mapping[str, str] | None = None) -> Source:
    found = sheets(path)
    for title, rows in found:
        start = header_row(rows)
        if start is not None:
            return _tabular(path, title, rows, start, mapping)
    if mapping and found:  # the user named the columns of the first sheet's first row
        return _tabular(path, found[0][0], found[0][1], 0, mapping)
    raise NoTextColumnError(
        path, 1, "no sheet has a header row naming the phrase column (快捷短语/内容); map one"
    )


def _tabular(
    path: Path, title: str, rows: list[list[str]], start: int, mapping: Mapping[str, str] | None
) -> Source:
    """The sheet's records, each with the pictures drawn over its row."""
    pictures, notes = sheet_pictures(path, title)
    return tabular("xlsx", path, rows, start, mapping, (f"sheet {title!r}", *notes), pictures)


def sheets(path: Path) -> list[tuple[str, list[list[str]]]]:
    """Every sheet's title and rows as strings."""
    check_zip(path, "Excel (.xlsx)")
    with zipfile.ZipFile(path) as archive:
        safe_xml.check_archive(path, archive)
    from openpyxl import load_workbook  # imported late: the CLI starts faster without it

    try:
        book = load_workbook(path, read_only=True, data_only=False)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError, SyntaxError) as exc:
        raise PackError(path, None, f"not a readable Excel workbook ({exc})") from None
    try:
        return [(ws.title, _rows(path, ws)) for ws in book.worksheets]
    except (SyntaxError, DefusedXmlException) as exc:  # ElementTree's ParseError is a SyntaxError
        raise PackError(path, None, f"not a readable Excel workbook ({exc})") from None
    finally:
        book.close()


def _rows(path: Path, sheet: Any) -> list[list[str]]:
    rows = []
    for n, row in enumerate(sheet.iter_rows(values_only=True)):
        if n >= MAX_ROWS:
            raise PackError(path, n, f"more than {MAX_ROWS:,} rows in sheet {sheet.title!r}")
        rows.append([cell_text(v) for v in row])
    return rows


def cell_text(value: object) -> str:
    """A cell as text: numbers without '.0', dates as ISO, formulas as their source text."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    text = getattr(value, "text", None)  # openpyxl's ArrayFormula/DataTableFormula
    return str(text if isinstance(text, str) else value)
