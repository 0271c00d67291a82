"""The store: the open database with its clock, group tree, search index and listeners, and the
one write path that keeps them in step (`Store.write`)."""

from phrasebook.store.book_store import Store
from phrasebook.store.changes import Changes, Listener
from phrasebook.store.writes import Write

__all__ = ["Changes", "Listener", "Store", "Write"]
