"""Spreadsheet-shaped files: CSV (any encoding textfile.py knows) and TextExpander CSV.

A CSV with a recognised header row is read through the column mapping; TextExpander's export has
no header (abbreviation, content, label).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from pathlib import Path

from phrasebook.errors import PackError
from phrasebook.importing import columns
from phrasebook.importing.columns import NoTextColumnError
from phrasebook.importing.source import Source
from phrasebook.importing.textfile import read_text

TEXTEXPANDER_HEADERS = ("abbreviation", "content", "label")


def csv_rows(path: Path) -> tuple[list[list[str]], str]:
    """All rows of a CSV file and the encoding it was read in."""
    text, encoding = read_text(path)
    first = text.split("\n", 1)[0]
    # Only the delimiter is guessed (csv.Sniffer also guesses quoting, and gets it wrong).
    delimiter = max((",", ";", "\t"), key=first.count) if first else ","
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise PackError(path, None, f"not a readable CSV file ({exc})") from None
    return rows, encoding


def header_row(rows: Sequence[Sequence[str]]) -> int | None:
    """Index of the first row that names a text column (千牛 sheets may start with a title)."""
    for i, row in enumerate(rows[:10]):
        if any(columns.field_for(cell) == "text" for cell in row):
            return i
    return None


def read_csv(path: Path, mapping: Mapping[str, str] | None = None) -> Source:
    rows, encoding = csv_rows(path)
    start = header_row(rows)
    if start is None and not mapping:
        raise NoTextColumnError(
            path,
            1,
            "no header row names the phrase column (快捷短语/内容/content); map the columns, "
            "or if this is a TextExpander export use --format textexpander",
        )
    return tabular("csv", path, rows, start or 0, mapping, (f"read as {encoding}",))


def tabular(
    fmt: str,
    path: Path,
    rows: Sequence[Sequence[str]],
    start: int,
    mapping: Mapping[str, str] | None,
    notes: tuple[str, ...] = (),
    embedded: columns.Embedded | None = None,
) -> Source:
    """Records from rows whose header is at index `start` (shared with xlsx, whose pictures
    drawn over a row come as `embedded`)."""
    headers = tuple(str(h).strip() for h in rows[start])
    used = columns.merged(path, headers, mapping)
    body = ((n + 1, row) for n, row in enumerate(rows) if n > start)
    found = columns.records(path, headers, body, used, embedded)
    return Source(fmt, tuple(found), headers, used, notes)


def read_textexpander(path: Path, mapping: Mapping[str, str] | None = None) -> Source:
    """TextExpander's CSV export: abbreviation, content[, label], no header row."""
    rows, encoding = csv_rows(path)
    fields = {0: "code", 1: "text", 2: "title"}
    found = []
    for line, row in enumerate(rows, start=1):
        values = {fields[i]: columns.unescape(c) for i, c in enumerate(row[:3]) if c.strip()}
        if values.get("text", "").strip():
            found.append(columns.record(path, line, values))
    return Source("textexpander", tuple(found), notes=(f"read as {encoding}",))
