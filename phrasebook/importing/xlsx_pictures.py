"""Pictures placed over the rows of an Excel sheet (Insert > Picture), found through the
workbook's relationships: sheet -> drawing -> anchored picture -> xl/media file.

A picture belongs to the row its top-left corner is anchored in. The zip was size-checked and
every XML part DTD-checked before this runs (xlsx.py); the parts are parsed with defusedxml, and
each picture goes through the same checks as any other (a bad one becomes a note).
"""

from __future__ import annotations

import posixpath
import xml.etree.ElementTree as ET
import zipfile
from collections import defaultdict
from pathlib import Path

from phrasebook.errors import ValidationError
from phrasebook.image_check import MAX_IMAGE_BYTES, CheckedImage, check_image, mib
from phrasebook.importing import safe_xml

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"
XDR = "{http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_ANCHORS = (f"{XDR}twoCellAnchor", f"{XDR}oneCellAnchor")

Pictures = dict[int, list[CheckedImage]]


def sheet_pictures(path: Path, title: str) -> tuple[Pictures, tuple[str, ...]]:
    """Sheet `title`'s pictures by 1-based row, and a note for each one left out."""
    found: Pictures = defaultdict(list)
    notes: list[str] = []
    with zipfile.ZipFile(path) as archive:
        sheet = _sheet_part(path, archive, title)
        if sheet is None:
            return {}, ()
        for drawing in _targets(path, archive, sheet, "/drawing"):
            for row, member in _anchored(path, archive, drawing):
                try:
                    found[row].append(read_picture(archive, member))
                except ValidationError as exc:
                    notes.append(f"row {row}: picture left out: {exc}")
    return dict(found), tuple(notes)


def read_picture(archive: zipfile.ZipFile, member: str) -> CheckedImage:
    """A picture inside an Office zip, checked (its size is looked at before it is inflated)."""
    try:
        info = archive.getinfo(member)
    except KeyError:
        raise ValidationError(f"{member}: missing from the file") from None
    if info.file_size > MAX_IMAGE_BYTES:
        raise ValidationError(
            f"{member}: the image is {mib(info.file_size)}; the limit per image is "
            f"{mib(MAX_IMAGE_BYTES)}"
        )
    return check_image(archive.read(member), member)


def _xml(path: Path, archive: zipfile.ZipFile, member: str) -> ET.Element | None:
    try:
        data = archive.read(member)
    except KeyError:
        return None
    return safe_xml.parse(path, member, data)


def relationships(path: Path, archive: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str]]:
    """A part's relationships: id -> (type, target member name)."""
    folder, name = posixpath.split(part)
    root = _xml(path, archive, posixpath.join(folder, "_rels", f"{name}.rels"))
    if root is None:
        return {}
    found = {}
    for rel in root.iter(f"{PKG}Relationship"):
        target = rel.get("Target") or ""
        if rel.get("TargetMode") == "External" or not target:
            continue
        member = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
        found[rel.get("Id") or ""] = (rel.get("Type") or "", posixpath.normpath(member))
    return found


def _sheet_part(path: Path, archive: zipfile.ZipFile, title: str) -> str | None:
    root = _xml(path, archive, "xl/workbook.xml")
    if root is None:
        return None
    rels = relationships(path, archive, "xl/workbook.xml")
    for sheet in root.iter(f"{MAIN}sheet"):
        if sheet.get("name") == title:
            return rels.get(sheet.get(f"{REL}id") or "", ("", None))[1]
    return None


def _targets(path: Path, archive: zipfile.ZipFile, part: str, kind: str) -> list[str]:
    return [
        t for rel_type, t in relationships(path, archive, part).values() if rel_type.endswith(kind)
    ]


def _anchored(path: Path, archive: zipfile.ZipFile, drawing: str) -> list[tuple[int, str]]:
    """(1-based row, media member) of each picture in a drawing, top to bottom."""
    root = _xml(path, archive, drawing)
    if root is None:
        return []
    rels = relationships(path, archive, drawing)
    found = []
    for anchor in root:
        if anchor.tag not in _ANCHORS:
            continue
        row = anchor.findtext(f"{XDR}from/{XDR}row")
        blip = anchor.find(f".//{A}blip")
        embed = blip.get(f"{REL}embed") if blip is not None else None
        if row is None or not row.strip().isdigit() or embed not in rels:
            continue
        found.append((int(row) + 1, rels[embed][1]))
    return sorted(found)
