"""`phrasebook import` / `export` with formats, preview, duplicate policy and column mapping."""

from __future__ import annotations

from pathlib import Path

import pytest

from phrasebook import Phrasebook
from phrasebook.cli.main import main


def _run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def sheet(tmp_path: Path) -> Path:
    path = tmp_path / "q.csv"
    path.write_bytes("分组,快捷编码,话术\n售前,hy,亲，欢迎光临\n售后,th,亲，可以退\n".encode("gbk"))
    return path


def test_dry_run_preview_then_import(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, sheet: Path
) -> None:
    db = tmp_path / "b.db"
    code, out, err = _run(capsys, db, "import", str(sheet), "--dry-run")
    assert code == 0 and "would add 2" in out and "亲，欢迎光临" in out and "gb18030" in err
    code, out, _ = _run(capsys, db, "import", str(sheet))
    assert "added 2" in out
    code, out, _ = _run(capsys, db, "import", str(sheet), "--dry-run")
    assert "duplicates 2 (skipped 2)" in out and "same text" in out
    code, out, _ = _run(capsys, db, "import", str(sheet), "--on-duplicate", "keep")
    assert "added 2" in out
    with Phrasebook.open(db) as book:
        assert len(book.by_code("hy")) == 2


def test_dry_run_words_the_findings_like_check(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "w.csv"
    path.write_text("分组,快捷编码,话术\n售前,wx,亲，加我微信聊\n售前,ok,亲，在的哦\n", "utf-8")
    code, out, _ = _run(capsys, tmp_path / "b.db", "import", str(path), "--dry-run")
    assert code == 0
    assert "wording: line 2: error off-platform “微信” (zh.off_platform.contact)" in out
    assert "违反平台规则" in out and "→ 请留在平台内沟通" in out
    assert "Finding(" not in out and "span=" not in out and "line 3" not in out


def test_dry_run_shows_which_brackets_became_fields(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "qn.csv"
    rows = "售前,wx,【温馨提示】亲，本店【顺丰包邮】哦\n售前,cz,亲，这款的材质是【具体材质】\n"
    path.write_text("分组,快捷编码,话术\n" + rows, "utf-8")
    code, out, err = _run(capsys, tmp_path / "b.db", "import", str(path), "--dry-run")
    assert code == 0
    assert "brackets: line 2: as text 【温馨提示】 【顺丰包邮】\n" in out
    assert "brackets: line 3: fields 【具体材质】\n" in out
    assert "pasted as written" in err and "{name}" in err


def test_map_a_column(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    path.write_text("类目,回答\n物流,亲，今天发\n", encoding="utf-8")
    code, _, err = _run(capsys, tmp_path / "b.db", "import", str(path))
    assert code == 1 and "map the columns" in err
    args = ("import", str(path), "--map", "类目=group", "--map", "回答=text")
    code, out, _ = _run(capsys, tmp_path / "b.db", *args)
    assert code == 0 and "added 1" in out
    code, _, err = _run(capsys, tmp_path / "b.db", "import", str(path), "--map", "oops")
    assert code == 1 and "COLUMN=FIELD" in err


@pytest.mark.parametrize("name", ["o.xlsx", "o.csv", "o.txt", "o.yml", "o.md", "o.jsonl"])
def test_export_by_suffix_and_back(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, sheet: Path, name: str
) -> None:
    db = tmp_path / "b.db"
    _run(capsys, db, "import", str(sheet))
    code, out, _ = _run(capsys, db, "export", str(tmp_path / name))
    assert code == 0 and "exported 2" in out
    code, out, _ = _run(capsys, tmp_path / "c.db", "import", str(tmp_path / name))
    assert code == 0 and "added 2" in out


def test_textexpander_needs_its_format(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, sheet: Path
) -> None:
    db = tmp_path / "b.db"
    _run(capsys, db, "import", str(sheet))
    _run(capsys, db, "export", str(tmp_path / "te.csv"), "--format", "textexpander")
    code, _, err = _run(capsys, tmp_path / "c.db", "import", str(tmp_path / "te.csv"))
    assert code == 1 and "--format textexpander" in err
    args = ("import", str(tmp_path / "te.csv"), "--format", "textexpander")
    code, out, _ = _run(capsys, tmp_path / "c.db", *args)
    assert code == 0 and "added 2" in out
