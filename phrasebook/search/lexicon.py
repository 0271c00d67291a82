"""Customer-service intents: the words buyers use mapped to the words replies use.

Customers do not use the words of the title: 太贵了 is answered by 婉拒议价, 收到是坏的 by
运输破损. resources/search/lexicon.json lists, per intent, cue words (`ask`) and reply words
(`find`), in zh-Hans, zh-Hant, ko and en. A question that holds a cue is searched for that
intent's reply words as well. Everything is folded like the index, so a
Traditional cue needs no Simplified twin.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from phrasebook.resources import resources_dir
from phrasebook.search.normalize import fold_text, is_han

LEXICON_FILE = Path("search") / "lexicon.json"


@dataclass(frozen=True)
class Intent:
    """One thing a customer asks for, and the reply words that answer it (folded)."""

    name: str
    find: tuple[str, ...]
    pattern: re.Pattern[str]

    def words_in(self, scripts: frozenset[str]) -> tuple[str, ...]:
        """The reply words written in one of `scripts` (a Chinese question is answered in
        Chinese: looking up the Korean and English words would only cost time)."""
        return tuple(w for w in self.find if _SCRIPT_OF[w] in scripts)


#: Every script `script_of` names.
ALL_SCRIPTS = frozenset({"han", "hangul", "latin"})


def script_of(text: str) -> str:
    """ "han", "hangul" or "latin": the script a word or question is written in."""
    if any(is_han(ch) for ch in text):
        return "han"
    if any("\uac00" <= ch <= "\ud7a3" or "\u3131" <= ch <= "\u318e" for ch in text):
        return "hangul"
    return "latin"


class _Scripts(dict[str, str]):
    """Memo of `script_of` for the lexicon's words."""

    def __missing__(self, word: str) -> str:
        self[word] = found = script_of(word)
        return found


_SCRIPT_OF = _Scripts()


def scripts_of(text: str) -> frozenset[str]:
    """Every script a question uses (a Chinese question may name a size in Latin letters)."""
    return frozenset(script_of(word) for word in text.split() if word.strip())


def _cue_pattern(cue: str) -> str:
    """A Latin cue must start a word (`ship` finds `shipping`, not `membership`)."""
    text = re.escape(cue.strip())
    if cue.isascii():
        text = r"(?<![a-z0-9])" + text
        if cue.endswith(" "):
            text += r"(?![a-z0-9])"
    return text


class Lexicon:
    """The intents, and which of them a question holds."""

    def __init__(self, intents: list[Intent]) -> None:
        self.intents = intents

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Lexicon:
        """Build from the JSON layout: {"intents": [{"id", "ask": [...], "find": [...]}]}."""
        intents = []
        for item in data.get("intents", []):  # type: ignore[attr-defined]
            find = tuple(dict.fromkeys(fold_text(w).strip() for w in item["find"]))
            cues = [fold_text(w) for w in item.get("ask", ())]
            pattern = re.compile("|".join(_cue_pattern(c) for c in cues if c.strip()))
            intents.append(Intent(item["id"], tuple(w for w in find if w), pattern))
        return cls(intents)

    def intents_of(self, folded: str) -> list[Intent]:
        """Intents whose cue occurs in the folded question."""
        return [i for i in self.intents if i.pattern.search(folded)]

    def named(self, name: str) -> Intent | None:
        """The intent with this id, if the lexicon has it."""
        return next((i for i in self.intents if i.name == name), None)


@cache
def default_lexicon() -> Lexicon:
    """The lexicon shipped in resources/ (read once per process)."""
    path = resources_dir() / LEXICON_FILE
    return Lexicon.from_json(json.loads(path.read_text("utf-8")))
