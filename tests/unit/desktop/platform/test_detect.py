"""Backend choice: explicit name > QUICKREPLY_PLATFORM > auto-detection; honest stubs."""

from __future__ import annotations

import logging
import sys

import pytest
from pytestqt.qtbot import QtBot

from desktop import platform as platform_pkg
from desktop.platform import detect, detect_name
from desktop.platform.base import HotkeyUnavailableError, PlatformError
from desktop.platform.chords import DEFAULT_POPUP_CHORD


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ("QUICKREPLY_PLATFORM", "XDG_SESSION_TYPE", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    return monkeypatch


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"DISPLAY": ":0"}, "x11"),
        ({"DISPLAY": ":0", "XDG_SESSION_TYPE": "wayland"}, "wayland"),  # XWayland is not global
        ({"WAYLAND_DISPLAY": "wayland-0"}, "wayland"),
        ({}, "headless"),
        ({"DISPLAY": ":0", "QUICKREPLY_PLATFORM": "fake"}, "fake"),
    ],
)
def test_auto_detection(clean_env: pytest.MonkeyPatch, env: dict[str, str], expected: str) -> None:
    for key, value in env.items():
        clean_env.setenv(key, value)
    assert detect_name() == expected


@pytest.mark.parametrize(("os_name", "expected"), [("win32", "win32"), ("darwin", "macos")])
def test_os_detection(clean_env: pytest.MonkeyPatch, os_name: str, expected: str) -> None:
    clean_env.setattr(sys, "platform", os_name)
    assert detect_name() == expected


def test_explicit_name_wins_over_env(clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv("QUICKREPLY_PLATFORM", "x11")
    assert detect_name(" FAKE ") == "fake"


def test_unknown_name_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="unknown platform 'beos'; choose one of x11"):
        detect_name("beos")


def test_detect_fake_logs_its_choice(qtbot: QtBot, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="desktop.platform"):
        platform = detect("fake")
    assert platform.name == "fake" and platform.capabilities.global_hotkeys_available
    assert "platform backend fake (argument)" in caplog.text
    platform.close()


def test_wayland_says_no_global_hotkey(qtbot: QtBot, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="desktop.platform"):
        platform = detect("wayland")
    caps = platform.capabilities
    assert not caps.global_hotkeys_available and not caps.can_send_keys
    assert "Wayland does not let applications grab" in caplog.text
    with pytest.raises(HotkeyUnavailableError, match="Wayland"):
        platform.hotkeys.register(DEFAULT_POPUP_CHORD, lambda: None)
    with pytest.raises(PlatformError):
        platform.keys.send_chord(DEFAULT_POPUP_CHORD)
    assert platform.windows.focused_window() is None


def test_x11_without_a_server_raises_platform_error(clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv("DISPLAY", "not a display")  # (a refused socket would leak inside Xlib)
    with pytest.raises(PlatformError, match="cannot use X11"):
        detect("x11")


def test_only_the_package_reads_sys_platform() -> None:
    from pathlib import Path

    folder = Path(platform_pkg.__file__).parent
    offenders = [
        p.name
        for p in folder.glob("*.py")
        if p.name != "__init__.py"
        and ("sys.platform" in p.read_text() or "XDG_SESSION" in p.read_text())
    ]
    assert offenders == []
