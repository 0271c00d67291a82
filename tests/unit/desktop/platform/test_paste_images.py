"""Replies with images, the focus wait and missed pastes, against the fake backend."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from desktop.platform.base import ClipboardSnapshot, FocusCallback, ReplyImage
from desktop.platform.chords import PASTE_CTRL_V
from desktop.platform.fake import HTML, PNG, TEXT, FakeBackend, FakeWindow
from desktop.platform.paste import MISSED_REASON, Inserter
from desktop.platform.paste_values import (
    ImageMode,
    InsertOutcome,
    PasteSettings,
    PasteTiming,
)
from desktop.platform.reply_html import paste_steps, reply_html

FAST = PasteTiming(pre_paste_ms=0, restore_quiet_ms=5, restore_fallback_ms=150)
IMAGE = ReplyImage("image/png", b"\x89PNG\r\n\x1a\nreply-image")
BEFORE = ClipboardSnapshot(
    ((TEXT, "用户原剪贴板".encode()), (HTML, b"<b>agent</b>"), (PNG, b"agent-png"))
)


def desktop() -> tuple[FakeBackend, FakeWindow]:
    backend = FakeBackend()
    backend.clipboard.restore(BEFORE)
    chat = backend.windows.open("千牛 - 买家咨询", app_id="AliWorkBench")
    chat.rich = True
    return backend, chat


def run(qtbot: QtBot, inserter: Inserter, target: object, text: str, **kw: object) -> InsertOutcome:
    outcomes: list[InsertOutcome] = []
    inserter.finished.connect(outcomes.append)
    inserter.insert(target, text, **kw)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: bool(outcomes) and not inserter.busy, timeout=3000)
    return outcomes[0]


def test_html_escapes_the_text_keeps_lines_and_embeds_the_images() -> None:
    html = reply_html('尺码 <S> & "M"\n第二行', (IMAGE,))
    assert '尺码 &lt;S&gt; &amp; "M"<br>第二行' in html
    assert '<img src="data:image/png;base64,iVBORw0KGgpyZXBseS1pbWFnZQ==">' in html
    assert "<script" not in reply_html("<script>alert(1)</script>")


def test_steps_per_mode() -> None:
    [one] = paste_steps("亲", None, (IMAGE,), ImageMode.ONE_PASTE)
    assert one.text == "亲" and one.images == (IMAGE,) and one.html and "<img" in one.html
    text, image = paste_steps("亲", None, (IMAGE,), ImageMode.TEXT_THEN_IMAGE)
    assert text.text == "亲" and not text.images
    assert image.text == "" and image.images == (IMAGE,)
    [plain] = paste_steps("亲", None, (), ImageMode.ONE_PASTE)
    assert plain.html is None and not plain.images


def test_one_paste_offers_text_html_and_png_then_restores_every_format(qtbot: QtBot) -> None:
    backend, chat = desktop()
    offered: list[dict[str, bytes]] = []
    send = backend.keys.send_chord
    backend.keys.send_chord = lambda c: (offered.append(dict(backend.clipboard.items)), send(c))  # type: ignore[method-assign]
    inserter = Inserter(backend.clipboard, backend.keys, PasteSettings(timing=FAST))

    outcome = run(qtbot, inserter, chat, "亲，图片如下：", images=[IMAGE])

    assert outcome.read_confirmed and not outcome.missed and outcome.images == 1
    [items] = offered
    assert items[TEXT] == "亲，图片如下：".encode() and items[PNG] == IMAGE.data
    assert b'<img src="data:image/png;base64,' in items[HTML]
    assert backend.keys.sent == [PASTE_CTRL_V]
    assert "亲，图片如下：" in chat.pasted[0] and "<img" in chat.pasted[0]
    assert backend.clipboard.snapshot() == BEFORE


def test_text_then_image_pastes_the_image_after_the_text_was_read(qtbot: QtBot) -> None:
    backend, chat = desktop()
    chat.rich = False
    settings = PasteSettings(timing=FAST, image_modes={"aliworkbench": ImageMode.TEXT_THEN_IMAGE})
    inserter = Inserter(backend.clipboard, backend.keys, settings)

    outcome = run(qtbot, inserter, chat, "亲", images=[IMAGE])

    assert outcome.read_confirmed and not outcome.missed
    assert backend.keys.sent == [PASTE_CTRL_V, PASTE_CTRL_V]
    assert chat.pasted == ["亲"] and chat.pasted_images == [IMAGE.data]
    assert backend.clipboard.reads == [TEXT, PNG]
    assert backend.clipboard.snapshot() == BEFORE


def test_no_image_paste_when_the_text_was_never_read(qtbot: QtBot) -> None:
    backend, chat = desktop()
    chat.reads_clipboard = False
    settings = PasteSettings(timing=FAST, image_mode=ImageMode.TEXT_THEN_IMAGE)
    inserter = Inserter(backend.clipboard, backend.keys, settings)

    outcome = run(qtbot, inserter, chat, "亲", images=[IMAGE])

    assert outcome.missed and outcome.reason == MISSED_REASON
    assert backend.keys.sent == [PASTE_CTRL_V]  # the image never replaces an unread text
    assert backend.clipboard.snapshot() == BEFORE


def test_a_missed_paste_is_kept_and_pasted_again_into_the_same_window(qtbot: QtBot) -> None:
    backend, chat = desktop()
    chat.reads_clipboard = False  # a loaded target that never asks for the clipboard
    inserter = Inserter(backend.clipboard, backend.keys, PasteSettings(timing=FAST))
    outcome = run(qtbot, inserter, chat, "亲，在的", tag="phrase-7")
    assert outcome.missed and inserter.can_insert_again and chat.pasted == []
    assert backend.clipboard.snapshot() == BEFORE

    other = backend.windows.open("记事本")  # the agent clicked elsewhere meanwhile
    chat.reads_clipboard = True
    outcomes: list[InsertOutcome] = []
    inserter.finished.connect(outcomes.append)
    assert inserter.insert_again()
    qtbot.waitUntil(lambda: bool(outcomes) and not inserter.busy, timeout=3000)

    assert outcomes[0].read_confirmed and outcomes[0].tag == "phrase-7"
    assert chat.pasted == ["亲，在的"] and other.pasted == []
    assert not inserter.can_insert_again and not inserter.insert_again()
    assert backend.clipboard.snapshot() == BEFORE


class SlowFocusWindow(FakeWindow):
    """A target whose focus the OS confirms only after `delay_ms` (or never: None)."""

    delay_ms: int | None = 60

    def when_focused(self, callback: FocusCallback, timeout_ms: int) -> None:
        delay = self.delay_ms
        if delay is None or delay > timeout_ms:
            QTimer.singleShot(timeout_ms, lambda: callback(False))
        else:
            QTimer.singleShot(delay, lambda: callback(True))


def test_the_chord_waits_for_the_focus_confirmation(qtbot: QtBot) -> None:
    backend = FakeBackend()
    chat = SlowFocusWindow("千牛", windows=backend.windows)
    backend.windows.all.append(chat)
    inserter = Inserter(backend.clipboard, backend.keys, PasteSettings(timing=FAST))
    inserter.insert(chat, "x")
    qtbot.wait(30)
    assert backend.keys.sent == []  # focus not confirmed yet
    qtbot.waitUntil(lambda: not inserter.busy, timeout=2000)
    assert backend.keys.sent == [PASTE_CTRL_V] and chat.pasted == ["x"]


def test_the_chord_goes_anyway_after_the_focus_timeout(qtbot: QtBot) -> None:
    backend = FakeBackend()
    chat = SlowFocusWindow("千牛", windows=backend.windows)
    chat.delay_ms = None
    backend.windows.all.append(chat)
    timing = PasteTiming(pre_paste_ms=0, focus_timeout_ms=40, restore_fallback_ms=150)
    inserter = Inserter(backend.clipboard, backend.keys, PasteSettings(timing=timing))
    outcome = run(qtbot, inserter, chat, "x")
    assert backend.keys.sent == [PASTE_CTRL_V] and outcome.read_confirmed


def _noise_png(mode: str, size: int = 1100) -> bytes:
    import io
    import os

    from PIL import Image

    channels = len(mode)
    picture = Image.frombytes(mode, (size, size), os.urandom(size * size * channels))
    out = io.BytesIO()
    picture.save(out, "PNG")
    return out.getvalue()


@pytest.mark.parametrize(("mode", "mime"), [("RGB", "image/jpeg"), ("RGBA", "image/png")])
def test_a_picture_too_large_for_a_data_uri_is_pasted_as_a_smaller_copy(
    qapp: object, mode: str, mime: str
) -> None:
    from PySide6.QtGui import QImage

    from desktop.platform.reply_html import MAX_PASTE_IMAGE_BYTES, fit_for_paste

    big = ReplyImage("image/png", _noise_png(mode))
    assert len(big.data) > MAX_PASTE_IMAGE_BYTES
    copy = fit_for_paste(big)
    assert copy.type == mime and len(copy.data) <= MAX_PASTE_IMAGE_BYTES
    assert not QImage.fromData(copy.data).isNull()
    [step] = paste_steps("尺码表", None, (big,), ImageMode.ONE_PASTE)
    assert step.images == (copy,) and len(step.html or "") < 2 * 1024 * 1024
    small = ReplyImage("image/png", _noise_png("RGB", 100))
    assert fit_for_paste(small) is small  # a picture that fits is pasted as it is
