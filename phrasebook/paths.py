"""Default locations of the user's data, via platformdirs; everything else takes explicit paths."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import PlatformDirs

APP_NAME = "QuickReply"
DB_ENV = "QUICKREPLY_DB"
DB_FILENAME = "phrasebook.db"

_dirs = PlatformDirs(APP_NAME, appauthor=False)


def default_db_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """`explicit` (e.g. --db), else $QUICKREPLY_DB, else the user data folder's phrasebook.db."""
    if explicit:
        return Path(explicit).expanduser()
    if os.environ.get(DB_ENV):
        return Path(os.environ[DB_ENV]).expanduser()
    return Path(_dirs.user_data_dir) / DB_FILENAME


def log_dir() -> Path:
    return Path(_dirs.user_log_dir)
