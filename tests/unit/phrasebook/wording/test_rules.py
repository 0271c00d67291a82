"""Rule files: validation with the file and rule named, and a team's own rules on top."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from phrasebook import Phrasebook
from phrasebook.wording import EXTRA_RULES_SETTING, RuleFileError, check, read_rule_file
from phrasebook.wording.rules import shipped_paths


def write(tmp_path: Path, data: Any, name: str = "team.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def rule(**fields: Any) -> dict[str, Any]:
    base = {"id": "team.x", "category": "promise", "severity": "error", "explanation": "why"}
    return base | fields


def test_the_shipped_files_are_valid_and_cover_every_language() -> None:
    langs = {read_rule_file(p).rules[0].lang for p in shipped_paths()}
    assert langs == {"*", "zh", "ko", "en"}
    ids = [r.id for p in shipped_paths() for r in read_rule_file(p).rules]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"rules": [rule(words=["x"], severity="fatal")]}, "severity must be one of"),
        ({"rules": [rule()]}, 'needs "words" or "patterns"'),
        ({"rules": [rule(patterns=["(unclosed"])]}, "bad pattern"),
        ({"rules": [rule(patterns=["a*"])]}, "matches empty text"),
        ({"rules": [rule(words=["x"], colour="red")]}, "unknown keys colour"),
        ({"rules": [rule(words=["x"], kind="missing")]}, "needs a positive"),
        ({"rules": [rule(words=["x"]), rule(words=["y"])]}, "used twice"),
        ({"lang": "fr", "rules": []}, "lang must be one of"),
        ({"rules": [rule(words=["x"], explanation="")]}, "explanation"),
        ([1, 2], 'with a "rules" list'),
    ],
)
def test_a_bad_rule_is_refused_with_its_file_and_id(
    tmp_path: Path, data: Any, message: str
) -> None:
    path = write(tmp_path, data)
    with pytest.raises(RuleFileError, match=message) as raised:
        read_rule_file(path)
    assert str(path) in str(raised.value)


def test_an_unreadable_file_is_a_rule_file_error(tmp_path: Path) -> None:
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(RuleFileError, match="cannot read rules"):
        read_rule_file(tmp_path / "bad.json")
    with pytest.raises(RuleFileError, match="cannot read rules"):
        check("x", "zh-Hans", extra_rules=[tmp_path / "missing.json"])


def test_a_team_adds_a_rule_in_its_own_language(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        {
            "lang": "zh",
            "rules": [
                rule(
                    id="team.refund",
                    words=["秒退款"],
                    explanation={"zh": "退款要等平台审核", "en": "refunds wait for review"},
                    suggestion="改说“审核通过后退款”",
                )
            ],
        },
    )
    (finding,) = check("亲，秒退款哦", "zh-Hans", extra_rules=[path])
    assert (finding.rule, finding.text, finding.severity) == ("team.refund", "秒退款", "error")
    assert finding.explanation == "退款要等平台审核"
    assert finding.suggestion == "改说“审核通过后退款”"
    assert check("refund in seconds, sorry", "en", extra_rules=[path]) == []


def test_a_team_can_replace_or_disable_a_shipped_rule(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        {
            "lang": "zh",
            "disable": ["zh.absolute.grade"],
            "rules": [rule(id="zh.promise.guarantee", severity="info", words=["保证"])],
        },
    )
    assert check("顶级工艺，保证质量哦", "zh-Hans", extra_rules=[path])[0].severity == "info"
    assert [f.rule for f in check("顶级工艺哦", "zh-Hans", extra_rules=[path])] == []


def test_an_edited_team_file_is_read_again(tmp_path: Path) -> None:
    path = write(tmp_path, {"lang": "en", "rules": [rule(words=["asap"])]})
    assert [f.text for f in check("Sorry, asap", "en", extra_rules=[path])] == ["asap"]
    write(tmp_path, {"lang": "en", "rules": [rule(words=["tomorrow!!"])]})
    assert check("Sorry, asap", "en", extra_rules=[path]) == []


def test_book_check_uses_the_team_files_in_the_settings(book: Phrasebook, tmp_path: Path) -> None:
    path = write(tmp_path, {"lang": "*", "rules": [rule(words=["秒退"])]})
    assert [f.rule for f in book.check("亲，秒退哦")] == []
    book.set_setting(EXTRA_RULES_SETTING, str(path))
    assert [f.rule for f in book.check("亲，秒退哦")] == ["team.x"]
    book.set_setting(EXTRA_RULES_SETTING, [str(path)])
    assert [f.rule for f in book.check("亲，秒退哦", "zh-Hans")] == ["team.x"]
    book.set_setting(EXTRA_RULES_SETTING, 42)
    with pytest.raises(RuleFileError, match="wording.extra_rules"):
        book.check("亲")
