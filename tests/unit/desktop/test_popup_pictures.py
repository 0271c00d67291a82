"""Pictures in the popup: the preview shows the first ones under the text; rows carry a mark."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot

from desktop.phrase_widgets.reply_preview import PreviewPane
from desktop.phrase_widgets.thumbnails import scaled_image, shared_cache
from desktop.popup.results_model import Role
from desktop.popup.search_popup import SearchPopup
from phrasebook import Phrasebook

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


def picture(tmp_path: Path, name: str, color: str, size: tuple[int, int]) -> Path:
    path = tmp_path / name
    Image.new("RGB", size, color).save(path)
    return path


@pytest.fixture
def book_with_pictures(book: Phrasebook, tmp_path: Path) -> Phrasebook:
    book.set_profile(active_shop="小米旗舰店", nickname="小美")
    chart = book.add("亲，尺码表请看图～", title="尺码表", code="cmb")
    files = [
        picture(tmp_path, f"{n}.png", c, (300, 200))
        for n, c in enumerate(("red", "green", "blue", "yellow", "cyan"))
    ]
    book.add_images(chart.id, files[:5])
    book.add("亲，今天下单今天发货哦", title="发货时间", code="fhsj")
    return book


def loaded(pane: PreviewPane) -> bool:
    shared_cache().wait()
    return all(label.property("loaded") for label in pane.pictures().labels())


def test_preview_shows_the_first_pictures_under_the_text(
    qtbot: QtBot, book_with_pictures: Phrasebook
) -> None:
    pane = PreviewPane()
    qtbot.addWidget(pane)
    pane.show()
    chart = book_with_pictures.by_code("cmb")[0]
    pane.set_phrase(book_with_pictures, chart)
    row = pane.pictures()
    assert row.isVisible()
    assert len(row.labels()) == row.limit == 4  # the first four, then "+1"
    assert row.findChild(type(row.labels()[0]), "picturesMore").text() == "+1"
    qtbot.waitUntil(lambda: loaded(pane), timeout=5000)
    pixmap = row.labels()[0].pixmap()
    assert not pixmap.isNull() and max(pixmap.width(), pixmap.height()) <= row.box
    assert "0.png" in row.labels()[0].toolTip() and "300×200" in row.labels()[0].toolTip()
    pane.set_phrase(book_with_pictures, book_with_pictures.by_code("fhsj")[0])
    assert not row.isVisible()  # no pictures, no row


def test_popup_rows_mark_replies_with_pictures_and_the_preview_shows_them(
    qtbot: QtBot, book_with_pictures: Phrasebook
) -> None:
    popup = SearchPopup(book_with_pictures, hide_on_deactivate=False)
    qtbot.addWidget(popup)
    popup.show_for_search(QPoint(200, 200))
    qtbot.waitExposed(popup)
    popup.search_box.setText("cmb")
    qtbot.waitUntil(lambda: popup.model.rowCount() > 0, timeout=2000)
    index = popup.model.index(0, 0)
    assert index.data(Role.PHRASE).code == "cmb"
    assert index.data(Role.PICTURES) == 5
    popup.results.setCurrentIndex(index)
    qtbot.waitUntil(lambda: popup.preview.phrase() is not None, timeout=2000)
    assert popup.preview.phrase().code == "cmb"  # type: ignore[union-attr]
    assert popup.preview.pictures().isVisible()
    popup.grab()  # the delegate paints the mark


def test_large_pictures_are_decoded_straight_to_thumbnail_size(tmp_path: Path) -> None:
    big = picture(tmp_path, "big.jpg", "navy", (4000, 3000))
    image = scaled_image(big.read_bytes(), 160)
    assert (image.width(), image.height()) == (160, 120)
    assert scaled_image(b"not a picture", 160).isNull()
