"""The insertion flow against the fake backend: order of operations, delays, restore guard."""

from __future__ import annotations

import time

import pytest
from pytestqt.qtbot import QtBot

from desktop.platform.base import ClipboardSnapshot
from desktop.platform.chords import PASTE_CTRL_V, PASTE_SHIFT_INSERT, parse_chord
from desktop.platform.fake import HTML, TEXT, TRANSIENT_FORMAT, FakeBackend, FakeWindow
from desktop.platform.paste import ELEVATED_WARNING, Inserter
from desktop.platform.paste_values import (
    SHIFT_INSERT,
    TYPE_TEXT,
    InsertOutcome,
    InsertStatus,
    PasteSettings,
    PasteTiming,
)

FAST = PasteTiming(pre_paste_ms=5, restore_quiet_ms=5, restore_fallback_ms=200)
PNG = b"\x89PNG\r\n\x1a\nfake-image"


@pytest.fixture
def fake_backend() -> FakeBackend:
    backend = FakeBackend()
    backend.clipboard.restore(
        ClipboardSnapshot(((TEXT, "用户原剪贴板".encode()), ("image/png", PNG)))
    )
    return backend


@pytest.fixture
def chat(fake_backend: FakeBackend) -> FakeWindow:
    return fake_backend.windows.open("千牛 - 买家咨询", app_id="AliWorkBench")


def make_inserter(backend: FakeBackend, **settings: object) -> Inserter:
    return Inserter(backend.clipboard, backend.keys, PasteSettings(timing=FAST, **settings))  # type: ignore[arg-type]


def run(qtbot: QtBot, inserter: Inserter, *calls: tuple) -> list[InsertOutcome]:
    """Start the insertions and wait until every one has an outcome."""
    outcomes: list[InsertOutcome] = []
    inserter.finished.connect(outcomes.append)
    for call in calls:
        inserter.insert(*call)
    qtbot.waitUntil(lambda: len(outcomes) == len(calls) and not inserter.busy, timeout=3000)
    return outcomes


def test_pastes_into_the_remembered_window_and_restores_everything(
    qtbot: QtBot, fake_backend: FakeBackend, chat: FakeWindow
) -> None:
    before = fake_backend.clipboard.snapshot()
    popup = fake_backend.windows.open("QuickReply", own=True)
    assert fake_backend.windows.focused_window() is None  # our own popup is ignored
    inserter = make_inserter(fake_backend)

    [outcome] = run(qtbot, inserter, (chat, "亲，您好！有什么可以帮您？"))

    assert outcome.status is InsertStatus.PASTED and outcome.ok
    assert outcome.read_confirmed and outcome.target_title == "千牛 - 买家咨询"
    assert chat.pasted == ["亲，您好！有什么可以帮您？"]
    assert fake_backend.windows.focused is chat and popup.activations == 0
    assert fake_backend.keys.sent == [PASTE_CTRL_V]  # and never Enter
    assert fake_backend.clipboard.snapshot() == before  # image included


def test_order_of_operations(qtbot: QtBot, fake_backend: FakeBackend, chat: FakeWindow) -> None:
    log: list[str] = []
    clip, keys = fake_backend.clipboard, fake_backend.keys
    original = (clip.snapshot, clip.put, clip.restore, keys.send_chord, chat.activate, keys.prepare)

    def trace(name: str, fn):  # type: ignore[no-untyped-def]
        def wrapper(*a, **k):  # type: ignore[no-untyped-def]
            log.append(name)
            return fn(*a, **k)

        return wrapper

    clip.snapshot = trace("snapshot", original[0])  # type: ignore[method-assign]
    clip.put = trace("put", original[1])  # type: ignore[method-assign]
    clip.restore = trace("restore", original[2])  # type: ignore[method-assign]
    keys.send_chord = trace("chord", original[3])  # type: ignore[method-assign]
    chat.activate = trace("activate", original[4])  # type: ignore[method-assign]
    keys.prepare = trace("prepare", original[5])  # type: ignore[method-assign]

    run(qtbot, make_inserter(fake_backend), (chat, "hi"))
    # the key state and the clipboard first: right after an activation the window manager
    # holds up X requests
    assert log == ["prepare", "snapshot", "put", "activate", "chord", "restore"]


def test_html_and_transient_mark_are_on_the_clipboard_during_the_paste(
    qtbot: QtBot, fake_backend: FakeBackend, chat: FakeWindow
) -> None:
    seen: list[dict[str, bytes]] = []
    chat.reads_clipboard = False  # we read ourselves instead
    fake_backend.keys.send_chord = lambda chord: seen.append(dict(fake_backend.clipboard.items))  # type: ignore[method-assign]

    run(qtbot, make_inserter(fake_backend), (chat, "包邮", "<b>包邮</b>"))
    assert seen[0][TEXT] == "包邮".encode()
    assert seen[0][HTML] == "<b>包邮</b>".encode()
    assert seen[0][TRANSIENT_FORMAT] == b"secret"


def test_transient_mark_can_be_switched_off(
    qtbot: QtBot, fake_backend: FakeBackend, chat: FakeWindow
) -> None:
    marks: list[bool] = []
    fake_backend.keys.send_chord = lambda chord: marks.append(fake_backend.clipboard.transient)  # type: ignore[method-assign]
    run(qtbot, make_inserter(fake_backend, mark_transient=False), (chat, "x"))
    assert marks == [False]


def test_waits_pre_paste_delay_before_the_chord(
    qtbot: QtBot, fake_backend: FakeBackend, chat: FakeWindow
) -> None:
    timing = PasteTiming(pre_paste_ms=120, restore_quiet_ms=5, restore_fallback_ms=500)
    inserter = Inserter(fake_backend.clipboard, fake_backend.keys, PasteSettings(timing=timing))
    sent_at: list[float] = []
    send = fake_backend.keys.send_chord
    fake_backend.keys.send_chord = lambda c: (sent_at.append(time.monotonic()), send(c))  # type: ignore[method-assign]
    start = time.monotonic()
    inserter.insert(chat, "x")
    assert fake_backend.keys.sent == []  # insert() returned without blocking
    qtbot.waitUntil(lambda: not inserter.busy, timeout=2000)
    assert sent_at[0] - start >= 0.11


def test_restores_after_fallback_when_the_target_never_reads(
    qtbot: QtBot, fake_backend: FakeBackend, chat: FakeWindow
) -> None:
    chat.reads_clipboard = False
    before = fake_backend.clipboard.snapshot()
    timing = PasteTiming(pre_paste_ms=0, restore_quiet_ms=5, restore_fallback_ms=150)
    inserter = Inserter(fake_backend.clipboard, fake_backend.keys, PasteSettings(timing=timing))
    start = time.monotonic()
    [outcome] = run(qtbot, inserter, (chat, "x"))
    assert time.monotonic() - start >= 0.14
    assert outcome.ok and not outcome.read_confirmed
    assert fake_backend.clipboard.snapshot() == before


def test_restore_waits_for_quiet_after_the_last_read(
    qtbot: QtBot, fake_backend: FakeBackend, chat: FakeWindow
) -> None:
    timing = PasteTiming(pre_paste_ms=0, restore_quiet_ms=150, restore_fallback_ms=3000)
    inserter = Inserter(fake_backend.clipboard, fake_backend.keys, PasteSettings(timing=timing))
    inserter.insert(chat, "多格式")
    qtbot.waitUntil(lambda: bool(fake_backend.keys.sent), timeout=1000)
    qtbot.wait(80)
    assert fake_backend.clipboard.read(HTML) is None  # a second read restarts the quiet period
    qtbot.wait(100)
    assert fake_backend.clipboard.text() == "多格式"  # 180 ms after the first read: still ours
    qtbot.waitUntil(lambda: not inserter.busy, timeout=1000)
    assert fake_backend.clipboard.text() == "用户原剪贴板"


def test_reads_before_the_chord_do_not_count(
    qtbot: QtBot, fake_backend: FakeBackend, chat: FakeWindow
) -> None:
    chat.reads_clipboard = False
    timing = PasteTiming(pre_paste_ms=50, restore_quiet_ms=1, restore_fallback_ms=100)
    inserter = Inserter(fake_backend.clipboard, fake_backend.keys, PasteSettings(timing=timing))
    outcomes: list[InsertOutcome] = []
    inserter.finished.connect(outcomes.append)
    inserter.insert(chat, "x")
    fake_backend.clipboard.read(TEXT)  # a clipboard manager reacting to the change
    qtbot.waitUntil(lambda: bool(outcomes), timeout=1000)
    assert fake_backend.keys.sent == [PASTE_CTRL_V]
    assert not outcomes[0].read_confirmed


def test_two_quick_insertions_each_paste_their_own_text(
    qtbot: QtBot, fake_backend: FakeBackend, chat: FakeWindow
) -> None:
    before = fake_backend.clipboard.snapshot()
    snapshots: list[ClipboardSnapshot] = []
    take = fake_backend.clipboard.snapshot
    fake_backend.clipboard.snapshot = lambda: snapshots.append(take()) or snapshots[-1]  # type: ignore[method-assign]
    outcomes = run(qtbot, make_inserter(fake_backend), (chat, "第一句"), (chat, "第二句"))

    assert [o.text for o in outcomes] == ["第一句", "第二句"]
    assert all(o.ok for o in outcomes)
    assert chat.pasted == ["第一句", "第二句"]
    assert snapshots == [before]  # the pending restore was folded, not re-snapshotted
    assert fake_backend.clipboard.snapshot() == before


def test_insert_from_a_finished_slot_is_folded_too(
    qtbot: QtBot, fake_backend: FakeBackend, chat: FakeWindow
) -> None:
    before = fake_backend.clipboard.snapshot()
    inserter = make_inserter(fake_backend)
    outcomes: list[InsertOutcome] = []

    def again(outcome: InsertOutcome) -> None:
        outcomes.append(outcome)
        if len(outcomes) == 1:
            inserter.insert(chat, "second")

    inserter.finished.connect(again)
    inserter.insert(chat, "first")
    qtbot.waitUntil(lambda: len(outcomes) == 2 and not inserter.busy, timeout=2000)
    assert chat.pasted == ["first", "second"]
    assert fake_backend.clipboard.snapshot() == before


def test_each_outcome_returns_its_own_requests_tag(
    qtbot: QtBot, fake_backend: FakeBackend, chat: FakeWindow
) -> None:
    """Outcomes name their request: a failure of the first never lands on the second."""
    tagged: list[InsertOutcome] = []
    tagging = make_inserter(fake_backend)
    tagging.finished.connect(tagged.append)
    fake_backend.keys.fail_next = OSError("XTEST refused")
    tagging.insert(chat, "答案", tag="notebook")
    tagging.insert(chat, "话术", tag="phrase")
    qtbot.waitUntil(lambda: len(tagged) == 2 and not tagging.busy, timeout=3000)
    assert [(o.tag, o.ok, o.method) for o in tagged] == [
        ("notebook", False, None),
        ("phrase", True, "Ctrl+V"),
    ]


def test_an_insert_arriving_during_the_restore_waits_its_turn(
    qtbot: QtBot, fake_backend: FakeBackend, chat: FakeWindow
) -> None:
    """On X11 a restore briefly runs the event loop; a favourite key handled then must queue,
    not start inside the restore (it would snapshot our reply and paste the old clipboard)."""
    before = fake_backend.clipboard.snapshot()
    inserter = make_inserter(fake_backend)
    real_restore = fake_backend.clipboard.restore
    pressed: list[str] = []

    def restore_with_a_hotkey(snapshot: ClipboardSnapshot) -> None:
        if not pressed:
            pressed.append("second")
            inserter.insert(chat, "second")
        real_restore(snapshot)

    fake_backend.clipboard.restore = restore_with_a_hotkey  # type: ignore[method-assign]
    outcomes: list[InsertOutcome] = []
    inserter.finished.connect(outcomes.append)
    inserter.insert(chat, "first")
    qtbot.waitUntil(lambda: len(outcomes) == 2 and not inserter.busy, timeout=3000)
    assert chat.pasted == ["first", "second"]
    assert fake_backend.clipboard.snapshot() == before


def test_per_app_paste_chord(qtbot: QtBot, fake_backend: FakeBackend, chat: FakeWindow) -> None:
    term = fake_backend.windows.open("xterm", app_id="XTerm")
    settings = {"per_app": {"xterm": SHIFT_INSERT}}
    run(qtbot, make_inserter(fake_backend, **settings), (term, "a"), (chat, "b"))
    assert fake_backend.keys.sent == [PASTE_SHIFT_INSERT, PASTE_CTRL_V]
    assert term.pasted == ["a"] and chat.pasted == ["b"]


def test_type_text_fallback_leaves_the_clipboard_alone(
    qtbot: QtBot, fake_backend: FakeBackend, chat: FakeWindow
) -> None:
    before = fake_backend.clipboard.snapshot()
    [outcome] = run(
        qtbot, make_inserter(fake_backend, per_app={"aliworkbench": TYPE_TEXT}), (chat, "打字")
    )
    assert outcome.ok
    assert (outcome.status, outcome.method) == (InsertStatus.TYPED, "type text")  # not "pasted"
    assert fake_backend.keys.typed == ["打字"] and fake_backend.keys.sent == []
    assert chat.pasted == ["打字"]
    assert fake_backend.clipboard.snapshot() == before


def test_closed_target_reports_target_gone(
    qtbot: QtBot, fake_backend: FakeBackend, chat: FakeWindow
) -> None:
    chat.close()
    before = fake_backend.clipboard.snapshot()
    outcomes = run(qtbot, make_inserter(fake_backend), (chat, "x"), (None, "y"))
    assert [o.status for o in outcomes] == [InsertStatus.TARGET_GONE] * 2
    assert outcomes[0].reason and "no longer" in outcomes[0].reason
    assert fake_backend.keys.sent == []
    assert fake_backend.clipboard.snapshot() == before


def test_target_refusing_focus_is_not_pasted_into(
    qtbot: QtBot, fake_backend: FakeBackend, chat: FakeWindow
) -> None:
    chat.refuses_focus = True
    [outcome] = run(qtbot, make_inserter(fake_backend), (chat, "x"))
    assert outcome.status is InsertStatus.TARGET_GONE
    assert fake_backend.keys.sent == []


def test_restores_even_when_the_chord_fails(
    qtbot: QtBot, fake_backend: FakeBackend, chat: FakeWindow
) -> None:
    before = fake_backend.clipboard.snapshot()
    fake_backend.keys.fail_next = OSError("XTEST gone")
    [outcome] = run(qtbot, make_inserter(fake_backend), (chat, "x"))
    assert outcome.status is InsertStatus.FAILED
    assert outcome.reason == "OSError: XTEST gone"
    assert fake_backend.clipboard.snapshot() == before


def test_restores_even_when_setting_the_clipboard_fails(
    qtbot: QtBot, fake_backend: FakeBackend, chat: FakeWindow
) -> None:
    before = fake_backend.clipboard.snapshot()
    fake_backend.clipboard.fail_next_put = RuntimeError("clipboard busy")
    outcomes = run(qtbot, make_inserter(fake_backend), (chat, "x"), (chat, "y"))
    assert [o.status for o in outcomes] == [InsertStatus.FAILED, InsertStatus.PASTED]
    assert chat.pasted == ["y"]
    assert fake_backend.clipboard.snapshot() == before


def test_a_failing_restore_is_reported_not_raised(
    qtbot: QtBot, fake_backend: FakeBackend, chat: FakeWindow
) -> None:
    def broken(snapshot: ClipboardSnapshot) -> None:
        raise RuntimeError("owner vanished")

    fake_backend.clipboard.restore = broken  # type: ignore[method-assign]
    [outcome] = run(qtbot, make_inserter(fake_backend), (chat, "x"))
    assert outcome.reason == "clipboard not restored: owner vanished"


def test_elevated_target_gets_a_warning(qtbot: QtBot, fake_backend: FakeBackend) -> None:
    admin = fake_backend.windows.open("ERP (Administrator)", is_elevated=True)
    [outcome] = run(qtbot, make_inserter(fake_backend), (admin, "x"))
    assert outcome.warnings == (ELEVATED_WARNING,)


def test_for_platform_uses_the_platform_parts(
    qtbot: QtBot, fake_backend: FakeBackend, chat: FakeWindow
) -> None:
    inserter = Inserter.for_platform(fake_backend.platform(), PasteSettings(timing=FAST))
    run(qtbot, inserter, (chat, "x"))
    assert chat.pasted == ["x"]


def test_method_lookup_is_case_insensitive() -> None:
    settings = PasteSettings(per_app={"XTerm": SHIFT_INSERT})
    assert settings.method_for("xterm") is SHIFT_INSERT
    assert settings.method_for(None).chord == parse_chord("Ctrl+V")
    assert str(TYPE_TEXT) == "type text" and str(SHIFT_INSERT) == "Shift+Insert"
