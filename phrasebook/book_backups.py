"""Backups of the open book and restoring one into it (the files: phrasebook.db.backups)."""

from __future__ import annotations

from pathlib import Path

from phrasebook.db import backups, file_holders, storage
from phrasebook.db.backups import RestoreDiff
from phrasebook.store import Store


class BookBackups:
    """Backups of one open phrasebook (`book.backup`, `book.backups`, `book.restore`...)."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def backup(self, kind: str = "manual") -> Path:
        """Save a consistent copy in the backups folder; returns its path."""
        return backups.make_backup(self._store.db.conn, self._store.path, kind, self._store.wall())

    def listed(self) -> list[Path]:
        return backups.list_backups(self._store.path)

    def restore_preview(self, backup: str | Path) -> RestoreDiff:
        """What restoring `backup` would take away (phrases added or edited since, uses...)."""
        source = backups.resolve(self._store.path, str(backup))
        with backups.verified(source) as checked:
            return backups.compare(self._store.db.conn, checked)

    def restore_contents(self, backup: str | Path, *, force: bool = False) -> Path:
        """Replace the file's content with a backup's, the current state backed up first;
        returns that safety copy. The caller re-reads the caches (and starts a sync epoch).

        Refused (BusyDatabaseError) while another process has the book open, unless `force`.
        """
        path = self._store.path
        file_holders.refuse_if_shared(path, force, "restore a backup into it")
        source = backups.resolve(path, str(backup))
        with backups.verified(source) as checked:  # refuse a bad backup before changing anything
            safety = backups.replace_contents(self._store.db.conn, checked, self._safety_copy)
        assert safety is not None
        return safety

    def _safety_copy(self) -> Path:
        """A pre-restore backup read through a second connection: the first one holds the write
        lock (and a backup from a connection inside a transaction would wait on itself)."""
        reader = storage.connect(self._store.path, read_only=True)
        try:
            return backups.make_backup(reader, self._store.path, "pre-restore", self._store.wall())
        finally:
            reader.close()
