"""The pictures a reply carries: read their bytes, add, remove and reorder them.

Pictures belong to their phrase: team or personal like it, changed only by who may change it
(see phrasebook.roles), and every change stamps the phrase, so team sync publishes its new
picture list. Each write checks the whole book against the size limit before storing a byte.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from phrasebook import image_check
from phrasebook.db import image_rows, phrase_rows
from phrasebook.errors import NotFoundError, RoleError, ValidationError
from phrasebook.image_check import CheckedImage
from phrasebook.models import Phrase
from phrasebook.phrases import Phrases
from phrasebook.store import Store

#: What a picture can be given as: a file, or bytes already checked.
ImageSource = str | Path | CheckedImage
_URL = re.compile(r"^https?://", re.IGNORECASE)
#: More pictures than this on one reply is a mistake (a folder dropped on it).
MAX_IMAGES_PER_PHRASE = 20


class PhraseImages:
    """Pictures of one phrasebook's replies (`book.images`).

    Args:
        store: the open store.
        phrases: who may edit which phrase.
    """

    def __init__(self, store: Store, phrases: Phrases) -> None:
        self._store = store
        self._phrases = phrases

    def image_bytes(self, digest: str) -> bytes:
        """The picture's original bytes; NotFoundError when the book lacks them."""
        data = image_rows.blob(self._store.db, digest)
        if data is None:
            raise NotFoundError(f"no image with hash {digest!r} in this phrasebook")
        return data

    def links(self, phrase_id: str) -> list[str]:
        """The phrase's picture web addresses, kept from an imported 图片 column as written
        (shown as links; nothing is ever fetched)."""
        kept = str(phrase_rows.extra_of(self._store.db, phrase_id).get("image", ""))
        return [item.strip() for item in kept.splitlines() if _URL.match(item.strip())]

    def checked(self, sources: Iterable[ImageSource]) -> list[CheckedImage]:
        """Every source read and checked (ValidationError naming the first bad one)."""
        return [
            s if isinstance(s, CheckedImage) else image_check.read_image_file(Path(s))
            for s in sources
        ]

    def add(self, phrase_id: str, sources: Iterable[ImageSource]) -> Phrase:
        """Append pictures to the phrase (all or none); returns the phrase."""
        images = self.checked(sources)
        added = [(i.hash, i.name) for i in images]
        return self._change(phrase_id, images, lambda current: [*current, *added])

    def remove(self, phrase_id: str, digests: Iterable[str] | None = None) -> Phrase:
        """Take pictures off the phrase: those with these hashes (or unique hash prefixes), or
        with None all of them."""
        wanted = None if digests is None else list(digests)

        def kept(current: list[tuple[str, str]]) -> list[tuple[str, str]]:
            if wanted is None:
                return []
            gone = {self._resolve(current, d) for d in wanted}
            return [(h, n) for h, n in current if h not in gone]

        return self._change(phrase_id, [], kept)

    def reorder(self, phrase_id: str, digests: Sequence[str]) -> Phrase:
        """Put the phrase's pictures in this order (every one named once, by hash or prefix)."""

        def ordered(current: list[tuple[str, str]]) -> list[tuple[str, str]]:
            order = [self._resolve(current, d) for d in digests]
            if sorted(order) != sorted(h for h, _ in current):
                raise ValidationError("name every picture of the phrase once to reorder them")
            names = dict(current)
            return [(h, names[h]) for h in order]

        return self._change(phrase_id, [], ordered)

    def set(self, phrase_id: str, images: Sequence[CheckedImage]) -> Phrase:
        """Replace all the phrase's pictures with these (import and the editor use it)."""
        pictures = [(i.hash, i.name) for i in images]
        return self._change(phrase_id, images, lambda _current: pictures)

    def attach(self, phrase_id: str, images: Sequence[CheckedImage]) -> None:
        """Give a phrase written in the caller's `store.write()` these pictures (import).

        No role check: the caller already decided the row may be written.
        """
        store = self._store
        _check_count(len(images))
        self._check_room(images)
        had = image_rows.links(store.db, phrase_id)
        for image in images:
            image_rows.store_blob(store.db, image, store.clock.now())
        image_rows.set_links(store.db, phrase_id, [(i.hash, i.name) for i in images])
        if had:
            image_rows.prune(store.db)

    # -- internals ---------------------------------------------------------------------------

    def _editable(self, phrase_id: str) -> Phrase:
        phrase = self._phrases.get(phrase_id)
        if not self._phrases.may_edit(phrase):
            raise RoleError(
                f"{phrase.label!r} is a team phrase: only a supervisor changes its pictures"
            )
        return phrase

    def _change(
        self,
        phrase_id: str,
        new: Sequence[CheckedImage],
        pictures_from: Callable[[list[tuple[str, str]]], list[tuple[str, str]]],
    ) -> Phrase:
        """One write: the phrase's pictures become `pictures_from(current)`, `new` stored.

        The current list is read inside the write's transaction: two processes adding
        pictures to one reply at once each see the other's (read before, one was lost).
        """
        store = self._store
        with store.write() as write:
            phrase = self._editable(phrase_id)
            current = image_rows.links(store.db, phrase.id)
            pictures = pictures_from(current)
            _check_count(len(pictures))
            if pictures == current:
                return phrase
            self._check_room(new)
            for image in new:
                image_rows.store_blob(store.db, image, store.clock.now())
            image_rows.set_links(store.db, phrase.id, pictures)
            image_rows.prune(store.db)
            store.db.execute(
                "UPDATE phrases SET updated = ? WHERE id = ?", [store.clock.now(), phrase.id]
            )
            write.touch({phrase.id})
        return write.fresh[0]

    def _check_room(self, images: Sequence[CheckedImage]) -> None:
        """ValidationError when these pictures would take the book past its limit."""
        db = self._store.db
        total = image_rows.total_bytes(db)
        for image in {i.hash: i for i in images}.values():
            if image_rows.has_blob(db, image.hash):
                continue
            total += image.size
            if total > image_check.MAX_BOOK_IMAGE_BYTES:
                raise ValidationError(
                    f"{image.name}: adding it would make the phrasebook's pictures "
                    f"{image_check.mib(total)}; the limit per phrasebook is "
                    f"{image_check.mib(image_check.MAX_BOOK_IMAGE_BYTES)} (remove unused ones)"
                )

    @staticmethod
    def _resolve(current: list[tuple[str, str]], ref: str) -> str:
        """The hash a full hash, a unique prefix or a picture's name names."""
        found = {h for h, n in current if h.startswith(ref.lower()) or n == ref}
        if len(found) != 1:
            known = ", ".join(f"{h[:10]} ({n})" for h, n in current) or "none"
            why = "matches several pictures" if found else "is not a picture of this phrase"
            raise NotFoundError(f"{ref!r} {why}; its pictures: {known}")
        return found.pop()


def _check_count(count: int) -> None:
    if count > MAX_IMAGES_PER_PHRASE:
        raise ValidationError(
            f"{count} pictures on one reply; the limit is {MAX_IMAGES_PER_PHRASE}"
        )
