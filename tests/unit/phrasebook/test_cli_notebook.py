"""`phrasebook notebook|scrub|proposals`, run in-process on a real file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from phrasebook import Phrasebook, ValidationError
from phrasebook.cli import main
from phrasebook.cli.notebook_commands import parse_due


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "book.db"
    with Phrasebook.open(path, auto_backup=False) as book:
        book.add("可以开发票的，下单备注抬头就好~", title="开票", group="售前", code="kp", id="inv")
    return path


def run(db: Path, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main.main(["--db", str(db), *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def listed(db: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> Any:
    code, out, _ = run(db, capsys, "notebook", "list", "--json", *extra)
    assert code == 0
    return json.loads(out)


def test_add_list_answer_promote_accept(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        db, capsys, "notebook", "add", "电话13812345678，能开专票吗", "--customer", "小猫咪"
    )
    entry_id = out.strip()
    assert code == 0 and len(entry_id) == 36
    (entry,) = listed(db, capsys)
    assert entry["customer"] == "小猫咪" and entry["status"] == "open"
    assert run(db, capsys, "notebook", "answer", entry_id[:6], "可以开的")[0] == 0
    code, out, err = run(db, capsys, "notebook", "promote", entry_id[:6], "--to", "kp")
    assert code == 0 and "proposed" in out
    assert "{手机号}" in err  # the scrubbed question is shown
    code, out, _ = run(db, capsys, "proposals", "list", "--json")
    (proposal,) = json.loads(out)
    assert proposal["payload"] == {"phrase_id": "inv", "question": "电话{手机号}，能开专票吗"}
    assert run(db, capsys, "proposals", "accept", proposal["id"][:8])[0] == 0
    with Phrasebook.open(db, auto_backup=False) as book:
        assert book.get("inv").questions == ("电话{手机号}，能开专票吗",)
    assert listed(db, capsys, "--status", "promoted")[0]["proposal_id"] == proposal["id"]


def test_due_option(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(db, capsys, "notebook", "add", "能发顺丰吗", "--due", "1h")
    run(db, capsys, "notebook", "add", "有赠品吗", "--due", "none")
    first, second = listed(db, capsys)
    assert first["due_at"] - first["asked_at"] == pytest.approx(3600)
    assert second["due_at"] is None


def test_table_output_and_dismiss(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    entry_id = run(db, capsys, "notebook", "add", "在吗", "--due", "0m")[1].strip()
    code, out, _ = run(db, capsys, "notebook", "list")
    assert code == 0 and "在吗" in out and "overdue" in out
    assert run(db, capsys, "notebook", "dismiss", entry_id)[0] == 0
    assert listed(db, capsys) == []
    assert "no open questions" in run(db, capsys, "notebook", "list")[2]


def test_reopen_an_answered_question(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    entry_id = run(db, capsys, "notebook", "add", "能开专票吗")[1].strip()
    run(db, capsys, "notebook", "answer", entry_id, "可以")
    code, out, _ = run(db, capsys, "notebook", "reopen", entry_id[:8])
    assert code == 0 and out.startswith(f"reopened {entry_id[:8]}")
    (entry,) = listed(db, capsys)
    assert entry["id"] == entry_id and entry["status"] == "open"


def test_a_dismissed_question_is_reopened_before_it_is_answered(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    entry_id = run(db, capsys, "notebook", "add", "还有货吗")[1].strip()
    run(db, capsys, "notebook", "dismiss", entry_id)
    code, _, err = run(db, capsys, "notebook", "answer", entry_id, "有的")
    assert code == 1 and "reopen it first" in err
    assert run(db, capsys, "notebook", "reopen", entry_id)[0] == 0
    assert run(db, capsys, "notebook", "answer", entry_id, "有的")[0] == 0
    assert listed(db, capsys, "--status", "answered")[0]["answer"] == "有的"


def test_reopen_an_unknown_id_is_one_line(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(db, capsys, "notebook", "reopen", "nope")
    assert (code, out) == (1, "")
    assert err == "phrasebook: error: no notebook entry with id 'nope'\n"


def test_reject_with_note(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    entry_id = run(db, capsys, "notebook", "add", "能寄到国外吗")[1].strip()
    run(db, capsys, "notebook", "answer", entry_id, "只发国内")
    run(db, capsys, "notebook", "promote", entry_id, "--group", "物流")
    code, out, _ = run(db, capsys, "proposals")
    assert code == 0 and "pending" in out
    pid = out.split()[0]
    assert run(db, capsys, "proposals", "reject", pid, "--note", "已有")[0] == 0
    proposals = json.loads(run(db, capsys, "proposals", "list", "--json")[1])
    assert (proposals[0]["status"], proposals[0]["note"]) == ("rejected", "已有")


def test_similar_export_purge(db: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    for question in ("请问什么时候发货", "什么时候能发货呀"):
        run(db, capsys, "notebook", "add", question)
    code, out, _ = run(db, capsys, "notebook", "similar")
    assert code == 0 and out.strip().startswith("2×")
    target = tmp_path / "out.jsonl"
    assert run(db, capsys, "notebook", "export", str(target))[0] == 0
    assert json.loads(target.read_text(encoding="utf-8").splitlines()[0])["asked"] == 2
    code, out, _ = run(db, capsys, "notebook", "purge", "--days", "7")
    assert code == 0 and "7 days" in out


def test_scrub_command(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(db, capsys, "scrub", "--text", "我叫李娜，手机13812345678")
    assert (code, out.strip()) == (0, "我叫{客户}，手机{手机号}")
    code, out, _ = run(db, capsys, "scrub", "--text", "hi Mia", "--name", "Mia", "--json")
    assert json.loads(out)["findings"] == [
        {"kind": "name", "original": "Mia", "placeholder": "{customer}"}
    ]


@pytest.mark.parametrize(
    "argv",
    [
        ("notebook", "answer", "nope", "x"),
        ("notebook", "add", "x", "--due", "soon"),
        ("notebook", "add", " "),
        ("proposals", "accept", "nope"),
    ],
)
def test_errors_are_one_line(db: Path, capsys: pytest.CaptureFixture[str], argv: Any) -> None:
    code, _, err = run(db, capsys, *argv)
    assert code == 1
    assert err.startswith("phrasebook: error:") and err.count("\n") == 1


def test_an_ambiguous_prefix_is_refused(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(db, capsys, "notebook", "add", "一")
    run(db, capsys, "notebook", "add", "二")
    code, _, err = run(db, capsys, "notebook", "dismiss", "")
    assert code == 1 and "no notebook entry" in err


@pytest.mark.parametrize(
    ("text", "minutes"), [("5m", 5), ("5", 5), ("1h", 60), ("1h30m", 90), ("0.5h", 30)]
)
def test_parse_due(text: str, minutes: float) -> None:
    assert parse_due(text) == minutes


@pytest.mark.parametrize("text", ["", "soon", "5x", "h"])
def test_parse_due_refuses(text: str) -> None:
    with pytest.raises(ValidationError):
        parse_due(text)


def test_reopen_an_open_question_says_so(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    entry_id = run(db, capsys, "notebook", "add", "几号发货")[1].strip()
    code, out, _ = run(db, capsys, "notebook", "reopen", entry_id)
    assert code == 0 and out == f"{entry_id[:8]} is already open; nothing changed\n"
