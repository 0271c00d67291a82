"""The `phrasebook` command, run in-process (and once for real): every command, every error."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from phrasebook import Phrasebook
from phrasebook.cli import main
from phrasebook.cli.commands import FAMILIES
from phrasebook.cli.parser import build_parser

ROOT = Path(__file__).resolve().parents[3]


class Result:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err

    def json(self) -> Any:
        return json.loads(self.out)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """An existing phrasebook file with a few phrases (no starter set)."""
    path = tmp_path / "book.db"
    with Phrasebook.open(path, auto_backup=False) as book:
        book.add(
            "亲，今天下单明天发货哦", title="发货时间", group="售后/物流", code="fhsj", id="ship"
        )
        book.add("{客户}您好，我是{店铺}的{客服}", title="欢迎", code="hy", id="hello")
        book.add("您要的{尺码}码已经拍下", title="尺码", code="cm", id="size")
        book.add("A", code="dup", id="dup1")
        book.add("B", code="dup", id="dup2")
    return path


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], db: Path) -> Iterator[Any]:
    def invoke(*args: str, path: Path | None = None) -> Result:
        code = main.main(["--db", str(path or db), *args])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    yield invoke


def assert_one_line_error(result: Result, *fragments: str) -> None:
    assert result.code == 1
    assert result.err.startswith("phrasebook: error: ")
    assert result.err.count("\n") == 1, result.err
    assert "Traceback" not in result.err
    for fragment in fragments:
        assert fragment in result.err


# -- reading commands ----------------------------------------------------------------------------


def test_search_table_and_json(run: Any) -> None:
    table = run("search", "发货")
    assert table.code == 0
    assert "fhsj" in table.out and "发货时间" in table.out
    hits = run("search", "发货", "--json")
    data = hits.json()
    assert data[0]["id"] == "ship"
    assert set(data[0]) == {"id", "title", "text", "score", "code", "group", "matches"}
    assert "亲，今天下单" in hits.out, "Chinese is written as is, not \\u-escaped"
    assert len(run("search", "亲", "--limit", "1", "--json").json()) <= 1


def test_search_without_hits(run: Any) -> None:
    result = run("search", "zzzzqqqq")
    assert result.code == 0
    assert result.out == ""
    assert "no matching phrases" in result.err
    assert run("search", "zzzzqqqq", "--json").json() == []


def test_show_by_id_and_code(run: Any) -> None:
    shown = run("show", "fhsj")
    assert shown.code == 0
    assert "ship" in shown.out and "售后/物流" in shown.out
    data = run("show", "ship", "--json").json()
    assert data["text"] == "亲，今天下单明天发货哦"
    assert data["has_variant"] is False


def test_show_errors(run: Any) -> None:
    assert_one_line_error(run("show", "nope"), "no phrase with id or code 'nope'")
    assert_one_line_error(run("show", "dup"), "used by 2 phrases", "dup1", "dup2")


def test_render(run: Any) -> None:
    run("profile", "--nickname", "小美", "--shop", "旗舰店")
    result = run("render", "hy")
    assert result.code == 0
    assert result.out.strip() == "亲您好，我是旗舰店的小美"


def test_render_fields_and_json(run: Any) -> None:
    partial = run("render", "cm")
    assert partial.code == 0
    assert "尺码" in partial.err and "--set" in partial.err
    filled = run("render", "cm", "--set", "尺码=XL", "--json")
    data = filled.json()
    assert data["text"] == "您要的XL码已经拍下"
    assert data["complete"] is True
    assert data["fields"][0]["name"] == "尺码"
    assert "您要的" in filled.out


@pytest.mark.parametrize("bad", ["尺码", "=M", " =M"])
def test_render_bad_set(run: Any, bad: str) -> None:
    assert_one_line_error(run("render", "cm", "--set", bad), "--set needs NAME=VALUE")


def test_render_reports_template_problems(run: Any) -> None:
    run("add", "发货{时间", "--code", "bad")
    result = run("render", "bad")
    assert result.code == 0
    assert "template problem" in result.err
    assert "发货" in result.out


def test_stats(run: Any, db: Path) -> None:
    table = run("stats")
    assert table.code == 0 and "phrases" in table.out
    data = run("stats", "--json").json()
    assert data["phrases"] == 5
    assert data["path"] == str(db)
    assert data["by_lang"] == {"zh-Hans": 5}
    assert data["seeded"] is None


# -- editing commands ----------------------------------------------------------------------------


def test_add_prints_the_new_id(run: Any, db: Path) -> None:
    result = run(
        "add",
        "包邮哦亲",
        *("--title", "包邮", "--group", "售前/运费", "--code", "by"),
        *("--tag", "运费", "--tag", "包邮", "--question", "包邮吗", "--lang", "zh-Hans"),
        "--personal",
        "--favorite",
    )
    assert result.code == 0
    new_id = result.out.strip()
    with Phrasebook.open(db, auto_backup=False) as book:
        phrase = book.get(new_id)
    assert (phrase.group, phrase.tags, phrase.questions) == (
        "售前/运费",
        ("运费", "包邮"),
        ("包邮吗",),
    )
    assert phrase.scope == "personal" and phrase.favorite


def test_add_refuses_bad_input(run: Any) -> None:
    assert_one_line_error(run("add", " "), "empty")
    assert_one_line_error(run("add", "x", "--code", "a b"), "spaces")
    assert_one_line_error(run("add", "x", "--group", "a/b/c"), "two")
    assert_one_line_error(run("add", "长" * 1_000_000), "limit")


def test_edit_fields(run: Any) -> None:
    assert run("edit", "fhsj", "--text", "亲，48小时内发货", "--favorite", "--tag", "快").code == 0
    data = run("show", "ship", "--json").json()
    assert (data["text"], data["favorite"], data["tags"]) == ("亲，48小时内发货", True, ["快"])
    run("edit", "ship", "--no-favorite", "--lang", "en", "--group", "", "--title", "T")
    data = run("show", "ship", "--json").json()
    assert (data["favorite"], data["lang"], data["group"], data["title"]) == (False, "en", "", "T")


def test_edit_variant(run: Any) -> None:
    assert run("edit", "ship", "--variant", "亲亲，明天就发哦～").code == 0
    data = run("show", "ship", "--json").json()
    assert data["text"] == "亲亲，明天就发哦～" and data["has_variant"] is True
    run("edit", "ship", "--text", "团队更新的文本")
    assert run("show", "ship", "--json").json()["text"] == "亲亲，明天就发哦～"
    run("edit", "ship", "--variant", "")
    assert run("show", "ship", "--json").json()["text"] == "团队更新的文本"


def test_edit_errors_write_nothing(run: Any) -> None:
    assert_one_line_error(run("edit", "ship"), "nothing to change")
    assert_one_line_error(run("edit", "nope", "--text", "x"), "no phrase")
    assert_one_line_error(run("edit", "ship", "--variant", "新说法", "--code", "a b"), "spaces")
    assert_one_line_error(run("edit", "ship", "--variant", " ", "--code", "new"), "empty")
    data = run("show", "ship", "--json").json()
    assert (data["has_variant"], data["code"]) == (False, "fhsj")


def test_rm_and_undo(run: Any) -> None:
    removed = run("rm", "fhsj")
    assert removed.code == 0 and "rm --undo ship" in removed.out
    assert_one_line_error(run("show", "ship"), "no phrase")
    assert run("stats", "--json").json()["trash"] == 1
    assert run("rm", "--undo", "ship").code == 0
    assert run("show", "ship", "--json").json()["code"] == "fhsj"
    assert_one_line_error(run("rm", "nope"), "no phrase")
    assert_one_line_error(run("rm", "--undo", "nope"), "no phrase")


def test_profile(run: Any) -> None:
    shown = run("profile")
    assert shown.code == 0 and "nickname" in shown.out
    run(
        "profile",
        "--nickname",
        "小美",
        "--shop",
        "旗舰店",
        "--signature",
        "—小美",
        "--greeting",
        "您",
    )
    run("profile", "--shop", "二店")
    result = run("profile")
    assert "小美" in result.out and "旗舰店, 二店" in result.out and "您" in result.out


# -- file commands -------------------------------------------------------------------------------


def test_import_export(run: Any, tmp_path: Path) -> None:
    pack = tmp_path / "pack.jsonl"
    pack.write_text(
        '{"id": "ship", "text": "新文本"}\n{"text": "新的一条", "group": "售前"}\n',
        encoding="utf-8",
    )
    dry = run("import", str(pack), "--dry-run")
    assert dry.code == 0 and dry.out.strip().endswith("would add 1, updated 1, unchanged 0")
    assert "新的一条" in dry.out  # the preview table
    assert run("stats", "--json").json()["phrases"] == 5
    real = run("import", str(pack), "--personal")
    assert real.out.strip() == "added 1, updated 1, unchanged 0"
    stats = run("stats", "--json").json()
    assert (stats["phrases"], stats["personal"]) == (6, 1)
    out = tmp_path / "out.jsonl"
    assert run("export", str(out)).out.strip() == f"exported 6 phrases to {out}"
    assert len(out.read_text(encoding="utf-8").splitlines()) == 6
    run("export", str(out), "--scope", "personal")
    assert [json.loads(x)["text"] for x in out.read_text(encoding="utf-8").splitlines()] == [
        "新的一条"
    ]


def test_import_errors(run: Any, tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "ok"}\n{"text": \n', encoding="utf-8")
    assert_one_line_error(run("import", str(bad)), f"{bad}:2:", "not valid JSON")
    assert_one_line_error(run("import", str(tmp_path / "missing.jsonl")), "cannot read")
    assert run("stats", "--json").json()["phrases"] == 5


def test_export_to_a_missing_folder(run: Any, tmp_path: Path) -> None:
    result = run("export", str(tmp_path / "no" / "such" / "out.jsonl"))
    assert_one_line_error(result, "No such file")


def test_backup_list_and_restore_latest(run: Any, db: Path) -> None:
    listed = run("backup", "--list")
    assert listed.code == 0
    assert "-daily" in listed.out  # opening an existing file made today's daily backup
    saved = run("backup")
    assert saved.code == 0 and "-manual" in saved.out
    run("rm", "ship")
    restored = run("restore", "latest")
    assert restored.code == 0 and "pre-restore" in restored.out
    assert run("show", "ship", "--json").json()["id"] == "ship"


def test_restore_errors(run: Any, tmp_path: Path) -> None:
    assert_one_line_error(run("restore", "no-such-backup"), "no backup")
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"junk" * 100)
    assert_one_line_error(run("restore", str(junk)), "junk.db", "nothing was restored")
    assert run("stats", "--json").json()["phrases"] == 5


def test_restore_latest_over_a_corrupt_database(run: Any, db: Path) -> None:
    run("backup")
    db.write_bytes(os.urandom(10_000))
    for suffix in ("-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    assert_one_line_error(run("stats"), str(db), "damaged", "phrasebook restore latest")
    result = run("restore", "latest")
    assert result.code == 0, result.err
    assert "damaged file was kept" in result.out
    assert run("stats", "--json").json()["phrases"] == 5


def test_database_errors_are_one_line(run: Any, db: Path, tmp_path: Path) -> None:
    corrupt = tmp_path / "corrupt.db"
    corrupt.write_bytes(b"\x00garbage" * 500)
    assert_one_line_error(run("stats", path=corrupt), str(corrupt), "not a SQLite database")
    real = tmp_path / "damaged.db"
    shutil.copy(db, real)
    data = bytearray(real.read_bytes())
    data[200:] = os.urandom(len(data) - 200)
    real.write_bytes(bytes(data))
    assert_one_line_error(run("stats", path=real), str(real), "damaged", "restore")
    folder = tmp_path / "folder.db"
    folder.mkdir()
    assert_one_line_error(run("search", "x", path=folder), "folder")


# -- init and seeding ----------------------------------------------------------------------------


def test_init_empty(run: Any, tmp_path: Path) -> None:
    path = tmp_path / "sub" / "new.db"
    result = run("init", "--empty", path=path)
    assert result.code == 0 and "0 phrases" in result.out
    assert run("stats", "--json", path=path).json()["phrases"] == 0


def test_init_seeds_once(run: Any, tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    first = run("init", "--lang", "ko", path=path)
    assert first.code == 0 and "(ko)" in first.out
    again = run("init", path=path)
    assert "already has the ko starter set" in again.out
    assert run("stats", "--json", path=path).json()["seeded"] == "ko"


def test_first_use_seeds_the_system_language(run: Any, tmp_path: Path) -> None:
    path = tmp_path / "fresh.db"
    result = run("stats", "--json", path=path)
    assert result.code == 0
    assert "starter phrases (zh-Hans)" in result.err
    assert result.json()["seeded"] == "zh-Hans"


def test_no_locale_at_all_seeds_chinese_as_the_app_does(
    run: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):  # a bare `su -`, cron, env -i
        monkeypatch.delenv(name, raising=False)
    result = run("stats", "--json", path=tmp_path / "fresh.db")
    assert result.json()["seeded"] == "zh-Hans"


def test_default_path_comes_from_the_environment(
    capsys: pytest.CaptureFixture[str], db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QUICKREPLY_DB", str(db))
    assert main.main(["stats", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["path"] == str(db)


def test_bad_arguments_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main.main(["frobnicate"])
    assert exited.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


# -- render --copy -------------------------------------------------------------------------------


@pytest.fixture
def fresh_pyperclip(monkeypatch: pytest.MonkeyPatch) -> Any:
    """pyperclip picks its mechanism once; make it choose again under this test's environment."""
    import pyperclip

    monkeypatch.setattr(pyperclip, "copy", pyperclip.lazy_load_stub_copy)
    monkeypatch.setattr(pyperclip, "paste", pyperclip.lazy_load_stub_paste)
    return pyperclip


def test_render_copy_records_the_text(run: Any, fresh_pyperclip: Any, monkeypatch: Any) -> None:
    copied: list[str] = []
    monkeypatch.setattr(fresh_pyperclip, "copy", copied.append)
    result = run("render", "cm", "--set", "尺码=M", "--copy")
    assert result.code == 0
    assert copied == ["您要的M码已经拍下"]
    assert "copied" in result.err


def test_render_copy_refuses_unfilled_fields(
    run: Any, fresh_pyperclip: Any, monkeypatch: Any
) -> None:
    copied: list[str] = []
    monkeypatch.setattr(fresh_pyperclip, "copy", copied.append)
    result = run("render", "cm", "--copy")
    assert result.code == 1
    assert "not copied" in result.err
    assert copied == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux clipboard detection")
def test_render_copy_without_a_clipboard_is_one_clear_line(
    run: Any, fresh_pyperclip: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    result = run("render", "ship", "--copy")
    assert_one_line_error(result, "could not copy to the clipboard")


@pytest.fixture
def x_display(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    if not (shutil.which("Xvfb") and shutil.which("xclip")):
        pytest.skip("needs Xvfb and xclip (bash .ci/install installs them)")
    sys.path.insert(0, str(ROOT / "tests" / "e2e"))
    from quickreply_driver import DriverError, start_xvfb, stop_process

    try:  # a display no other X server holds: Xvfb picks it itself (-displayfd)
        server, display = start_xvfb()
    except DriverError as exc:
        pytest.skip(str(exc))
    try:
        monkeypatch.setenv("DISPLAY", display)
        monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
        yield display
    finally:
        stop_process(server)


def test_render_copy_to_a_real_x_clipboard(run: Any, fresh_pyperclip: Any, x_display: str) -> None:
    result = run("render", "ship", "--copy")
    assert result.code == 0, result.err

    def clipboard() -> str:
        pasted = subprocess.run(
            ["xclip", "-selection", "clipboard", "-o"],
            capture_output=True,
            check=False,
            timeout=10,
            env={**os.environ, "DISPLAY": x_display},
        )
        return pasted.stdout.decode("utf-8", "replace")

    # xclip forks a server that takes the selection a moment after `copy` returns: poll briefly.
    deadline = time.monotonic() + 5
    while clipboard() != "亲，今天下单明天发货哦" and time.monotonic() < deadline:
        time.sleep(0.05)
    assert clipboard() == "亲，今天下单明天发货哦"


# -- a real process ------------------------------------------------------------------------------


def _phrasebook(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "QUICKREPLY_DB"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return subprocess.run(
        [sys.executable, "-m", "phrasebook", "--db", str(db), *args],
        check=False,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
        cwd=ROOT,
    )


def test_python_m_phrasebook_in_a_real_process(db: Path) -> None:
    added = _phrasebook("add", "亲，支持七天无理由退换", "--code", "th", db=db)
    assert added.returncode == 0, added.stderr
    found = _phrasebook("search", "无理由", "--json", db=db)
    assert found.returncode == 0, found.stderr
    assert "七天无理由" in found.stdout
    assert json.loads(found.stdout)[0]["code"] == "th"
    missing = _phrasebook("show", "nope", db=db)
    assert missing.returncode == 1
    assert missing.stderr.strip() == "phrasebook: error: no phrase with id or code 'nope'"
    helped = _phrasebook("--help", db=db)
    assert helped.returncode == 0 and "import" in helped.stdout


# -- the command table -------------------------------------------------------------------------


def test_the_command_table_is_what_the_parser_offers() -> None:
    parser = build_parser()
    assert parser.subcommands is not None
    offered = parser.subcommands[1]
    handled = [name for f in FAMILIES for name in (*f.handlers, *f.file_handlers)]
    assert len(handled) == len(set(handled)), "no command is claimed by two families"
    assert set(handled) == set(offered)
    assert {name for f in FAMILIES for name in (*f.when_damaged, *f.unseeded)} <= set(offered)


def test_the_installed_phrasebook_script_runs(db: Path) -> None:
    script = Path(sys.executable).with_name("phrasebook")
    if not script.exists():
        pytest.skip("the package is not installed with its scripts here")
    result = subprocess.run(
        [str(script), "--db", str(db), "notebook", "reopen", "--help"],
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0 and "phrasebook notebook reopen" in result.stdout
