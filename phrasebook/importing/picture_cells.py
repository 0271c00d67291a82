"""The 图片 column of a 千牛-style sheet: a picture file beside the sheet, or a web address.

A file named relative to the sheet (``图片/尺码表.png``) is read and checked like any picture; a
web address is kept as a link and never fetched (the importing computer must not reach out to
whatever a sheet names). A cell may name several, one per line or separated by ``|`` (or, by
hand, ``;`` ``,`` ``、``). A path
leading out of the sheet's folder (absolute, or through ``..``) is not read: a hostile sheet
must not pull private pictures from elsewhere on the disk into a shared book.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from phrasebook.errors import ValidationError
from phrasebook.image_check import CheckedImage, read_image_file

_SPLIT = re.compile(r"[\n|]")
#: Separators people also type between names (a name holding one is still read whole).
_LOOSE_SPLIT = re.compile(r"[;；,，、]")
_URL = re.compile(r"^https?://", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class CellPictures:
    """What one 图片 cell gave: pictures read, text kept as written (links), notes."""

    images: tuple[CheckedImage, ...] = ()
    kept: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()


def read_cell(sheet: Path, line: int, cell: str) -> CellPictures:
    """The pictures and links one cell names (a blank cell costs nothing)."""
    if not cell.strip():
        return CellPictures()
    images: list[CheckedImage] = []
    kept: list[str] = []
    notes: list[str] = []
    folder = sheet.parent.resolve()
    for item in _items(folder, cell):
        if _URL.match(item):
            kept.append(item)  # a link, shown as such; nothing is fetched
            continue
        target = (folder / item).resolve()
        if not target.is_relative_to(folder):
            kept.append(item)
            notes.append(
                f"row {line}: {item} is outside the sheet's folder; not read (kept as text)"
            )
            continue
        if not target.is_file():
            kept.append(item)
            notes.append(f"row {line}: picture {item} not found beside the sheet (kept as text)")
            continue
        try:
            images.append(read_image_file(target))
        except ValidationError as exc:
            kept.append(item)
            notes.append(f"row {line}: picture left out: {exc}")
    return CellPictures(tuple(images), tuple(kept), tuple(notes))


def _items(folder: Path, cell: str) -> list[str]:
    """The names and links in a cell: one per line or between ``|``; a part naming no file
    is tried again split at ``;`` ``,`` ``、`` (and their full-width forms), which sheets
    written by hand use too."""
    found: list[str] = []
    for part in (p.strip() for p in _SPLIT.split(cell)):
        if not part:
            continue
        pieces = [p.strip() for p in _LOOSE_SPLIT.split(part) if p.strip()]
        whole = _URL.match(part) or (folder / part).is_file() or len(pieces) < 2
        found.extend([part] if whole else pieces)
    return found
