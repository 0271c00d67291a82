"""A daily backup that cannot be written (a full disk) is logged; the app goes on starting."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.settings.backup_schedule import BackupScheduler
from phrasebook import DiskFullError, Phrasebook


def test_a_full_disk_at_the_daily_backup_does_not_stop_the_app(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    with Phrasebook.open(tmp_path / "b.db", auto_backup=False) as book:
        book.add("亲，在的")

        def full(kind: str = "manual") -> Path:
            raise DiskFullError(book.path, "cannot write it: the disk is full (104 KB free)")

        monkeypatch.setattr(book, "backup", full)
        scheduler = BackupScheduler(book)
        assert scheduler.check() is False
        assert "daily backup failed" in caplog.text
