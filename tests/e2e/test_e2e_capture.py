"""The capture hotkey in a real X session: the question selected in the chat window is copied
(the agent's clipboard given back), the prefilled form opens, Ctrl+Enter sends the holding reply
into the chat and saves the entry in the notebook.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from quickreply_driver import (
    GtkEditor,
    RunningApp,
    Target,
    XDesktop,
    wait_app_focused,
    wait_until,
)
from test_insertion import tiny_png

from phrasebook import Phrasebook

pytestmark = pytest.mark.e2e

CAPTURE_HOTKEY = "ctrl+alt+n"  # desktop.notebook_controller.DEFAULT_CAPTURE_CHORD
USER_CLIPBOARD = "客户的订单号 20240611-8848 ✓"
QUESTION = "这款羽绒服可以直接机洗吗？会不会跑绒"


def holding_reply(db: Path) -> str:
    with Phrasebook.open(db, auto_backup=False) as book:
        return book.notebook.holding_reply(5)


def put_text_in_target(desktop: XDesktop, target: Target, text: str) -> None:
    """Type CJK text into the chat stand-in the way agents do: paste it."""
    desktop.set_clipboard(text.encode())
    target.focus()
    desktop.xdotool("key", "--clearmodifiers", "ctrl+v")
    wait_until(lambda: target.text() == text, 5, "the question in the target")


def capture(desktop: XDesktop, app: RunningApp, target: Target) -> dict[str, object]:
    """Press the capture hotkey in the target; returns the app's "capture_form" event."""
    target.focus()
    before = time.monotonic()
    desktop.xdotool("key", CAPTURE_HOTKEY)
    shown = app.wait_event("capture_form", after=before)
    wait_app_focused(desktop, app)
    return shown


def test_selected_question_is_captured_with_holding_reply(
    x_desktop: XDesktop, db: Path, target: Target, quickreply: RunningApp
) -> None:
    put_text_in_target(x_desktop, target, QUESTION)
    x_desktop.xdotool("key", "--clearmodifiers", "ctrl+a")  # the agent selects the question
    x_desktop.set_clipboard(USER_CLIPBOARD.encode())

    shown = capture(x_desktop, quickreply, target)
    assert (shown["question"], shown["selection"]) == (QUESTION, True)
    wait_until(lambda: x_desktop.clipboard().decode() == USER_CLIPBOARD, 5, "clipboard restored")

    before = time.monotonic()
    x_desktop.xdotool("key", "ctrl+Return")
    captured = quickreply.wait_event("captured", after=before)
    inserted = quickreply.wait_event("inserted", after=before)

    reply = holding_reply(db)
    assert reply.startswith("我帮您确认一下，5分钟内回复您")
    assert captured["question"] == QUESTION and captured["reply"] is True
    assert inserted["ok"] and inserted["text"] == reply
    wait_until(lambda: target.text() == reply, 5, "the holding reply in the chat")  # replaced
    assert x_desktop.clipboard().decode() == USER_CLIPBOARD
    with Phrasebook.open(db, auto_backup=False) as book:
        (entry,) = book.notebook.entries()
    assert entry.question == QUESTION
    assert entry.context == target.title
    assert entry.due_at == pytest.approx(entry.asked_at + 300)


def test_without_a_selection_the_clipboard_is_the_question(
    x_desktop: XDesktop, db: Path, target: Target, quickreply: RunningApp
) -> None:
    x_desktop.set_clipboard(QUESTION.encode())  # the agent copied the question herself
    shown = capture(x_desktop, quickreply, target)
    assert (shown["question"], shown["selection"]) == (QUESTION, False)
    before = time.monotonic()
    x_desktop.xdotool("key", "ctrl+s")
    captured = quickreply.wait_event("captured", after=before)
    assert captured["reply"] is False
    assert x_desktop.clipboard().decode() == QUESTION
    assert target.text() == ""


@pytest.mark.parametrize("kind", ["text", "image"])
def test_capture_from_gtk_editor_gives_the_clipboard_back(
    x_desktop: XDesktop, gtk_editor: GtkEditor, quickreply: RunningApp, kind: str
) -> None:
    """GTK takes the clipboard at the Ctrl+C key's server time, later than anything our Qt
    connection saw: unless the app refreshes Qt's timestamp, its restore is refused."""
    gtk_editor.paste_text(QUESTION)
    for attempt in range(3):  # it failed 3 of 3 times; the second and later tries count most
        if kind == "text":
            mime, saved = "UTF8_STRING", f"{USER_CLIPBOARD} #{attempt}".encode()
        else:
            mime, saved = "image/png", tiny_png(8 + attempt, 5, (200, 30, 90))
        x_desktop.set_clipboard(saved, mime)
        gtk_editor.focus()
        before = time.monotonic()
        x_desktop.xdotool("key", CAPTURE_HOTKEY)
        shown = quickreply.wait_event("capture_form", after=before)
        assert (shown["question"], shown["selection"]) == (QUESTION, True)
        wait_until(lambda: x_desktop.clipboard(mime) == saved, 5, f"clipboard {attempt} back")  # noqa: B023
        wait_app_focused(x_desktop, quickreply)
        x_desktop.xdotool("key", "Escape")  # the agent closes the form
    assert "Cannot set X11 selection owner" not in quickreply.stderr_tail(50)
