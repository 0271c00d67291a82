"""Settings that belong to this computer, not to the phrasebook: kept in QSettings.

Where the phrasebook file lives is the main one: it must be known *before* a phrasebook can be
opened, and another computer has other folders.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from platformdirs import PlatformDirs
from PySide6.QtCore import QSettings

from desktop import setting_keys
from phrasebook import Phrasebook
from phrasebook.paths import APP_NAME, DB_ENV, DB_FILENAME, choose_location, chosen_location


def machine_settings() -> QSettings:
    """An INI file in the per-user config folder (looked up on each call: tests redirect it).

    An explicit file rather than QSettings' own location, which Qt caches for the process.
    """
    folder = Path(PlatformDirs(APP_NAME, appauthor=False).user_config_dir)
    return QSettings(str(folder / "machine.ini"), QSettings.Format.IniFormat)


def chosen_db_path() -> str | None:
    """The phrasebook file picked in settings, unless $QUICKREPLY_DB overrides it.

    The choice lives in the core's location file, which the `phrasebook` command reads too; a
    choice an older version kept in QSettings is moved there once.
    """
    if os.environ.get(DB_ENV):
        return None
    settings = machine_settings()
    older = settings.value(setting_keys.DB_PATH)
    if older:
        if chosen_location() is None:
            choose_location(Path(str(older)))
        settings.remove(setting_keys.DB_PATH)
        settings.sync()
    chosen = chosen_location()
    return str(chosen) if chosen else None


def choose_db_path(path: Path | None) -> None:
    """Use `path` from now on, in the app and the `phrasebook` command (None: the default)."""
    choose_location(path)


def copy_to_folder(book: Phrasebook, folder: Path) -> Path:
    """A consistent copy of the open phrasebook in `folder` (the core's live backup, moved).

    An existing phrasebook there is kept and used instead (e.g. a synced folder set up on
    another computer), so nothing is ever overwritten.
    """
    target = folder / DB_FILENAME
    if target.exists():
        return target
    folder.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".partial")
    shutil.move(book.backup("move"), partial)  # across drives a copy; never a half file there
    partial.replace(target)
    return target
