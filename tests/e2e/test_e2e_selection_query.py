"""The customer's message as the query, in a real X session: the agent highlights it in the
chat window and presses the popup hotkey; the popup opens on the answer (read from PRIMARY, the
clipboard untouched), Enter pastes it, and the app learns the message for that reply.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from quickreply_driver import (
    HOTKEY,
    RunningApp,
    Target,
    XDesktop,
    expected_reply,
    wait_app_focused,
    wait_until,
)

from phrasebook import Phrasebook

pytestmark = pytest.mark.e2e

QUESTION = "亲 收到的杯子碎了 怎么处理啊"
USER_CLIPBOARD = "客户的订单号 20240611-8848 ✓"


def put_text_in_target(desktop: XDesktop, target: Target, text: str) -> None:
    """Put CJK text in the chat stand-in the way agents do (paste), then forget that copy."""
    desktop.set_clipboard(text.encode())
    target.focus()
    desktop.xdotool("key", "--clearmodifiers", "ctrl+v")
    wait_until(lambda: target.text() == text, 5, "the message in the target")


def press_hotkey(desktop: XDesktop, app: RunningApp, target: Target) -> dict[str, object]:
    """Press the popup hotkey in `target`: the selection event, with the popup's query added."""
    target.focus()
    before = time.monotonic()
    desktop.xdotool("key", HOTKEY)
    opened = app.wait_event("selection_query", after=before)
    shown = app.wait_event("popup_query", after=before)
    app.wait_event("popup_painted", after=before)
    wait_app_focused(desktop, app)
    return {**opened, "box": shown["text"]}


def test_selected_message_opens_the_popup_on_its_answer_and_is_learned(
    x_desktop: XDesktop, db: Path, target: Target, quickreply: RunningApp
) -> None:
    reply = expected_reply(db, QUESTION)
    assert reply.startswith("非常抱歉，包裹在运输中被压坏了")  # 运输破损, not a keyword hit
    put_text_in_target(x_desktop, target, QUESTION)
    x_desktop.xdotool("key", "--clearmodifiers", "ctrl+a")  # the agent highlights the message
    x_desktop.set_clipboard(USER_CLIPBOARD.encode())

    opened = press_hotkey(x_desktop, quickreply, target)
    assert (opened["query"], opened["source"]) == (QUESTION, "primary")
    assert x_desktop.clipboard().decode() == USER_CLIPBOARD  # PRIMARY read, clipboard untouched

    before = time.monotonic()
    x_desktop.xdotool("key", "Return")
    inserted = quickreply.wait_event("inserted", after=before)
    assert inserted["ok"] and inserted["text"] == reply
    wait_until(lambda: target.text() == reply, 5, "the reply replaced the selected message")
    assert x_desktop.clipboard().decode() == USER_CLIPBOARD

    def learned() -> list[tuple[str, str]]:
        with Phrasebook.open(db, auto_backup=False) as book:
            return [(book.get(e.phrase_id).title, e.question) for e in book.learning.examples()]

    assert wait_until(lambda: learned() == [("运输破损", QUESTION)], 5, "the learned example")


def test_a_stale_selection_gives_the_normal_empty_popup(
    x_desktop: XDesktop, db: Path, target: Target, quickreply: RunningApp
) -> None:
    put_text_in_target(x_desktop, target, QUESTION)
    x_desktop.xdotool("key", "--clearmodifiers", "ctrl+a")
    first = press_hotkey(x_desktop, quickreply, target)
    assert first["query"] == QUESTION
    x_desktop.xdotool("key", "Escape")
    second = press_hotkey(x_desktop, quickreply, target)  # the same highlight, seen already
    assert second["query"] is None
    assert second["box"] == "", "the last customer's message must not come back as the query"
    x_desktop.xdotool("key", "Escape")
