"""The capture flow through the fake backend: copy, prefilled form, holding reply, saved entry."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.notebook.capture_flow import CaptureFlow, customer_from_title
from desktop.notebook.capture_form import CaptureForm
from desktop.platform.base import ClipboardSnapshot
from desktop.platform.copy import CopyTiming, SelectionCopier
from desktop.platform.fake import TEXT, FakeBackend, FakeWindow
from desktop.platform.paste import Inserter
from desktop.platform.paste_values import PasteSettings, PasteTiming
from phrasebook import NotebookEntry, Phrasebook

FAST_PASTE = PasteTiming(pre_paste_ms=1, restore_quiet_ms=1, restore_fallback_ms=50)
FAST_COPY = CopyTiming(pre_copy_ms=1, poll_ms=5, copy_timeout_ms=30)
# The offscreen plugin cannot raise windows or pass size hints; harmless here.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")
HOLDING = "我帮您确认一下，{分钟}分钟内回复您，请稍等哦~"


@pytest.fixture
def fake() -> FakeBackend:
    backend = FakeBackend()
    backend.clipboard.restore(ClipboardSnapshot(((TEXT, "剪贴板里的问题".encode()),)))
    return backend


@pytest.fixture
def chat(fake: FakeBackend) -> FakeWindow:
    return fake.windows.open("小猫咪爱吃鱼 - 千牛接待台", app_id="AliWorkBench")


@pytest.fixture
def flow(qtbot: QtBot, book: Phrasebook, fake: FakeBackend) -> CaptureFlow:
    book.add(HOLDING, title="稍等确认", group="稍后答复")
    book.set_profile(active_shop="快回旗舰店")
    inserter = Inserter(fake.clipboard, fake.keys, PasteSettings(timing=FAST_PASTE))
    copier = SelectionCopier(fake.clipboard, fake.keys, FAST_COPY)
    return CaptureFlow(book, fake.platform(), inserter, copier)


def open_form(qtbot: QtBot, flow: CaptureFlow) -> CaptureForm:
    with qtbot.waitSignal(flow.form_shown, timeout=2000) as shown:
        flow.start()
    form = shown.args[0]
    qtbot.addWidget(form)
    return form


def test_selection_prefills_the_form(qtbot: QtBot, flow: CaptureFlow, chat: FakeWindow) -> None:
    chat.selection = "这款羽绒服能机洗吗？"
    form = open_form(qtbot, flow)
    values = form.values()
    assert values.question == "这款羽绒服能机洗吗？"
    assert values.customer == "小猫咪爱吃鱼"
    assert values.shop == "快回旗舰店"
    assert values.due_minutes == 5
    assert "5分钟内回复您" in form.preview.text()


def test_no_selection_takes_the_clipboard(
    qtbot: QtBot, flow: CaptureFlow, chat: FakeWindow
) -> None:
    assert open_form(qtbot, flow).values().question == "剪贴板里的问题"


def test_empty_clipboard_gives_an_empty_form(
    qtbot: QtBot, flow: CaptureFlow, fake: FakeBackend, chat: FakeWindow
) -> None:
    fake.clipboard.restore(ClipboardSnapshot())
    form = open_form(qtbot, flow)
    assert form.values().question == ""
    with qtbot.assertNotEmitted(form.submitted):
        form.reply_button.click()  # nothing to save yet
    assert form.isVisible()


def test_one_key_inserts_the_holding_reply_and_saves(
    qtbot: QtBot, flow: CaptureFlow, book: Phrasebook, fake: FakeBackend, chat: FakeWindow
) -> None:
    chat.selection = "能开专票吗"
    form = open_form(qtbot, flow)
    form.due.setValue(10)
    qtbot.waitActive(form)  # shortcuts only reach the active window
    with qtbot.waitSignal(flow.question_captured, timeout=2000) as captured:
        qtbot.keyClick(form.question, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    entry = captured.args[0]
    assert isinstance(entry, NotebookEntry)
    assert (entry.question, entry.customer, entry.context) == (
        "能开专票吗",
        "小猫咪爱吃鱼",
        "小猫咪爱吃鱼 - 千牛接待台",
    )
    assert entry.due_at == pytest.approx(entry.asked_at + 600)
    qtbot.waitUntil(
        lambda: chat.pasted == ["我帮您确认一下，10分钟内回复您，请稍等哦~"], timeout=2000
    )
    qtbot.waitUntil(lambda: not flow.inserter.busy, timeout=2000)
    assert fake.clipboard.text() == "剪贴板里的问题"  # restored after copy and paste
    assert flow.target_for(entry.id) is chat
    assert book.notebook.counts().open == 1


def test_save_only_inserts_nothing(
    qtbot: QtBot, flow: CaptureFlow, book: Phrasebook, chat: FakeWindow
) -> None:
    form = open_form(qtbot, flow)
    with qtbot.waitSignal(flow.question_captured, timeout=2000):
        form.save_button.click()
    qtbot.wait(30)
    assert chat.pasted == []
    assert book.notebook.entries()[0].question == "剪贴板里的问题"


def test_no_holding_phrase_disables_the_reply(
    qtbot: QtBot, fake: FakeBackend, chat: FakeWindow, tmp_path: Path
) -> None:
    with Phrasebook.open(tmp_path / "empty.db") as empty:
        inserter = Inserter(fake.clipboard, fake.keys, PasteSettings(timing=FAST_PASTE))
        copier = SelectionCopier(fake.clipboard, fake.keys, FAST_COPY)
        flow = CaptureFlow(empty, fake.platform(), inserter, copier)
        form = open_form(qtbot, flow)
        assert not form.reply_button.isEnabled()
        assert "稍后答复" in form.preview.text()


@pytest.mark.parametrize(
    ("title", "customer"),
    [
        ("小猫咪爱吃鱼 - 千牛接待台", "小猫咪爱吃鱼"),
        ("京东咚咚 - jd_8a7b6c", "jd_8a7b6c"),
        ("拼多多商家工作台", ""),
        ("接待中心：tb_12345678", "tb_12345678"),
        ("Chat with Maria | AliExpress", ""),
        (None, ""),
        # An unsaved-changes marker is not part of the name.
        ("*小猫咪爱吃鱼 - 千牛接待台", "小猫咪爱吃鱼"),
        ("小猫咪爱吃鱼* - 千牛接待台", "小猫咪爱吃鱼"),
        ("● 小猫咪爱吃鱼 - 千牛接待台", "小猫咪爱吃鱼"),
        # An editor, a file or a program is not a customer: the field stays empty.
        ("*/home/agent/msgs.txt", ""),
        ("*/home/agent/msgs.txt - Mousepad", ""),
        ("~/客服/话术.docx — LibreOffice Writer", ""),
        ("*C:\\work\\msgs.txt - Notepad", ""),
        ("o16msgs.txt", ""),
        ("● notes.md - Visual Studio Code", ""),
        ("Mousepad", ""),
        ("mousepad", ""),
        ("gedit", ""),
        ("Terminal", ""),
        ("mr.li - 千牛接待台", "mr.li"),
    ],
)
def test_customer_from_title(title: str | None, customer: str) -> None:
    assert customer_from_title(title) == customer
