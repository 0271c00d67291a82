"""Default locations of the user's data, via platformdirs; everything else takes explicit paths.

Where the phrasebook lives is chosen once per computer (the app's Settings → Data can move it)
and written to a small location file in the user's config folder, which the app and the
`phrasebook` command both read: they must never write to two different books unawares.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import PlatformDirs

APP_NAME = "QuickReply"
DB_ENV = "QUICKREPLY_DB"
DB_FILENAME = "phrasebook.db"
LOCATION_FILENAME = "phrasebook-location.txt"


def _dirs() -> PlatformDirs:
    """Looked up on each call: tests (and a changed $XDG_*) point it elsewhere."""
    return PlatformDirs(APP_NAME, appauthor=False)


def default_db_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """`explicit` (e.g. --db), else $QUICKREPLY_DB, else the chosen location, else the user
    data folder's phrasebook.db."""
    if explicit:
        return Path(explicit).expanduser()
    if os.environ.get(DB_ENV):
        return Path(os.environ[DB_ENV]).expanduser()
    return chosen_location() or Path(_dirs().user_data_dir) / DB_FILENAME


def location_file() -> Path:
    return Path(_dirs().user_config_dir) / LOCATION_FILENAME


def chosen_location() -> Path | None:
    """The phrasebook file chosen for this computer, if one was (an unreadable note: none)."""
    try:
        text = location_file().read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return Path(text).expanduser() if text else None


def choose_location(path: Path | None) -> None:
    """Use `path` as this computer's phrasebook from now on (None: the default folder again).

    Written to a temporary file and renamed, so a crash leaves the old choice or the new one.
    """
    note = location_file()
    if path is None:
        note.unlink(missing_ok=True)
        return
    note.parent.mkdir(parents=True, exist_ok=True)
    partial = note.with_name(note.name + ".partial")
    partial.write_text(str(Path(path).expanduser().resolve()) + "\n", encoding="utf-8")
    partial.replace(note)


def log_dir() -> Path:
    return Path(_dirs().user_log_dir)
