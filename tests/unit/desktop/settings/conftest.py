"""The real app on the fake platform, with its settings controller and a temporary login folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.app import QuickReply
from desktop.autostart import XdgAutostart
from desktop.platform.fake import FakeBackend
from desktop.settings import SettingsWindow, theme
from phrasebook import Phrasebook


@pytest.fixture
def fake_backend() -> FakeBackend:
    return FakeBackend()


@pytest.fixture
def quickreply(
    qtbot: QtBot, book: Phrasebook, fake_backend: FakeBackend, tmp_path: Path
) -> Iterator[QuickReply]:
    book.set_setting("ui.language", "en")  # English source strings; the default is zh_CN
    app = QuickReply(book, fake_backend.platform())
    app.settings.autostart = XdgAutostart(tmp_path / "config")
    app.register_hotkey(app.chord)
    yield app
    if app.settings.window is not None:
        app.settings.window.close()
        app.settings.window.deleteLater()
    app.popup.deleteLater()
    app.translations.apply("en")
    theme.apply_theme("system")
    app.tray.hide()


@pytest.fixture
def window(qtbot: QtBot, quickreply: QuickReply) -> SettingsWindow:
    win = quickreply.settings.open()
    qtbot.waitExposed(win)
    return win
