"""Every `phrasebook` command has --help text and a row in README.md's command table."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from phrasebook.cli import main
from phrasebook.cli.commands import FAMILIES
from phrasebook.cli.parser import build_parser

README = Path(__file__).resolve().parents[1] / "README.md"


def subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    (sub,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(sub.choices)


def help_texts() -> dict[str, str | None]:
    parser = build_parser()
    (sub,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return {choice.dest: choice.help for choice in sub._choices_actions}


def readme_commands() -> set[str]:
    """Commands named in the first cell of README's command table rows."""
    text = README.read_text(encoding="utf-8")
    return set(re.findall(r"^\| `phrasebook ([\w-]+)", text, flags=re.MULTILINE))


COMMANDS = sorted(subcommands())


def test_the_parser_has_the_commands_the_cli_implements() -> None:
    implemented = {name for f in FAMILIES for name in (*f.handlers, *f.file_handlers)}
    assert set(COMMANDS) == implemented


@pytest.mark.parametrize("name", COMMANDS)
def test_command_has_help_text(name: str) -> None:
    assert (help_texts()[name] or "").strip(), f"`phrasebook {name}` has no help text"


@pytest.mark.parametrize("name", COMMANDS)
def test_every_option_has_help_text(name: str) -> None:
    parser = subcommands()[name]
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            continue
        assert (action.help or "").strip(), f"`phrasebook {name}` {action.dest} has no help"


@pytest.mark.parametrize("name", COMMANDS)
def test_command_is_in_the_readme_table(name: str) -> None:
    assert name in readme_commands(), f"README.md's command table lacks `phrasebook {name}`"


@pytest.mark.parametrize("name", COMMANDS)
def test_readme_row_names_every_option(name: str) -> None:
    text = README.read_text(encoding="utf-8")
    rows = re.findall(rf"^\| `phrasebook {name}\b.*$", text, flags=re.MULTILINE)
    for action in subcommands()[name]._actions:
        for flag in action.option_strings:
            if flag.startswith("--") and flag != "--help":
                assert any(flag.lstrip("-") in row for row in rows), f"{name} {flag} not in README"


def test_readme_lists_no_command_that_does_not_exist() -> None:
    assert readme_commands() <= set(COMMANDS)


def test_help_works(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main.main(["--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    for name in COMMANDS:
        assert name in out


@pytest.mark.parametrize("name", COMMANDS)
def test_subcommand_help_works(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main.main([name, "--help"])
    assert exited.value.code == 0
    assert f"phrasebook {name}" in capsys.readouterr().out
