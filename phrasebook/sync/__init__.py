"""Team sync: ops with hybrid-logical-clock stamps, an order-free merge, signed segments carried
by a shared folder or a server, and the team (members, roles, invitations) that authorises them.

Start at `engine.SyncManager` (reached as `book.sync`); `merge` holds the rules.
"""
