"""The one place the app locates resources/ (icons, translations), frozen or from source."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

from phrasebook.resources import resource_path


def icon(name: str) -> QIcon:
    """An icon from resources/icons by file stem (SVG), e.g. icon("quickreply")."""
    return QIcon(str(resource_path("icons", f"{name}.svg")))


def translations_dir() -> Path:
    return resource_path("translations")
