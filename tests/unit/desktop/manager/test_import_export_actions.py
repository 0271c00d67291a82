"""The manager's Import…/Export… actions go through the core's importers and exporters."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QFileDialog

from desktop.manager.manager_window import ManagerWindow
from phrasebook import Phrasebook

# The offscreen platform cannot resize native windows; it says so, harmlessly.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


def _choose(dialog: QFileDialog, path: Path) -> QFileDialog.DialogCode:
    """What the agent does in our (non-native) save dialog: type a name, press Save."""
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setDirectory(str(path.parent))
    dialog.selectFile(path.name)
    dialog.accept()
    return QFileDialog.DialogCode.Accepted


def test_export_writes_the_chosen_spreadsheet(
    manager: ManagerWindow, team_book: Phrasebook, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "话术.xlsx"
    monkeypatch.setattr(QFileDialog, "exec", lambda self: _choose(self, tmp_path / "话术"))
    manager.export_action.trigger()  # typed without a suffix: the chosen type's is added
    rows = list(openpyxl.load_workbook(target).active.iter_rows(values_only=True))
    texts = {p.text for p in team_book.phrases()}
    assert len(rows) == len(texts) + 1  # header row plus one row per phrase
    assert texts <= {cell for row in rows for cell in row}


def test_export_cancelled_writes_nothing(
    manager: ManagerWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "exec", lambda self: QFileDialog.DialogCode.Rejected)
    manager.export_action.trigger()
    assert list(tmp_path.glob("*.xlsx")) == []


def test_import_action_opens_the_preview_for_the_chosen_file(
    manager: ManagerWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = []
    monkeypatch.setattr(
        "desktop.import_dialog.choose_and_import", lambda book, parent: calls.append(book)
    )
    manager.import_action.trigger()
    assert calls == [manager.book]
