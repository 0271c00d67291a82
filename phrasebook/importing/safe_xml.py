"""The XML inside xlsx and docx files, read with defusedxml: a document type declaration (the only
place entities, hence entity bombs and external entities, can be declared) is refused.

Searching the bytes for "<!DOCTYPE" misses a UTF-16 (or UTF-32, or EBCDIC) document; the XML
parser decodes first, so the check holds in every encoding.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path
from typing import IO

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring, iterparse

from phrasebook.errors import PackError

HOSTILE = "declares an XML document type (entities); refused as hostile"


def parse(path: Path, member: str, xml: bytes) -> ET.Element:
    """`xml` (the zip member `member` of `path`) as a tree; PackError when hostile or broken."""
    try:
        root: ET.Element = fromstring(xml, forbid_dtd=True)
    except DefusedXmlException:
        raise PackError(path, None, f"{member} {HOSTILE}") from None
    except ET.ParseError as exc:
        raise PackError(path, None, f"{member} is damaged XML ({exc})") from None
    return root


def check_archive(path: Path, archive: zipfile.ZipFile) -> None:
    """Refuse the file when any XML part of the zip declares a document type.

    Only each part's prologue is parsed: a declaration must come before the root element, so
    parsing stops at the root's first tag.
    """
    for info in archive.infolist():
        if info.filename.endswith((".xml", ".rels", ".vml")):
            with archive.open(info) as stream:
                _check_prologue(path, info.filename, stream)


def _check_prologue(path: Path, member: str, stream: IO[bytes]) -> None:
    try:
        for _event, _element in iterparse(stream, ("start",), forbid_dtd=True):
            return  # the root element began: no document type declaration can follow
    except DefusedXmlException:
        raise PackError(path, None, f"{member} {HOSTILE}") from None
    except ET.ParseError as exc:
        raise PackError(path, None, f"{member} is damaged XML ({exc})") from None
