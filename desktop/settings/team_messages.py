"""The core's team refusals, said in the UI language.

The core (phrasebook.sync) words its errors for the `phrasebook` command, in English. The Team sync
page shows them to an agent, so the ones an agent can meet are recognised here and replaced by
a translated sentence; anything not recognised is shown as the core wrote it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

__all__ = ["team_message"]


def _already_in(found: re.Match[str]) -> str:
    return QCoreApplication.translate(
        "TeamMessages", "This phrasebook is already in team “{name}”."
    ).replace("{name}", found["name"])


def _not_in_team(_: re.Match[str]) -> str:
    return QCoreApplication.translate("TeamMessages", "This phrasebook is not in a team yet.")


def _only_owner(_: re.Match[str]) -> str:
    return QCoreApplication.translate(
        "TeamMessages", "Only the computer that created the team can do this."
    )


def _not_this_team(_: re.Match[str]) -> str:
    return QCoreApplication.translate(
        "TeamMessages", "This join code is not for this team, or it was withdrawn."
    )


def _code_used(_: re.Match[str]) -> str:
    return QCoreApplication.translate(
        "TeamMessages", "This join code was already used; ask your supervisor for a new one."
    )


def _not_a_code(_: re.Match[str]) -> str:
    return QCoreApplication.translate(
        "TeamMessages", "This is not a QuickReply join code (it starts with QR1-)."
    )


def _code_damaged(_: re.Match[str]) -> str:
    return QCoreApplication.translate("TeamMessages", "The join code is damaged; copy it again.")


def _where(_: re.Match[str]) -> str:
    return QCoreApplication.translate(
        "TeamMessages", "Choose a shared folder, or type a server address."
    )


def _no_folder(found: re.Match[str]) -> str:
    return QCoreApplication.translate(
        "TeamMessages", "The shared folder was not found: {path}"
    ).replace("{path}", found["path"] or "")


def _folder_taken(_: re.Match[str]) -> str:
    return QCoreApplication.translate(
        "TeamMessages", "This folder already holds a team; join it with a join code instead."
    )


def _roster_damaged(_: re.Match[str]) -> str:
    return QCoreApplication.translate(
        "TeamMessages", "The team file (team.json) in the shared place is missing or damaged."
    )


def _newer(_: re.Match[str]) -> str:
    return QCoreApplication.translate(
        "TeamMessages", "The team uses a newer QuickReply; please update."
    )


#: Core wording (searched anywhere in the message) -> the translated sentence.
KNOWN: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (re.compile(r"already in team (['\"])(?P<name>.*)\1"), _already_in),
    (re.compile(r"this phrasebook is not in a team"), _not_in_team),
    (re.compile(r"only the device that created the team can"), _only_owner),
    (re.compile(r"join code was not issued for this team"), _not_this_team),
    (re.compile(r"join code was already used"), _code_used),
    (re.compile(r"not a QuickReply join code"), _not_a_code),
    (re.compile(r"the join code is damaged"), _code_damaged),
    (re.compile(r"give exactly one of --folder"), _where),
    (re.compile(r"team folder not found(?::\s*'(?P<path>.*)')?"), _no_folder),
    (re.compile(r"the folder already holds a team"), _folder_taken),
    (re.compile(r"team\.json (is missing|is not a team file)"), _roster_damaged),
    (re.compile(r"team\.json has a newer format"), _newer),
]


def team_message(core: str) -> str:
    """`core` (an error text of phrasebook.sync) in the UI language, when it is a known one."""
    for pattern, say in KNOWN:
        found = pattern.search(core)
        if found:
            return say(found)
    return core
