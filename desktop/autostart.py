"""Start at login: the Windows Run key, or an XDG autostart entry on Linux and other X11 desktops.

The OS itself holds the truth (is the entry there?), so nothing is stored in the phrasebook: the
setting is machine-specific by nature and survives a reinstall of the phrasebook file.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any, Protocol

APP_ID = "QuickReply"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
DESKTOP_FILE = "quickreply.desktop"


class Autostart(Protocol):
    """A per-user "start this program at login" switch."""

    def is_enabled(self) -> bool: ...

    def enable(self, command: Sequence[str]) -> None: ...

    def disable(self) -> None: ...


def launch_command() -> list[str]:
    """How to start this very installation: the bundle's executable, or Python with -m desktop."""
    if getattr(sys, "frozen", False):  # a PyInstaller bundle: the executable is the app
        return [sys.executable]
    return [sys.executable, "-m", "desktop"]


def for_this_system(winreg: ModuleType | Any | None = None) -> Autostart:
    """The Run key where the Windows registry exists, else the XDG autostart folder."""
    if winreg is None and importlib.util.find_spec("winreg") is not None:
        winreg = importlib.import_module("winreg")  # capability, not an OS check: only Windows
    if winreg is not None:
        return RunKeyAutostart(winreg)
    return XdgAutostart()


class RunKeyAutostart:
    """HKEY_CURRENT_USER\\...\\Run: what Windows' Task Manager lists under "Startup apps".

    Args:
        winreg: The `winreg` module (a fake with the same functions in tests).
    """

    def __init__(self, winreg: ModuleType | Any) -> None:
        self._reg = winreg

    def is_enabled(self) -> bool:
        try:
            with self._reg.OpenKey(self._reg.HKEY_CURRENT_USER, RUN_KEY) as key:
                self._reg.QueryValueEx(key, APP_ID)
        except OSError:  # FileNotFoundError: no key or no value
            return False
        return True

    def enable(self, command: Sequence[str]) -> None:
        line = " ".join(f'"{part}"' if " " in part else part for part in command)
        with self._reg.CreateKey(self._reg.HKEY_CURRENT_USER, RUN_KEY) as key:
            self._reg.SetValueEx(key, APP_ID, 0, self._reg.REG_SZ, line)

    def disable(self) -> None:
        try:
            with self._reg.OpenKey(
                self._reg.HKEY_CURRENT_USER, RUN_KEY, 0, self._reg.KEY_SET_VALUE
            ) as key:
                self._reg.DeleteValue(key, APP_ID)
        except OSError:
            pass  # already off


class XdgAutostart:
    """``$XDG_CONFIG_HOME/autostart/quickreply.desktop`` (freedesktop.org Autostart spec)."""

    def __init__(self, config_home: Path | None = None) -> None:
        home = config_home or Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
        self.path = home / "autostart" / DESKTOP_FILE

    def is_enabled(self) -> bool:
        if not self.path.is_file():
            return False
        text = self.path.read_text(encoding="utf-8")
        return "Hidden=true" not in text and "X-GNOME-Autostart-enabled=false" not in text

    def enable(self, command: Sequence[str]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        entry = "\n".join(
            [
                "[Desktop Entry]",
                "Type=Application",
                f"Name={APP_ID}",
                "Name[zh_CN]=快回",
                "Comment=Canned replies one hotkey away",
                f"Exec={desktop_exec(command)}",
                "Icon=quickreply",
                "Terminal=false",
                "X-GNOME-Autostart-enabled=true",
                "",
            ]
        )
        partial = self.path.with_suffix(".partial")
        partial.write_text(entry, encoding="utf-8")
        partial.replace(self.path)

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)


def desktop_exec(command: Sequence[str]) -> str:
    """An Exec= value: arguments with spaces or reserved characters double-quoted, per the spec.

    The Desktop Entry spec allows only double quotes, escaping ``"`` `` ` `` ``$`` and ``\\``
    inside them (shlex's single quotes are not understood there); ``%`` is doubled.
    """
    quoted = []
    for raw in command:
        part = raw.replace("%", "%%")
        if part and not any(c in part for c in " \t\n\"'\\><~|&;$*?#()`"):
            quoted.append(part)
            continue
        escaped = "".join("\\" + c if c in '"`$\\' else c for c in part)
        quoted.append(f'"{escaped}"')
    return " ".join(quoted)
