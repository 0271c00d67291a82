"""End-to-end figures of the real app under Xvfb: hotkey -> popup, Enter -> text, cold start, RSS,
and the paste into a third-party target (Chromium's chat page) step by step, against AutoKey.

.venv/bin/python benchmarks/bench_app.py          # 30 runs per latency, 100,000-phrase RSS (min)
.venv/bin/python benchmarks/bench_app.py --smoke   # 5 runs, 5,000 phrases (< 60 s)
.venv/bin/python benchmarks/bench_app.py --paste-only   # only the third-party paste section
QUICKREPLY_APP_REPO=/path/to/other/checkout ...    # run that checkout's app (before/after)

The paste section (Chromium from the distribution; mousepad is not used: it reports nothing):
the first insertions after start, then 10 trials after a warm-up, each step of the app's trace
(Enter -> popup hidden -> focus confirmed -> chord sent -> target read -> clipboard restored)
and the text's arrival as the page saw it; the same two figures for AutoKey (autokey-gtk,
clipboard mode) in the same run; then 100 insertions with a busy loop on every CPU, counting
missed pastes (the page never got it, or the app reported the target did not read).

Keys are sent through XTEST from this process (python-xlib), so a latency starts right before
the first fake key event, not before an xdotool process spawns (~30 ms). The app and the
target window write time.monotonic() stamps (CLOCK_MONOTONIC is shared by every process), so
"popup painted" and "text arrived" come from the processes that saw them. Prints figures only:
no asserts. Uses tests/e2e/quickreply_driver.py for the X session, the target and the app.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from Xlib import XK, X, display
from Xlib.ext import xtest

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "tests" / "e2e")]

import paste_targets as pt  # noqa: E402
import quickreply_driver as drv  # noqa: E402 - found through the path set just above
from corpus import generate, write_pack  # noqa: E402
from goals import Goals  # noqa: E402

QUERY = "hyy"  # 欢迎语: placeholders, no fill-in field
FAST_QUERIES = ("hyy", "fhsj")  # alternated, so a stale result list shows as a wrong reply
FAST_RUNS = 10
CHORD = ("Control_L", "Alt_L", "space")
KEY_GAP_S = 0.015  # between typed letters, like a quick typist
SETTLE_S = 0.15  # after the last letter: the popup's 30 ms debounce plus the search
GOAL_LATENCY_MS = (50.0, 150.0)  # median, p95
GOAL_START_S = 1.5
GOAL_RSS_MB = 150.0


class Keyboard:
    """Synthetic keys through XTEST on our own connection to the X server."""

    def __init__(self, display_name: str) -> None:
        self._dpy = display.Display(display_name)

    def _code(self, keysym_name: str) -> int:
        code = self._dpy.keysym_to_keycode(XK.string_to_keysym(keysym_name))
        if not code:
            raise drv.DriverError(f"no keycode for {keysym_name!r}")
        return int(code)

    def tap(self, *names: str) -> float:
        """Press `names` in order, release in reverse; returns monotonic time before the first."""
        codes = [self._code(name) for name in names]
        started = time.monotonic()
        for code in codes:
            xtest.fake_input(self._dpy, X.KeyPress, code)
        for code in reversed(codes):
            xtest.fake_input(self._dpy, X.KeyRelease, code)
        self._dpy.sync()
        return started

    def chord_by_hand(self, *names: str, gap: float = 0.02) -> tuple[float, float]:
        """Modifiers down, `gap`, last key down and up, modifiers up: (start, last key press)."""
        codes = [self._code(name) for name in names]
        started = time.monotonic()
        for code in codes[:-1]:
            xtest.fake_input(self._dpy, X.KeyPress, code)
        self._dpy.sync()
        time.sleep(gap)
        pressed = time.monotonic()
        xtest.fake_input(self._dpy, X.KeyPress, codes[-1])
        self._dpy.sync()
        time.sleep(gap)
        for code in reversed(codes):
            xtest.fake_input(self._dpy, X.KeyRelease, code)
        self._dpy.sync()
        return started, pressed

    def type(self, letters: str, gap: float = KEY_GAP_S) -> None:
        for letter in letters:
            self.tap(letter)
            time.sleep(gap)

    def close(self) -> None:
        self._dpy.close()


@dataclass
class Latencies:
    """Per-run milliseconds of one latency session, plus runs where an event never came."""

    popup_ms: list[float] = field(default_factory=list)
    text_ms: list[float] = field(default_factory=list)
    restored_ms: list[float] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)


@dataclass
class Session:
    """The X desktop, the target window and our XTEST keyboard, shared by every measurement."""

    desktop: drv.XDesktop
    target: drv.Target
    keys: Keyboard
    folder: Path


# -- figures ---------------------------------------------------------------------------------


def p95(values: list[float]) -> float:
    if len(values) < 2:
        return values[0] if values else float("nan")
    return statistics.quantiles(values, n=20, method="inclusive")[-1]


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def rows_for(
    label: str, values: list[float], goal: tuple[float, float] | None, goals: Goals
) -> list[str]:
    med, high = median(values), p95(values)
    goal_text = f"<= {goal[0]:.0f} / {goal[1]:.0f}" if goal else ""
    ok = bool(values) and med <= goal[0] and high <= goal[1] if goal else True
    mark = goals.verdict(f"{label}: median/p95 {goal_text} ms", ok) if goal else ""
    return [label, f"{len(values)}", f"{med:.1f}", f"{high:.1f}", goal_text, mark]


def print_table(title: str, header: list[str], rows: list[list[str]]) -> None:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    print(f"\n{title}")
    for row in [header, ["-" * w for w in widths], *rows]:
        cells = [
            str(c).ljust(w) if i == 0 else str(c).rjust(w)
            for i, (c, w) in enumerate(zip(row, widths, strict=True))
        ]
        print("  " + "  ".join(cells))


# -- measurements ----------------------------------------------------------------------------


def text_arrival(target: drv.Target, after: float, expected: str) -> Callable[[], float | None]:
    """A poll for the target's first text record after `after` that ends with `expected`."""

    def arrived() -> float | None:
        for record in target.records():
            if "text" in record and record["t"] >= after and record["text"].endswith(expected):
                return float(record["t"])
        return None

    return arrived


def one_insertion(
    s: Session, app: drv.RunningApp, query: str, expected: str, out: Latencies
) -> None:
    """Hotkey (timed), type, Enter (timed); appends to `out` or records a miss."""
    s.target.focus()
    before_chord = s.keys.tap(*CHORD)
    try:
        painted = app.wait_event("popup_painted", after=before_chord, timeout=3)
    except drv.DriverError as exc:
        out.misses.append(f"no popup: {exc}")
        s.keys.tap("Escape")
        return
    out.popup_ms.append((painted["t"] - before_chord) * 1000)
    drv.wait_app_focused(s.desktop, app)  # letters typed before that would go to the target
    s.keys.type(query)
    time.sleep(SETTLE_S)
    before_enter = s.keys.tap("Return")
    try:
        arrived = drv.wait_until(text_arrival(s.target, before_enter, expected), 3, "the text")
        done = app.wait_event("inserted", after=before_enter, timeout=3)
    except drv.DriverError as exc:
        events = [r["event"] for r in app.events(after=before_enter)]
        tail = s.target.text()[-30:]
        out.misses.append(f"no insertion: {exc}; app events since Enter {events}; target {tail!r}")
        s.keys.tap("Escape")
        return
    out.text_ms.append((arrived - before_enter) * 1000)
    out.restored_ms.append((done["t"] - before_enter) * 1000)


def measure_latencies(s: Session, app: drv.RunningApp, db: Path, runs: int) -> Latencies:
    expected = drv.expected_reply(db, QUERY)
    out = Latencies()
    for _ in range(runs):
        one_insertion(s, app, QUERY, expected, out)
    return out


def measure_fast_enter(s: Session, app: drv.RunningApp, db: Path, runs: int) -> Counter[str]:
    """Enter right after the last letter (no settle): right reply, wrong reply, or nothing."""
    seen: Counter[str] = Counter()
    for n in range(runs):
        query = FAST_QUERIES[n % len(FAST_QUERIES)]
        expected = drv.expected_reply(db, query)
        s.target.focus()
        try:
            app.wait_event("popup_painted", after=s.keys.tap(*CHORD), timeout=3)
            drv.wait_app_focused(s.desktop, app)
            s.keys.type(query, gap=0.0)
            before_enter = s.keys.tap("Return")
            done = app.wait_event("inserted", after=before_enter, timeout=1.5)
            seen["right reply" if done["text"] == expected else "WRONG reply"] += 1
        except drv.DriverError as exc:
            seen["no popup" if "popup" in str(exc) else "nothing inserted"] += 1
            s.keys.tap("Escape")  # e.g. a stale hit waiting for a fill-in field
            time.sleep(0.2)
    return seen


def measure_start(s: Session, db: Path, tag: str) -> tuple[float, float]:
    """Spawn -> "ready" seconds and VmRSS (MB) right after ready, for one start on `db`."""
    trace = s.folder / f"trace-{tag}.jsonl"
    app = drv.start_app(s.desktop, db, trace)
    try:
        ready = app.events("ready")[0]["t"] - app.started
        return ready, app.rss_kb() / 1024
    finally:
        app.stop()


def build_db(s: Session, name: str, size: int | None) -> tuple[Path, float]:
    """A zh-Hans starter phrasebook with the benchmark profile, plus `size` generated phrases."""
    db = s.folder / f"{name}.db"
    drv.run_cli(s.desktop, db, "init", "--lang", "zh-Hans")
    drv.run_cli(s.desktop, db, "profile", "--nickname", "小美", "--shop", "快回旗舰店")
    if not size:
        return db, 0.0
    pack = write_pack(generate(size), s.folder / f"{name}.jsonl")
    started = time.monotonic()
    drv.run_cli(s.desktop, db, "import", str(pack))
    return db, time.monotonic() - started


# -- main ------------------------------------------------------------------------------------


def report_latencies(title: str, lat: Latencies, runs: int, goals: Goals) -> None:
    goal = GOAL_LATENCY_MS
    rows = [
        rows_for("hotkey -> popup painted", lat.popup_ms, goal, goals),
        rows_for("Enter -> text in target", lat.text_ms, goal, goals),
        rows_for("Enter -> clipboard restored", lat.restored_ms, None, goals),
    ]
    print_table(f"{title} ({runs} runs)", ["latency (ms)", "n", "median", "p95", "goal", ""], rows)
    for miss in lat.misses:
        print(f"  miss: {miss}")


def run_starts(
    s: Session, starter: Path, big: Path, big_size: int, starts: int, goals: Goals
) -> None:
    times, rss = [], []
    for n in range(starts):
        ready_s, rss_mb = measure_start(s, starter, f"cold{n}")
        times.append(ready_s)
        rss.append(rss_mb)
    big_ready, big_rss = measure_start(s, big, "big")
    first = f"first {times[0]:.2f} s (cache as found); later runs warm (caches never dropped)"
    rows = [
        [
            "spawn -> ready, starter",
            f"{median(times):.2f} s",
            f"<= {GOAL_START_S} s",
            goals.verdict(f"start <= {GOAL_START_S} s", median(times) <= GOAL_START_S),
        ],
        [
            "RSS after ready, starter",
            f"{median(rss):.0f} MB",
            f"<= {GOAL_RSS_MB:.0f} MB",
            goals.verdict(f"RSS <= {GOAL_RSS_MB:.0f} MB", median(rss) <= GOAL_RSS_MB),
        ],
        [f"spawn -> ready, {big_size:,} phrases", f"{big_ready:.2f} s", "", ""],
        [f"RSS after ready, {big_size:,} phrases", f"{big_rss:.0f} MB", "", ""],
    ]
    print_table(f"Start ({starts} starts, median; {first})", ["figure", "value", "goal", ""], rows)


def run(s: Session, runs: int, big_size: int, goals: Goals) -> None:
    starter, _ = build_db(s, "starter", None)
    big, import_s = build_db(s, "big", big_size)
    print(f"built {big_size:,}-phrase phrasebook: import took {import_s:.1f} s")
    run_starts(s, starter, big, big_size, starts=5, goals=goals)
    for name, db, n in (("starter phrasebook", starter, runs), (f"{big_size:,} phrases", big, 5)):
        app = drv.start_app(s.desktop, db, s.folder / f"trace-{name.split()[0]}.jsonl")
        try:
            report_latencies(f"Latency, {name}", measure_latencies(s, app, db, n), n, goals)
            if db is starter:
                seen = measure_fast_enter(s, app, db, FAST_RUNS)
                counts = ", ".join(f"{k} {v}" for k, v in sorted(seen.items()))
                print(f"  Enter right after the last letter, {FAST_RUNS} runs: {counts}")
                print(f"  RSS after these insertions: {app.rss_kb() / 1024:.0f} MB")
        finally:
            app.stop()


# -- the paste into a third-party target, step by step, against AutoKey -----------------------

#: The app's trace events of one insertion, in flow order (older builds lack some of them).
STEPS = (
    ("insert_key", "popup got the key"),
    ("reply_rendered", "reply rendered"),
    ("insert_requested", "reply emitted"),
    ("clipboard_snapshot", "agent's clipboard saved"),
    ("clipboard_set", "reply on clipboard"),
    ("activate_sent", "target activated"),
    ("focus_confirmed", "focus confirmed"),
    ("chord_sent", "chord sent"),
    ("popup_hidden", "popup hidden"),
    ("target_read", "target read"),
    ("clipboard_restored", "clipboard restored (app)"),
    ("inserted", "outcome emitted"),
)
AGENT_CLIPBOARD = "客户的订单号 20240611-8848"
FIRST_INSERTIONS = 4
PASTE_TIMEOUT_S = 3.0


@dataclass
class PasteTrial:
    """One insertion into the page: ms since the key press (Enter, or AutoKey's hotkey)."""

    text_ms: float | None
    restored_ms: float | None  # second CLIPBOARD owner change after the key (XFixes)
    steps: dict[str, float] = field(default_factory=dict)
    missed: bool = False
    note: str = ""


def page_paste(
    page: drv.ChatPage, before: int, since_wall: float, timeout: float
) -> dict[str, object] | None:
    """The page's report once it counted a paste beyond `before` whose text arrived after
    `since_wall` (time.time()), or None after `timeout`."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        state = page.state()
        arrived = float(state.get("arrived") or 0) / 1000  # type: ignore[arg-type]
        if int(state.get("pastes", 0)) > before and arrived >= since_wall:  # type: ignore[call-overload]
            return state
        time.sleep(0.01)
    return None


def page_pastes(page: drv.ChatPage) -> int:
    return int(page.state().get("pastes", 0))


def qr_trial(s: Session, app: drv.RunningApp, page: drv.ChatPage, watch: pt.XWatch) -> PasteTrial:
    """Hotkey, type, Enter into the Chromium page; times from the Enter key press."""
    s.desktop.set_clipboard(AGENT_CLIPBOARD.encode())
    page.focus()
    before = page_pastes(page)
    try:
        app.wait_event("popup_painted", after=s.keys.tap(*CHORD), timeout=5)
        drv.wait_app_focused(s.desktop, app)
    except drv.DriverError as exc:
        s.keys.tap("Escape")
        return PasteTrial(None, None, missed=True, note=f"no popup: {exc}")
    s.keys.type(QUERY)
    time.sleep(SETTLE_S)
    wall = time.time()
    enter = s.keys.tap("Return")
    state = page_paste(page, before, wall, PASTE_TIMEOUT_S)
    try:
        done = app.wait_event("inserted", after=enter, timeout=PASTE_TIMEOUT_S)
    except drv.DriverError:
        done = {}
    time.sleep(0.05)
    owners = watch.owners_after(enter)
    steps = {
        name: (event["t"] - enter) * 1000
        for name, _ in STEPS
        for event in app.events(name, after=enter)[:1]
    }
    text_ms = (float(state["arrived"]) / 1000 - wall) * 1000 if state else None  # type: ignore[arg-type]
    unread = bool(done.get("missed")) or done.get("read") is False
    note = "" if state else f"the page got nothing in {PASTE_TIMEOUT_S:.0f} s; app: {done}"
    restored = (owners[1] - enter) * 1000 if len(owners) > 1 else None
    return PasteTrial(text_ms, restored, steps, state is None or unread, note)


def autokey_trial(s: Session, page: drv.ChatPage, watch: pt.XWatch) -> PasteTrial:
    """AutoKey's hotkey pressed like a hand does (modifiers first); times from the K press."""
    s.desktop.set_clipboard(AGENT_CLIPBOARD.encode())
    page.focus()
    before = page_pastes(page)
    time.sleep(0.1)
    wall = time.time()
    pressed = s.keys.chord_by_hand(*pt.AUTOKEY_CHORD)
    wall += pressed[1] - pressed[0]
    state = page_paste(page, before, wall, PASTE_TIMEOUT_S)
    time.sleep(0.35)  # AutoKey restores 200 ms after its paste
    owners = watch.owners_after(pressed[1])
    text_ms = (float(state["arrived"]) / 1000 - wall) * 1000 if state else None  # type: ignore[arg-type]
    restored = (owners[1] - pressed[1]) * 1000 if len(owners) > 1 else None
    return PasteTrial(text_ms, restored, missed=state is None)


def _ms(values: list[float | None]) -> list[float]:
    return [v for v in values if v is not None]


def _row(label: str, values: list[float]) -> list[str]:
    return [label, f"{len(values)}", f"{median(values):.1f}", f"{p95(values):.1f}"]


def print_paste_trials(title: str, trials: list[PasteTrial], text_label: str) -> None:
    rows = []
    for name, label in STEPS:
        values = [t.steps[name] for t in trials if name in t.steps]
        if values:
            rows.append(_row(f"Enter -> {label}", values))
    for label, values in (
        (f"{text_label} -> text in target (page)", _ms([t.text_ms for t in trials])),
        (f"{text_label} -> clipboard restored (XFixes)", _ms([t.restored_ms for t in trials])),
    ):
        rows.append(_row(label, values))
    print_table(title, ["step (ms since the key)", "n", "median", "p95"], rows)
    for trial in trials:
        if trial.note:
            print(f"  miss: {trial.note}")


def busy_loops() -> list[subprocess.Popen[bytes]]:
    """One busy loop per CPU (stopped by their handles)."""
    return [
        subprocess.Popen([sys.executable, "-c", "while 1: pass"])
        for _ in range(os.cpu_count() or 2)
    ]


@dataclass
class PastePage:
    """The Chromium page, the clipboard watch and the page's running paste count."""

    page: drv.ChatPage
    watch: pt.XWatch


def paste_ours(s: Session, db: Path, t: PastePage, trials: int) -> list[PasteTrial]:
    """The first insertions after start, then `trials` timed ones."""
    app = drv.start_app(s.desktop, db, s.folder / "trace-paste.jsonl")
    try:
        first, ours = [], []
        for n in range(FIRST_INSERTIONS + trials):
            (first if n < FIRST_INSERTIONS else ours).append(qr_trial(s, app, t.page, t.watch))
    finally:
        app.stop()
    texts = ", ".join(f"{x.text_ms:.0f}" if x.text_ms else "-" for x in first)
    print(f"\nfirst {FIRST_INSERTIONS} insertions after start, Enter -> text (ms): {texts}")
    title = f"QuickReply into Chromium's chat page ({trials} trials after the first ones)"
    print_paste_trials(title, ours, "Enter")
    return ours


def paste_autokey(s: Session, t: PastePage, text: str, trials: int) -> list[PasteTrial]:
    """AutoKey's phrase (the same reply) into the same page: one warm-up, then `trials`."""
    ak = pt.start_autokey(s.desktop, s.folder / "autokey", text)
    theirs = []
    try:
        time.sleep(5)  # AutoKey loads its folders and grabs its hotkeys
        for n in range(1 + trials):
            trial = autokey_trial(s, t.page, t.watch)
            if n:
                theirs.append(trial)
    finally:
        pt.stop_autokey(ak)
    title = f"AutoKey (clipboard mode) into the same page ({trials} trials after a warm-up)"
    print_paste_trials(title, theirs, "hotkey")
    return theirs


def print_ratios(ours: list[PasteTrial], theirs: list[PasteTrial], goals: Goals) -> None:
    qr_text, ak_text = (median(_ms([x.text_ms for x in trials])) for trials in (ours, theirs))
    qr_back, ak_back = (median(_ms([x.restored_ms for x in trials])) for trials in (ours, theirs))
    text_ratio, restore_ratio = qr_text / ak_text, qr_back / ak_back
    ok_text = goals.verdict("Enter -> text <= 1.0x AutoKey", text_ratio <= 1.0)
    ok_restore = goals.verdict("restore <= 0.5x AutoKey", restore_ratio <= 0.5)
    print(
        f"\n  Enter -> text {qr_text:.1f} ms / AutoKey hotkey -> text {ak_text:.1f} ms"
        f" = {text_ratio:.2f} (goal <= 1.0) {ok_text}"
    )
    print(
        f"  restore {qr_back:.1f} ms / AutoKey's {ak_back:.1f} ms"
        f" = {restore_ratio:.2f} (goal <= 0.5) {ok_restore}"
    )


def paste_loaded(s: Session, db: Path, t: PastePage, runs: int, goals: Goals) -> None:
    """`runs` insertions with a busy loop on every CPU; a miss is a paste the page never got
    or one the app reported unread."""
    app = drv.start_app(s.desktop, db, s.folder / "trace-loaded.jsonl")
    start = page_pastes(t.page)
    busy = busy_loops()
    loaded = []
    try:
        loaded = [qr_trial(s, app, t.page, t.watch) for _ in range(runs)]
    finally:
        for proc in busy:
            drv.stop_process(proc)
        app.stop()
    time.sleep(1)
    landed = page_pastes(t.page) - start
    unread = sum(x.missed and x.text_ms is not None for x in loaded)
    missed = max(runs - landed, 0) + unread
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    title = f"QuickReply, {len(busy)} busy loops on {os.cpu_count()} CPUs"
    print_paste_trials(f"{title}, {runs} insertions (load {load})", loaded, "Enter")
    ok = goals.verdict("0 missed pastes under load", missed == 0)
    late = sum(x.missed and x.text_ms is None for x in loaded) - max(runs - landed, 0)
    print(f"  pastes the page counted: {landed} of {runs} ({late} later than {PASTE_TIMEOUT_S} s)")
    print(f"  missed pastes under load: {missed} of {runs} {ok}")


def measure_paste(s: Session, db: Path, smoke: bool, goals: Goals) -> None:
    """QuickReply and AutoKey into Chromium's chat page; then QuickReply under full load."""
    if drv.chromium_binary() is None:
        print("\nthird-party paste: skipped (apt-get install chromium)")
        return
    trials, loaded_runs = (3, 5) if smoke else (10, 100)
    expected = drv.expected_reply(db, QUERY)  # before an app (maybe a newer one) migrates it
    page = drv.start_chat_page(s.desktop, s.folder / "chromium", "rich", clear=True)
    t = PastePage(page, pt.XWatch(s.desktop.display))
    try:
        ours = paste_ours(s, db, t, trials)
        problem = "smoke run" if smoke else pt.autokey_missing()
        if problem is None:
            theirs = paste_autokey(s, t, expected, trials)
            print_ratios(ours, theirs, goals)
        else:
            print(f"\nAutoKey: skipped ({problem})")
        paste_loaded(s, db, t, loaded_runs, goals)
    finally:
        t.watch.close()
        page.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="5 runs, 5,000 phrases")
    parser.add_argument("--paste-only", action="store_true", help="only the third-party paste")
    args = parser.parse_args(argv)
    missing = drv.missing_tools()
    if missing:
        print(f"skipped: needs {', '.join(missing)} (see .ci/apt-packages.txt)")
        return 0
    runs, big_size = (5, 5_000) if args.smoke else (30, 100_000)
    folder = Path(tempfile.mkdtemp(prefix="bench-app-"))
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        os.environ[name] = str(folder / name.lower())  # the app's logs and data stay in here
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"{os.cpu_count()} CPUs, load average {load} (figures inflate on a busy machine)")
    started = time.monotonic()
    desktop = drv.start_desktop()
    target = keys = None
    goals = Goals(smoke=args.smoke)
    try:
        target = drv.start_target(desktop, folder / "target.jsonl", "bench-chat")
        keys = Keyboard(desktop.display)
        session = Session(desktop, target, keys, folder)
        if not args.paste_only:
            run(session, runs, big_size, goals)
        starter = folder / "starter.db"
        if not starter.exists():
            build_db(session, "starter", None)
        measure_paste(session, starter, args.smoke, goals)
    finally:
        for part in (keys, target, desktop):
            if part is not None:
                part.close()
        shutil.rmtree(folder, ignore_errors=True)
    print(f"\ntotal {time.monotonic() - started:.1f} s")
    return goals.exit_status()


if __name__ == "__main__":
    raise SystemExit(main())
