"""`phrasebook add/edit --image`, `edit --no-image` and `show --json` with pictures."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from phrasebook import Phrasebook


def test_add_edit_and_show_pictures(
    tmp_path: Path, cli_run: Any, make_png: Callable[..., bytes]
) -> None:
    db = tmp_path / "b.db"
    chart = tmp_path / "尺码表.png"
    chart.write_bytes(make_png("red", (40, 30)))
    photo = tmp_path / "photo.webp"
    photo.write_bytes(make_png("blue", (20, 20), "WEBP"))
    code, out, err = cli_run(db, "add", "亲，尺码表请看图", "--image", str(chart), "--code", "cmb")
    assert code == 0, err
    pid = out.strip()
    code, out, err = cli_run(db, "edit", pid, "--image", str(photo))
    assert code == 0, err
    code, out, _ = cli_run(db, "show", "cmb", "--json")
    shown = json.loads(out)
    assert [(i["name"], i["type"], i["width"], i["height"]) for i in shown["images"]] == [
        ("尺码表.png", "image/png", 40, 30),
        ("photo.webp", "image/webp", 20, 20),
    ]
    assert shown["images"][0]["size"] == chart.stat().st_size
    assert len(shown["images"][0]["hash"]) == 64
    code, out, _ = cli_run(db, "show", "cmb")
    assert "尺码表.png" in out and "40×30" in out
    code, out, err = cli_run(db, "edit", pid, "--no-image")
    assert code == 0, err
    assert json.loads(cli_run(db, "show", pid, "--json")[1])["images"] == []


def test_no_image_with_image_replaces_them(
    tmp_path: Path, cli_run: Any, make_png: Callable[..., bytes]
) -> None:
    db = tmp_path / "b.db"
    old, new = tmp_path / "old.png", tmp_path / "new.png"
    old.write_bytes(make_png("red"))
    new.write_bytes(make_png("green"))
    pid = cli_run(db, "add", "换图", "--image", str(old))[1].strip()
    assert cli_run(db, "edit", pid, "--no-image", "--image", str(new))[0] == 0
    images = json.loads(cli_run(db, "show", pid, "--json")[1])["images"]
    assert [i["name"] for i in images] == ["new.png"]


def test_a_bad_picture_fails_the_command_and_writes_nothing(tmp_path: Path, cli_run: Any) -> None:
    db = tmp_path / "b.db"
    fake = tmp_path / "fake.png"
    fake.write_bytes(os.urandom(4096))
    cli_run(db, "init", "--empty")
    code, _, err = cli_run(db, "add", "假图", "--image", str(fake))
    assert code != 0
    assert "fake.png: not an image" in err and "Traceback" not in err
    with Phrasebook.open(db) as book:
        assert book.stats().phrases == 0


def test_edit_with_a_bad_picture_changes_no_field(
    tmp_path: Path, cli_run: Any, make_png: Callable[..., bytes]
) -> None:
    db = tmp_path / "b.db"
    pid = cli_run(db, "add", "原文")[1].strip()
    fake = tmp_path / "fake.png"
    fake.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(100))
    code, _, err = cli_run(db, "edit", pid, "--title", "新标题", "--image", str(fake))
    assert code != 0 and "fake.png" in err
    assert json.loads(cli_run(db, "show", pid, "--json")[1])["title"] == ""


def test_help_names_the_picture_options(tmp_path: Path, capsys: Any) -> None:
    import pytest

    from phrasebook.cli import main

    helps = {}
    for command in ("add", "edit"):
        with pytest.raises(SystemExit):
            main.main(["--db", str(tmp_path / "b.db"), command, "--help"])
        helps[command] = " ".join(capsys.readouterr().out.split())
    assert "--image FILE" in helps["add"] and "5 MB" in helps["add"]
    assert "--image FILE" in helps["edit"] and "--no-image" in helps["edit"]
