"""Who may change what, decided here so the app, the command line and any script obey alike.

Outside a team there is no one else: every phrase is the agent's own, editable, and nothing is
labelled a team phrase. Phrases are stored as "team" scope unless made personal, which only
matters later: creating a team shares them, joining one turns them all personal.

In a team, team phrases belong to the supervisors. An agent's edit of a team phrase's *text*
becomes her own wording (a variant): search and insertion use it, sync never sends it, and when
the team changes the phrase she is shown both (`variants.changed`). Her changes to the other
shared fields (title, group, code, tags, questions, language) and deleting or moving a team
phrase are refused with `RoleError`, which says how to propose the change instead. A new phrase
she adds is personal.
"""

from __future__ import annotations

from typing import Any, Protocol

from phrasebook.errors import RoleError
from phrasebook.models import Phrase, Scope


class Membership(Protocol):
    """What the rules read of the team (the sync manager answers)."""

    @property
    def team(self) -> dict[str, Any] | None: ...

    @property
    def role(self) -> str | None: ...


#: Fields every member shares through sync; `favorite` is her own mark and stays editable.
SHARED_FIELDS = ("title", "group", "code", "tags", "questions", "lang", "scope")
PROPOSE = (
    "ask a supervisor, or propose it: note the question in the notebook and "
    "`phrasebook notebook promote ID --to {ref}` (提议 in the app)"
)


def in_team(member: Membership) -> bool:
    return member.team is not None


def may_edit(member: Membership, phrase: Phrase) -> bool:
    """Whether this device may change `phrase` itself (not only her wording of it)."""
    return phrase.scope != "team" or member.role in (None, "supervisor")


def default_scope(member: Membership) -> Scope:
    """The scope of a new phrase when none is asked for: personal for a team's agent."""
    return "personal" if in_team(member) and member.role not in (None, "supervisor") else "team"


def shown_scope(member: Membership, phrase: Phrase) -> Scope | None:
    """The badge a phrase carries: None outside a team, where every phrase is simply hers."""
    return phrase.scope if in_team(member) else None


def split_agent_changes(
    phrase: Phrase, changes: dict[str, Any]
) -> tuple[dict[str, Any], str | None]:
    """For an agent's edit of a team phrase: (changes she may make, her new wording or None).

    Raises RoleError when she changes a shared field or the phrase's text in another way.
    """
    refused = [k for k in SHARED_FIELDS if k in changes and changes[k] != getattr(phrase, k)]
    if refused:
        raise RoleError(
            f"{phrase.label!r} is a team phrase: only a supervisor changes its "
            f"{', '.join(refused)}; " + PROPOSE.format(ref=phrase.code or phrase.id[:8])
        )
    own = {k: v for k, v in changes.items() if k not in ("text", *SHARED_FIELDS)}
    text = changes.get("text")
    return own, None if text is None else str(text)


def refuse_removal(member: Membership, phrases: list[Phrase], what: str) -> None:
    """RoleError when any of `phrases` is a team phrase this device may not `what` (delete…)."""
    locked = [p for p in phrases if not may_edit(member, p)]
    if locked:
        names = ", ".join(repr(p.label) for p in locked[:3])
        raise RoleError(
            f"only a supervisor can {what} team phrases ({names}); "
            + PROPOSE.format(ref=locked[0].code or locked[0].id[:8])
        )
