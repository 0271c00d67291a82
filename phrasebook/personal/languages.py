"""Per-language texts of one phrase: the same reply in zh-Hans, zh-Hant, ko and en kept together
(one phrase with variants, not four unrelated phrases).

The phrase's own `text` is its `lang` version; the others live in `phrase_texts` and reach search
through `Phrase.texts`. When the popup asks for a Chinese script nobody wrote, OpenCC converts:
Simplified <-> Traditional is mechanical enough that agents should not have to keep both.
"""

from __future__ import annotations

import dataclasses
import uuid
from functools import cache
from typing import Literal

import opencc

from phrasebook import validate
from phrasebook.errors import ValidationError
from phrasebook.models import Phrase
from phrasebook.store import Store

Source = Literal["own", "written", "converted"]
#: OpenCC configurations per (from, to) script. Traditional-reading customers of mainland
#: cross-border shops are mostly in Taiwan, hence the Taiwan standard character forms.
_CONVERSIONS = {("zh-Hans", "zh-Hant"): "s2tw", ("zh-Hant", "zh-Hans"): "tw2s"}

_UPSERT = """
INSERT INTO phrase_texts(id, phrase_id, lang, text, created, updated, deleted)
VALUES (?, ?, ?, ?, ?, ?, 0)
ON CONFLICT(phrase_id, lang) DO UPDATE SET text = excluded.text, updated = excluded.updated,
    deleted = 0
"""


@cache
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def convert(text: str, source: str, target: str) -> str | None:
    """`text` converted from one Chinese script to the other, or None for other language pairs."""
    config = _CONVERSIONS.get((source, target))
    return None if config is None else str(_converter(config).convert(text))


def text_in(phrase: Phrase, lang: str) -> tuple[str, Source] | None:
    """The phrase's text for a customer reading `lang`, and where it came from.

    Its own language gives `body` (her personal variant included); then a hand-written text;
    then a Simplified <-> Traditional conversion of either; None when there is no version.
    """
    if lang == phrase.lang:
        return phrase.body, "own"
    written = dict(phrase.texts)
    if lang in written:
        return written[lang], "written"
    for source, text in ((phrase.lang, phrase.body), *written.items()):
        converted = convert(text, source, lang)
        if converted is not None:
            return converted, "converted"
    return None


def localized(phrase: Phrase, lang: str | None) -> Phrase:
    """The phrase as the popup shows and inserts it for a `lang` customer (itself when there is
    no version in `lang`): `body` is that text, `lang` picks the right way to address her."""
    found = text_in(phrase, lang) if lang else None
    if found is None or found[1] == "own" or lang is None:
        return phrase
    title = phrase.title
    if found[1] == "converted":  # the same script change for the title, so the row reads as one
        title = convert(title, phrase.lang, lang) or title
    return dataclasses.replace(phrase, variant=found[0], lang=lang, title=title)


class Languages:
    """Hand-written texts of a phrase in other languages; reach it as `book.languages`."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def set(self, phrase_id: str, lang: str, text: str | None) -> Phrase:
        """Write the phrase's `lang` text (None or blank removes it); returns the phrase."""
        store = self._store
        phrase = store.phrase(phrase_id)
        lang = validate.lang(lang)
        if lang == phrase.lang:
            raise ValidationError(
                f"{lang} is the phrase's own language: change its text instead of adding one"
            )
        now = store.clock.now()
        with store.write() as write:
            if text is None or not text.strip():
                store.db.execute(
                    "UPDATE phrase_texts SET deleted = 1, updated = ?"
                    " WHERE phrase_id = ? AND lang = ? AND deleted = 0",
                    [now, phrase_id, lang],
                )
            else:
                cleaned = validate.text(text)
                store.db.execute(_UPSERT, [str(uuid.uuid4()), phrase_id, lang, cleaned, now, now])
            write.touch({phrase_id})
        return write.fresh[0]

    def get(self, phrase_id: str, lang: str) -> str | None:
        """The text for `lang` as the popup would use it (written, own or converted), or None."""
        found = text_in(self._store.phrase(phrase_id), lang)
        return found[0] if found else None

    def texts(self, phrase_id: str) -> dict[str, str]:
        """Every written version, the phrase's own language first."""
        phrase = self._store.phrase(phrase_id)
        return {phrase.lang: phrase.body, **dict(phrase.texts)}
