"""Search: what the popup calls on every keystroke.

`SearchIndex` keeps every phrase in memory and finds them by shortcut code, Chinese text,
pinyin (full, initials, partial, mixed, every reading of polyphones), Traditional or Simplified,
Korean syllables and 초성, Latin text with a small typo, or a pasted customer question.

Modules: `normalize` (folding), `pinyin`, `hangul`, `vocab` (character ids), `segment` (arrays),
`query` (what a query can mean), `match` (vectorised matching), `rank` (scores), `questions`
(BM25), `typo`, `hits` (highlight spans), `index` (the facade).
"""

from __future__ import annotations

from phrasebook.models import Hit, Match, Phrase
from phrasebook.search.index import SearchIndex

__all__ = ["Hit", "Match", "Phrase", "SearchIndex"]
