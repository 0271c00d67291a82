"""A favourite key into a GTK editor right after the agent copied there.

The paste chord is sent while the hotkey may still be down: until its key comes up, the X
server hands every key to our own grab, and held Ctrl+Alt would turn Ctrl+V into Ctrl+Alt+V.
Before the X11 backend waited for the key and lifted the held modifiers, mousepad pasted
nothing in 2 to 4 runs out of 6. The agent's own copy (GTK owns the clipboard) must come back.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from quickreply_driver import GtkEditor, RunningApp, XDesktop, wait_until

from phrasebook import Phrasebook

pytestmark = pytest.mark.e2e

COPIED = "客户刚发来的订单号 20240611-8848"


@pytest.fixture
def pinned(db: Path) -> str:
    """Pin a reply without fields to Ctrl+Alt+1 (before the app starts); returns its text."""
    with Phrasebook.open(db, auto_backup=False) as book:
        phrase = next(p for p in book.search("qrko") if "{" not in p.phrase.text).phrase
        book.favorites.pin(phrase.id, 1)
        return phrase.text


def test_favourite_key_pastes_the_reply_and_gives_the_copy_back(
    x_desktop: XDesktop, gtk_editor: GtkEditor, pinned: str, quickreply: RunningApp
) -> None:
    gtk_editor.paste_text(COPIED)  # leaves it selected
    x_desktop.xdotool("key", "--clearmodifiers", "ctrl+c")  # GTK owns the clipboard now
    wait_until(lambda: x_desktop.clipboard().decode() == COPIED, 5, "mousepad's copy")

    before = time.monotonic()
    x_desktop.xdotool("key", "ctrl+alt+1")
    inserted = quickreply.wait_event("inserted", after=before)
    assert inserted["ok"] and inserted["text"] == pinned
    wait_until(lambda: x_desktop.clipboard().decode() == COPIED, 5, "the copy given back")

    gtk_editor.focus()
    x_desktop.xdotool("key", "--clearmodifiers", "ctrl+a", "ctrl+c")  # what the editor holds
    try:
        wait_until(lambda: x_desktop.clipboard().decode() == pinned, 5, "the reply in mousepad")
    except Exception:
        held = x_desktop.clipboard().decode()
        pytest.fail(f"mousepad holds {held!r}; {inserted}; {quickreply.stderr_tail()}")
