"""A reply that carries an image, pasted by the real X11 backend into Chromium (千牛 and QQ NT
are Chromium-based): text and image arrive together in a contenteditable chat box, the text
alone in a <textarea>, and the agent's clipboard (text, HTML, PNG, URI list, owned by another
program) comes back every format, byte for byte, both times.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from quickreply_driver import (
    ChatPage,
    XDesktop,
    chromium_binary,
    own_clipboard,
    paste_reply,
    start_chat_page,
    stop_process,
    wait_until,
)
from test_insertion import tiny_png

pytestmark = pytest.mark.e2e

REPLY = "亲，图片如下：\n尺码 <S/M> & 颜色“红”"
AGENT_FORMATS = ("text/plain", "text/html", "image/png", "text/uri-list")


@pytest.fixture
def png(tmp_path: Path) -> Path:
    path = tmp_path / "reply.png"
    path.write_bytes(tiny_png(24, 16, (200, 30, 60)))
    return path


@pytest.fixture
def agent_png(tmp_path: Path) -> Path:
    path = tmp_path / "agent.png"
    path.write_bytes(tiny_png(9, 7, (10, 120, 220)))
    return path


def _page(x_desktop: XDesktop, tmp_path: Path, box: str) -> Iterator[ChatPage]:
    if chromium_binary() is None:
        pytest.skip("needs chromium (apt-get install chromium)")
    page = start_chat_page(x_desktop, tmp_path / "chromium-profile", box)
    try:
        yield page
    finally:
        page.close()


@pytest.fixture
def rich_box(x_desktop: XDesktop, tmp_path: Path) -> Iterator[ChatPage]:
    yield from _page(x_desktop, tmp_path, "rich")


@pytest.fixture
def plain_box(x_desktop: XDesktop, tmp_path: Path) -> Iterator[ChatPage]:
    yield from _page(x_desktop, tmp_path, "plain")


def _paste_and_check_restore(x_desktop: XDesktop, png: Path, agent_png: Path, mode: str) -> dict:
    owner = own_clipboard(x_desktop, agent_png)
    before = {fmt: x_desktop.clipboard(fmt) for fmt in AGENT_FORMATS}
    paster = None
    try:
        paster = paste_reply(x_desktop, REPLY, png, mode)
        targets = x_desktop.clipboard_targets()
        for fmt in AGENT_FORMATS:
            assert fmt in targets, targets
            assert x_desktop.clipboard(fmt) == before[fmt], fmt
        assert "x-kde-passwordManagerHint" not in targets  # our reply is gone
        return paster.outcome
    finally:
        if paster is not None:
            paster.close()
        stop_process(owner)


@pytest.mark.parametrize("mode", ["one", "text-then-image"])
def test_text_and_image_arrive_in_a_rich_chat_box(
    x_desktop: XDesktop, rich_box: ChatPage, png: Path, agent_png: Path, mode: str
) -> None:
    outcome = _paste_and_check_restore(x_desktop, png, agent_png, mode)

    assert outcome["status"] == "pasted" and outcome["read_confirmed"], outcome
    state = wait_until(lambda: (s := rich_box.state()).get("imgs") and s, 5, "the image")
    assert state["imgs"] == 1 and state["srcs"] == ["data:image/png;base64,"]
    assert state["rich"].strip() == REPLY  # escaped: <S/M> & arrive as typed, lines kept
    assert state["pastes"] == (1 if mode == "one" else 2)


def test_the_same_reply_into_a_plain_text_box_arrives_as_its_text(
    x_desktop: XDesktop, plain_box: ChatPage, png: Path, agent_png: Path
) -> None:
    outcome = _paste_and_check_restore(x_desktop, png, agent_png, "one")

    assert outcome["status"] == "pasted" and outcome["read_confirmed"], outcome
    state = wait_until(lambda: (s := plain_box.state()).get("plain") and s, 5, "the text")
    assert state["plain"] == REPLY and state["imgs"] == 0 and state["pastes"] == 1


def test_a_picture_too_large_for_chromium_arrives_as_a_smaller_copy(
    x_desktop: XDesktop, rich_box: ChatPage, tmp_path: Path, agent_png: Path
) -> None:
    from PIL import Image

    big = tmp_path / "尺码表-大图.png"  # noise: 4.3 MB as PNG, its data URI over Chromium's 2 MiB
    Image.frombytes("RGB", (1200, 1200), os.urandom(1200 * 1200 * 3)).save(big)
    assert big.stat().st_size > 4_000_000
    outcome = _paste_and_check_restore(x_desktop, big, agent_png, "one")

    assert outcome["status"] == "pasted" and outcome["read_confirmed"], outcome
    state = wait_until(lambda: (s := rich_box.state()).get("imgs") and s, 10, "the image")
    assert state["imgs"] == 1 and state["srcs"] == ["data:image/jpeg;base64"]
    assert state["rich"].strip() == REPLY
