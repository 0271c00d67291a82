"""The whole insertion flow in a real X session: hotkey, pinyin query, Enter, text in the chat
window, the agent's clipboard (text or image) given back untouched.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest
from quickreply_driver import RunningApp, Target, XDesktop, expected_reply, insert_by_query

pytestmark = pytest.mark.e2e

USER_CLIPBOARD = "客户的订单号 20240611-8848 ✓"


def tiny_png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A valid PNG of one colour, built by hand so the test needs no image library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    row = b"\x00" + bytes(rgb) * width
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"".join(
        (
            b"\x89PNG\r\n\x1a\n",
            chunk(b"IHDR", header),
            chunk(b"IDAT", zlib.compress(row * height)),
            chunk(b"IEND", b""),
        )
    )


@pytest.mark.parametrize(
    "query",
    [
        "hyy",  # 欢迎语: shop and nickname placeholders
        "fhsj",  # 发货时间: a choice field, inserted with its default
    ],
)
def test_inserts_rendered_reply_and_restores_text_clipboard(
    x_desktop: XDesktop, db: Path, target: Target, quickreply: RunningApp, query: str
) -> None:
    expected = expected_reply(db, query)
    x_desktop.set_clipboard(USER_CLIPBOARD.encode())

    inserted = insert_by_query(x_desktop, quickreply, target, query)

    assert inserted["ok"], inserted
    assert inserted["text"] == expected
    assert target.text() == expected
    assert x_desktop.clipboard().decode() == USER_CLIPBOARD


def test_restores_image_clipboard_byte_for_byte(
    x_desktop: XDesktop, db: Path, target: Target, quickreply: RunningApp
) -> None:
    png = tiny_png(7, 5, (200, 30, 60))
    x_desktop.set_clipboard(png, mime="image/png")
    assert x_desktop.clipboard("image/png") == png  # xclip serves it before we start

    inserted = insert_by_query(x_desktop, quickreply, target, "hyy")

    assert inserted["ok"], inserted
    assert target.text() == expected_reply(db, "hyy")
    assert "image/png" in x_desktop.clipboard_targets()
    assert x_desktop.clipboard("image/png") == png


@pytest.mark.parametrize(
    ("code", "sample"),
    [
        ("qrml", "顺丰速运\n\n客服小美祝您购物愉快 🎉"),  # lines, an empty one, a placeholder
        ("qrko", "고객님 안녕하세요 😊"),  # Hangul and emoji outside the BMP
    ],
)
def test_multiline_korean_and_emoji_arrive_intact(
    x_desktop: XDesktop, db: Path, target: Target, quickreply: RunningApp, code: str, sample: str
) -> None:
    expected = expected_reply(db, code)
    assert sample in expected  # the code found the phrase added in conftest
    x_desktop.set_clipboard(USER_CLIPBOARD.encode())

    inserted = insert_by_query(x_desktop, quickreply, target, code)

    assert inserted["ok"], inserted
    assert target.text() == expected
    assert target.text().encode("utf-8") == expected.encode("utf-8")
    assert x_desktop.clipboard().decode() == USER_CLIPBOARD


def test_two_insertions_in_a_row_each_land_once(
    x_desktop: XDesktop, db: Path, target: Target, quickreply: RunningApp
) -> None:
    first, second = expected_reply(db, "hyy"), expected_reply(db, "qrko")
    x_desktop.set_clipboard(USER_CLIPBOARD.encode())

    assert insert_by_query(x_desktop, quickreply, target, "hyy")["ok"]
    assert insert_by_query(x_desktop, quickreply, target, "qrko")["ok"]

    assert target.text() == first + second
    assert x_desktop.clipboard().decode() == USER_CLIPBOARD
