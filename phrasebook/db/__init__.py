"""The SQLite file: schema and migrations, opening it safely, rows, backups, damage and salvage.

Nothing here knows about caches or listeners; `phrasebook.store` builds on it.
"""
