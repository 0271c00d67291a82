"""The values the template engine takes and hands back; frozen so the popup can keep them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

#: What a reply calls the customer when the context names nobody ("亲", as Taobao agents do).
DEFAULT_CUSTOMER = "亲"


@dataclass(frozen=True, slots=True)
class RenderContext:
    """Everything a template may draw on: the agent's profile, the clock and typed values.

    Attributes:
        shop, agent, customer, product, order_no, signature, emoticon: profile values for the
            known names; an empty one turns its placeholder into a fill-in field (except
            `customer`, which falls back to "亲").
        now: the moment `{日期}`/`{时间}` show; None means `datetime.now()` at render time.
        values: what the agent typed, by field name. A known name may be keyed by any of its
            aliases or its canonical name ("店铺名" or "shop"); it overrides the profile value.
            An empty string counts as not typed.
    """

    shop: str = ""
    agent: str = ""
    customer: str = DEFAULT_CUSTOMER
    product: str = ""
    order_no: str = ""
    signature: str = ""
    emoticon: str = ""
    now: datetime | None = None
    values: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Field:
    """One thing the agent is asked for at insert time.

    Attributes:
        name: the name as first written in the template ("店铺名", not "shop"), so the popup
            labels it in the agent's own words; key `RenderContext.values` by it.
        choices: the options of a choice field (`{颜色:红色|蓝色}`); empty otherwise.
        default: the first choice, or the `{分钟:5}` default; "" when there is none.
        value: the typed value in use, or None while the field is unfilled.
        spans: (start, end) of every occurrence of the field's text in `Rendered.text`.
    """

    name: str
    choices: tuple[str, ...] = ()
    default: str = ""
    value: str | None = None
    spans: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class TemplateProblem:
    """A malformed spot in a template; its characters stay in the text as written."""

    position: int
    message: str


@dataclass(frozen=True, slots=True)
class Rendered:
    """A filled template: the text to insert, the fields to ask for, and what was malformed.

    Attributes:
        text: the filled text. A field with no value shows its default, or its original
            placeholder (e.g. "{尺码}") when it has none.
        fields: every fill-in field in order of first use (known names that got a profile
            value are not fields).
        problems: malformed spots, ordered by position.
    """

    text: str
    fields: tuple[Field, ...] = ()
    problems: tuple[TemplateProblem, ...] = ()

    @property
    def missing(self) -> tuple[Field, ...]:
        """Fields with neither a value nor a default: inserting now would leave a placeholder."""
        return tuple(f for f in self.fields if f.value is None and not f.default)

    @property
    def complete(self) -> bool:
        """True when no field is missing, so the text can be inserted as it is."""
        return not self.missing
