"""Writers for the text formats: IME custom phrases (Sogou/QQ/Baidu layout), Espanso YAML, and
Markdown training documents (groups as headings, phrases as quoted list items)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from phrasebook.exporting.files import write_bytes
from phrasebook.models import Phrase


def write_ime(path: Path, phrases: Iterable[Phrase], extras: dict[str, dict[str, Any]]) -> None:
    """``code,position=phrase`` for every phrase with a letters-and-digits code.

    Sogou reads a phrase on several lines until the next entry, so multi-line text survives.
    """
    lines = ["; QuickReply export: code,position=phrase"]
    for p in phrases:
        if p.code and p.code.isascii() and p.code.replace("_", "").isalnum():
            position = extras.get(p.id, {}).get("ime_position", 1)
            lines.append(f"{p.code},{position}={p.text}")
    write_bytes(path, ("\r\n".join(lines) + "\r\n").encode("utf-8-sig"))


def write_espanso(path: Path, phrases: Iterable[Phrase], extras: dict[str, dict[str, Any]]) -> None:
    """An Espanso match file; phrases without a code get none (Espanso needs one to expand)."""
    matches = []
    for p in phrases:
        if not p.code:
            continue
        match: dict[str, str] = {"trigger": p.code, "replace": p.text}
        if p.title:
            match["label"] = p.title
        matches.append(match)
    text = yaml.safe_dump({"matches": matches}, allow_unicode=True, sort_keys=False)
    write_bytes(path, text.encode("utf-8"))


def write_markdown(
    path: Path, phrases: Iterable[Phrase], extras: dict[str, dict[str, Any]]
) -> None:
    """A training document: '#' headings per group level, then one quoted item per phrase."""
    out: list[str] = []
    group: str | None = None
    for p in phrases:
        if p.group != group:
            out += _headings(group or "", p.group)
            group = p.group
        out.append(f"- “{' '.join(p.text.split())}”")
    write_bytes(path, ("\n".join(out).lstrip() + "\n").encode("utf-8"))


def _headings(before: str, after: str) -> list[str]:
    """Headings to move from group `before` to `after` (a shared top level is not repeated)."""
    old, new = before.split("/"), (after or "未分组").split("/")
    lines = []
    for level, name in enumerate(new, start=1):
        if level == 1 and old[0] == new[0] and len(new) > 1 and len(old) > 1:
            continue
        lines += ["", f"{'#' * level} {name}", ""]
    return lines
