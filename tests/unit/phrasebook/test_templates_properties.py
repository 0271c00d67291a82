"""Properties of the template engine that must hold for any input string."""

from __future__ import annotations

import re
from datetime import datetime

from hypothesis import given
from hypothesis import strategies as st

from phrasebook.templates import RenderContext, escape, placeholders, problems, render

BRACKETS = "{}【】"
#: Characters that matter to the scanner, mixed into arbitrary text so hypothesis hits them.
TRICKY = st.sampled_from([*BRACKETS, ":", "|", "+", "-", "%", "\n", " ", "日期", "时间", "shop"])
TEMPLATES = st.lists(st.one_of(st.text(max_size=5), TRICKY), max_size=30).map("".join)
CONTEXTS = st.builds(
    RenderContext,
    shop=st.text(max_size=5),
    agent=st.text(max_size=5),
    customer=st.text(max_size=5),
    now=st.datetimes(),
    values=st.dictionaries(st.one_of(st.text(max_size=4), TRICKY), st.text(max_size=5)),
)
NO_BRACKETS = st.text().filter(lambda s: not any(ch in s for ch in BRACKETS))
#: Field names (known ones included); the date and time take formats, not choices.
#: (【亲】 alone is the shop's greeting label, not a field: see test_brackets.)
NAME = st.text(
    st.sampled_from("abcXYZ颜色尺码店铺名客服亲상품고객 "), min_size=1, max_size=6
).filter(lambda s: s.strip() not in ("", "亲", "亲亲"))
#: Text between fields that keeps each 【name】 mid-sentence: no colon after, no sentence end
#: before (there a 【name】 of no known kind is a label, kept as text).
_NOT_MID_SENTENCE = re.compile("[:：。！？!?~～…\r\n]")
PIECE = st.one_of(
    NO_BRACKETS.map(lambda s: _NOT_MID_SENTENCE.sub("", s)),
    st.tuples(NAME, st.sampled_from(["{%s}", "【%s】", "{%s:甲|乙}", "{%s:5}"])),
)


@given(TEMPLATES, st.one_of(st.none(), CONTEXTS))
def test_render_never_raises(template: str, context: RenderContext | None) -> None:
    rendered = render(template, context)
    assert isinstance(rendered.text, str)
    placeholders(template)


@given(st.text())
def test_render_never_raises_on_any_text(template: str) -> None:
    render(template, RenderContext(now=datetime(2024, 1, 1)))


@given(TEMPLATES)
def test_problems_point_at_a_bracket(template: str) -> None:
    for problem in problems(template):
        assert template[problem.position] in BRACKETS


@given(st.one_of(st.text(), TEMPLATES))
def test_escape_renders_to_itself(text: str) -> None:
    rendered = render(escape(text))
    assert (rendered.text, rendered.fields, rendered.problems) == (text, (), ())


@given(NO_BRACKETS, st.one_of(st.none(), CONTEXTS))
def test_text_without_brackets_renders_to_itself(text: str, context: RenderContext | None) -> None:
    assert render(text, context).text == text


@given(st.lists(PIECE, max_size=8), st.data())
def test_filling_every_field_completes(pieces: list[object], data: st.DataObject) -> None:
    template = "好" + "".join(p if isinstance(p, str) else p[1] % p[0] for p in pieces)  # type: ignore[index]
    context = RenderContext(now=datetime(2024, 1, 1))
    empty = render(template, context)
    assert all("differs from the options" in p.message for p in empty.problems)
    values = {f.name: data.draw(NO_BRACKETS.filter(bool)) for f in empty.fields}
    filled = render(template, RenderContext(now=context.now, values=values))
    assert filled.complete
    assert "{" not in filled.text and "【" not in filled.text
    assert [f.name for f in filled.fields] == [f.name for f in empty.fields]
    for f in filled.fields:
        assert f.value == values[f.name]
        assert all(filled.text[start:end] == f.value for start, end in f.spans)
