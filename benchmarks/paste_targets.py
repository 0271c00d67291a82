"""Third-party paste targets for bench_app.py: Chromium's chat page, and AutoKey to compare with.

Watching a paste from outside must not read the clipboard (a read counts as the target's and
delays the restore), so an `XWatch` thread on its own X connection records, with
time.monotonic(), every CLIPBOARD owner change (XFixes SetSelectionOwnerNotify) and every title
change. The page reports in its title when text arrived (epoch ms from performance.timeOrigin +
performance.now(), compared with time.time() at the key press; Chromium coalesces title
updates, so the title's own timing is not used). The same watch and page time QuickReply and
AutoKey, so their figures compare.

AutoKey (Debian's autokey-gtk 0.95) in clipboard mode: a phrase on Ctrl+Alt+K with send mode
"Ctrl+V": it sets the clipboard (owner change), sends Ctrl+V, sleeps a fixed 200 ms and sets
the old text back (second owner change) - text only: it does not restore images or HTML.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import quickreply_driver as drv
from Xlib import X, display
from Xlib.ext import xfixes

AUTOKEY_CHORD = ("Control_L", "Alt_L", "k")
AUTOKEY_BIN = "autokey-gtk"


@dataclass
class XWatch:
    """CLIPBOARD owner changes and window title changes, timestamped by a watcher thread."""

    display_name: str
    owner_changes: list[float] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._dpy = display.Display(self.display_name)
        self._dpy.xfixes_query_version()
        self._root = self._dpy.screen().root
        self._clipboard = self._dpy.intern_atom("CLIPBOARD")
        self._dpy.xfixes_select_selection_input(
            self._root, self._clipboard, xfixes.XFixesSetSelectionOwnerNotifyMask
        )
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        import select

        while not self._stop.is_set():
            select.select([self._dpy.fileno()], [], [], 0.05)
            with self._lock:
                while self._dpy.pending_events():
                    event = self._dpy.next_event()
                    if event.type != X.PropertyNotify:  # XFixes selection owner notify
                        self.owner_changes.append(time.monotonic())

    def owners_after(self, t: float) -> list[float]:
        return [c for c in list(self.owner_changes) if c >= t]

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        self._dpy.close()


def autokey_missing() -> str | None:
    if shutil.which(AUTOKEY_BIN) is None:
        return "autokey-gtk is not installed (apt-get install autokey-gtk)"
    if shutil.which("dbus-run-session") is None:
        return "dbus-run-session is not installed"
    return None


def write_autokey_phrase(config_home: Path, text: str) -> None:
    """One AutoKey phrase on Ctrl+Alt+K, pasted through the clipboard with Ctrl+V."""
    folder = config_home / "autokey" / "data" / "Bench"
    folder.mkdir(parents=True, exist_ok=True)
    abbreviation = {
        "abbreviations": [],
        "backspace": True,
        "ignoreCase": False,
        "immediate": False,
        "triggerInside": False,
        "wordChars": r"[\w]",
    }
    common = {
        "usageCount": 0,
        "showInTrayMenu": False,
        "abbreviation": abbreviation,
        "filter": {"regex": None, "isRecursive": False},
    }
    folder_json = {"type": "folder", "title": "Bench", "modes": [], **common}
    folder_json["hotkey"] = {"modifiers": [], "hotKey": None}
    (folder / ".folder.json").write_text(json.dumps(folder_json))
    phrase = {
        "type": "phrase",
        "description": "reply",
        "modes": [3],  # TriggerMode.HOTKEY
        "prompt": False,
        "omitTrigger": False,
        "matchCase": False,
        "hotkey": {"modifiers": ["<ctrl>", "<alt>"], "hotKey": "k"},
        "sendMode": "<ctrl>+v",
        **common,
    }
    (folder / ".reply.json").write_text(json.dumps(phrase))
    (folder / "reply.txt").write_text(text, encoding="utf-8")


def start_autokey(desktop: drv.XDesktop, home: Path, text: str) -> subprocess.Popen[bytes]:
    """autokey-gtk with our phrase, in its own D-Bus session and config folders.

    A first start only writes AutoKey's defaults (autokey.json) and ignores other folders, so
    AutoKey is started once to write them, stopped, and started again with the phrase."""
    config = home / "config" / "autokey" / "autokey.json"
    if not config.exists():
        first = _spawn_autokey(desktop, home)
        try:
            drv.wait_until(config.exists, 30, "AutoKey's first configuration", step=0.2)
            time.sleep(1)
        finally:
            stop_autokey(first)
        (home / "run" / "autokey" / "autokey.pid").unlink(missing_ok=True)
    write_autokey_phrase(home / "config", text)
    return _spawn_autokey(desktop, home)


def stop_autokey(proc: subprocess.Popen[bytes]) -> None:
    """Stop dbus-run-session with AutoKey and its bus: the process group we started for it
    (terminating dbus-run-session alone leaves AutoKey running, holding its grabs)."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            break
        deadline = time.monotonic() + 3
        while time.monotonic() < deadline:
            try:
                os.killpg(proc.pid, 0)
            except ProcessLookupError:
                break
            proc.poll()  # reap dbus-run-session itself
            time.sleep(0.05)
    drv.stop_process(proc)


def _spawn_autokey(desktop: drv.XDesktop, home: Path) -> subprocess.Popen[bytes]:
    env = desktop.env | {
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_RUNTIME_DIR": str(home / "run"),
    }
    (home / "run").mkdir(parents=True, exist_ok=True)
    log = (home / "autokey.log").open("ab")
    return subprocess.Popen(
        ["dbus-run-session", "--", AUTOKEY_BIN, "--verbose"],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its own process group, so that stop_autokey ends all of it
    )
