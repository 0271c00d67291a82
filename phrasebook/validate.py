"""Checks and tidies field values before they are stored, so bad input never reaches the file.

Each function returns the cleaned value or raises ValidationError with a message that names the
field and says what is wrong.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from phrasebook.errors import ValidationError
from phrasebook.models import (
    GROUP_SEPARATOR,
    MAX_CODE_CHARS,
    MAX_TEXT_CHARS,
    MAX_TITLE_CHARS,
    SCOPES,
    Scope,
)

# Control characters other than tab and newline break chat clients and terminals.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Lone surrogates (a broken \ud800 escape, undecodable bytes) cannot be stored as UTF-8.
_SURROGATE = re.compile("[\ud800-\udfff]")
_LANG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
MAX_ITEMS = 50
MAX_ITEM_CHARS = 500
MAX_GROUP_DEPTH = 2


def text(value: object) -> str:
    """A phrase text: non-empty, at most MAX_TEXT_CHARS, newlines normalised to \\n."""
    if not isinstance(value, str):
        raise ValidationError(f"phrase text must be a string, not {type(value).__name__}")
    cleaned = value.replace("\r\n", "\n").replace("\r", "\n")
    if not cleaned.strip():
        raise ValidationError("phrase text is empty")
    if len(cleaned) > MAX_TEXT_CHARS:
        raise ValidationError(
            f"phrase text has {len(cleaned):,} characters; the limit is {MAX_TEXT_CHARS:,} "
            "(no chat client sends more in one message)"
        )
    _no_control(cleaned, "phrase text")
    return cleaned


def title(value: object) -> str:
    return _short(value, "title", MAX_TITLE_CHARS)


def code(value: object) -> str:
    cleaned = _short(value, "shortcut code", MAX_CODE_CHARS)
    if any(ch.isspace() for ch in cleaned):
        raise ValidationError(f"shortcut code {cleaned!r} contains spaces")
    return cleaned


def items(value: object, what: str) -> tuple[str, ...]:
    """A list of short strings (tags, example questions): trimmed, de-duplicated, in order."""
    if value is None:
        return ()
    if isinstance(value, str | bytes | Mapping) or not isinstance(value, Iterable):
        raise ValidationError(f"{what} must be a list of strings")
    seen: dict[str, None] = {}
    for item in value:
        cleaned = _short(item, what, MAX_ITEM_CHARS).replace("\n", " ")
        if cleaned:
            seen.setdefault(cleaned, None)
    if len(seen) > MAX_ITEMS:
        raise ValidationError(f"{what}: {len(seen)} items; the limit is {MAX_ITEMS}")
    return tuple(seen)


def lang(value: object) -> str:
    if not isinstance(value, str) or not _LANG.match(value):
        raise ValidationError(f"language {value!r} is not a language tag such as zh-Hans or en")
    return value


def scope(value: object) -> Scope:
    for known in SCOPES:
        if value == known:
            return known
    raise ValidationError(f"scope must be one of {', '.join(SCOPES)}, not {value!r}")


def group_path(value: object) -> str:
    """A group path like "售前/议价": at most two levels, no empty parts."""
    if not isinstance(value, str):
        raise ValidationError("group must be a path string such as 售前/议价")
    parts = [p.strip() for p in value.strip().strip(GROUP_SEPARATOR).split(GROUP_SEPARATOR)]
    if parts == [""]:
        return ""
    if len(parts) > MAX_GROUP_DEPTH:
        raise ValidationError(f"group {value!r} is nested {len(parts)} deep; the limit is two")
    for part in parts:
        if not part:
            raise ValidationError(f"group {value!r} has an empty level")
        _short(part, "group name", MAX_TITLE_CHARS)
    return GROUP_SEPARATOR.join(parts)


def _short(value: object, what: str, limit: int) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError(f"{what} must be a string, not {type(value).__name__}")
    cleaned = value.strip()
    if len(cleaned) > limit:
        raise ValidationError(f"{what} has {len(cleaned):,} characters; the limit is {limit}")
    _no_control(cleaned, what)
    return cleaned


def _no_control(value: str, what: str) -> None:
    lone = _SURROGATE.search(value)
    if lone:
        raise ValidationError(
            f"{what} contains a lone surrogate (U+{ord(lone.group()):04X}) at {lone.start()}, "
            "which is not valid Unicode text"
        )
    bad = _CONTROL.search(value)
    if bad:
        raise ValidationError(
            f"{what} contains a control character (U+{ord(bad.group()):04X}) at {bad.start()}"
        )
