"""Data: where the phrasebook lives, daily backups, and restoring one (with confirmation)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.diagnostics import private
from desktop.file_dialogs import ask_folder
from desktop.settings import machine_settings
from desktop.settings.backup_schedule import BackupSchedule, BackupScheduler
from desktop.settings.page import SettingsPage, hint
from phrasebook import CheckReport, PhrasebookError, check_database
from phrasebook.db import backups


class DataPage(SettingsPage):
    """Folder (open it, or move to another), schedule, backup list, restore.

    Args:
        scheduler: The app's backup scheduler (it knows the open phrasebook).
        switch: Opens a phrasebook file and hands it to the running app (None, or the problem);
            without it, another folder is used from the next start.
    """

    def __init__(
        self,
        scheduler: BackupScheduler,
        switch: Callable[[Path], str | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.scheduler, self._switch = scheduler, switch
        self.book = scheduler.book
        outer = QVBoxLayout(self)
        self.folder_box = QGroupBox(self)
        self.path = QLabel(private(self.book.path), self.folder_box)
        self.path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button, self.move_button = QPushButton(self), QPushButton(self)
        self.check_button = QPushButton(self)
        self.folder_hint = hint(self)
        folder = QVBoxLayout(self.folder_box)
        folder.addWidget(self.path)
        folder.addLayout(_row(self.open_button, self.move_button, self.check_button))
        folder.addWidget(self.folder_hint)
        outer.addWidget(self.folder_box)
        outer.addWidget(self._build_backups())
        self.open_button.clicked.connect(self.open_folder)
        self.move_button.clicked.connect(self.choose_folder)
        self.check_button.clicked.connect(self._check_clicked)
        self.refresh()
        self.retranslate()

    def _build_backups(self) -> QGroupBox:
        self.backup_box = QGroupBox(self)
        schedule = self.scheduler.schedule
        self.daily = QCheckBox(self.backup_box)
        self.daily.setChecked(schedule.daily)
        self.keep = QSpinBox(self.backup_box, minimum=1, maximum=backups.KEEP, value=schedule.keep)
        self.keep_label = QLabel(self.backup_box)
        self.list = QListWidget(self.backup_box)
        self.backup_button, self.restore_button = QPushButton(self), QPushButton(self)
        layout = QVBoxLayout(self.backup_box)
        layout.addLayout(_row(self.daily, self.keep_label, self.keep))
        layout.addWidget(self.list)
        layout.addLayout(_row(self.backup_button, self.restore_button))
        self.daily.toggled.connect(lambda _: self.save_schedule())
        self.keep.valueChanged.connect(lambda _: self.save_schedule())
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.list.currentRowChanged.connect(lambda row: self.restore_button.setEnabled(row >= 0))
        return self.backup_box

    def title(self) -> str:
        return self.tr("Data and backups")

    def retranslate(self) -> None:
        self.folder_box.setTitle(self.tr("Phrasebook file"))
        self.open_button.setText(self.tr("Open folder"))
        self.move_button.setText(self.tr("Use another folder…"))
        self.check_button.setText(self.tr("Check for damage"))
        self.check_button.setToolTip(
            self.tr("A full integrity check of the phrasebook file; it changes nothing.")
        )
        chosen = machine_settings.chosen_db_path()
        if chosen and Path(chosen) != self.book.path:
            self.folder_hint.setText(
                self.tr("From the next start: {path}").replace("{path}", private(chosen))
            )
        elif self._switch is not None:
            self.folder_hint.setText(
                self.tr(
                    "Another folder takes effect at once: the phrasebook is copied there (or the "
                    "one already there is used). Backups are kept in the backups folder beside it."
                )
            )
        else:
            self.folder_hint.setText(self.tr("Backups are kept in the backups folder beside it."))
        self.backup_box.setTitle(self.tr("Backups"))
        self.daily.setText(self.tr("Back up every day"))
        self.keep_label.setText(self.tr("Keep"))
        self.keep.setSuffix(self.tr(" days"))
        self.backup_button.setText(self.tr("Back up now"))
        self.restore_button.setText(self.tr("Restore…"))

    def refresh(self) -> None:
        """Reload the backup list, newest first."""
        self.list.clear()
        for path in self.book.backups():
            name = backups.parse_name(self.book.path, path)
            when = datetime.strptime(name.stamp, "%Y%m%d-%H%M%S") if name else None
            label = f"{when:%Y-%m-%d %H:%M}" if when else path.name
            item = QListWidgetItem(f"{label}   {self._kind(name.kind if name else '')}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(f"{path.name} ({path.stat().st_size // 1024} KiB)")
            self.list.addItem(item)
        self.restore_button.setEnabled(self.list.currentRow() >= 0)

    def _kind(self, kind: str) -> str:
        names = {
            "daily": self.tr("daily"),
            "manual": self.tr("manual"),
            "pre-restore": self.tr("before a restore"),
            "pre-migration": self.tr("before an upgrade"),
        }
        return names.get(kind, kind)

    def save_schedule(self) -> None:
        self.scheduler.set_schedule(BackupSchedule(self.daily.isChecked(), self.keep.value()))
        self.refresh()

    def back_up_now(self) -> None:
        self.book.backup("manual")
        self.refresh()

    def restore_selected(self, confirm: bool = True) -> bool:
        """Ask (saying what the backup lacks), then replace the phrasebook with the backup."""
        item = self.list.currentItem()
        if item is None:
            return False
        backup = str(item.data(Qt.ItemDataRole.UserRole))
        question = self.tr(
            "Replace all phrases with the backup from {when}? The current phrases are backed "
            "up first, so this can be undone."
        ).replace("{when}", item.text().split("   ")[0])
        try:
            lacking = self.book.restore_preview(backup)
        except PhrasebookError as exc:
            QMessageBox.warning(self, self.tr("Restore backup"), str(exc))
            return False
        if lacking.anything:
            question += "\n\n" + self.tr(
                "Not in this backup: {added} added and {edited} edited phrases, {uses} "
                "insertions, {notes} notebook entries. They stay in the copy made before "
                "restoring."
            ).replace("{added}", str(lacking.new_phrases)).replace(
                "{edited}", str(lacking.edited_phrases)
            ).replace("{uses}", str(lacking.uses)).replace("{notes}", str(lacking.notebook_entries))
        if confirm and QMessageBox.question(self, self.tr("Restore backup"), question) != (
            QMessageBox.StandardButton.Yes
        ):
            return False
        try:
            self.book.restore(backup)
        except PhrasebookError as exc:
            QMessageBox.warning(self, self.tr("Restore backup"), str(exc))
            return False
        self.refresh()
        return True

    def _check_clicked(self) -> None:
        self.check_database()

    def check_database(self, show: bool = True) -> CheckReport:
        """A full integrity check through a second, read-only connection; says the result."""
        report = check_database(self.book.path)
        if report.ok:
            text = self.tr("No damage found: the integrity check passed and all text is readable.")
        elif report.index_only:
            text = self.tr(
                "An index is damaged. It is rebuilt the next time QuickReply starts (a copy of "
                "the file is kept first)."
            )
        else:
            text = self.tr(
                "The phrasebook file is damaged ({detail}). Quit QuickReply and start it again: "
                "it offers to salvage every phrase that can still be read."
            ).replace("{detail}", (report.problems or report.undecodable)[0][:200])
        if show:
            box = QMessageBox.information if report.ok else QMessageBox.warning
            box(self, self.tr("Check for damage"), text)
        return report

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.book.path.parent)))

    def choose_folder(self, folder: str | None = None) -> Path | None:
        """Copy the phrasebook into another folder (a phrasebook already there is kept) and
        switch the running app to it; without a `switch`, from the next start."""
        folder = folder or ask_folder(
            self, self.tr("Folder for the phrasebook"), str(self.book.path.parent)
        )
        if not folder:
            return None
        target = machine_settings.copy_to_folder(self.book, Path(folder))
        if self._switch is None or target == self.book.path:
            machine_settings.choose_db_path(None if target == self.book.path else target)
            self.retranslate()
            return target
        error = self._switch(target)  # this page is rebuilt on the new book when it worked
        if error:
            QMessageBox.warning(self, self.tr("Use another folder"), error)
            return None
        return target


def _row(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row
