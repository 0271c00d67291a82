"""Template engine: fills a canned reply's placeholders from the agent's profile and input.

Syntax (both bracket forms behave the same; the 【】 form is what agents already write):

- `{店铺名}` / `【shop】`: a known name (see `KNOWN_NAMES`) filled from `RenderContext`. An
  empty profile value makes it a fill-in field instead, except the customer ("亲").
- `{日期}`, `{日期:%m月%d日}`, `{日期+3:%-m月%-d日}`, `{时间}`: the date/time from
  `RenderContext.now`, with a strftime format ("%-d" drops zero padding everywhere) and, for
  the date, a day offset.
- `{尺码}`: a fill-in field; `{颜色:红色|蓝色}` offers choices (the first is the default);
  `{分钟:5}` has a default. A name used twice is one field.
- `{{`, `}}`, `【【`, `】】`: literal brackets; `escape` doubles them for you.
- A 【…】 that reads as the shop's label rather than a slot (【温馨提示】 at the start, 【重要】：,
  【顺丰包邮】) is text; `brackets` lists how each was read, `toggle_bracket` flips one (see
  phrasebook.templates.bracket_marks for the rules).

Malformed spots become `TemplateProblem`s and stay in the text as written: `render` never
raises. Only ASCII ':' and '|' separate options, so a 【注意：…】 heading is not read as a
default.
"""

from __future__ import annotations

from phrasebook.templates.bracket_marks import Bracket, as_text
from phrasebook.templates.names import KNOWN_NAMES
from phrasebook.templates.renderer import render
from phrasebook.templates.slots import MAX_NAME_CHARS, Slot, analyze
from phrasebook.templates.values import (
    DEFAULT_CUSTOMER,
    Field,
    RenderContext,
    Rendered,
    TemplateProblem,
)

__all__ = [
    "Bracket",
    "DEFAULT_CUSTOMER",
    "KNOWN_NAMES",
    "MAX_NAME_CHARS",
    "Field",
    "RenderContext",
    "Rendered",
    "TemplateProblem",
    "brackets",
    "escape",
    "placeholders",
    "problems",
    "render",
    "toggle_bracket",
]

_ESCAPES = str.maketrans({ch: ch * 2 for ch in "{}【】"})


def escape(text: str) -> str:
    """Double every bracket so `text` renders to itself (e.g. a customer's pasted "{")."""
    return text.translate(_ESCAPES)


def placeholders(template: str) -> tuple[str, ...]:
    """Each field's name as first written, in order (`{shop}【店铺名】{日期}` -> shop, 日期).

    Known names and dates count; malformed placeholders do not.
    """
    seen: dict[str, str] = {}
    for token in analyze(template).tokens:
        if isinstance(token, Slot):
            seen.setdefault(token.key, token.name)
    return tuple(seen.values())


def problems(template: str) -> tuple[TemplateProblem, ...]:
    """The malformed spots of `template`, by position, without rendering it."""
    return analyze(template).problems


def brackets(template: str) -> tuple[Bracket, ...]:
    """Every bracketed name in `template` and whether it is a field or text, by position.

    Malformed brackets are left out (see `problems`).
    """
    return analyze(template).brackets


def toggle_bracket(template: str, start: int) -> str:
    """`template` with the bracket at `start` turned from a field into text, or back.

    A field becomes doubled brackets (`【【…】】`), or the shop's 【label】 again when it was
    one turned into a `{…}` field; text gets single brackets back, or braces (`{…}`, always a
    field) when single 【】 would read as a label there.

    Raises:
        ValueError: when no bracket starts at `start`.
    """
    found = next((b for b in brackets(template) if b.start == start), None)
    if found is None:
        raise ValueError(f"no bracket at {start}")
    head, tail = template[: found.start], template[found.end :]
    inner = found.raw.strip("{}【】")
    wanted = not found.field
    if found.raw.startswith("{{"):
        return head + found.raw[1:-1] + tail
    if found.raw.startswith("{") or found.reason == "escaped":
        single = head + f"【{inner}】" + tail
        if _field_at(single, start) is wanted:
            return single
    if wanted:
        return head + "{" + inner + "}" + tail
    return head + as_text(found.raw) + tail


def _field_at(template: str, start: int) -> bool | None:
    return next((b.field for b in brackets(template) if b.start == start), None)
