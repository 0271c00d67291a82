"""Field checks: each bad value is refused with a message naming the field."""

from __future__ import annotations

from typing import Any

import pytest

from phrasebook import ValidationError, validate
from phrasebook.models import MAX_CODE_CHARS, MAX_TEXT_CHARS


def test_text_normalises_newlines_and_keeps_spacing() -> None:
    assert validate.text("  亲\r\n在的\r好的\t ") == "  亲\n在的\n好的\t "
    assert validate.text("x" * MAX_TEXT_CHARS) == "x" * MAX_TEXT_CHARS


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (None, "string"),
        (b"bytes", "string"),
        ("", "empty"),
        (" \n\t", "empty"),
        ("x" * (MAX_TEXT_CHARS + 1), "20,000"),
        ("长" * 1_000_000, "limit"),
        ("a\x00b", r"U\+0000"),
        ("a\x1bb", r"U\+001B"),
        ("a\x7f", r"U\+007F"),
    ],
)
def test_text_refusals(value: Any, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        validate.text(value)


def test_short_fields() -> None:
    assert validate.title(None) == ""
    assert validate.title("  标题 ") == "标题"
    assert validate.code(" fhsj ") == "fhsj"
    assert validate.code("x" * MAX_CODE_CHARS) == "x" * MAX_CODE_CHARS
    for bad, message in [("a b", "spaces"), ("x" * (MAX_CODE_CHARS + 1), "limit"), (1, "string")]:
        with pytest.raises(ValidationError, match=message):
            validate.code(bad)
    with pytest.raises(ValidationError, match="title"):
        validate.title("a\nb\x01")


def test_items_are_trimmed_deduplicated_and_ordered() -> None:
    assert validate.items(None, "tags") == ()
    assert validate.items([" b", "a", "b", "", "c\nd"], "tags") == ("b", "a", "c d")
    assert validate.items(("x",), "tags") == ("x",)
    assert validate.items(iter(["y"]), "tags") == ("y",)


@pytest.mark.parametrize(
    "bad", ["text", b"bytes", 5, {"a": 1}, [1], ["x" * 501], [str(n) for n in range(51)]]
)
def test_items_refusals(bad: Any) -> None:
    with pytest.raises(ValidationError, match="questions"):
        validate.items(bad, "questions")


@pytest.mark.parametrize("tag", ["zh-Hans", "zh-Hant", "en", "ko", "en-US", "yue"])
def test_language_tags(tag: str) -> None:
    assert validate.lang(tag) == tag


@pytest.mark.parametrize("tag", ["", "中文", "e", "english_us", None, 3])
def test_bad_language_tags(tag: Any) -> None:
    with pytest.raises(ValidationError, match="language"):
        validate.lang(tag)


def test_scope() -> None:
    assert validate.scope("team") == "team"
    assert validate.scope("personal") == "personal"
    with pytest.raises(ValidationError, match="scope"):
        validate.scope("Team")


@pytest.mark.parametrize(
    ("value", "cleaned"),
    [("", ""), ("/", ""), ("售前", "售前"), (" 售前 / 议价 ", "售前/议价"), ("/售前/", "售前")],
)
def test_group_paths(value: str, cleaned: str) -> None:
    assert validate.group_path(value) == cleaned


@pytest.mark.parametrize(
    ("value", "message"),
    [("a/b/c", "two"), ("/ /b", "empty level"), (None, "path"), ("x" * 201, "limit")],
)
def test_bad_group_paths(value: Any, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        validate.group_path(value)
