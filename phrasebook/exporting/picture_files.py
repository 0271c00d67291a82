"""Pictures of exported replies written as files beside the sheet, as 千牛's 图片 column wants:
the column names each picture by its path relative to the sheet (``报价-图片/尺码表.png``).

The pictures are written before the sheet, so a sheet never names a file that is not there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from phrasebook.exporting.files import write_bytes
from phrasebook.image_check import safe_name
from phrasebook.models import Phrase

#: Reads a picture's bytes by hash (the book's `image_bytes`).
ImageReader = Callable[[str], bytes]


def picture_folder(sheet: Path) -> Path:
    return sheet.with_name(f"{sheet.stem}-图片")


def write_pictures(
    sheet: Path, phrases: Iterable[Phrase], read: ImageReader
) -> dict[str, list[str]]:
    """Write every phrase's pictures into the folder beside `sheet`; phrase id -> their paths
    relative to the sheet, in order. Two different pictures of one name get distinct names."""
    folder = picture_folder(sheet)
    names: dict[str, str] = {}  # hash -> file name
    taken: set[str] = set()
    paths: dict[str, list[str]] = {}
    for phrase in phrases:
        for image in phrase.images:
            if image.hash not in names:
                name = safe_name(image.name, image.type, image.hash)
                if name.lower() in taken:
                    stem, dot, ext = name.rpartition(".")
                    name = f"{stem or ext}-{image.hash[:8]}{dot}{ext if stem else ''}"
                folder.mkdir(parents=True, exist_ok=True)
                write_bytes(folder / name, read(image.hash))
                names[image.hash] = name
                taken.add(name.lower())
            paths.setdefault(phrase.id, []).append(f"{folder.name}/{names[image.hash]}")
    return paths


def with_picture_paths(
    phrases: list[Phrase], extras: dict[str, dict[str, Any]], paths: dict[str, list[str]]
) -> dict[str, dict[str, Any]]:
    """The extras with each phrase's 图片 cell: its picture paths, then its kept links."""
    merged = dict(extras)
    for phrase in phrases:
        if phrase.id in paths:
            extra = dict(extras.get(phrase.id, {}))
            kept = str(extra.get("image", "")).strip()
            extra["image"] = "\n".join([*paths[phrase.id], *([kept] if kept else [])])
            merged[phrase.id] = extra
    return merged
