"""Spreadsheet writers: the 千牛 quick-phrase layout (group, code, content, image) plus the columns
we add (title, tags, questions, language, id), as CSV (UTF-8 with BOM, which Excel opens
correctly) or xlsx; and TextExpander's headerless CSV.

The import side reads these headers back through its aliases, so a round trip loses nothing.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from phrasebook.exporting.cells import escape
from phrasebook.models import Phrase

HEADERS = ("分组", "快捷编码", "快捷短语", "图片", "标题", "标签", "问题", "语言", "ID")


def rows(phrases: Iterable[Phrase], extras: dict[str, dict[str, Any]]) -> list[list[str]]:
    """The header row and one escaped row per phrase."""
    body = [
        [
            p.group,
            p.code,
            p.text,
            str(extras.get(p.id, {}).get("image", "")),
            p.title,
            ",".join(p.tags),
            "\n".join(p.questions),
            p.lang,
            p.id,
        ]
        for p in phrases
    ]
    return [list(HEADERS), *([escape(cell) for cell in row] for row in body)]


def csv_text(table: Sequence[Sequence[str]]) -> str:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerows(table)
    return buffer.getvalue()


def write_csv(path: Path, phrases: Iterable[Phrase], extras: dict[str, dict[str, Any]]) -> None:
    from phrasebook.exporting.files import write_bytes

    write_bytes(path, csv_text(rows(phrases, extras)).encode("utf-8-sig"))


def write_textexpander(
    path: Path, phrases: Iterable[Phrase], extras: dict[str, dict[str, Any]]
) -> None:
    """abbreviation, content, label; phrases without a code cannot expand and are left out."""
    from phrasebook.exporting.files import write_bytes

    table = [[escape(p.code), escape(p.text), escape(p.title)] for p in phrases if p.code]
    write_bytes(path, csv_text(table).encode("utf-8"))


def write_xlsx(path: Path, phrases: Iterable[Phrase], extras: dict[str, dict[str, Any]]) -> None:
    from phrasebook.exporting.files import write_bytes
    from phrasebook.exporting.xlsx_file import xlsx_bytes

    # Built in memory, then written by us: openpyxl leaves its ZipFile open when a write fails,
    # and its close in __del__ then fails again ("Exception ignored in ZipFile.__del__").
    # Cells are escaped by rows(): openpyxl would store "=..." as a formula.
    write_bytes(path, xlsx_bytes("快捷短语", rows(phrases, extras)))
