"""The values the core hands out: frozen, so a popup or a thread can keep them safely.

Records carry the sync fields from day one: a stable UUID, created/updated stamps from the
hybrid logical clock (see `clock`), a tombstone flag and a scope (`team` or `personal`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from phrasebook.wording import Finding

Scope = Literal["team", "personal"]
SCOPES: tuple[Scope, ...] = ("team", "personal")

#: Languages a phrase can be written in (BCP 47 tags as agents' shops need them).
LANGS: tuple[str, ...] = ("zh-Hans", "zh-Hant", "ko", "en")

#: The longest phrase text we store. No chat client sends more in one message, and a giant
#: phrase would slow every search; a longer one is refused with a clear message.
MAX_TEXT_CHARS = 20_000
MAX_TITLE_CHARS = 200
MAX_CODE_CHARS = 32

#: Separator of group paths such as "售前/议价" (two levels at most).
GROUP_SEPARATOR = "/"


@dataclass(frozen=True, slots=True)
class Group:
    """A folder of phrases; `parent_id` is None for a top-level group."""

    id: str
    name: str
    parent_id: str | None
    path: str
    position: float
    scope: Scope = "team"


@dataclass(frozen=True, slots=True)
class ImageRef:
    """One picture a reply carries (a size chart, a product photo): what lists and exports need.

    The bytes stay in the book, content-addressed by `hash` (SHA-256 hex): the same picture on
    many replies is stored once; `book.image_bytes(hash)` reads them.
    """

    name: str
    type: str  # MIME type: image/png, image/jpeg, image/gif, image/webp, image/bmp
    size: int  # bytes
    hash: str
    width: int
    height: int


@dataclass(frozen=True, slots=True)
class Phrase:
    """One canned reply.

    Attributes:
        text: the team's (or the agent's own, for personal phrases) template text.
        variant: the agent's personal rewording of a team phrase, or None. Search and insert
            use `body`, which prefers it.
        group: the group path, e.g. "售前/议价"; "" when ungrouped.
        questions: customer questions this phrase answers (they feed search).
        use_count / last_used: this agent's usage (unix seconds), for ranking.
        team_changed: the team rewrote `text` after the agent wrote her `variant` (see
            phrasebook.personal: keep hers, take theirs, or merge).
        texts: the same reply in other languages, as (lang, text) pairs sorted by lang
            (one phrase with variants, not one phrase per language).
    """

    id: str
    text: str
    title: str = ""
    group: str = ""
    code: str = ""
    tags: tuple[str, ...] = ()
    questions: tuple[str, ...] = ()
    lang: str = "zh-Hans"
    favorite: bool = False
    scope: Scope = "team"
    variant: str | None = None
    use_count: int = 0
    last_used: float | None = None
    created: str = ""
    updated: str = ""
    team_changed: bool = False
    texts: tuple[tuple[str, str], ...] = ()
    #: Scrubbed customer questions this agent answered with the phrase (personal, local).
    learned: tuple[str, ...] = ()
    #: Pictures sent with the reply, in order (team or personal like the phrase itself).
    images: tuple[ImageRef, ...] = ()

    @property
    def body(self) -> str:
        """The text to search and insert: the personal variant when there is one."""
        return self.variant if self.variant is not None else self.text

    @property
    def searched_text(self) -> str:
        """What search reads as the body: `body`, then the other languages' texts (so `退款`,
        `환불` and `refund` all find one phrase); highlights past `body` are clipped away."""
        return "\n".join((self.body, *(text for _, text in self.texts)))

    @property
    def label(self) -> str:
        """A one-line name for lists: the title, or the start of the text."""
        if self.title:
            return self.title
        first = self.body.strip().splitlines()[0] if self.body.strip() else ""
        return first[:30]


@dataclass(frozen=True, slots=True)
class Match:
    """Where a query matched: a field name and (start, end) character spans in that field.

    `field` is one of "code", "title", "body", "tags", "questions", "group". For "tags" and
    "questions" the spans index into the items joined by "\\n".
    """

    field: str
    spans: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Hit:
    """A search result: the phrase, its score (higher is better) and what matched."""

    phrase: Phrase
    score: float
    matches: tuple[Match, ...] = ()


@dataclass(frozen=True, slots=True)
class Profile:
    """The agent's own details that fill placeholders; never synced to the team."""

    nickname: str = ""
    signature: str = ""
    shops: tuple[str, ...] = ()
    active_shop: str = ""
    greeting: str = "亲"
    emoticon: str = ""


@dataclass(frozen=True, slots=True)
class RowFinding:
    """A wording finding in one row of an import file; the CLI and the preview word it."""

    line: int
    finding: Finding


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import did (or, with dry_run, would do)."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    dry_run: bool = False
    ids: tuple[str, ...] = field(default=(), repr=False)
    #: Rows matching a phrase already there (same text, or same code in the same group).
    duplicates: int = 0
    #: Duplicates left out (on_duplicate="skip").
    skipped: int = 0
    format: str = ""
    #: Per-row preview (phrasebook.importing.plan.PlanItem), in file order.
    items: tuple[Any, ...] = field(default=(), repr=False)
    #: Wording-check findings of the rows that would be written, in file order.
    findings: tuple[RowFinding, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def total(self) -> int:
        return self.added + self.updated + self.unchanged


@dataclass(frozen=True, slots=True)
class Stats:
    """Counts for `phrasebook stats` and the diagnostics report."""

    phrases: int
    team: int
    personal: int
    groups: int
    favorites: int
    variants: int
    deleted: int
    uses: int
    by_lang: dict[str, int]
    #: Phrases pinned to the number keys (Ctrl+Alt+1..9); `favorites` counts the ones marked
    #: as favourite, a different thing.
    pinned: int = 0
