"""Drives the real QuickReply app in a private X session; shared by tests/e2e and bench_app.py.

`XDesktop` is Xvfb + openbox (real focus handling) + trayer (a system tray, so the app's tray
icon exists). `Target` is a separate Qt text box that logs what it receives. `RunningApp` is
`python -m desktop` as a subprocess with QUICKREPLY_TRACE set, so the driver can wait for its
"ready", "popup_painted" and "inserted" events instead of sleeping. Every process is started
here and stopped here by its own handle.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from phrasebook import Phrasebook

REPO = Path(__file__).resolve().parents[2]
HELPERS = Path(__file__).resolve().parent / "helpers"
#: The chat-window stand-in: a QTextEdit logging text and key presses as JSONL.
TARGET_APP = HELPERS / "target_app.py"
TOOLS = ("Xvfb", "openbox", "trayer", "xdotool", "xclip")
TRAYER = ("trayer", "--edge", "top", "--align", "right", "--widthtype", "pixel")
TRAYER_SIZE = ("--width", "120", "--height", "32")

Record = dict[str, Any]


def expected_reply(db: Path, query: str) -> str:
    """What the popup should insert for `query`: the top hit rendered with field defaults."""
    with Phrasebook.open(db, auto_backup=False) as book:
        hits = book.search(query)
        assert hits, f"no phrase matches {query!r}"
        rendered = book.render(hits[0].phrase)
        assert not rendered.missing, f"{query!r} needs fields filled in: {rendered.missing}"
        return rendered.text


class CommandFailed(subprocess.CalledProcessError):
    """A command in the session failed; its message ends with what it printed on stderr."""

    def __str__(self) -> str:
        tail = (self.stderr or b"").decode("utf-8", "replace")[-3000:]
        return f"{super().__str__()}\nstderr:\n{tail}"


class DriverError(RuntimeError):
    """The X session, the target or the app did not do what the driver waited for."""


def missing_tools() -> list[str]:
    """The X tools this driver needs that are not installed."""
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def wait_until(check: Callable[[], Any], timeout: float, what: str, step: float = 0.005) -> Any:
    """Poll `check` until it returns something truthy; DriverError naming `what` on timeout."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise DriverError(f"timed out after {timeout:.1f} s waiting for {what}")
        time.sleep(step)


def read_jsonl(path: Path) -> list[Record]:
    """Complete lines of a JSONL file that another process may still be appending to."""
    if not path.exists():
        return []
    lines = path.read_text("utf-8").split("\n")[:-1]  # the last piece may be half written
    return [json.loads(line) for line in lines if line]


def stop_process(proc: subprocess.Popen[Any], timeout: float = 5) -> None:
    """Terminate one process we started, killing it if it does not exit in time."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=timeout)


@dataclass
class XDesktop:
    """A private X server with a window manager and a tray, driven by xdotool and xclip."""

    display: str
    procs: list[subprocess.Popen[Any]] = field(default_factory=list)

    @property
    def env(self) -> dict[str, str]:
        """The caller's current environment (read live: tests redirect user folders per test)."""
        env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
        env |= {"DISPLAY": self.display, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(REPO)}
        return env

    def run(self, *cmd: str, timeout: float = 10, stdin: bytes | None = None) -> bytes:
        result = subprocess.run(
            cmd, env=self.env, input=stdin, capture_output=True, timeout=timeout, check=False
        )
        if result.returncode:
            raise CommandFailed(result.returncode, cmd, result.stdout, result.stderr)
        return result.stdout

    def xdotool(self, *args: str) -> str:
        return self.run("xdotool", *args).decode()

    def set_clipboard(self, data: bytes, mime: str = "UTF8_STRING") -> None:
        """Own the clipboard with xclip (it forks and serves until another client takes over)."""
        # stdout/stderr go to /dev/null: the forked server keeps them open, a pipe would hang.
        subprocess.run(
            ["xclip", "-selection", "clipboard", "-t", mime, "-i"],
            env=self.env,
            input=data,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=10,
            check=True,
        )

    def clipboard(self, mime: str = "UTF8_STRING") -> bytes:
        return self.run("xclip", "-selection", "clipboard", "-o", "-t", mime)

    def clipboard_targets(self) -> list[str]:
        return self.clipboard("TARGETS").decode().split()

    def close(self) -> None:
        for proc in reversed(self.procs):
            stop_process(proc)
        self.procs.clear()


def start_xvfb(screen: str = "1280x800x24") -> tuple[subprocess.Popen[bytes], str]:
    """Xvfb on the first free display; -displayfd reports which one it took."""
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", screen, "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    if not number:
        stop_process(server)
        raise DriverError("Xvfb did not start")
    return server, f":{number}"


def _has_tray(desktop: XDesktop) -> bool:
    """Whether a tray owns the _NET_SYSTEM_TRAY_S0 selection (trayer is up)."""
    try:
        out = desktop.run("xdotool", "search", "--classname", "trayer")
    except subprocess.CalledProcessError:
        return False
    return bool(out.strip())


def start_desktop(screen: str = "1280x800x24") -> XDesktop:
    """Start Xvfb, openbox and trayer; returns once the tray window exists."""
    server, display = start_xvfb(screen)
    desktop = XDesktop(display, [server])
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, "env": desktop.env}
    try:
        desktop.procs.append(subprocess.Popen(["openbox"], **quiet))  # type: ignore[call-overload]
        time.sleep(0.3)  # let openbox claim the WM selection before windows map
        desktop.procs.append(subprocess.Popen([*TRAYER, *TRAYER_SIZE], **quiet))  # type: ignore[call-overload]
        wait_until(lambda: _has_tray(desktop), 10, "trayer's window", step=0.05)
    except BaseException:
        desktop.close()
        raise
    return desktop


@dataclass
class Target:
    """The chat-window stand-in (helpers/target_app.py) running in the X session."""

    title: str
    log: Path
    proc: subprocess.Popen[str]
    desktop: XDesktop
    wid: str = ""

    def records(self) -> list[Record]:
        return read_jsonl(self.log)

    def text(self) -> str:
        texts = [r["text"] for r in self.records() if "text" in r]
        return str(texts[-1]) if texts else ""

    def keys_since(self, t: float) -> list[Record]:
        return [r for r in self.records() if "key" in r and r["t"] >= t]

    def focus(self) -> None:
        self.desktop.xdotool("windowactivate", "--sync", self.wid)

    def clear(self) -> None:
        """Empty the text box (focus it, select all, delete)."""
        self.focus()
        self.desktop.xdotool("key", "--clearmodifiers", "ctrl+a", "BackSpace")
        wait_until(lambda: self.text() == "", 5, "the target to clear")

    def close(self) -> None:
        stop_process(self.proc)
        if self.proc.stdout is not None:
            self.proc.stdout.close()


def start_target(desktop: XDesktop, log: Path, title: str, *options: str) -> Target:
    """Start the target window, wait until it is mapped and give it the focus (`options`:
    "ignore-paste" for a box that never reads the clipboard)."""
    proc = subprocess.Popen(
        [sys.executable, str(TARGET_APP), str(log), title, *options],
        env=desktop.env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    target = Target(title, log, proc, desktop)
    try:
        assert proc.stdout is not None
        if proc.stdout.readline().strip() != "ready":
            raise DriverError("the target app did not start")
        target.wid = desktop.xdotool("search", "--sync", "--name", f"^{title}$").split()[0]
        target.focus()
    except BaseException:
        target.close()
        raise
    return target


#: A third-party GTK 3 editor as a paste/copy target (needs its own D-Bus session bus).
GTK_EDITOR = ("dbus-run-session", "--", "mousepad", "--disable-server")


@dataclass
class GtkEditor:
    """mousepad, a GTK text editor: a target whose clipboard code is not Qt's."""

    proc: subprocess.Popen[bytes]
    desktop: XDesktop
    wid: str = ""

    def focus(self) -> None:
        self.desktop.xdotool("windowactivate", "--sync", self.wid)

    def paste_text(self, text: str) -> None:
        """Put `text` into the editor as the agent would (xclip, then Ctrl+V), select it all."""
        self.desktop.set_clipboard(text.encode())
        self.focus()
        # Select all first: mousepad may reopen what an earlier instance left unsaved.
        self.desktop.xdotool("key", "--clearmodifiers", "ctrl+a", "ctrl+v")
        time.sleep(0.3)  # mousepad pastes asynchronously and has no log to wait on
        self.desktop.xdotool("key", "--clearmodifiers", "ctrl+a")

    def close(self) -> None:
        stop_process(self.proc)


def gtk_editor_missing() -> list[str]:
    return [tool for tool in ("dbus-run-session", "mousepad") if shutil.which(tool) is None]


def start_gtk_editor(desktop: XDesktop) -> GtkEditor:
    """Start mousepad and wait until its window is mapped and focused."""
    proc = subprocess.Popen(
        GTK_EDITOR, env=desktop.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    editor = GtkEditor(proc, desktop)

    def mapped() -> str:
        try:
            return desktop.xdotool("search", "--onlyvisible", "--classname", "mousepad").strip()
        except subprocess.CalledProcessError:
            return ""

    try:
        editor.wid = wait_until(mapped, 30, "the mousepad window", step=0.1).split()[0]
        editor.focus()
    except BaseException:
        editor.close()
        raise
    return editor


@dataclass
class RunningApp:
    """`python -m desktop` as a subprocess, observed through its trace file."""

    proc: subprocess.Popen[bytes]
    trace: Path
    started: float

    def events(self, name: str | None = None, after: float = 0.0) -> list[Record]:
        return [
            r
            for r in read_jsonl(self.trace)
            if (name is None or r["event"] == name) and r["t"] >= after
        ]

    @property
    def stderr_log(self) -> Path:
        return self.trace.with_suffix(".stderr.log")

    def stderr_tail(self, lines: int = 15) -> str:
        if not self.stderr_log.exists():
            return ""
        return "\n".join(self.stderr_log.read_text("utf-8", "replace").splitlines()[-lines:])

    def wait_event(self, name: str, after: float = 0.0, timeout: float = 10) -> Record:
        """The first `name` event at or after monotonic time `after`."""

        def found() -> Record | None:
            if self.proc.poll() is not None:
                raise DriverError(
                    f"the app exited ({self.proc.returncode}) before {name!r}; stderr:\n"
                    + self.stderr_tail()
                )
            hits = self.events(name, after)
            return hits[0] if hits else None

        return wait_until(found, timeout, f"trace event {name!r}")  # type: ignore[no-any-return]

    def rss_kb(self) -> int:
        """VmRSS of the app process, from /proc."""
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
        raise DriverError("no VmRSS in /proc status")

    def stop(self) -> None:
        """SIGTERM (the X server drops the app's grabs with its connection)."""
        stop_process(self.proc)


#: Run the app from another checkout (e.g. main's, for before/after benchmark figures).
APP_REPO_ENV = "QUICKREPLY_APP_REPO"


def app_repo() -> Path:
    """The checkout whose `desktop` package the app runs from (this one unless overridden)."""
    return Path(os.environ.get(APP_REPO_ENV) or REPO)


def app_command(db: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "desktop", "--db", str(db), "--no-welcome", *extra]


#: Shows every top-level window in turn and reports its geometry (and screenshots).
WINDOW_TOUR = HELPERS / "window_tour.py"


def run_window_tour(desktop: XDesktop, db: Path, *args: str) -> list[Record]:
    """Run the window tour on `db`; one record per window (name, frame, available)."""
    out = desktop.run(sys.executable, str(WINDOW_TOUR), str(db), *args, timeout=300)
    return [json.loads(line) for line in out.decode().splitlines() if line.startswith("{")]


def start_app(
    desktop: XDesktop, db: Path, trace: Path, extra: Sequence[str] = (), wait: bool = True
) -> RunningApp:
    """Spawn the app on `db`; with `wait`, return once it traced "ready" with a hotkey."""
    env = desktop.env | {"QUICKREPLY_TRACE": str(trace), "PYTHONPATH": str(app_repo())}
    with trace.with_suffix(".stderr.log").open("ab") as stderr:
        started = time.monotonic()
        proc = subprocess.Popen(
            app_command(db, *extra),
            env=env,
            cwd=app_repo(),
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
    app = RunningApp(proc, trace, started)
    if wait:
        try:
            ready = app.wait_event("ready", after=started, timeout=30)
        except BaseException:
            app.stop()
            raise
        if not ready.get("hotkey"):
            app.stop()
            raise DriverError(f"the app started without its hotkey: {ready}")
    return app


def run_cli(desktop: XDesktop, db: Path, *args: str) -> str:
    """Run the `phrasebook` CLI (python -m phrasebook) on `db`."""
    cmd = (sys.executable, "-m", "phrasebook", "--db", str(db), *args)
    try:
        return desktop.run(*cmd, timeout=600).decode()
    except subprocess.CalledProcessError as exc:
        detail = exc.stderr.decode("utf-8", "replace")[-1500:]
        raise DriverError(
            f"phrasebook {' '.join(args)} failed ({exc.returncode}):\n{detail}"
        ) from exc


# -- the agent's gestures -------------------------------------------------------------------------

HOTKEY = "ctrl+alt+space"  # the app's default popup chord, in xdotool's spelling
TYPE_DELAY_MS = 50
#: After the last typed letter: the popup's 30 ms search debounce plus the search, with margin.
SEARCH_SETTLE_S = 0.3


def active_window(desktop: XDesktop) -> str:
    """The active window's id, or "" while the window manager is between two windows."""
    try:
        return desktop.xdotool("getactivewindow").strip()
    except subprocess.CalledProcessError:
        return ""


def window_pid(desktop: XDesktop, wid: str) -> str:
    """The window's _NET_WM_PID, or "" (no window, or a window without the property)."""
    try:
        return desktop.xdotool("getwindowpid", wid).strip() if wid else ""
    except subprocess.CalledProcessError:
        return ""


def keyboard_grabbed(desktop: XDesktop) -> bool:
    """Whether some client holds the keyboard grab (the popup does while it is open on X11)."""
    from Xlib import X, display

    dpy = display.Display(desktop.display)
    try:
        root = dpy.screen().root
        status = root.grab_keyboard(False, X.GrabModeAsync, X.GrabModeAsync, X.CurrentTime)
        if status == X.GrabSuccess:
            dpy.ungrab_keyboard(X.CurrentTime)
            dpy.sync()
        return bool(status == X.AlreadyGrabbed)
    finally:
        dpy.close()


def wait_app_focused(desktop: XDesktop, app: RunningApp) -> str:
    """Wait until the app takes the keyboard: the popup's grab (it leaves the chat window its
    focus), or a window of the app with the focus; returns that window's id. (Painted is not
    yet taken: keys typed before that go to the target.)"""

    def focused() -> str | None:
        wid = active_window(desktop)
        if window_pid(desktop, wid) == str(app.proc.pid):
            return wid
        grabs = app.events("popup_keyboard")
        if grabs and grabs[-1].get("grabbed") and keyboard_grabbed(desktop):
            return str(grabs[-1]["wid"])
        return None

    return wait_until(focused, 5, "the popup to take the focus", step=0.02)  # type: ignore[no-any-return]


def open_popup(desktop: XDesktop, app: RunningApp, target: Target) -> Record:
    """Focus the target, press the hotkey, wait until the popup has painted and has the focus."""
    target.focus()
    before = time.monotonic()
    desktop.xdotool("key", HOTKEY)
    painted = app.wait_event("popup_painted", after=before)
    wait_app_focused(desktop, app)
    return painted


def type_query(desktop: XDesktop, query: str) -> None:
    """Type ASCII (pinyin initials, codes) into whatever has focus, then let the search run."""
    desktop.xdotool("type", "--delay", str(TYPE_DELAY_MS), "--", query)
    time.sleep(SEARCH_SETTLE_S)


def insert_by_query(desktop: XDesktop, app: RunningApp, target: Target, query: str) -> Record:
    """Hotkey, type `query`, Enter; returns the app's "inserted" trace event."""
    open_popup(desktop, app, target)
    type_query(desktop, query)
    before = time.monotonic()
    desktop.xdotool("key", "Return")
    return app.wait_event("inserted", after=before)


# -- a Chromium chat page (千牛 and QQ NT are Chromium-based) -------------------------------------

#: A local page with a contenteditable chat box and a <textarea>; it reports what arrived in its
#: window title ("QR:" + URI-encoded JSON).
CHAT_PAGE = HELPERS / "chat_page.html"
#: Another program owning the clipboard with text, HTML, a PNG and a URI list.
OWN_CLIPBOARD = HELPERS / "own_clipboard.py"
#: The real X11 insertion of a reply with an image into the focused window.
PASTE_REPLY = HELPERS / "paste_reply.py"


def chromium_binary() -> str | None:
    """Debian's chromium (or Google's chrome) when installed."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name):
            return name
    return None


@dataclass
class ChatPage:
    """Chromium in app mode on `CHAT_PAGE`, with one of its two boxes focused."""

    proc: subprocess.Popen[bytes]
    desktop: XDesktop
    wid: str = ""

    def state(self) -> Record:
        """What the page reports in its title ({} before it has loaded)."""
        from urllib.parse import unquote

        try:
            title = self.desktop.xdotool("getwindowname", self.wid).strip()
        except subprocess.CalledProcessError:
            return {}
        if not title.startswith("QR:"):
            return {}
        return json.loads(unquote(title[3:]))  # type: ignore[no-any-return]

    def focus(self) -> None:
        self.desktop.xdotool("windowactivate", "--sync", self.wid)

    def close(self) -> None:
        stop_process(self.proc)


def start_chat_page(
    desktop: XDesktop, profile: Path, box: str = "rich", clear: bool = False
) -> ChatPage:
    """Start Chromium (as root it needs --no-sandbox) on the chat page with `box` focused;
    with `clear` the page empties the box after each paste (it keeps counting pastes)."""
    binary = chromium_binary()
    if binary is None:
        raise DriverError("chromium is not installed")
    cmd = [
        binary,
        "--no-sandbox",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-gpu",
        "--disable-extensions",
        "--password-store=basic",
        f"--user-data-dir={profile}",
        "--window-size=700,500",
        f"--app={CHAT_PAGE.as_uri()}#{box}{'&clear' if clear else ''}",
    ]
    proc = subprocess.Popen(
        cmd, env=desktop.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    page = ChatPage(proc, desktop)

    def mapped() -> str:
        try:
            out = desktop.xdotool("search", "--onlyvisible", "--name", "^QR:")
        except subprocess.CalledProcessError:
            return ""
        return out.strip()

    try:
        page.wid = wait_until(mapped, 60, "the Chromium chat page", step=0.1).split()[0]
        page.focus()
        wait_until(lambda: page.state().get("box") == box, 10, f"the {box} box focused", step=0.1)
    except BaseException:
        page.close()
        raise
    return page


def own_clipboard(desktop: XDesktop, png: Path) -> subprocess.Popen[str]:
    """Another process taking the clipboard with text, HTML, PNG and a URI list."""
    proc = subprocess.Popen(
        [sys.executable, str(OWN_CLIPBOARD), str(png)],
        env=desktop.env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdout is not None
    ready = proc.stdout.readline().strip()
    proc.stdout.close()  # nothing more is printed; an open pipe would warn at exit
    if ready != "ready":
        stop_process(proc)
        raise DriverError("the clipboard owner did not start")
    return proc


@dataclass
class ReplyPaster:
    """paste_reply.py after its insertion: `outcome`, and still serving the restored clipboard."""

    proc: subprocess.Popen[str]
    outcome: Record

    def close(self) -> None:
        stop_process(self.proc)
        if self.proc.stdout is not None:
            self.proc.stdout.close()


def paste_reply(desktop: XDesktop, text: str, png: Path, mode: str = "one") -> ReplyPaster:
    """Insert `text` with the image at `png` into the focused window (real X11 backend).

    Close the result once the clipboard was checked (its process owns the restored copy)."""
    proc = subprocess.Popen(
        [sys.executable, str(PASTE_REPLY), text, str(png), mode],
        env=desktop.env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    if not line.startswith("{"):
        stop_process(proc)
        proc.stdout.close()
        raise DriverError("paste_reply.py reported nothing")
    return ReplyPaster(proc, json.loads(line))
