"""Refuse hostile input before parsing it: oversized files and zip bombs (xlsx and docx are zips).

The checks read only sizes (the file's, and the uncompressed sizes the zip directory declares),
so a 50 MB file or a 10 GB bomb costs nothing to refuse.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from phrasebook.errors import PackError
from phrasebook.pack import MAX_PACK_BYTES

#: Uncompressed bytes we will inflate from one xlsx/docx; real phrase sheets are far smaller.
MAX_UNZIPPED_BYTES = 200 * 1024 * 1024
#: A member this much smaller compressed than inflated is a bomb, not a spreadsheet.
MAX_RATIO = 200
MAX_MEMBERS = 10_000


def check_size(path: Path) -> int:
    """The file's size; raises PackError when it is missing or larger than the limit."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise PackError(path, None, f"cannot read the file: {exc.strerror}") from exc
    if size > MAX_PACK_BYTES:
        raise PackError(path, None, f"file is {size:,} bytes; the limit is {MAX_PACK_BYTES:,}")
    return size


def check_zip(path: Path, kind: str) -> None:
    """Refuse a damaged zip or one that would inflate beyond the limits (a zip bomb)."""
    check_size(path)
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        reason = f"not a valid {kind} file (damaged or another format): {exc}"
        raise PackError(path, None, reason) from None
    if len(members) > MAX_MEMBERS:
        raise PackError(path, None, f"{len(members):,} parts inside; refused as hostile")
    total = sum(m.file_size for m in members)
    if total > MAX_UNZIPPED_BYTES:
        raise PackError(
            path, None, f"would unpack to {total:,} bytes (limit {MAX_UNZIPPED_BYTES:,}); refused"
        )
    for member in members:
        if member.file_size > 1024 * 1024 and member.file_size > MAX_RATIO * max(
            member.compress_size, 1
        ):
            raise PackError(path, None, f"{member.filename} is a zip bomb; refused")
