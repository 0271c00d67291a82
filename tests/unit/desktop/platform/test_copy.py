"""Copying the chat window's selection through the fake backend, clipboard restored every time."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.platform.base import ClipboardSnapshot
from desktop.platform.chords import COPY_CTRL_C
from desktop.platform.copy import CopiedText, CopyTiming, SelectionCopier, snapshot_text
from desktop.platform.fake import TEXT, FakeBackend

FAST = CopyTiming(pre_copy_ms=1, poll_ms=5, copy_timeout_ms=40)
PNG = b"\x89PNG\r\n\x1a\nimage"


@pytest.fixture
def fake() -> FakeBackend:
    backend = FakeBackend()
    backend.clipboard.restore(
        ClipboardSnapshot(((TEXT, "剪贴板原文".encode()), ("image/png", PNG)))
    )
    return backend


def copy(qtbot: QtBot, fake: FakeBackend, target: object) -> CopiedText:
    copier = SelectionCopier(fake.clipboard, fake.keys, FAST)
    with qtbot.waitSignal(copier.copied, timeout=2000) as blocker:
        copier.copy(target)  # type: ignore[arg-type]
    assert not copier.busy
    result = blocker.args[0]
    assert isinstance(result, CopiedText)
    return result


def test_selection_is_copied_and_clipboard_restored(qtbot: QtBot, fake: FakeBackend) -> None:
    before = fake.clipboard.snapshot()
    chat = fake.windows.open("千牛 - 小猫咪")
    chat.selection = "这款羽绒服能机洗吗？"
    result = copy(qtbot, fake, chat)
    assert result == CopiedText("这款羽绒服能机洗吗？", True, chat)
    assert fake.keys.sent == [COPY_CTRL_C]
    assert fake.clipboard.snapshot() == before  # image and text back


def test_no_selection_uses_the_clipboard(qtbot: QtBot, fake: FakeBackend) -> None:
    chat = fake.windows.open("千牛 - 小猫咪")
    result = copy(qtbot, fake, chat)
    assert (result.text, result.from_selection) == ("剪贴板原文", False)
    assert snapshot_text(fake.clipboard.snapshot()) == "剪贴板原文"


def test_nothing_anywhere_gives_empty_text(qtbot: QtBot) -> None:
    fake = FakeBackend()
    chat = fake.windows.open("千牛 - 小猫咪")
    result = copy(qtbot, fake, chat)
    assert (result.text, result.from_selection) == ("", False)
    assert fake.clipboard.snapshot() == ClipboardSnapshot()


def test_no_target_reads_the_clipboard_without_keys(qtbot: QtBot, fake: FakeBackend) -> None:
    result = copy(qtbot, fake, None)
    assert (result.text, result.from_selection, result.target) == ("剪贴板原文", False, None)
    assert fake.keys.sent == []


def test_a_failing_key_still_restores(qtbot: QtBot, fake: FakeBackend) -> None:
    before = fake.clipboard.snapshot()
    chat = fake.windows.open("千牛 - 小猫咪")
    chat.selection = "问题"
    fake.keys.fail_next = RuntimeError("XTEST gone")
    result = copy(qtbot, fake, chat)
    assert result.text == "剪贴板原文" and not result.from_selection
    assert fake.clipboard.snapshot() == before


def test_a_second_copy_while_busy_is_ignored(qtbot: QtBot, fake: FakeBackend) -> None:
    chat = fake.windows.open("千牛 - 小猫咪")
    chat.selection = "问题"
    copier = SelectionCopier(fake.clipboard, fake.keys, FAST)
    results: list[CopiedText] = []
    copier.copied.connect(results.append)
    copier.copy(chat)
    copier.copy(chat)
    qtbot.waitUntil(lambda: not copier.busy, timeout=2000)
    qtbot.wait(20)
    assert [r.text for r in results] == ["问题"]


def test_snapshot_text_prefers_utf8() -> None:
    snap = ClipboardSnapshot((("STRING", b"latin"), ("text/plain;charset=utf-8", "中文".encode())))
    assert snapshot_text(snap) == "中文"
    assert snapshot_text(ClipboardSnapshot((("image/png", PNG),))) == ""
