"""The `phrasebook` command: a thin shell over the public API.

`main` is the entry point, `commands` the table of command families (one `*_commands.py`
module each), `parser` builds argparse from it, `output` prints, `command_base` is what the
families share.
"""
