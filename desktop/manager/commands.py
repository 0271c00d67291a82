"""Undoable manager operations: each command calls the core API, one transaction per step.

A command runs once through `UndoStack.run` (so a refused operation raises to the caller and is
never pushed); after that Qt calls `undo()`/`redo()`. A step that fails later (the phrase was
purged since, a name was taken) is reported through `UndoStack.failed` instead of raising inside
Qt. Commands refer to groups by id, because renames and moves change paths.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop.core_messages import core_message
from phrasebook import Phrase, Phrasebook, PhrasebookError
from phrasebook.image_check import CheckedImage
from phrasebook.organize import GroupDeletion

log = logging.getLogger(__name__)
#: Qt merges consecutive commands with the same id(): successive autosaves of one phrase.
EDIT_ID = 1


class UndoStack(QUndoStack):
    """The manager's history (Ctrl+Z / Ctrl+Shift+Z).

    Signals:
        failed(str): an undo or redo could not be applied; the message says why.
    """

    failed = Signal(str)

    def run(self, command: BookCommand) -> None:
        """Apply `command` now (raising PhrasebookError if refused), then record it."""
        command.apply()
        command.stack = self
        self.push(command)


class BookCommand(QUndoCommand):
    """Base: `apply` does the work, `revert` takes it back; redo after undo re-applies."""

    def __init__(self, book: Phrasebook, text: str) -> None:
        super().__init__(text)
        self.book = book
        self.stack: UndoStack | None = None
        self._applied = False

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if not self._applied:  # the first redo() comes from push(): run() already applied it
            self._applied = True
            return
        self._guarded(self.apply)

    def undo(self) -> None:
        self._guarded(self.revert)

    def _guarded(self, step: Any) -> None:
        try:
            step()
        except PhrasebookError as exc:  # never raise through Qt's C++ frames
            log.warning("%s: %s", self.text(), exc)
            if self.stack is not None:
                self.stack.failed.emit(core_message(exc))


class AddPhrase(BookCommand):
    def __init__(self, book: Phrasebook, text: str, fields: dict[str, Any]) -> None:
        super().__init__(book, text)
        self.fields = fields
        self.phrase_id: str | None = None

    def apply(self) -> None:
        if self.phrase_id is None:
            self.phrase_id = self.book.add(**self.fields).id
        else:
            self.book.organize.restore_phrases([self.phrase_id])

    def revert(self) -> None:
        assert self.phrase_id is not None
        self.book.organize.delete_phrases([self.phrase_id])


class EditPhrase(BookCommand):
    """Field changes from the editor; consecutive saves of one phrase merge into one step."""

    def __init__(
        self,
        book: Phrasebook,
        text: str,
        phrase_id: str,
        before: dict[str, Any],
        after: dict[str, Any],
    ) -> None:
        super().__init__(book, text)
        self.phrase_id, self.before, self.after = phrase_id, before, after

    def apply(self) -> None:
        self.book.update(self.phrase_id, **self.after)

    def revert(self) -> None:
        self.book.update(self.phrase_id, **self.before)

    def id(self) -> int:
        return EDIT_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(other, EditPhrase) or other.phrase_id != self.phrase_id:
            return False
        self.after = {**self.after, **other.after}
        self.before = {**{k: other.before[k] for k in other.before}, **self.before}
        return True


class SetPictures(BookCommand):
    """A phrase's pictures before and after one change (add, remove, reorder), all or none.

    Both lists carry the bytes: an undo after the last link to a picture went (and its bytes
    with it) puts them back.
    """

    def __init__(
        self,
        book: Phrasebook,
        text: str,
        phrase_id: str,
        before: list[CheckedImage],
        after: list[CheckedImage],
    ) -> None:
        super().__init__(book, text)
        self.phrase_id, self.before, self.after = phrase_id, before, after

    def apply(self) -> None:
        self.book.images.set(self.phrase_id, self.after)

    def revert(self) -> None:
        self.book.images.set(self.phrase_id, self.before)


def pictures_of(book: Phrasebook, phrase: Phrase) -> list[CheckedImage]:
    """The phrase's pictures with their bytes, as `SetPictures` keeps them."""
    return [
        CheckedImage(
            ref.name, ref.type, ref.width, ref.height, ref.hash, book.image_bytes(ref.hash)
        )
        for ref in phrase.images
    ]


class MovePhrases(BookCommand):
    def __init__(self, book: Phrasebook, text: str, phrases: list[Phrase], group: str) -> None:
        super().__init__(book, text)
        self.ids = [p.id for p in phrases]
        self.group = group
        self.origin = [(p.id, p.group, _index_in_group(book, p)) for p in phrases]

    def apply(self) -> None:
        self.book.organize.move_phrases(self.ids, self.group)

    def revert(self) -> None:
        for phrase_id, group, _ in self.origin:
            self.book.organize.move_phrases([phrase_id], group)
        for phrase_id, _, index in sorted(self.origin, key=lambda o: o[2]):
            self.book.organize.reorder_phrase(phrase_id, index)


class DeletePhrases(BookCommand):
    def __init__(self, book: Phrasebook, text: str, ids: list[str]) -> None:
        super().__init__(book, text)
        self.ids = ids

    def apply(self) -> None:
        self.book.organize.delete_phrases(self.ids)

    def revert(self) -> None:
        self.book.organize.restore_phrases(self.ids)


class RestorePhrases(DeletePhrases):
    def apply(self) -> None:
        self.book.organize.restore_phrases(self.ids)

    def revert(self) -> None:
        self.book.organize.delete_phrases(self.ids)


class AddGroup(BookCommand):
    def __init__(self, book: Phrasebook, text: str, path: str) -> None:
        super().__init__(book, text)
        self.path = path
        self.group_id = ""
        self.deletion: GroupDeletion | None = None

    def apply(self) -> None:
        if self.deletion is None:
            self.group_id = self.book.add_group(self.path).id
        else:
            self.book.organize.restore_group(self.deletion)

    def revert(self) -> None:
        path = self.book.organize.group_path(self.group_id)
        self.deletion = self.book.organize.delete_group(path)


class RenameGroup(BookCommand):
    def __init__(self, book: Phrasebook, text: str, group_id: str, old: str, new: str) -> None:
        super().__init__(book, text)
        self.group_id, self.old, self.new = group_id, old, new

    def apply(self) -> None:
        self.book.organize.rename_group(self.book.organize.group_path(self.group_id), self.new)

    def revert(self) -> None:
        self.book.organize.rename_group(self.book.organize.group_path(self.group_id), self.old)


class MoveGroup(BookCommand):
    """Reorder or re-parent a group; remembers where it was (parent id and index)."""

    def __init__(
        self, book: Phrasebook, text: str, path: str, parent: str, index: int | None
    ) -> None:
        super().__init__(book, text)
        found = next(g for g in book.groups() if g.path == path)
        self.group_id = found.id
        siblings = [g.id for g in book.groups() if g.parent_id == found.parent_id]
        self.old = (found.parent_id, siblings.index(found.id))
        target = next((g for g in book.groups() if g.path == parent), None) if parent else None
        self.new = (target.id if target else None, index)

    def apply(self) -> None:
        self._move(*self.new)

    def revert(self) -> None:
        self._move(*self.old)

    def _move(self, parent_id: str | None, index: int | None) -> None:
        organize = self.book.organize
        parent = organize.group_path(parent_id) if parent_id else ""
        organize.move_group(organize.group_path(self.group_id), parent, index)


class DeleteGroup(BookCommand):
    def __init__(self, book: Phrasebook, text: str, path: str) -> None:
        super().__init__(book, text)
        self.path = path
        self.deletion: GroupDeletion | None = None

    def apply(self) -> None:
        self.deletion = self.book.organize.delete_group(self.path)

    def revert(self) -> None:
        assert self.deletion is not None
        self.book.organize.restore_group(self.deletion)


def _index_in_group(book: Phrasebook, phrase: Phrase) -> int:
    same = [p.id for p in book.phrases(group=phrase.group) if p.group == phrase.group]
    return same.index(phrase.id) if phrase.id in same else len(same)
