"""An xlsx workbook as bytes, built by openpyxl, with its failures turned into one OSError.

openpyxl spools each sheet to a temporary file through lxml while it saves. When that disk is
full, lxml raises its own SerialisationError ("IO_ENOSPC"), and the half-closed spool raises again
as it is garbage-collected ("Exception ignored in ..."). Here both become a single OSError with
the real errno, so the caller reports a full disk like any other.
"""

from __future__ import annotations

import contextlib
import errno
import gc
import io
import os
import sys
from collections.abc import Iterator, Sequence

#: lxml's names for the I/O errors that mean "no room".
_LXML_ERRNO = {"IO_ENOSPC": errno.ENOSPC, "IO_EFBIG": errno.EFBIG, "IO_EDQUOT": errno.EDQUOT}


def xlsx_bytes(sheet_title: str, table: Sequence[Sequence[str]]) -> bytes:
    """One sheet named `sheet_title` holding `table`, as the bytes of an .xlsx file."""
    failure: str | None = None
    buffer = io.BytesIO()
    with _quiet_spool_errors():
        try:
            _save(sheet_title, table, buffer)
        except _spool_errors() as exc:
            failure = str(exc)
        gc.collect()  # the broken spool (held by the failed frames) dies here, quietly
    if failure is not None:
        code = next((n for name, n in _LXML_ERRNO.items() if name in failure), errno.EIO)
        raise OSError(code, os.strerror(code))
    return buffer.getvalue()


def _save(sheet_title: str, table: Sequence[Sequence[str]], buffer: io.BytesIO) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet(sheet_title)
    for row in table:
        sheet.append(list(row))
    book.save(buffer)


def _spool_errors() -> tuple[type[Exception], ...]:
    try:
        from lxml.etree import SerialisationError
    except ImportError:  # openpyxl then writes with the standard library: plain OSErrors
        return ()
    return (SerialisationError,)


@contextlib.contextmanager
def _quiet_spool_errors() -> Iterator[None]:
    """Drop the spool's second error as it is collected; anything else still reaches the hook."""
    previous = sys.unraisablehook
    kinds = _spool_errors()

    def hook(unraisable: sys.UnraisableHookArgs) -> None:
        if not (kinds and isinstance(unraisable.exc_value, kinds)):
            previous(unraisable)

    sys.unraisablehook = hook
    try:
        yield
    finally:
        sys.unraisablehook = previous
