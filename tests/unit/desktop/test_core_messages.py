"""The core's refusals an agent meets in the app are said in the UI language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PIL import Image
from PySide6.QtWidgets import QApplication

from desktop.core_messages import core_message
from desktop.i18n import Translations
from phrasebook import Phrasebook
from phrasebook.errors import ValidationError
from phrasebook.image_check import check_image


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    translations = Translations()
    assert translations.apply("zh_CN")
    yield
    translations.remove()


def refusal(make) -> ValidationError:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as caught:
        make()
    return caught.value


def test_picture_refusals_keep_their_details_in_english_and_in_chinese(
    qapp: QApplication, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    not_image = refusal(lambda: check_image(b"GIF89a but not really", "尺码表.png"))
    assert core_message(not_image) == (
        "尺码表.png is not a picture (PNG, JPEG, GIF, WebP or BMP expected)."
    )
    translations = Translations()
    assert translations.apply("zh_CN")
    try:
        assert core_message(not_image) == "尺码表.png 不是图片（支持 PNG、JPEG、GIF、WebP、BMP）。"
        bomb = tmp_path / "bomb.png"
        Image.new("1", (12_000, 12_000)).save(bomb)
        said = core_message(refusal(lambda: check_image(bomb.read_bytes(), "bomb.png")))
        assert said == "bomb.png：图片声明的像素过多（疑似解压炸弹），已拒绝。"
    finally:
        translations.remove()


def test_a_too_long_reply_and_an_unknown_error(chinese: None, tmp_path) -> None:  # type: ignore[no-untyped-def]
    book = Phrasebook.open(tmp_path / "book.db")
    try:
        said = core_message(refusal(lambda: book.add("长" * 20_001)))
    finally:
        book.close()
    assert said == "回复共 20,001 个字符，最多 20,000 个（聊天工具一条消息发不了更多）。"
    assert core_message("something else entirely") == "something else entirely"
