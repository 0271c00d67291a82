"""Every `phrasebook` command family, in the order `phrasebook --help` lists them.

A new family is a `*_commands.py` module with a `FAMILY` entry (see
`phrasebook.cli.command_base.CommandFamily`), added here.
"""

from __future__ import annotations

from phrasebook.cli import (
    backup_commands,
    health_commands,
    notebook_commands,
    organize_commands,
    personal_commands,
    phrase_commands,
    sync_commands,
    transfer_commands,
    wording_commands,
)
from phrasebook.cli.command_base import CommandFamily

FAMILIES: tuple[CommandFamily, ...] = (
    phrase_commands.FAMILY,
    backup_commands.FAMILY,
    personal_commands.FAMILY,
    transfer_commands.FAMILY,
    notebook_commands.FAMILY,
    wording_commands.FAMILY,
    organize_commands.FAMILY,
    sync_commands.FAMILY,
    health_commands.FAMILY,
)
