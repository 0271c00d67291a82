"""The `phrasebook` command: a thin shell over the public API, one module per command family."""
