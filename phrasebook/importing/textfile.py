"""Decode text files the way Chinese and Korean agents save them: UTF-8 (with or without BOM),
UTF-16 with BOM, GBK/GB18030 (Chinese Excel's "CSV"), Big5 and CP949 via charset-normalizer.

A file we cannot decode confidently is refused with a hint, never imported as mojibake.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from charset_normalizer import from_bytes

from phrasebook.errors import PackError
from phrasebook.importing.limits import check_size

#: Encodings charset-normalizer may choose between for non-UTF-8 files.
LEGACY = ("gb18030", "big5", "cp949", "utf_16")
HINT = "save it as 'CSV UTF-8' (Excel) or UTF-8 text, or name the encoding"


def read_text(path: Path, encoding: str | None = None) -> tuple[str, str]:
    """The file's text and the encoding used; raises PackError with a hint when unsure."""
    check_size(path)
    data = path.read_bytes()
    if encoding:
        return _decode(path, data, encoding), encoding
    for bom, name in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return _decode(path, data, name), name
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:  # Chinese Excel's default; strict, so random bytes fail here rather than later
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data, cp_isolation=list(LEGACY)).best()
    if best is None or best.chaos > 0.2:
        raise PackError(path, None, f"the text encoding could not be recognised; {HINT}")
    return str(best), best.encoding


def _decode(path: Path, data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise PackError(path, None, f"not {encoding} text ({exc}); {HINT}") from None
