"""What the agent sees when her phrasebook is damaged: salvage it, restore a backup, or quit.

Only real damage reaches this dialog (a busy, read-only or full disk has its own message and
never suggests replacing the file). Salvage copies every readable row into a fresh book and
keeps the damaged file in the backups folder; restore puts the newest backup in its place.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.diagnostics import private
from desktop.i18n import Translations, language_for
from phrasebook import (
    CorruptDatabaseError,
    PhrasebookError,
    list_backups_of,
    restore_latest_over_damaged,
    salvage_in_place,
)


class RepairDialog(QMessageBox):
    """Asks what to do with a damaged phrasebook; `repair()` does it and says what happened."""

    def __init__(self, path: Path, error: CorruptDatabaseError, parent: QWidget | None = None):
        super().__init__(parent)
        self.path = path
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(self.tr("QuickReply"))
        self.setText(self.tr("The phrasebook file is damaged."))
        self.setInformativeText(
            self.tr(
                "Salvage copies every phrase that can still be read into a fresh phrasebook; "
                "the damaged file is kept in the backups folder. Details: {error}"
            ).replace("{error}", private(_detail(error.reason))[:300])
        )
        self.salvage_button = self.addButton(self.tr("Salvage"), QMessageBox.ButtonRole.AcceptRole)
        self.restore_button = None
        if list_backups_of(path):
            self.restore_button = self.addButton(
                self.tr("Restore the latest backup"), QMessageBox.ButtonRole.ActionRole
            )
        self.addButton(self.tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.salvage_button)

    def repair(self) -> str | None:
        """Salvage into place; the summary for the agent, or None when it could not be done."""
        try:
            report, kept = salvage_in_place(self.path)
        except (OSError, PhrasebookError) as exc:
            QMessageBox.warning(self, self.tr("QuickReply"), str(exc))
            return None
        summary = (
            self.tr("Salvaged: {summary}. The damaged file was kept as {kept}.")
            .replace("{summary}", report.summary())
            .replace("{kept}", private(kept))
        )
        QMessageBox.information(None, self.tr("QuickReply"), summary)
        return summary

    def restore_latest(self) -> str | None:
        """Put the newest backup in place; the summary, or None when it could not be done."""
        try:
            source, kept = restore_latest_over_damaged(self.path)
        except (OSError, PhrasebookError) as exc:
            QMessageBox.warning(self, self.tr("QuickReply"), str(exc))
            return None
        summary = (
            self.tr(
                "Restored the backup {backup}. Changes made after it are not in it; the "
                "damaged file was kept as {kept}."
            )
            .replace("{backup}", source.name)
            .replace("{kept}", private(kept))
        )
        QMessageBox.information(None, self.tr("QuickReply"), summary)
        return summary


def _detail(reason: str) -> str:
    """The cause without the command-line advice that follows it."""
    for cut in ("; it was left untouched", "; `phrasebook"):
        reason = reason.split(cut, 1)[0]
    return reason


def offer_repair(path: Path, error: CorruptDatabaseError) -> bool:
    """Show the dialog at start; True when the book was repaired and can be opened again.

    It runs before the app (which installs the language the book's settings name), so it
    speaks the language the app uses when nothing is set: the system's, else Chinese.
    """
    translations = Translations()
    translations.apply(language_for(None))
    try:
        return _ask_and_repair(path, error)
    finally:
        translations.remove()  # the app installs its own


def _ask_and_repair(path: Path, error: CorruptDatabaseError) -> bool:
    dialog = RepairDialog(path, error)
    dialog.exec()
    clicked = dialog.clickedButton()
    if clicked is dialog.salvage_button:
        return dialog.repair() is not None
    if dialog.restore_button is not None and clicked is dialog.restore_button:
        return dialog.restore_latest() is not None
    return False
