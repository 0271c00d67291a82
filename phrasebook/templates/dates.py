"""Date and time formatting for `{日期:%m月%d日}`, the same on Windows, macOS and Linux.

Formats are checked before use: `datetime.strftime` passes unknown codes through on Linux but
raises on Windows, and "%-d" (no zero padding, as in "3月5日") exists only on glibc. So each
code is formatted on its own, and "%-d" style padding removal is done here, portably.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

DEFAULT_FORMATS = {"date": "%Y-%m-%d", "time": "%H:%M"}

#: The codes every platform's strftime accepts (C89 plus ISO week fields and %f).
_CODES = frozenset("aAbBcdfGHIjmMpSuUVwWxXyYzZ%")
#: Numeric codes that may take the "-" flag to drop zero padding.
_UNPADDABLE = frozenset("dHIjmMSUVWy")
_DIRECTIVE = re.compile(r"%(-?)(.?)", re.DOTALL)

Piece = str | tuple[bool, str]  # literal text, or (unpadded, code)


def parse_format(fmt: str) -> tuple[Piece, ...]:
    """Split a strftime format into literal text and codes.

    Raises:
        ValueError: with a readable reason when a code is unknown or the format has none.
    """
    pieces: list[Piece] = []
    at = 0
    for m in _DIRECTIVE.finditer(fmt):
        flag, code = m.group(1) == "-", m.group(2)
        if code not in _CODES or (flag and code not in _UNPADDABLE):
            raise ValueError(f"unknown code '{m.group(0)}' in format '{fmt}'")
        pieces += [fmt[at : m.start()], (flag, code)]
        at = m.end()
    pieces.append(fmt[at:])
    if not any(isinstance(p, tuple) and p[1] != "%" for p in pieces):
        raise ValueError(f"format '{fmt}' has no %-code such as %d")
    return tuple(p for p in pieces if p != "")


def format_moment(moment: datetime, pieces: tuple[Piece, ...], days: int = 0) -> str:
    """Format `moment` shifted by `days`.

    Raises:
        OverflowError: when the shift leaves the years datetime can hold.
    """
    shifted = moment + timedelta(days=days)
    out = []
    for piece in pieces:
        if isinstance(piece, str):
            out.append(piece)  # user text never reaches strftime, so any character is safe
            continue
        unpadded, code = piece
        text = shifted.strftime("%" + code)
        out.append((text.lstrip("0") or "0") if unpadded else text)
    return "".join(out)
