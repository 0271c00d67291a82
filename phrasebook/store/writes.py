"""`Write`: what one write transaction says it changed, for the store to refresh after commit."""

from __future__ import annotations

from collections.abc import Iterable

from phrasebook.models import Phrase
from phrasebook.store.changes import Changes


class Write:
    """Handed out by `Store.write()`; the code inside the transaction calls `touch`.

    Nothing is refreshed or announced until the outermost write commits; a write nested in
    another hands its touches to the outer one. After the block, `fresh` holds the touched
    phrases as committed (live ones only).
    """

    def __init__(self) -> None:
        self.touched = False
        self.ids: set[str] = set()
        self.groups = False
        self.profile = False
        self.notebook = False
        self.everything = False
        self.fresh: list[Phrase] = []

    def touch(
        self,
        ids: Iterable[str] = (),
        *,
        groups: bool = False,
        profile: bool = False,
        notebook: bool = False,
        everything: bool = False,
    ) -> None:
        """Mark phrases (re-indexed after commit) and areas as changed; listeners hear of it."""
        self.touched = True
        self.ids.update(ids)
        self.groups |= groups
        self.profile |= profile
        self.notebook |= notebook
        self.everything |= everything

    def absorb(self, inner: Write) -> None:
        """Take over what a nested write touched (it committed into this one)."""
        if inner.touched:
            self.touch(
                inner.ids,
                groups=inner.groups,
                profile=inner.profile,
                notebook=inner.notebook,
                everything=inner.everything,
            )

    def changes(self) -> Changes:
        return Changes(
            phrases=frozenset(self.ids),
            groups=self.groups,
            profile=self.profile,
            everything=self.everything,
            notebook=self.notebook,
        )
