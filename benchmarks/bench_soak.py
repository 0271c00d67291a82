"""Soak: 10,000 popup open -> search -> insert cycles in one process; RSS and handles level off?

.venv/bin/python benchmarks/bench_soak.py           # 10,000 cycles (a few minutes)
.venv/bin/python benchmarks/bench_soak.py --smoke   # 300 cycles (seconds)

Runs the real app object (`desktop.app.QuickReply`: popup, search, preview, inserter, usage
recording, tray) on the fake platform and the offscreen Qt plugin, so only the OS layer is
simulated. Each cycle presses the hotkey, types a query, waits for the results, presses Enter
and waits until the insertion finished and its use was recorded. Paste delays are set to 0 ms
(the fake target needs no wait), so the loop measures our objects, not timers.

Prints RSS and open file descriptors (handles on Windows) at intervals, then the growth after
warm-up. Exits 1 when open handles grew (a leak is a leak) or a cycle failed.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import psutil  # noqa: E402 - after the Qt platform is chosen
from PySide6.QtCore import QEventLoop, QtMsgType, qInstallMessageHandler  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

QUERIES = (
    "hyy",
    "fhsj",
    "tuihuo",
    "发票",
    "dd",
    "thh",
    "zl",
    "bq",
    "tk",
    "hy",
)  # no fill-in fields
CYCLE_TIMEOUT_S = 5.0
WARMUP = 0.1  # growth is measured from this fraction of the run (caches, pools, first paints)


def quiet_offscreen(kind: QtMsgType, context: object, message: str) -> None:
    """Drop the offscreen plugin's "does not support raise()" notes (one per popup show)."""
    if not message.startswith("This plugin does not support"):
        print(message, file=sys.stderr)


def handles(proc: psutil.Process) -> int:
    """Open file descriptors (POSIX) or kernel handles (Windows)."""
    return proc.num_handles() if hasattr(proc, "num_handles") else proc.num_fds()


def wait_until(app: QApplication, done: Callable[[], bool]) -> bool:
    deadline = time.monotonic() + CYCLE_TIMEOUT_S
    while not done():
        if time.monotonic() > deadline:
            return False
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
    return True


def build(tmp: Path):  # type: ignore[no-untyped-def] # returns the app and its fake desktop
    from desktop.app import QuickReply
    from desktop.platform.fake import FakeBackend
    from phrasebook import Phrasebook

    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        os.environ[name] = str(tmp / name.lower())
    book = Phrasebook.open(tmp / "phrasebook.db")
    book.seed_starter("zh-Hans")
    book.set_profile(nickname="小美", active_shop="小米旗舰店")
    book.set_setting("paste", {"pre_paste_ms": 0, "restore_quiet_ms": 0, "restore_fallback_ms": 0})
    backend = FakeBackend()
    quickreply = QuickReply(book, backend.platform())
    quickreply.popup.debounce_ms = 0  # no typing debounce: one search per cycle
    quickreply.register_hotkey(quickreply.chord)
    return quickreply, backend


def cycle(app: QApplication, quickreply, backend, query: str) -> bool:  # type: ignore[no-untyped-def]
    """One hotkey -> type -> Enter -> inserted round; False when a step timed out."""
    finished: list[object] = []
    quickreply.insertion_finished.connect(finished.append)
    try:
        backend.hotkeys.press(quickreply.chord)
        if not wait_until(app, quickreply.popup.isVisible):
            return False
        quickreply.popup.search_box.setText(query)
        if not wait_until(app, lambda: quickreply.popup.current_hit() is not None):
            return False
        quickreply.popup.insert_current()
        return wait_until(app, lambda: bool(finished))
    finally:
        quickreply.insertion_finished.disconnect(finished.append)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="300 cycles")
    parser.add_argument("--cycles", type=int, help="number of cycles (default 10,000)")
    args = parser.parse_args(argv)
    total = args.cycles or (300 if args.smoke else 10_000)
    every = max(total // 10, 1)
    qInstallMessageHandler(quiet_offscreen)
    app = QApplication.instance() or QApplication([])
    proc = psutil.Process()
    with tempfile.TemporaryDirectory(prefix="quickreply-soak-") as tmp:
        quickreply, backend = build(Path(tmp))
        target = backend.windows.open("客服工作台", app_id="AliWorkBench.exe")
        print(f"{'cycle':>7} {'RSS MB':>8} {'handles':>8} {'cycles/s':>9} {'inserted':>9}")
        failures, baseline, started = 0, None, time.perf_counter()
        for i in range(1, total + 1):
            target.activate()
            failures += not cycle(app, quickreply, backend, QUERIES[i % len(QUERIES)])
            if i == max(int(total * WARMUP), 1):
                baseline = (proc.memory_info().rss, handles(proc))
            if i % every == 0 or i == total:
                rss = proc.memory_info().rss / 2**20
                rate = i / (time.perf_counter() - started)
                print(f"{i:>7} {rss:>8.1f} {handles(proc):>8} {rate:>9.0f} {len(target.pasted):>9}")
        rss_end, handles_end = proc.memory_info().rss, handles(proc)
        uses = quickreply.book.stats().uses
        quickreply.book.close()
    assert baseline is not None
    grew_mb = (rss_end - baseline[0]) / 2**20
    grew_handles = handles_end - baseline[1]
    print(
        f"after warm-up: RSS {grew_mb:+.1f} MB, handles {grew_handles:+d}; "
        f"{uses} uses recorded, {failures} failed cycles"
    )
    return 1 if failures or grew_handles > 0 else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
