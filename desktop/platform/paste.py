"""The platform-neutral insertion flow: put a reply into the window the agent was typing in.

Steps for one insertion (CopyQ/Espanso order)::

    snapshot clipboard (all formats; read ahead while the popup is open) -> put reply
    (transient) -> activate the target ourselves -> the OS confirms the target's focus
    (X11: FocusIn; bounded by focus_timeout_ms) -> send the app's paste chord -> wait until
    the target has read and restore_quiet_ms passed (or restore_fallback_ms) -> [text then
    image: put the image, send the chord again, wait for its read] -> restore clipboard ->
    emit outcome

The popup hides after the chord (the X server sends keys to the focused window even while our
popup is still mapped), so nothing but the clipboard and the focus lies between Enter and the
paste. Each step is traced (`desktop.trace`):
clipboard_set, focus_confirmed, chord_sent, target_read, clipboard_restored.

A paste whose target never read the clipboard (`InsertOutcome.missed`) is kept: `insert_again`
pastes the same rendered reply into the same window (the app offers it in a tray message).

Enter is never pressed: the agent reviews the reply and sends it.

`Inserter` is a small QTimer-driven state machine, so the Qt event loop keeps running (the
target's clipboard request is answered by *our* event loop). It only talks to the `base`
protocols and is unit-tested against the fake backend.

Restore guard: every way out of an insertion (pasted, target gone, exception) goes through
`_finish`, which restores the user's clipboard unless the next queued insertion continues.
A second insertion requested while one is running is queued; when the first one's restore is
due, the pending restore is folded into the second (the original snapshot is kept, not
re-taken), so each pastes its own text and the clipboard ends as it was before the *first*.
"""

from __future__ import annotations

import enum
import logging
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.platform.base import (
    Clipboard,
    ClipboardContent,
    ClipboardSnapshot,
    Keys,
    Platform,
    ReplyImage,
    TargetWindow,
)
from desktop.platform.paste_values import (
    InsertOutcome,
    InsertStatus,
    PasteMethod,
    PasteSettings,
)
from desktop.platform.reply_html import paste_steps
from desktop.trace import trace

__all__ = ["ELEVATED_WARNING", "MISSED_REASON", "Inserter"]

log = logging.getLogger(__name__)

ELEVATED_WARNING = (
    "the target window runs with higher privileges than QuickReply; Windows may block the "
    "paste keys (UIPI) - run QuickReply at the same level"
)

MISSED_REASON = "the target did not read the clipboard: the reply was probably not pasted"


class _Phase(enum.Enum):
    IDLE = enum.auto()
    AWAIT_FOCUS = enum.auto()  # clipboard set, waiting for the OS to confirm the focus
    PRE_PASTE = enum.auto()  # focus confirmed, the optional extra pre_paste_ms
    AWAIT_READ = enum.auto()  # chord sent, waiting for the target to read


@dataclass(frozen=True)
class _Request:
    target: TargetWindow | None
    content: ClipboardContent
    tag: object = None


def _single_shot(parent: QObject, slot: object) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.timeout.connect(slot)
    return timer


class Inserter(QObject):
    """Inserts replies into target windows, one at a time, without blocking the event loop.

    Signals:
        finished(InsertOutcome): one insertion ended (emitted once per `insert` call).

    Args:
        clipboard: The system clipboard.
        keys: Synthesised key input.
        settings: Paste methods per app, timings and transient marking.
    """

    finished = Signal(object)

    def __init__(
        self,
        clipboard: Clipboard,
        keys: Keys,
        settings: PasteSettings | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clipboard, self._keys = clipboard, keys
        self.settings = settings or PasteSettings()
        self._queue: deque[_Request] = deque()
        self._phase = _Phase.IDLE
        self._current: _Request | None = None
        self._method: PasteMethod | None = None
        self._held: ClipboardSnapshot | None = None  # the user's clipboard, owed back
        self._read_seen = False
        self._steps: deque[ClipboardContent] = deque()  # pastes still to do for this request
        self._focus_token = 0  # a focus answer for an earlier insertion is ignored
        self._missed: _Request | None = None  # the last request its target never read
        self._pending_focus: bool | None = None  # focus answered during the clipboard put
        self._content_ready = False  # the first paste's content is on the clipboard
        # True while the clipboard is being set or restored: on X11 that briefly runs the
        # event loop (see x11_selection), and a hotkey arriving then must only queue.
        self._in_clipboard_call = False
        self._paste_timer = _single_shot(self, self._send_paste)
        self._warmed = False
        self._quiet_timer = _single_shot(self, self._read_settled)
        self._fallback_timer = _single_shot(self, self._read_settled)

    @classmethod
    def for_platform(cls, platform: Platform, settings: PasteSettings | None = None) -> Inserter:
        """An inserter using `platform`'s clipboard and keys."""
        return cls(platform.clipboard, platform.keys, settings)

    @property
    def busy(self) -> bool:
        """True while an insertion is in progress or queued."""
        return self._phase is not _Phase.IDLE or bool(self._queue)

    @property
    def can_insert_again(self) -> bool:
        """True when the last finished insertion was missed and can be pasted again."""
        return self._missed is not None

    def insert(
        self,
        target: TargetWindow | None,
        text: str,
        html: str | None = None,
        *,
        images: Sequence[ReplyImage] = (),
        tag: object = None,
    ) -> None:
        """Queue `text` (and optional HTML and images) for pasting into `target`; returns at once.

        Args:
            target: The window captured *before* our popup was shown (None: nothing captured).
            text: The rendered reply.
            html: A rich version for targets that accept HTML (replaced when there are images).
            images: Images the reply carries, pasted as the target's image mode says.
            tag: Returned in this request's `InsertOutcome.tag` (several callers share one
                inserter, so an outcome names its own request).
        """
        content = ClipboardContent(text, html, tuple(images))
        self._queue.append(_Request(target, content, tag))
        if self._phase is _Phase.IDLE:
            self._start_next()

    def insert_again(self) -> bool:
        """Paste the last missed reply again into the same window; False when none is kept."""
        request, self._missed = self._missed, None
        if request is None:
            return False
        self._queue.append(request)
        if self._phase is _Phase.IDLE:
            self._start_next()
        return True

    def prefetch(self) -> None:
        """Read the agent's clipboard ahead (the popup is open: an insertion may follow); the
        clipboard keeps it until its content changes, so the insertion need not wait for it."""
        if self._phase is not _Phase.IDLE or self._in_clipboard_call:
            return
        try:
            self._clipboard.snapshot()
        except Exception:
            log.debug("reading the clipboard ahead failed", exc_info=True)

    def warm(self) -> None:
        """Do the first insertion's one-time work now (at start, from an idle timer)."""
        if self._warmed:
            return
        self._warmed = True
        paste_steps("warm\n", None, (ReplyImage("image/png", b""),), self.settings.image_mode)
        for part in (self._clipboard, self._keys):
            try:
                part.warm()
            except Exception:  # warming is an optimisation, never a failure
                log.debug("warming %s failed", type(part).__name__, exc_info=True)

    # -- steps -------------------------------------------------------------------------

    def _start_next(self) -> None:
        """Begin the next queued insertion; finish at once when it cannot start."""
        if self._phase is not _Phase.IDLE or not self._queue or self._in_clipboard_call:
            return
        self._current = request = self._queue.popleft()
        self._read_seen = False
        try:
            self._begin(request)
        except Exception as error:  # any OS failure becomes an outcome, never a crash
            self._fail(error)

    def _begin(self, request: _Request) -> None:
        """Snapshot and set the clipboard, then give the target its focus and wait for the OS
        to confirm it. The clipboard goes first: right after the activation the window
        manager is busy with it (measured under openbox: X requests then took ~5 ms)."""
        target = request.target
        gone = "the target window is no longer there"
        if target is None or not target.exists():
            self._finish(InsertStatus.TARGET_GONE, gone)
            return
        app_id = target.app_id
        self._method = self.settings.method_for(app_id)
        content = request.content
        if self._method.types_text:
            if not target.activate():
                self._finish(InsertStatus.TARGET_GONE, gone)
                return
            self._keys.type_text(content.text)
            self._finish(InsertStatus.TYPED)
            return
        steps = paste_steps(
            content.text, content.html, content.images, self.settings.image_mode_for(app_id)
        )
        self._steps = deque(steps[1:])
        self._phase = _Phase.AWAIT_FOCUS
        self._content_ready = False
        self._keys.prepare()  # before the activation keeps the display server busy
        if self._held is None:  # folded insertions keep the first snapshot
            self._held = self._clipboard.snapshot()
            trace("clipboard_snapshot")
        self._put(steps[0])
        self._content_ready = True
        trace("clipboard_set")
        if not target.activate():
            self._finish(InsertStatus.TARGET_GONE, gone)
            return
        trace("activate_sent")
        self._focus_token += 1
        token = self._focus_token
        target.when_focused(
            lambda confirmed: self._on_focus(token, confirmed),
            self.settings.timing.focus_timeout_ms,
        )

    def _put(self, content: ClipboardContent) -> None:
        self._in_clipboard_call = True
        try:
            self._clipboard.put(
                content, transient=self.settings.mark_transient, on_read=self._on_read
            )
        finally:
            self._in_clipboard_call = False

    def _on_focus(self, token: int, confirmed: bool) -> None:
        """The target's focus is confirmed (or the wait timed out); may come before the put."""
        if token != self._focus_token or self._phase is not _Phase.AWAIT_FOCUS:
            return
        if not self._content_ready:  # answered while we snapshot or put: go once it is set
            self._pending_focus = confirmed
            return
        self._focus_done(confirmed)

    def _focus_done(self, confirmed: bool) -> None:
        trace("focus_confirmed", confirmed=confirmed)
        if not confirmed:
            log.info("the target's focus was not confirmed in time; pasting anyway")
        pre = self.settings.timing.pre_paste_ms
        if pre > 0:
            self._phase = _Phase.PRE_PASTE
            self._paste_timer.start(pre)
        else:
            self._send_paste()

    def _send_paste(self) -> None:
        assert self._method is not None and self._method.chord is not None
        try:
            self._phase = _Phase.AWAIT_READ
            self._keys.send_chord(self._method.chord)
        except Exception as error:
            self._fail(error)
            return
        trace("chord_sent")
        if self._phase is _Phase.AWAIT_READ:  # a synchronous target may have finished already
            self._fallback_timer.start(self.settings.timing.restore_fallback_ms)

    def _on_read(self, fmt: str) -> None:
        """The clipboard was read; only reads after our chord count (not clipboard managers)."""
        if self._phase is not _Phase.AWAIT_READ:
            return
        log.debug("target read %s", fmt)
        if not self._read_seen:
            trace("target_read", format=fmt)
        self._read_seen = True
        self._quiet_timer.start(self.settings.timing.restore_quiet_ms)

    def _read_settled(self) -> None:
        """Quiet period after the last read, or the fallback, elapsed: next paste, or done.

        The next paste (text then image) goes only after the previous one was read: a target
        that has not read yet would take the image instead of the text.
        """
        if self._read_seen and self._steps:
            for timer in (self._quiet_timer, self._fallback_timer):
                timer.stop()
            self._read_seen = False
            self._phase = _Phase.PRE_PASTE  # reads of the next content count after its chord
            try:
                self._put(self._steps.popleft())
            except Exception as error:
                self._fail(error)
                return
            self._send_paste()
            return
        self._finish(InsertStatus.PASTED)

    # -- the restore guard ---------------------------------------------------------------

    def _fail(self, error: BaseException) -> None:
        log.warning("insertion failed: %s", error, exc_info=error)
        self._finish(InsertStatus.FAILED, f"{type(error).__name__}: {error}")

    def _finish(self, status: InsertStatus, reason: str | None = None) -> None:
        """End the current insertion: restore (or fold into the next), then emit."""
        for timer in (self._paste_timer, self._quiet_timer, self._fallback_timer):
            timer.stop()
        request, self._current = self._current, None
        method, self._method = self._method, None
        self._phase = _Phase.IDLE
        self._pending_focus = None
        unsent, self._steps = len(self._steps), deque()
        continuing = status in (InsertStatus.PASTED, InsertStatus.TYPED) and bool(self._queue)
        if not continuing:
            reason = self._restore(reason)
            trace("clipboard_restored")
        outcome = self._outcome(request, status, reason, method, unsent)
        if outcome.missed and request is not None:
            self._missed = request
            outcome = replace(outcome, reason=outcome.reason or MISSED_REASON)
        elif outcome.ok:
            self._missed = None
        if outcome.missed:
            log.warning("insertion into %r not read by the target: missed", outcome.target_title)
        else:
            log.info("insertion %s into %r (%s)", status.value, outcome.target_title, method)
        self.finished.emit(outcome)
        if self._phase is _Phase.IDLE:  # a slot may already have started the next one
            QTimer.singleShot(0, self._start_next)

    def _restore(self, reason: str | None) -> str | None:
        """Give the user's clipboard back; a failing restore is reported, never raised."""
        held, self._held = self._held, None
        if held is None:
            return reason
        self._in_clipboard_call = True
        try:
            self._clipboard.restore(held)
        except Exception as error:
            log.error("could not restore the clipboard: %s", error)
            return f"{reason + '; ' if reason else ''}clipboard not restored: {error}"
        finally:
            self._in_clipboard_call = False
        return reason

    def _outcome(
        self,
        request: _Request | None,
        status: InsertStatus,
        reason: str | None,
        method: PasteMethod | None,
        unsent: int = 0,
    ) -> InsertOutcome:
        target = request.target if request else None
        title = elevated = None
        if target is not None:
            try:
                title, elevated = target.title, target.is_elevated
            except Exception:  # the window may be gone
                log.debug("target details unavailable", exc_info=True)
        return InsertOutcome(
            status=status,
            text=request.content.text if request else "",
            target_title=title,
            reason=reason,
            read_confirmed=status is InsertStatus.PASTED and self._read_seen and not unsent,
            warnings=(ELEVATED_WARNING,) if elevated else (),
            tag=request.tag if request else None,
            method=str(method)
            if method is not None and status is not InsertStatus.FAILED
            else None,
            images=len(request.content.images) if request else 0,
        )
