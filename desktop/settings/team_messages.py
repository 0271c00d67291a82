"""The core's team refusals, said in the UI language.

The core (phrasebook.sync) words its errors for the `phrasebook` command, in English. The Team sync
page shows them to an agent, so the ones an agent can meet are recognised here and replaced by
a translated sentence; anything not recognised is shown as the core wrote it.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.core_messages import translated

__all__ = ["team_message"]


# Core wording (searched anywhere in the message) -> the sentence to show instead; `{name}` and
# `{path}` are filled from the pattern's groups of the same name. (QT_TRANSLATE_NOOP only marks
# the sentence for lupdate; it is typed `object`, hence the str() below.)
KNOWN: list[tuple[re.Pattern[str], object]] = [
    (
        re.compile(r"already in team (['\"])(?P<name>.*)\1"),
        QT_TRANSLATE_NOOP("TeamMessages", "This phrasebook is already in team “{name}”."),
    ),
    (
        re.compile(r"this phrasebook is not in a team"),
        QT_TRANSLATE_NOOP("TeamMessages", "This phrasebook is not in a team yet."),
    ),
    (
        re.compile(r"only the device that created the team can"),
        QT_TRANSLATE_NOOP("TeamMessages", "Only the computer that created the team can do this."),
    ),
    (
        re.compile(r"join code was not issued for this team"),
        QT_TRANSLATE_NOOP(
            "TeamMessages", "This join code is not for this team, or it was withdrawn."
        ),
    ),
    (
        re.compile(r"join code was already used"),
        QT_TRANSLATE_NOOP(
            "TeamMessages", "This join code was already used; ask your supervisor for a new one."
        ),
    ),
    (
        re.compile(r"not a QuickReply join code"),
        QT_TRANSLATE_NOOP(
            "TeamMessages", "This is not a QuickReply join code (it starts with QR1-)."
        ),
    ),
    (
        re.compile(r"the join code is damaged"),
        QT_TRANSLATE_NOOP("TeamMessages", "The join code is damaged; copy it again."),
    ),
    (
        re.compile(r"give exactly one of --folder"),
        QT_TRANSLATE_NOOP("TeamMessages", "Choose a shared folder, or type a server address."),
    ),
    (
        re.compile(r"team folder not found(?::\s*'(?P<path>.*)')?"),
        QT_TRANSLATE_NOOP("TeamMessages", "The shared folder was not found: {path}"),
    ),
    (
        re.compile(r"the folder already holds a team"),
        QT_TRANSLATE_NOOP(
            "TeamMessages", "This folder already holds a team; join it with a join code instead."
        ),
    ),
    (
        re.compile(r"team\.json (is missing|is not a team file)"),
        QT_TRANSLATE_NOOP(
            "TeamMessages", "The team file (team.json) in the shared place is missing or damaged."
        ),
    ),
    (
        re.compile(r"team\.json has a newer format"),
        QT_TRANSLATE_NOOP("TeamMessages", "The team uses a newer QuickReply; please update."),
    ),
]


def team_message(core: str) -> str:
    """`core` (an error text of phrasebook.sync) in the UI language, when it is a known one."""
    return translated(KNOWN, "TeamMessages", core)
