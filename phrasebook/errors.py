"""Exceptions the core raises, so callers can catch one family and show its message.

Every message is written for the person at the keyboard: it names the file, line or field and
says what to do. The tree::

    PhrasebookError
    ├── DatabaseError              the SQLite file cannot be used
    │   ├── CorruptDatabaseError   not SQLite, truncated, or damaged (salvage or restore)
    │   ├── ForeignDatabaseError   a SQLite file, but not a QuickReply phrasebook
    │   ├── NewerSchemaError       written by a newer QuickReply; refused, never changed
    │   ├── BusyDatabaseError      healthy, but another process holds it too long (wait, retry)
    │   ├── ReadOnlyDatabaseError  healthy, but the file or its folder cannot be written
    │   ├── DiskFullError          healthy, but the disk has no room for the write
    │   └── DiskIOError            the disk or share failed a read or write (not damage)
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


class BusyDatabaseError(DatabaseError):
    """Another process kept the file locked past the busy timeout; the file is healthy."""


class ReadOnlyDatabaseError(DatabaseError):
    """The file or its folder cannot be written (permissions, a read-only share or medium)."""


class DiskFullError(DatabaseError):
    """The disk holding the phrasebook is full; nothing was written."""


class DiskIOError(DatabaseError):
    """The operating system reported an I/O error; the write did not happen."""


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
