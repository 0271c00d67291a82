"""A reply that carries a picture, inserted by the real app on the fake platform: the picture
comes out of the phrasebook and reaches a rich chat box with the text."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.app import QuickReply
from desktop.platform.chords import DEFAULT_POPUP_CHORD
from desktop.platform.fake import FakeBackend
from phrasebook import Phrasebook

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


def _chart(path: Path) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (30, 20), (200, 30, 60)).save(buffer, "PNG")
    path.write_bytes(buffer.getvalue())
    return buffer.getvalue()


@pytest.fixture
def fake() -> FakeBackend:
    return FakeBackend()


@pytest.fixture
def app(qtbot: QtBot, tmp_path: Path, fake: FakeBackend) -> Iterator[QuickReply]:
    with Phrasebook.open(tmp_path / "app.db") as book:
        book.set_setting("ui.language", "en")
        _chart(tmp_path / "chart.png")
        book.add("亲，尺码表如下", code="cmb", images=[tmp_path / "chart.png"])
        quickreply = QuickReply(book, fake.platform())
        assert quickreply.register_hotkey(DEFAULT_POPUP_CHORD) is None
        yield quickreply
        quickreply.popup.deleteLater()
        quickreply.tray.hide()


def test_a_reply_with_a_picture_pastes_text_and_picture(
    qtbot: QtBot, app: QuickReply, fake: FakeBackend, tmp_path: Path
) -> None:
    chat = fake.windows.open("小猫咪 - 千牛接待台")
    chat.rich = True
    with qtbot.waitSignal(app.popup_shown, timeout=3000):
        assert fake.hotkeys.press(DEFAULT_POPUP_CHORD)
    with qtbot.waitSignal(app.popup.results_updated, timeout=3000):
        qtbot.keyClicks(app.popup.search_box, "cmb")
    with qtbot.waitSignal(app.insertion_finished, timeout=3000):
        qtbot.keyClick(app.popup.search_box, Qt.Key.Key_Return)
    (html,) = chat.pasted
    assert "亲，尺码表如下" in html and "data:image/png;base64," in html
    (phrase,) = app.book.by_code("cmb")
    sent = [image.data for image in app.reply_images(phrase)]
    assert sent == [(tmp_path / "chart.png").read_bytes()]
