"""Reading phrases from the places agents keep them: one pure reader per format.

    source = read(path)                      # format guessed from the name and content
    detection = detect(path)                 # for a spreadsheet: columns and proposed mapping
    source = read(path, mapping={"话术": "text"})   # with the user's corrections

Formats: "pack" (our JSON Lines), "csv", "xlsx", "ime" (Sogou/QQ/Baidu ``code,position=phrase``
and Rime), "document" (txt, md, docx training documents), "espanso" (YAML), "textexpander"
(CSV). Every reader validates everything before returning; nothing here touches the phrasebook.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from phrasebook.errors import PackError
from phrasebook.image_check import CheckedImage
from phrasebook.importing import columns, documents
from phrasebook.importing.csv_tables import read_csv, read_textexpander
from phrasebook.importing.docx import docx_lines, docx_pictures
from phrasebook.importing.espanso import read_espanso
from phrasebook.importing.ime import looks_like_ime, read_ime
from phrasebook.importing.source import Source
from phrasebook.importing.textfile import read_text
from phrasebook.importing.xlsx import read_xlsx
from phrasebook.pack import PackRecord, read_pack

FORMATS = ("pack", "csv", "xlsx", "ime", "document", "espanso", "textexpander")
Reader = Callable[[Path, Mapping[str, str] | None], Source]
_SUFFIXES = {
    ".jsonl": "pack",
    ".json": "pack",
    ".csv": "csv",
    ".tsv": "csv",
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
    ".md": "document",
    ".markdown": "document",
    ".docx": "document",
    ".yml": "espanso",
    ".yaml": "espanso",
}


def guess_format(path: Path) -> str:
    """The format for a file: by its name, and for .txt by whether it is an IME phrase list."""
    suffix = path.suffix.lower()
    if suffix in _SUFFIXES:
        return _SUFFIXES[suffix]
    if suffix in (".txt", ".ini", ""):
        return "ime" if looks_like_ime(read_text(path)[0]) else "document"
    raise PackError(path, None, f"unknown file type {suffix!r}; choose one of {', '.join(FORMATS)}")


def read(
    path: str | Path, format: str | None = None, mapping: Mapping[str, str] | None = None
) -> Source:
    """Read a whole file into validated records; raises PackError and writes nothing."""
    path = Path(path)
    fmt = format or guess_format(path)
    if fmt not in READERS:
        raise PackError(path, None, f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if mapping and fmt not in ("csv", "xlsx"):
        raise PackError(path, None, f"a column mapping applies to csv and xlsx, not {fmt}")
    source = READERS[fmt](path, mapping)
    picture_notes = tuple(note for rec in source.records for note in rec.notes)
    if not picture_notes:
        return source
    return dataclasses.replace(source, notes=(*source.notes, *picture_notes))


def detect(path: str | Path, format: str | None = None) -> Source:
    """Like `read` with the proposed mapping; a spreadsheet whose text column is unknown still
    yields its headers (and no records), so the user can map the columns."""
    try:
        return read(path, format)
    except columns.NoTextColumnError as exc:
        fmt = format or guess_format(Path(path))
        headers = _headers(Path(path), fmt)
        return Source(fmt, (), headers, columns.propose(headers), (exc.reason,))


def _headers(path: Path, fmt: str) -> tuple[str, ...]:
    from phrasebook.importing.csv_tables import csv_rows
    from phrasebook.importing.xlsx import sheets

    rows = csv_rows(path)[0] if fmt == "csv" else sheets(path)[0][1]
    return tuple(str(c).strip() for c in (rows[0] if rows else ()))


def _read_pack(path: Path, mapping: Mapping[str, str] | None) -> Source:
    return Source("pack", tuple(read_pack(path)))


def _read_document(path: Path, mapping: Mapping[str, str] | None) -> Source:
    pictures: dict[int, list[CheckedImage]] = {}
    notes: tuple[str, ...] = ()
    if path.suffix.lower() == ".docx":
        lines, markdown = docx_lines(path), True
        pictures, notes = docx_pictures(path)
    else:
        lines, markdown = (
            read_text(path)[0].splitlines(),
            path.suffix.lower() in (".md", ".markdown"),
        )
    found = documents.find_phrases(lines, lists_are_phrases=markdown)
    owned, orphans = _pictures_of(found, pictures)
    recs = [_document_record(path, f, owned.get(i, ())) for i, f in enumerate(found)]
    counted = f"{len(recs)} phrases found"
    return Source("document", tuple(recs), notes=(counted, *notes, *orphans))


def _pictures_of(
    found: list[documents.Found], pictures: Mapping[int, list[CheckedImage]]
) -> tuple[dict[int, list[CheckedImage]], tuple[str, ...]]:
    """Each picture goes to the phrase of its paragraph, or else the nearest phrase above it
    (Word puts a picture in a paragraph of its own under the text it illustrates)."""
    owned: dict[int, list[CheckedImage]] = {}
    orphans: list[str] = []
    lines = [f.line for f in found]
    for line in sorted(pictures):
        index = bisect.bisect_right(lines, line) - 1
        if index < 0:
            orphans.append(f"paragraph {line}: picture above the first phrase; left out")
            continue
        owned.setdefault(index, []).extend(pictures[line])
    return owned, tuple(orphans)


def _document_record(
    path: Path, found: documents.Found, pictures: Sequence[CheckedImage] = ()
) -> PackRecord:
    values = {"text": found.text, "group": found.group, "lang": documents.guess_lang(found.text)}
    return columns.record(path, found.line, values, pictures)


READERS: dict[str, Reader] = {
    "pack": _read_pack,
    "csv": read_csv,
    "xlsx": read_xlsx,
    "ime": read_ime,
    "document": _read_document,
    "espanso": read_espanso,
    "textexpander": read_textexpander,
}

__all__ = ["FORMATS", "Source", "detect", "guess_format", "read"]
