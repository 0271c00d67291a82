"""The core's refusals, said in the UI language.

The core (phrasebook) words its errors for the `phrasebook` command, in English. Where the app
shows one to an agent - a picture the editor refuses, a reply too long - the ones an agent can
meet are recognised by their wording and replaced by a translated sentence; anything not
recognised is shown as the core wrote it. Team sync's refusals have their own table
(`desktop.settings.team_messages`), read through the same `translated`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

__all__ = ["KNOWN", "core_message", "translated"]

#: (core wording, searched anywhere in the message) -> the sentence to show instead.
Known = Sequence[tuple[re.Pattern[str], object]]

# `{name}` etc. are filled from the pattern's groups of the same name. (QT_TRANSLATE_NOOP only
# marks the sentence for lupdate; it is typed `object`, hence the str() in `translated`.)
KNOWN: Known = [
    (
        re.compile(
            r"(?P<name>.+): the image is (?P<size>.+); the limit per image is (?P<limit>.+)"
        ),
        QT_TRANSLATE_NOOP("CoreMessages", "{name}: the picture is {size}; at most {limit} each."),
    ),
    (
        re.compile(r"(?P<name>.+): declares too many pixels"),
        QT_TRANSLATE_NOOP(
            "CoreMessages", "{name}: the picture claims too many pixels (a decompression bomb)."
        ),
    ),
    (
        re.compile(r"(?P<name>.+): not an image \("),
        QT_TRANSLATE_NOOP(
            "CoreMessages", "{name} is not a picture (PNG, JPEG, GIF, WebP or BMP expected)."
        ),
    ),
    (
        re.compile(r"(?P<name>.+): a damaged or truncated image"),
        QT_TRANSLATE_NOOP("CoreMessages", "{name}: the picture is damaged or incomplete."),
    ),
    (
        re.compile(r"(?P<name>.+): cannot read the image \((?P<why>.*)\)"),
        QT_TRANSLATE_NOOP("CoreMessages", "Cannot read the picture {name} ({why})."),
    ),
    (
        re.compile(
            r"(?P<name>.+): adding it would make the phrasebook's pictures (?P<total>.+?); "
            r"the limit per phrasebook is (?P<limit>.+?) \("
        ),
        QT_TRANSLATE_NOOP(
            "CoreMessages",
            "{name}: the phrasebook's pictures would come to {total}; the limit is {limit}. "
            "Remove pictures no reply needs.",
        ),
    ),
    (
        re.compile(r"(?P<count>\d+) pictures on one reply; the limit is (?P<limit>\d+)"),
        QT_TRANSLATE_NOOP("CoreMessages", "{count} pictures on one reply; at most {limit}."),
    ),
    (
        re.compile(r"phrase text has (?P<count>[\d,]+) characters; the limit is (?P<limit>[\d,]+)"),
        QT_TRANSLATE_NOOP(
            "CoreMessages",
            "The reply has {count} characters; at most {limit} (no chat client sends more in "
            "one message).",
        ),
    ),
    (
        re.compile(r"phrase text is empty"),
        QT_TRANSLATE_NOOP("CoreMessages", "The reply text is empty."),
    ),
]


def translated(known: Known, context: str, core: str) -> str:
    """`core` said by the first sentence of `known` whose wording it contains, else as is."""
    for pattern, source in known:
        found = pattern.search(core)
        if found:
            said = QCoreApplication.translate(context, str(source))
            for key, value in found.groupdict().items():
                said = said.replace(f"{{{key}}}", value or "")
            return said
    return core


def core_message(core: str | BaseException) -> str:
    """A core error (or its text) in the UI language, when it is a known one."""
    return translated(KNOWN, "CoreMessages", str(core))
