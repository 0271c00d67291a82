"""Start at login: the XDG entry in a temporary config home, the Run key against a fake winreg."""

from __future__ import annotations

import configparser
import shlex
import sys
from pathlib import Path
from typing import Any

import pytest

from desktop import autostart
from desktop.autostart import RunKeyAutostart, XdgAutostart, desktop_exec


def test_xdg_entry_is_written_and_removed(user_dirs: Path) -> None:
    switch = autostart.XdgAutostart()
    assert switch.path.is_relative_to(user_dirs)  # $XDG_CONFIG_HOME from the conftest
    assert not switch.is_enabled()
    switch.enable(["/opt/quick reply/quickreply", "--no-welcome"])
    assert switch.is_enabled()
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(switch.path, encoding="utf-8")
    assert entry["Desktop Entry"]["Type"] == "Application"
    assert shlex.split(entry["Desktop Entry"]["Exec"]) == [
        "/opt/quick reply/quickreply",
        "--no-welcome",
    ]
    switch.disable()
    assert not switch.is_enabled()
    switch.disable()  # twice is harmless


def test_an_entry_hidden_by_the_desktop_counts_as_off(tmp_path: Path) -> None:
    switch = XdgAutostart(tmp_path)
    switch.enable(["quickreply"])
    switch.path.write_text(switch.path.read_text() + "Hidden=true\n")
    assert not switch.is_enabled()


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        (["quickreply"], "quickreply"),
        (["/a b/q", "-x"], '"/a b/q" -x'),
        (['say"$HOME`\\'], '"say\\"\\$HOME\\`\\\\"'),
        (["100%"], "100%%"),
    ],
)
def test_exec_quoting_follows_the_desktop_entry_spec(command: list[str], expected: str) -> None:
    assert desktop_exec(command) == expected


class FakeWinreg:
    """The slice of `winreg` the Run key uses, over a dict."""

    HKEY_CURRENT_USER = "HKCU"
    KEY_SET_VALUE = 2
    REG_SZ = 1

    def __init__(self) -> None:
        self.keys: dict[str, dict[str, Any]] = {}

    class _Handle:
        def __init__(self, values: dict[str, Any]) -> None:
            self.values = values

        def __enter__(self) -> FakeWinreg._Handle:
            return self

        def __exit__(self, *exc: object) -> None:
            pass

    def OpenKey(self, root: str, path: str, *args: object) -> _Handle:  # noqa: N802
        if path not in self.keys:
            raise FileNotFoundError(path)
        return self._Handle(self.keys[path])

    def CreateKey(self, root: str, path: str) -> _Handle:  # noqa: N802
        return self._Handle(self.keys.setdefault(path, {}))

    def QueryValueEx(self, key: _Handle, name: str) -> tuple[Any, int]:  # noqa: N802
        if name not in key.values:
            raise FileNotFoundError(name)
        return key.values[name], self.REG_SZ

    def SetValueEx(self, key: _Handle, name: str, _: int, kind: int, value: str) -> None:  # noqa: N802
        key.values[name] = value

    def DeleteValue(self, key: _Handle, name: str) -> None:  # noqa: N802
        if name not in key.values:
            raise FileNotFoundError(name)
        del key.values[name]


def test_run_key_value_is_set_quoted_and_removed() -> None:
    reg = FakeWinreg()
    switch = autostart.for_this_system(winreg=reg)
    assert isinstance(switch, RunKeyAutostart)
    assert not switch.is_enabled()  # no Run key at all yet
    switch.enable([r"C:\Program Files\QuickReply\quickreply.exe"])
    assert switch.is_enabled()
    assert reg.keys[autostart.RUN_KEY]["QuickReply"] == (
        r'"C:\Program Files\QuickReply\quickreply.exe"'
    )
    switch.disable()
    assert not switch.is_enabled()
    switch.disable()


def test_without_a_registry_the_xdg_entry_is_used() -> None:
    if "winreg" in sys.builtin_module_names:
        pytest.skip("this system has a registry")
    assert isinstance(autostart.for_this_system(), XdgAutostart)


def test_launch_command_from_source_and_from_a_bundle(monkeypatch: pytest.MonkeyPatch) -> None:
    assert autostart.launch_command() == [sys.executable, "-m", "desktop"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert autostart.launch_command() == [sys.executable]
