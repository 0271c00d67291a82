"""Finds the resources/ folder (starter phrasebooks, rule files, translations, icons).

The same lookup works from a source checkout, an installed wheel and a PyInstaller bundle, so no
other module needs to know where it runs from.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

from phrasebook.errors import PhrasebookError

ENV_OVERRIDE = "QUICKREPLY_RESOURCES"


def _candidates() -> list[Path]:
    here = Path(__file__).resolve().parent
    found = []
    if os.environ.get(ENV_OVERRIDE):
        found.append(Path(os.environ[ENV_OVERRIDE]))
    bundle = getattr(sys, "_MEIPASS", None)  # set by PyInstaller in a frozen app
    if bundle:
        found.append(Path(bundle) / "resources")
    found += [here / "_resources", here.parent / "resources"]
    return found


@cache
def resources_dir() -> Path:
    """The resources folder; raises PhrasebookError listing where it looked."""
    for candidate in _candidates():
        if (candidate / "starter").is_dir():
            return candidate
    tried = ", ".join(str(c) for c in _candidates())
    raise PhrasebookError(f"QuickReply's resources were not found (looked in: {tried})")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
