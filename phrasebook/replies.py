"""Turning a phrase into the reply that is sent: the render context from the profile, the
filled template, and the wording check with the team's extra rule files."""

from __future__ import annotations

import dataclasses
from typing import Any

from phrasebook import wording
from phrasebook.models import Phrase
from phrasebook.settings import Settings
from phrasebook.templates import RenderContext, Rendered, render

#: How a customer is addressed when no name is known, for languages other than zh-Hans
#: (where the agent's own greeting, 亲 or 您, is used).
DEFAULT_CUSTOMER = {"zh-Hant": "您", "ko": "고객님", "en": "friend"}


class Replies:
    """Rendering and checking for one phrasebook (`book.context`, `book.render`, `book.check`)."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings

    def context(self, lang: str = "zh-Hans", **overrides: Any) -> RenderContext:
        """A render context filled from the profile (active shop, nickname...).

        How an unnamed customer is addressed depends on the phrase's language: the agent's
        chosen greeting (亲/您) in Simplified Chinese, the usual form elsewhere.
        """
        profile = self._settings.profile
        customer = DEFAULT_CUSTOMER.get(lang) or profile.greeting or "亲"
        base = RenderContext(
            shop=profile.active_shop,
            agent=profile.nickname,
            customer=customer,
            signature=profile.signature,
            emoticon=profile.emoticon,
        )
        return dataclasses.replace(base, **overrides)

    def render(
        self,
        phrase: Phrase | str,
        context: RenderContext | None = None,
        values: dict[str, str] | None = None,
    ) -> Rendered:
        """Fill a phrase's placeholders; never raises for a malformed template."""
        template = phrase.body if isinstance(phrase, Phrase) else phrase
        ctx = context or self.context(phrase.lang if isinstance(phrase, Phrase) else "zh-Hans")
        if values:
            ctx = dataclasses.replace(ctx, values={**ctx.values, **values})
        return render(template, ctx)

    def check(self, text: str, lang: str | None = None) -> list[wording.Finding]:
        """Careless wording in `text`, by position (see phrasebook.wording).

        The shipped rules apply, then the team's rule files named by the `wording.extra_rules`
        setting; `lang` is the phrase's language (None: guessed from the text).
        """
        extra = wording.setting_paths(self._settings.get(wording.EXTRA_RULES_SETTING))
        return wording.check(text, lang, extra_rules=extra)
