"""Espanso match files (YAML): each match's trigger becomes the code, its replace the text.

Matches that need Espanso itself (forms, images, scripts) are skipped and listed in the notes.
YAML is read with `safe_load`, so no tag can construct objects.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from phrasebook.errors import PackError
from phrasebook.importing.columns import record
from phrasebook.importing.source import Source
from phrasebook.importing.textfile import read_text
from phrasebook.pack import PackRecord


def read_espanso(path: Path, mapping: object = None) -> Source:
    text, _ = read_text(path)
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise PackError(path, _line(exc), f"not valid YAML ({_problem(exc)})") from None
    matches = data.get("matches") if isinstance(data, dict) else None
    if not isinstance(matches, list):
        raise PackError(path, None, "no `matches:` list; is this an Espanso match file?")
    found: list[PackRecord] = []
    skipped = 0
    for number, match in enumerate(matches, start=1):
        values = _values(match)
        if values is None:
            skipped += 1
            continue
        found.append(record(path, number, values))
    notes = (f"{skipped} matches need Espanso itself (forms, images, scripts) and were skipped",)
    return Source("espanso", tuple(found), notes=notes if skipped else ())


def _values(match: Any) -> dict[str, str] | None:
    if not isinstance(match, dict) or not isinstance(match.get("replace"), str):
        return None
    triggers = match.get("triggers") or [match.get("trigger")]
    code = next((t for t in triggers if isinstance(t, str) and t), "")
    values = {"code": code, "text": match["replace"]}
    if isinstance(match.get("label"), str):
        values["title"] = match["label"]
    return values


def _line(exc: yaml.YAMLError) -> int | None:
    mark = getattr(exc, "problem_mark", None)
    return mark.line + 1 if mark is not None else None


def _problem(exc: yaml.YAMLError) -> str:
    return str(getattr(exc, "problem", None) or exc).splitlines()[0]
