"""What a reader hands back: the records, and for spreadsheets the columns and their mapping."""

from __future__ import annotations

from dataclasses import dataclass, field

from phrasebook.pack import PackRecord


@dataclass(frozen=True, slots=True)
class Source:
    """A file read into records, before any of them is compared with the phrasebook.

    Attributes:
        format: the reader used ("csv", "xlsx", "ime", "document", "espanso", ...).
        records: validated records in file order.
        headers: the spreadsheet's header row ("" for a headerless column); () for other formats.
        mapping: header -> field actually used ("" for an ignored column).
        notes: things the user should know (encoding used, entries skipped and why).
    """

    format: str
    records: tuple[PackRecord, ...]
    headers: tuple[str, ...] = ()
    mapping: dict[str, str] = field(default_factory=dict)
    notes: tuple[str, ...] = ()
