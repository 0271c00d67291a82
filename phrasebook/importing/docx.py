"""Word (.docx) files read with zipfile and defusedxml: headings and list paragraphs are marked the
way Markdown marks them, so documents.py reads them like any other training document.

No python-docx needed. The zip is size-checked first, and XML carrying a DTD (the only way to
declare entities, hence entity bombs) is refused by defusedxml, in whatever encoding.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
import zipfile
from collections import defaultdict
from pathlib import Path

from phrasebook.errors import PackError, ValidationError
from phrasebook.image_check import CheckedImage
from phrasebook.importing import safe_xml
from phrasebook.importing.limits import check_zip
from phrasebook.importing.xlsx_pictures import read_picture, relationships

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_BLIP = "{http://schemas.openxmlformats.org/drawingml/2006/main}blip"
_EMBED = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}embed"
_IMAGEDATA = "{urn:schemas-microsoft-com:vml}imagedata"  # pictures of Word 2003-era files
_RID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
# English Word names heading styles "Heading1"; Chinese Word's style ids are bare "1", "2"...
_HEADING_STYLE = re.compile(r"^(?:heading|标题|제목)?\s*(\d)$", re.IGNORECASE)


def docx_lines(path: Path) -> list[str]:
    """The document's paragraphs as lines: '## name' for headings, '- text' for list items."""
    check_zip(path, "Word (.docx)")
    try:
        with zipfile.ZipFile(path) as archive:
            xml = archive.read("word/document.xml")
    except KeyError:
        raise PackError(path, None, "not a Word document (no word/document.xml inside)") from None
    except (zipfile.BadZipFile, OSError) as exc:
        raise PackError(path, None, f"damaged Word document ({exc})") from None
    root = safe_xml.parse(path, "word/document.xml", xml)
    return [_line(p) for p in root.iter(f"{W}p")]


def docx_pictures(path: Path) -> tuple[dict[int, list[CheckedImage]], tuple[str, ...]]:
    """Pictures by the 1-based number of their paragraph (as `docx_lines` numbers the lines),
    each checked; a note for each one left out. Call after `docx_lines` accepted the file."""
    found: dict[int, list[CheckedImage]] = defaultdict(list)
    notes: list[str] = []
    with zipfile.ZipFile(path) as archive:
        root = safe_xml.parse(path, "word/document.xml", archive.read("word/document.xml"))
        rels = relationships(path, archive, "word/document.xml")
        for number, rel_id in _picture_refs(root):
            if rel_id not in rels:
                continue
            try:
                found[number].append(read_picture(archive, rels[rel_id][1]))
            except ValidationError as exc:
                notes.append(f"paragraph {number}: picture left out: {exc}")
    return dict(found), tuple(notes)


def _picture_refs(root: ET.Element) -> list[tuple[int, str]]:
    """(paragraph number, relationship id) of every picture, in document order; a picture
    belongs to the innermost paragraph holding it."""
    refs: list[tuple[int, str]] = []
    count = 0

    def walk(node: ET.Element, paragraph: int) -> None:
        nonlocal count
        for child in node:
            here = paragraph
            if child.tag == f"{W}p":
                count += 1
                here = count
            rel_id = child.get(_EMBED) if child.tag == _BLIP else None
            if child.tag == _IMAGEDATA:
                rel_id = child.get(_RID)
            if rel_id and here:
                refs.append((here, rel_id))
            walk(child, here)

    walk(root, 0)
    return refs


def _line(paragraph: ET.Element) -> str:
    text = "".join(_texts(paragraph))
    props = paragraph.find(f"{W}pPr")
    if props is None or not text.strip():
        return text
    style = props.find(f"{W}pStyle")
    name = (style.get(f"{W}val") or "") if style is not None else ""
    heading = _HEADING_STYLE.match(name.replace("Heading", "heading "))
    if heading or name.lower() == "title":
        return "#" * int(heading.group(1) if heading else 1) + " " + text
    if props.find(f"{W}numPr") is not None or name.lower().startswith("list"):
        return f"- {text}"
    return text


def _texts(paragraph: ET.Element) -> list[str]:
    parts = []
    for node in paragraph.iter():
        if node.tag == f"{W}t":
            parts.append(node.text or "")
        elif node.tag == f"{W}tab":
            parts.append("\t")
        elif node.tag in (f"{W}br", f"{W}cr"):
            parts.append("\n")
    return parts
