"""Personalization: her own wording of team phrases, number-key favourites, per-language texts
of one phrase and follow-up suggestions. Each manager hangs off the phrasebook
(`book.variants`, `book.favorites`, `book.languages`, `book.links`, `book.follow_ups`).
"""

from phrasebook.personal.favorites import SLOTS, Favorites
from phrasebook.personal.followups import WINDOW_SECONDS, FollowUps
from phrasebook.personal.languages import Languages, convert, localized, text_in
from phrasebook.personal.variants import VariantComparison, Variants

__all__ = [
    "SLOTS",
    "WINDOW_SECONDS",
    "Favorites",
    "FollowUps",
    "Languages",
    "VariantComparison",
    "Variants",
    "convert",
    "localized",
    "text_in",
]
