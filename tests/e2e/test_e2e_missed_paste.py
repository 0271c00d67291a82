"""Never a silent miss, in a real X session: a chat window that never reads the clipboard gets
the chord, the app restores the agent's clipboard at the fallback and reports the miss (its
"inserted" trace says missed; the tray shows 未粘贴成功 with a click to paste again, covered
with the fake backend in tests/unit/desktop/test_missed_paste.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from quickreply_driver import RunningApp, Target, XDesktop, insert_by_query, start_target

pytestmark = pytest.mark.e2e

USER_CLIPBOARD = "客户的订单号 20240611-8848 ✓"


@pytest.fixture
def deaf_target(x_desktop: XDesktop, tmp_path: Path) -> Iterator[Target]:
    started = start_target(
        x_desktop, tmp_path / "deaf.jsonl", f"qr-deaf-{tmp_path.name}", "ignore-paste"
    )
    try:
        yield started
    finally:
        started.close()


def test_a_paste_the_window_never_read_is_reported_as_missed(
    x_desktop: XDesktop, deaf_target: Target, quickreply: RunningApp
) -> None:
    x_desktop.set_clipboard(USER_CLIPBOARD.encode())

    inserted = insert_by_query(x_desktop, quickreply, deaf_target, "hyy")

    assert inserted["missed"] is True and inserted["read"] is False, inserted
    assert deaf_target.text() == ""
    assert x_desktop.clipboard().decode() == USER_CLIPBOARD
    chords = [r for r in deaf_target.records() if "key" in r and r["key"] == 0x56]  # Qt.Key_V
    assert chords, "the paste chord reached the window"
