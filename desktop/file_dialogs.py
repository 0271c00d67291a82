"""Every file dialog the app shows, built in one place so none of them can break SQLite's locks.

On Linux, closing *any* descriptor of a file drops *every* POSIX lock the process holds on it
(SQLite's "how to corrupt a database file", section 2.2). Qt's stock dialog sniffs the content of
each file it lists to pick its icon and type (QMimeDatabase, the GTK theme's file icons), so
listing the phrasebook's folder opened and closed `book.db` and `book.db-shm` and silently dropped
the app's locks. Here the dialog is always Qt's own widget (a native GTK dialog would sniff in
our process too), and its icon provider decides by file name only, never opening a file.

Qt's file model writes the "Date Modified" column in the *system* locale (with LANG=C.UTF-8:
"3 12 2026 22:11"), so a proxy writes it in the UI's locale (QLocale(), set by desktop.i18n).

Qt 6 renamed two of the dialog's labels ("&Look in:", "Files of &type:") and its Chinese and
Korean translation files lag behind, so those labels are set from our own translations.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QFileInfo,
    QIdentityProxyModel,
    QLocale,
    QMimeDatabase,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFileIconProvider,
    QFileSystemModel,
    QHeaderView,
    QTreeView,
    QWidget,
)

#: Big enough for the name, size, type and date columns side by side.
DIALOG_SIZE = QSize(860, 520)
NAME_COLUMN_WIDTH = 340


class Purpose(Enum):
    """What the dialog asks for."""

    OPEN = "open"
    SAVE = "save"
    FOLDER = "folder"


class NameOnlyIconProvider(QFileIconProvider):
    """Icons and type names from the file name alone: never opens a file to look inside.

    Qt calls it from its file-information thread too; it only reads the (thread-safe) MIME
    glob database and the style's stock icons.
    """

    def __init__(self) -> None:
        super().__init__()
        self._mime = QMimeDatabase()
        self.setOptions(QAbstractFileIconProvider.Option.DontUseCustomDirectoryIcons)

    def icon(self, target: QFileInfo | QAbstractFileIconProvider.IconType) -> QIcon:
        if isinstance(target, QAbstractFileIconProvider.IconType):
            return super().icon(target)
        kind = QAbstractFileIconProvider.IconType
        if target.isDir():
            return super().icon(kind.Folder)
        mime = self._mime.mimeTypeForFile(target, QMimeDatabase.MatchMode.MatchExtension)
        fallback = super().icon(kind.File)
        return QIcon.fromTheme(mime.iconName(), QIcon.fromTheme(mime.genericIconName(), fallback))

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return QCoreApplication.translate("FileDialogs", "Folder")
        mime = self._mime.mimeTypeForFile(info, QMimeDatabase.MatchMode.MatchExtension)
        return mime.comment() or mime.name()


class LocaleDates(QIdentityProxyModel):
    """The file model as is, but its date column in the UI's locale, not the system's."""

    DATE_COLUMN = 3

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        source = self.sourceModel()
        if (
            role == Qt.ItemDataRole.DisplayRole
            and index.column() == self.DATE_COLUMN
            and isinstance(source, QFileSystemModel)
        ):
            modified = source.lastModified(self.mapToSource(index))
            if modified.isValid():
                return QLocale().toString(modified, QLocale.FormatType.ShortFormat)
        return super().data(index, role)


_PROVIDER: list[NameOnlyIconProvider] = []


def _icon_provider() -> NameOnlyIconProvider:
    """One provider for the app's lifetime: a dialog does not own its provider, and its
    file-information thread may still use it after the dialog's Python object is gone."""
    if not _PROVIDER:
        _PROVIDER.append(NameOnlyIconProvider())
    return _PROVIDER[0]


def file_dialog(
    parent: QWidget | None,
    title: str,
    purpose: Purpose,
    directory: str = "",
    filters: str = "",
) -> QFileDialog:
    """The one constructor of our file dialogs: Qt's widget, name-only types, readable columns."""
    dialog = QFileDialog(parent, title, directory, filters)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # a native one sniffs in-process
    dialog.setOption(QFileDialog.Option.DontUseCustomDirectoryIcons)
    dialog.setIconProvider(_icon_provider())
    dialog.setProxyModel(LocaleDates(dialog))
    if purpose is Purpose.SAVE:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    elif purpose is Purpose.FOLDER:
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    look_in = QCoreApplication.translate("FileDialogs", "Look in:")
    dialog.setLabelText(QFileDialog.DialogLabel.LookIn, look_in)
    file_type = QCoreApplication.translate("FileDialogs", "Files of type:")
    dialog.setLabelText(QFileDialog.DialogLabel.FileType, file_type)
    dialog.resize(DIALOG_SIZE)
    _widen_columns(dialog)
    return dialog


def _widen_columns(dialog: QFileDialog) -> None:
    view = dialog.findChild(QTreeView)
    if view is None:
        return
    header = view.header()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.resizeSection(0, NAME_COLUMN_WIDTH)
    for column in range(1, header.count()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(False)


def _ask(dialog: QFileDialog) -> str | None:
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    chosen = dialog.selectedFiles()
    dialog.deleteLater()  # a parented dialog would otherwise live on, hidden, with its model
    return chosen[0] if accepted and chosen else None


def ask_open_file(
    parent: QWidget | None, title: str, filters: str, directory: str = ""
) -> str | None:
    """An existing file the agent picked, or None when cancelled."""
    return _ask(file_dialog(parent, title, Purpose.OPEN, directory, filters))


def ask_open_files(
    parent: QWidget | None, title: str, filters: str, directory: str = ""
) -> list[str]:
    """The existing files the agent picked (several with Ctrl/Shift), or [] when cancelled."""
    dialog = file_dialog(parent, title, Purpose.OPEN, directory, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    chosen = dialog.selectedFiles()
    dialog.deleteLater()
    return list(chosen) if accepted else []


def ask_save_file(
    parent: QWidget | None, title: str, filters: str, directory: str = ""
) -> str | None:
    """A file name to write (the filter's extension added when typed without one), or None."""
    dialog = file_dialog(parent, title, Purpose.SAVE, directory, filters)
    dialog.filterSelected.connect(lambda chosen: dialog.setDefaultSuffix(_suffix(chosen)))
    dialog.setDefaultSuffix(_suffix(dialog.selectedNameFilter()))
    return _ask(dialog)


def ask_folder(parent: QWidget | None, title: str, directory: str = "") -> str | None:
    """A folder the agent picked, or None when cancelled."""
    return _ask(file_dialog(parent, title, Purpose.FOLDER, directory))


def _suffix(name_filter: str) -> str:
    """ "Excel workbook (*.xlsx)" -> "xlsx"; "" when the filter has no single extension."""
    inside = name_filter.rpartition("(")[2].rstrip(")").split()
    return inside[0].removeprefix("*.") if len(inside) == 1 and inside[0].startswith("*.") else ""
