"""Spreadsheet cells that cannot run: CSV/formula injection escaping (OWASP's advice).

A cell starting with = + - @ (or tab, carriage return) is a formula to Excel, WPS and LibreOffice;
we put an apostrophe in front, which they show as text. A leading apostrophe is doubled so the
reader (importing.columns.unescape) gives back exactly what was written.
"""

from __future__ import annotations

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def escape(cell: str) -> str:
    if cell.startswith(TRIGGERS) or cell.startswith("'") and cell[1:2] in (*TRIGGERS, "'"):
        return f"'{cell}"
    return cell
