"""Property tests: any valid phrasebook survives export -> import -> export byte for byte."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from phrasebook import Phrase, Phrasebook
from phrasebook.models import LANGS
from phrasebook.pack import KNOWN_KEYS, phrase_line, read_pack, write_atomically

# Letters, CJK, Hangul, emoji, punctuation and whitespace; no C0 controls except tab/newline.
_CHARS = st.characters(
    exclude_categories=("Cs", "Cc"),
    include_characters="\n\t",
)
_CJK = st.sampled_from("发货亲您好退换貨운송배송😊🎉【】{}「」，。！？ \n")
_TEXT = st.text(st.one_of(_CHARS, _CJK), min_size=1, max_size=60).filter(lambda s: s.strip())
_SHORT = st.text(st.one_of(_CHARS, _CJK), max_size=12).map(lambda s: s.replace("\n", " "))
_NAME = st.text(
    st.characters(exclude_categories=("Cs", "Cc", "Zs", "Zl", "Zp"), exclude_characters="/"),
    min_size=1,
    max_size=6,
)
_GROUP = st.one_of(st.just(""), _NAME, st.tuples(_NAME, _NAME).map("/".join))
_CODE = st.text(st.characters(exclude_categories=("Cs", "Cc", "Z")), max_size=8)
_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**12), 10**12)
    | st.floats(allow_nan=False, allow_infinity=False)
    | _SHORT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_SHORT, inner, max_size=3),
    max_leaves=6,
)
_EXTRA = st.dictionaries(
    st.text(min_size=1, max_size=8).filter(lambda k: k not in KNOWN_KEYS), _JSON, max_size=3
)


@st.composite
def phrase_kwargs(draw: st.DrawFn) -> dict[str, Any]:
    return {
        "text": draw(_TEXT),
        "title": draw(_SHORT),
        "group": draw(_GROUP),
        "code": draw(_CODE),
        "tags": draw(st.lists(_SHORT, max_size=3)),
        "questions": draw(st.lists(_SHORT, max_size=3)),
        "lang": draw(st.sampled_from(LANGS)),
        "scope": draw(st.sampled_from(("team", "personal"))),
        "favorite": draw(st.booleans()),
    }


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(phrase_kwargs(), _EXTRA), min_size=1, max_size=8))
def test_export_import_export_is_byte_identical(
    phrases: list[tuple[dict[str, Any], dict[str, Any]]],
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with Phrasebook.open(folder / "a.db") as a:
            added = [a.add(**kwargs) for kwargs, _ in phrases]
            lines = [phrase_line(p, extra) for p, (_, extra) in zip(added, phrases, strict=True)]
            write_atomically(folder / "with_extras.jsonl", lines)
            a.import_file(folder / "with_extras.jsonl")  # stores the unknown keys
            a.export_file(folder / "first.jsonl")
        with Phrasebook.open(folder / "b.db") as b:
            report = b.import_file(folder / "first.jsonl")
            assert report.added == len(phrases)
            b.export_file(folder / "second.jsonl")
            for original in added:
                copy = b.get(original.id)
                for key in ("text", "title", "group", "code", "tags", "questions", "lang"):
                    assert getattr(copy, key) == getattr(original, key)
            again = b.import_file(folder / "second.jsonl")
            assert again.unchanged == len(phrases)
        assert (folder / "first.jsonl").read_bytes() == (folder / "second.jsonl").read_bytes()


@settings(max_examples=200, deadline=None)
@given(phrase_kwargs(), _EXTRA, st.text(min_size=1, max_size=64).filter(str.isprintable))
def test_a_pack_line_reads_back_as_the_same_phrase(
    kwargs: dict[str, Any], extra: dict[str, Any], phrase_id: str
) -> None:
    kwargs = {k: v for k, v in kwargs.items() if k not in ("scope", "favorite")}
    kwargs["text"] = kwargs["text"].replace("\r", "\n")
    kwargs["title"] = kwargs["title"].strip()
    kwargs["tags"] = tuple(dict.fromkeys(t.strip() for t in kwargs["tags"] if t.strip()))
    kwargs["questions"] = tuple(dict.fromkeys(q.strip() for q in kwargs["questions"] if q.strip()))
    kwargs["code"] = kwargs["code"].strip()
    phrase = Phrase(id=phrase_id, **kwargs)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "one.jsonl"
        write_atomically(path, [phrase_line(phrase, extra)])
        (record,) = read_pack(path)
    assert record.id == phrase_id
    assert record.extra == extra
    assert (record.text, record.title, record.group, record.code, record.lang) == (
        phrase.text,
        phrase.title,
        phrase.group,
        phrase.code,
        phrase.lang,
    )
    assert (record.tags, record.questions) == (phrase.tags, phrase.questions)
