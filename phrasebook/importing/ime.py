"""IME custom phrases ("自定义短语"), both the Sogou/QQ layout and Rime's.

Sogou and QQ Pinyin (PhraseEdit.txt): ``code,position=phrase`` per line, ``;`` comments; a
phrase spanning lines continues on the lines that do not start a new entry. Baidu's exported
custom phrases use the same layout. Rime (custom_phrase.txt): ``phrase<TAB>code[<TAB>weight]``.
The position (which candidate slot the phrase takes) is kept in the record's extra data.
"""

from __future__ import annotations

import re
from pathlib import Path

from phrasebook.errors import PackError
from phrasebook.importing.columns import record
from phrasebook.importing.source import Source
from phrasebook.importing.textfile import read_text
from phrasebook.pack import PackRecord

SOGOU_LINE = re.compile(r"^([A-Za-z0-9_;']{1,32}),\s*(\d{1,2})=(.*)$")
RIME_LINE = re.compile(r"^([^\t#][^\t]*)\t([A-Za-z0-9_]{1,32})(?:\t(\d+))?$")


def looks_like_ime(text: str) -> bool:
    """True when most entry lines are `code,position=phrase` or Rime's tab layout."""
    lines = [ln for ln in text.splitlines()[:200] if ln.strip() and not ln.startswith((";", "#"))]
    hits = sum(1 for ln in lines if SOGOU_LINE.match(ln) or RIME_LINE.match(ln))
    return bool(lines) and hits / len(lines) >= 0.6


def read_ime(path: Path, mapping: object = None) -> Source:
    text, encoding = read_text(path)
    entries = list(_sogou(text)) or list(_rime(text))
    if not entries:
        raise PackError(path, 1, "no `code,position=phrase` or Rime `phrase<TAB>code` lines")
    found: list[PackRecord] = []
    for line, code, position, phrase in entries:
        rec = record(path, line, {"code": code, "text": phrase})
        found.append(_with_position(rec, position))
    return Source("ime", tuple(found), notes=(f"read as {encoding}",))


def _sogou(text: str) -> list[tuple[int, str, int, str]]:
    entries: list[tuple[int, str, int, str]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        match = SOGOU_LINE.match(line)
        if match:
            code, position, phrase = match.groups()
            entries.append((number, code, int(position), phrase))
        elif entries and not line.startswith(";"):  # a multi-line phrase continues
            n, code, position, phrase = entries[-1]
            entries[-1] = (n, code, position, f"{phrase}\n{line}")
    return [(n, c, p, t.rstrip("\n")) for n, c, p, t in entries if t.strip()]


def _rime(text: str) -> list[tuple[int, str, int, str]]:
    entries = []
    for number, line in enumerate(text.splitlines(), start=1):
        match = RIME_LINE.match(line)
        if match and not line.startswith("#"):
            phrase, code, weight = match.groups()
            entries.append((number, code, int(weight or 1), phrase))
    return entries


def _with_position(rec: PackRecord, position: int) -> PackRecord:
    from dataclasses import replace

    return replace(rec, extra={**rec.extra, "ime_position": position}) if position != 1 else rec
