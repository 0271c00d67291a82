"""Writing phrases in the formats phrasebook.importing reads, so they can go out and come back.

    write(path, phrases, extras)            # format from the file name
    write(path, phrases, extras, "xlsx")

Formats: "pack", "csv", "xlsx", "ime", "document" (Markdown), "espanso", "textexpander". Every
writer writes a temporary file and renames it, so a failed export never leaves half a file.
Spreadsheet cells are escaped against formula injection (cells.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from phrasebook.errors import ValidationError
from phrasebook.exporting.files import disk_full_reported
from phrasebook.exporting.picture_files import ImageReader, with_picture_paths, write_pictures
from phrasebook.exporting.sheet_writers import write_csv, write_textexpander, write_xlsx
from phrasebook.exporting.text_formats import write_espanso, write_ime, write_markdown
from phrasebook.models import Phrase
from phrasebook.pack import phrase_line, write_atomically

Writer = Callable[[Path, list[Phrase], dict[str, dict[str, Any]]], None]
_SUFFIXES = {
    ".jsonl": "pack",
    ".json": "pack",
    ".csv": "csv",
    ".xlsx": "xlsx",
    ".txt": "ime",
    ".md": "document",
    ".markdown": "document",
    ".yml": "espanso",
    ".yaml": "espanso",
}


def _write_pack(path: Path, phrases: list[Phrase], extras: dict[str, dict[str, Any]]) -> None:
    write_atomically(path, (phrase_line(p, extras.get(p.id, {})) for p in phrases))


def _pack_with_pictures(
    path: Path, phrases: list[Phrase], extras: dict[str, dict[str, Any]], read: ImageReader
) -> None:
    """A pack whose lines carry their pictures (base64), read one phrase at a time."""
    lines = (
        phrase_line(p, extras.get(p.id, {}), ((i.name, i.type, read(i.hash)) for i in p.images))
        for p in phrases
    )
    write_atomically(path, lines)


WRITERS: dict[str, Writer] = {
    "pack": _write_pack,
    "csv": write_csv,
    "xlsx": write_xlsx,
    "ime": write_ime,
    "document": write_markdown,
    "espanso": write_espanso,
    "textexpander": write_textexpander,
}


def format_for(path: Path) -> str:
    fmt = _SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        raise ValidationError(
            f"cannot tell the format from {path.name!r}; choose one of {', '.join(WRITERS)}"
        )
    return fmt


def write(
    path: Path,
    phrases: Iterable[Phrase],
    extras: dict[str, dict[str, Any]],
    format: str | None = None,  # noqa: A002 - the CLI's --format
    image_bytes: ImageReader | None = None,
) -> None:
    """Write `phrases` to `path` in `format` (default: from the file name).

    With `image_bytes` (reads a picture by hash), pictures go along: inside a pack, or as
    files in a folder beside a csv/xlsx sheet named in its 图片 column. Other formats have no
    place for pictures.
    """
    fmt = format or format_for(path)
    if fmt not in WRITERS:
        raise ValidationError(f"unknown format {fmt!r}; choose one of {', '.join(WRITERS)}")
    chosen = list(phrases)
    with disk_full_reported(path):  # the writers leave no partial file behind
        if image_bytes is not None and fmt == "pack":
            _pack_with_pictures(path, chosen, extras, image_bytes)
            return
        if image_bytes is not None and fmt in ("csv", "xlsx"):
            paths = write_pictures(path, chosen, image_bytes)
            extras = with_picture_paths(chosen, extras, paths)
        WRITERS[fmt](path, chosen, extras)


__all__ = ["WRITERS", "format_for", "write"]
