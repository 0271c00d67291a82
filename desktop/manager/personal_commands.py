"""Undoable personalization steps: her wording, number-key pins, links and language texts.

Each command calls `book.variants`, `book.favorites`, `book.links` or `book.languages` (one
transaction per step) and knows how to take itself back. Typing in the wording or language boxes
autosaves like the main editor, and consecutive saves of one box merge into one undo step.

"Keep mine" only re-bases her text on the team's new version, which the core cannot take back;
it is therefore applied directly rather than pushed here.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from desktop.manager.commands import BookCommand
from phrasebook import Phrasebook

#: Merge ids (QUndoCommand.id) for autosaved boxes; the phrase editor's own is 1.
VARIANT_EDIT_ID = 2
LANGUAGE_EDIT_ID = 3


class SetVariant(BookCommand):
    """Write (or with None, drop) her wording of a team phrase."""

    def __init__(
        self, book: Phrasebook, text: str, phrase_id: str, before: str | None, after: str | None
    ) -> None:
        super().__init__(book, text)
        self.phrase_id, self.before, self.after = phrase_id, before, after

    def apply(self) -> None:
        self.book.variants.set(self.phrase_id, self.after)

    def revert(self) -> None:
        self.book.variants.set(self.phrase_id, self.before)

    def id(self) -> int:
        return VARIANT_EDIT_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(other, SetVariant) or other.phrase_id != self.phrase_id:
            return False
        self.after = other.after
        return True


class TakeTheirs(BookCommand):
    """Drop her wording for the team's current text; undo brings her text back."""

    def __init__(self, book: Phrasebook, text: str, phrase_id: str, mine: str) -> None:
        super().__init__(book, text)
        self.phrase_id, self.mine = phrase_id, mine

    def apply(self) -> None:
        self.book.variants.take_theirs(self.phrase_id)

    def revert(self) -> None:
        self.book.variants.set(self.phrase_id, self.mine)


class MergeVariant(TakeTheirs):
    """Save a hand-merged text based on the team's current version; undo restores hers."""

    def __init__(self, book: Phrasebook, text: str, phrase_id: str, mine: str, merged: str) -> None:
        super().__init__(book, text, phrase_id, mine)
        self.merged = merged

    def apply(self) -> None:
        self.book.variants.merge(self.phrase_id, self.merged)


class PinPhrase(BookCommand):
    """Put a phrase on a number slot (or with None, take it off); remembers who was there."""

    def __init__(self, book: Phrasebook, text: str, phrase_id: str, slot: int | None) -> None:
        super().__init__(book, text)
        favorites = book.favorites
        self.phrase_id, self.slot = phrase_id, slot
        self.old_slot = favorites.slot_of(phrase_id)
        occupant = favorites.get(slot) if slot is not None else None
        self.displaced = occupant.id if occupant and occupant.id != phrase_id else None

    def apply(self) -> None:
        self._place(self.slot, self.old_slot)

    def revert(self) -> None:
        self._place(self.old_slot, self.slot)
        if self.displaced is not None and self.slot is not None:
            self.book.favorites.pin(self.displaced, self.slot)

    def _place(self, slot: int | None, previous: int | None) -> None:
        if slot is not None:
            self.book.favorites.pin(self.phrase_id, slot)
        elif previous is not None:
            self.book.favorites.unpin(previous)


class LinkPhrases(BookCommand):
    """Link two phrases as related (both ways); `unlink=True` removes the link instead."""

    def __init__(
        self, book: Phrasebook, text: str, phrase_id: str, related_id: str, unlink: bool = False
    ) -> None:
        super().__init__(book, text)
        self.pair, self.unlink = (phrase_id, related_id), unlink

    def apply(self) -> None:
        self._set(not self.unlink)

    def revert(self) -> None:
        self._set(self.unlink)

    def _set(self, linked: bool) -> None:
        if linked:
            self.book.links.link(*self.pair)
        else:
            self.book.links.unlink(*self.pair)


class SetLanguageText(BookCommand):
    """Write (or with None, remove) the hand-written text of a phrase in another language."""

    def __init__(
        self,
        book: Phrasebook,
        text: str,
        phrase_id: str,
        lang: str,
        before: str | None,
        after: str | None,
    ) -> None:
        super().__init__(book, text)
        self.phrase_id, self.lang, self.before, self.after = phrase_id, lang, before, after

    def apply(self) -> None:
        self.book.languages.set(self.phrase_id, self.lang, self.after)

    def revert(self) -> None:
        self.book.languages.set(self.phrase_id, self.lang, self.before)

    def id(self) -> int:
        return LANGUAGE_EDIT_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        same = isinstance(other, SetLanguageText) and (other.phrase_id, other.lang) == (
            self.phrase_id,
            self.lang,
        )
        if same:
            assert isinstance(other, SetLanguageText)
            self.after = other.after
        return same
