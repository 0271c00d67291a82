"""Exceptions the core raises, so callers can catch one family and show its message.

Every message is written for the person at the keyboard: it names the file, line or field and
says what to do. The tree::

    PhrasebookError
    ├── DatabaseError              the SQLite file cannot be used
    │   ├── CorruptDatabaseError   not SQLite, truncated, or damaged
    │   ├── ForeignDatabaseError   a SQLite file, but not a QuickReply phrasebook
    │   └── NewerSchemaError       written by a newer QuickReply; refused, never changed
    ├── NotFoundError              no phrase/group/backup with that id or name
    ├── ValidationError            a value the phrasebook will not store (e.g. a 1 MB phrase)
    │   └── RoleError              a team phrase only a supervisor may change (says how to propose)
    └── PackError                  an import file is malformed (file, line and reason)
"""

from __future__ import annotations

from pathlib import Path


class PhrasebookError(Exception):
    """Base of every error the core raises on purpose."""


class DatabaseError(PhrasebookError):
    """The database file cannot be opened or used."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{path}: {reason}")


class CorruptDatabaseError(DatabaseError):
    """The file is not a readable SQLite database; it was left untouched."""


class ForeignDatabaseError(DatabaseError):
    """The file is SQLite but holds some other program's data; it was left untouched."""


class NewerSchemaError(DatabaseError):
    """The file was written by a newer QuickReply; opening it here could damage it."""


class NotFoundError(PhrasebookError, KeyError):
    """No record with that id (or name)."""

    def __str__(self) -> str:  # KeyError quotes its message; we want it plain
        return str(self.args[0]) if self.args else ""


class ValidationError(PhrasebookError, ValueError):
    """A value the phrasebook refuses to store; nothing was written."""


class PackError(PhrasebookError):
    """An import file is malformed; nothing from it was written."""

    def __init__(self, path: Path | str, line: int | None, reason: str) -> None:
        self.path = Path(path)
        self.line = line
        self.reason = reason
        where = f"{path}:{line}" if line is not None else str(path)
        super().__init__(f"{where}: {reason}")


class RoleError(ValidationError):
    """A change this member's role does not allow (an agent editing a team phrase's title...)."""
