"""Rendering: fills analyzed slots from the context and collects the fill-in fields."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from phrasebook.templates.dates import format_moment
from phrasebook.templates.names import CLOCK_NAMES, canonical
from phrasebook.templates.slots import Analysis, Slot, analyze
from phrasebook.templates.values import (
    DEFAULT_CUSTOMER,
    Field,
    RenderContext,
    Rendered,
    TemplateProblem,
)


def render(template: str, context: RenderContext | None = None) -> Rendered:
    """Fill `template` from `context`; never raises, malformed spots stay as written.

    Args:
        template: phrase text with `{name}` / `【name】` placeholders.
        context: profile, clock and typed values; None means an empty profile and "now".

    Returns:
        The text, the fill-in fields (stable whatever `context.values` holds, so the popup's
        inline fields do not come and go while the agent types) and the problems.
    """
    ctx = context if context is not None else RenderContext()
    analysis = analyze(template)
    filler = _Filler(ctx, analysis)
    for token in analysis.tokens:
        if isinstance(token, str):
            filler.append(token)
        else:
            filler.add(token)
    return filler.result()


@dataclass(slots=True)
class _OpenField:
    """A field while rendering is still finding its occurrences."""

    name: str
    choices: tuple[str, ...]
    default: str
    value: str | None
    spans: list[tuple[int, int]] = field(default_factory=list)


class _Filler:
    """Accumulates the output text, remembering where each field's text lands."""

    def __init__(self, ctx: RenderContext, analysis: Analysis) -> None:
        self.ctx = ctx
        self.analysis = analysis
        self.parts: list[str] = []
        self.length = 0
        self.fields: dict[str, _OpenField] = {}
        self.problems: list[TemplateProblem] = []
        # keyed like slots: a known name under any alias counts as its canonical name
        self.typed = {canonical(k) or k: v for k, v in ctx.values.items() if v}
        self._now: datetime | None = ctx.now

    def append(self, text: str) -> tuple[int, int]:
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        return start, self.length

    def add(self, slot: Slot) -> None:
        """Append the text for `slot`: a clock value, a profile value, or a field."""
        if slot.known in CLOCK_NAMES:
            self._add_clock(slot)
            return
        typed = self.typed.get(slot.key)
        profile = self._profile(slot)
        if profile:
            self.append(typed or profile)
        else:
            self._add_field(slot, typed)

    def _profile(self, slot: Slot) -> str:
        """The profile value of a known name; customer never asks, it falls back to "亲"."""
        ctx = self.ctx
        values = {
            "shop": ctx.shop,
            "agent": ctx.agent,
            "product": ctx.product,
            "order_no": ctx.order_no,
            "signature": ctx.signature,
            "emoticon": ctx.emoticon,
        }
        if slot.known == "customer":
            return ctx.customer or self._spec(slot)[1] or DEFAULT_CUSTOMER
        return values.get(slot.known or "", "")

    def _add_field(self, slot: Slot, typed: str | None) -> None:
        choices, default = self._spec(slot)
        open_field = self.fields.setdefault(
            slot.key, _OpenField(slot.name, choices, default, typed)
        )
        text = open_field.value or open_field.default or slot.placeholder.raw
        open_field.spans.append(self.append(text))

    def _add_clock(self, slot: Slot) -> None:
        if self._now is None:
            self._now = datetime.now()  # once per render, so every date agrees
        try:
            self.append(format_moment(self._now, slot.pieces, slot.days))
        except (OverflowError, ValueError) as exc:
            at = slot.placeholder.start
            self.problems.append(
                TemplateProblem(at, f"cannot show '{slot.placeholder.raw}' at {at}: {exc}")
            )
            self.append(slot.placeholder.raw)

    def _spec(self, slot: Slot) -> tuple[tuple[str, ...], str]:
        return self.analysis.specs.get(slot.key, ((), ""))

    def result(self) -> Rendered:
        fields = tuple(
            Field(f.name, f.choices, f.default, f.value, tuple(f.spans))
            for f in self.fields.values()
        )
        problems = sorted((*self.analysis.problems, *self.problems), key=lambda p: p.position)
        return Rendered("".join(self.parts), fields, tuple(problems))
