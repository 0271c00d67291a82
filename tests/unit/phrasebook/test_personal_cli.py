"""`phrasebook favorite|variant|lang|link|unlink|next`, run in-process on a real file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from phrasebook import Phrasebook
from phrasebook.cli import main


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "book.db"
    with Phrasebook.open(path, auto_backup=False) as book:
        book.add("亲，今天下单明天发货哦", title="发货时间", code="fhsj", id="ship")
        book.add("退款已处理", title="退款", code="tk", id="refund")
    return path


def run(db: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main.main(["--db", str(db), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_favorite_pin_list_unpin(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(db, capsys, "favorite", "pin", "fhsj", "3")[0] == 0
    code, out, _ = run(db, capsys, "favorite", "list", "--json")
    assert code == 0
    assert [(r["slot"], r["id"]) for r in json.loads(out)] == [("3", "ship")]
    assert run(db, capsys, "favorite", "unpin", "3")[0] == 0
    assert json.loads(run(db, capsys, "favorite", "list", "--json")[1]) == []


def test_variant_lifecycle(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(db, capsys, "variant", "show", "fhsj")
    assert code == 1 and err.count("\n") == 1 and "no personal variant" in err
    run(db, capsys, "edit", "fhsj", "--variant", "亲亲，今天拍明天发")
    run(db, capsys, "edit", "fhsj", "--text", "亲，今天下单后天发货")
    shown = json.loads(run(db, capsys, "variant", "show", "fhsj", "--json")[1])
    assert shown["team_changed"] and shown["theirs"] == "亲，今天下单后天发货"
    assert "fhsj" in run(db, capsys, "variant", "changed")[1]
    assert run(db, capsys, "variant", "keep", "fhsj")[0] == 0
    assert json.loads(run(db, capsys, "variant", "changed", "--json")[1]) == []
    assert run(db, capsys, "variant", "merge", "fhsj", "亲，后天发哦")[0] == 0
    assert run(db, capsys, "variant", "take", "fhsj")[0] == 0
    with Phrasebook.open(db, auto_backup=False) as book:
        assert book.get("ship").variant is None


def test_lang_set_show(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(db, capsys, "lang", "set", "tk", "ko", "환불 처리되었습니다")[0] == 0
    rows = json.loads(run(db, capsys, "lang", "show", "tk", "--json")[1])
    assert {r["lang"]: r["converted"] for r in rows} == {
        "zh-Hans": False,
        "zh-Hant": True,
        "ko": False,
    }
    code, _, err = run(db, capsys, "lang", "set", "tk", "zh-Hans", "别的")
    assert code == 1 and "own language" in err


def test_link_next_unlink(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(db, capsys, "link", "fhsj", "tk")[0] == 0
    found = json.loads(run(db, capsys, "next", "tk", "--json")[1])
    assert [r["id"] for r in found] == ["ship"]
    assert "unlinked" in run(db, capsys, "unlink", "tk", "fhsj")[1]
    assert "not linked" in run(db, capsys, "unlink", "tk", "fhsj")[1]
