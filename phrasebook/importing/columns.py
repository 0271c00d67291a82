"""Spreadsheet columns: header aliases (Chinese and English), the proposed mapping, and turning
mapped rows into validated records.

A mapping is ``{header: field}``; a field is one of FIELDS or "" (ignore the column). The user
corrects a proposed mapping by passing their own entries (the CLI's ``--map 列名=field``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from phrasebook import validate
from phrasebook.errors import PackError, ValidationError
from phrasebook.image_check import CheckedImage
from phrasebook.importing.picture_cells import read_cell
from phrasebook.pack import PackRecord

#: Pictures found in a file apart from its cells (drawn in a sheet, in a document), by line.
Embedded = Mapping[int, Sequence[CheckedImage]]

FIELDS = ("group", "code", "text", "title", "tags", "questions", "lang", "image", "id")

#: Header spellings seen in 千牛 exports, team sheets and other tools, folded to lower case.
ALIASES: dict[str, tuple[str, ...]] = {
    "group": ("分组", "分组名称", "分组名", "分类", "类别", "group", "category", "folder"),
    "code": ("快捷编码", "编码", "快捷码", "快捷键", "code", "shortcut", "abbreviation", "trigger"),
    "text": ("快捷短语", "短语", "内容", "话术", "回复", "content", "text", "phrase", "snippet"),
    "title": ("标题", "名称", "title", "label", "name"),
    "tags": ("标签", "tags", "tag", "keywords"),
    "questions": ("问题", "客户问题", "questions", "question"),
    "lang": ("语言", "lang", "language"),
    "image": ("图片", "图片地址", "image", "picture"),
    "id": ("id", "编号", "uuid"),
}


class NoTextColumnError(PackError):
    """No column is known to hold the phrase text: the user has to map the columns."""


_BY_ALIAS = {alias: field for field, names in ALIASES.items() for alias in names}
_LIST_SPLIT = re.compile(r"[,，;；、|\n]")
#: A leading apostrophe we (or Excel users) put before = + - @ so no formula runs; see cells.py.
_ESCAPED = re.compile(r"^'(?=[=+\-@\t\r'])")


def field_for(header: str) -> str:
    """The field a header names, or "" when it is not a known alias."""
    return _BY_ALIAS.get(header.strip().lower().replace(" ", ""), "")


def propose(headers: Sequence[str]) -> dict[str, str]:
    """The mapping we would use: each header's field, each field claimed once (leftmost wins)."""
    mapping: dict[str, str] = {}
    taken: set[str] = set()
    for header in headers:
        field = field_for(header)
        mapping[header] = "" if field in taken else field
        taken.add(field)
    return mapping


def merged(
    path: Path, headers: Sequence[str], overrides: Mapping[str, str] | None
) -> dict[str, str]:
    """The proposed mapping with the user's corrections; refuses an unknown column or field."""
    mapping = propose(headers)
    for header, field in (overrides or {}).items():
        if header not in mapping:
            known = ", ".join(h for h in headers if h) or "none"
            raise PackError(path, None, f"no column {header!r} (columns: {known})")
        if field not in (*FIELDS, ""):
            raise PackError(path, None, f"unknown field {field!r}; use one of {', '.join(FIELDS)}")
        mapping[header] = field
    if "text" not in mapping.values():
        raise NoTextColumnError(
            path,
            1,
            "no column holds the phrase text (快捷短语/内容/content); map one with --map 列名=text",
        )
    return mapping


def records(
    path: Path,
    headers: Sequence[str],
    rows: Iterable[tuple[int, Sequence[str]]],
    mapping: Mapping[str, str],
    embedded: Embedded | None = None,
) -> list[PackRecord]:
    """Validated records from data rows; blank rows are skipped, a bad row stops everything.
    `embedded` pictures go to the record of their row."""
    index = [(i, f) for i, f in enumerate(mapping[h] for h in headers) if f]
    found: list[PackRecord] = []
    for line, row in rows:
        values: dict[str, str] = {}
        for i, field in index:
            cell = unescape(row[i]) if i < len(row) else ""
            if cell.strip():
                values[field] = cell
        if values.get("text", "").strip():
            found.append(record(path, line, values, (embedded or {}).get(line, ())))
        elif values:
            raise PackError(path, line, "the row has no phrase text")
    return found


def record(
    path: Path, line: int, values: Mapping[str, str], embedded: Sequence[CheckedImage] = ()
) -> PackRecord:
    """One validated record from cell strings; raises PackError naming the row. The image cell's
    files become pictures; web addresses (and files that could not be read) stay as its text."""
    try:
        cell = read_cell(path, line, values.get("image", ""))
        image = "\n".join(cell.kept)
        return PackRecord(
            line=line,
            id=values.get("id", "").strip() or None,
            text=validate.text(values["text"]),
            title=validate.title(values.get("title", "")),
            group=validate.group_path(values.get("group", "")),
            code=validate.code(values.get("code", "")),
            tags=validate.items(split_list(values.get("tags", "")), "tags"),
            questions=validate.items(split_list(values.get("questions", ""), "\n|"), "questions"),
            lang=validate.lang(values.get("lang", "").strip() or "zh-Hans"),
            extra={"image": image} if image else {},
            images=(*embedded, *cell.images),
            notes=cell.notes,
        )
    except ValidationError as exc:
        raise PackError(path, line, str(exc)) from None


def split_list(cell: str, separators: str | None = None) -> list[str]:
    pattern = re.compile(f"[{re.escape(separators)}]") if separators else _LIST_SPLIT
    return [part.strip() for part in pattern.split(cell) if part.strip()]


def unescape(cell: str) -> str:
    """Undo the CSV-injection escape: "'=SUM(A1)" was written for the text "=SUM(A1)"."""
    return _ESCAPED.sub("", cell, count=1)
