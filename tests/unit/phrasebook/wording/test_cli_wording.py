"""`phrasebook check`: a text, one phrase, the whole book; exit 1 only for an error."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from phrasebook import Phrasebook
from phrasebook.cli import main


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "book.db"
    with Phrasebook.open(path, auto_backup=False) as book:
        book.add("亲，今天下单明天发货哦", code="fh", id="ok")
        book.add("亲，保证明天到哦", code="bz", id="promise")
        book.add("加微信，全网最低价哦", code="wx", id="wechat", scope="personal")
    return path


def run(db: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main.main(["--db", str(db), "check", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def as_json(out: str) -> Any:
    return json.loads(out)


def test_a_clean_text_exits_0(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(db, capsys, "--text", "亲，今天下单明天发货哦")
    assert code == 0
    assert "no findings" in out
    assert "0 error" in err


def test_a_warning_alone_exits_0_and_prints_rule_span_and_suggestion(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(db, capsys, "bz")
    assert code == 0
    assert "zh.promise.guarantee" in out
    assert "2-4" in out
    assert "“保证”" in out
    assert "→" in out


def test_an_error_exits_1(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(db, capsys, "--text", "加我vx聊", "--lang", "zh-Hans")
    assert code == 1
    assert "zh.off_platform.contact" in out


def test_all_lists_only_phrases_with_findings(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(db, capsys, "--all", "--json")
    data = as_json(out)
    assert code == 1
    assert data["checked"] == 3
    assert [r["id"] for r in data["results"]] == ["promise", "wechat"]
    assert data["counts"] == {"info": 0, "warning": 1, "error": 2}
    first = data["results"][1]["findings"][0]
    assert first == {
        "rule": "zh.off_platform.contact",
        "severity": "error",
        "category": "off_platform",
        "span": [0, 3],
        "text": "加微信",
        "explanation": first["explanation"],
        "suggestion": first["suggestion"],
    }
    assert first["explanation"]
    assert first["suggestion"]


def test_all_by_scope(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(db, capsys, "--all", "--scope", "team", "--json")
    assert code == 0
    assert [r["id"] for r in as_json(out)["results"]] == ["promise"]


def test_team_rules_from_the_command_line(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rules = tmp_path / "team.json"
    rules.write_text(
        json.dumps(
            {
                "lang": "zh",
                "rules": [
                    {
                        "id": "team.tomorrow",
                        "category": "promise",
                        "severity": "error",
                        "words": ["明天发货"],
                        "explanation": "发货以仓库为准",
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    code, out, _ = run(db, capsys, "ok", "--rules", str(rules), "--json")
    assert code == 1
    assert as_json(out)["results"][0]["findings"][0]["rule"] == "team.tomorrow"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("nope",), "no phrase with id or code 'nope'"),
        (("--text", "  "), "--text is empty"),
        (("--text", "x", "--rules", "/no/such.json"), "cannot read rules"),
    ],
)
def test_mistakes_are_one_line_errors(
    db: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], message: str
) -> None:
    code, _, err = run(db, capsys, *args)
    assert code == 1
    assert message in err
    assert len(err.strip().splitlines()) == 1


def test_text_and_id_together_are_refused(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main.main(["--db", str(db), "check", "ok", "--text", "x"])
    assert exited.value.code == 2
    capsys.readouterr()
