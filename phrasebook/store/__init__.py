"""The store: the open database with its clock, group tree, search index and listeners, and the
one write path that keeps them in step."""
