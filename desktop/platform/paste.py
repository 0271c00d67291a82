"""The platform-neutral insertion flow: put a reply into the window the agent was typing in.

Steps for one insertion (CopyQ/Espanso order)::

    activate target ourselves -> snapshot clipboard (all formats) -> put reply (transient)
    -> wait pre_paste_ms -> send the app's paste chord -> wait until the target has read and
    restore_quiet_ms passed (or restore_fallback_ms) -> restore clipboard -> emit outcome

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
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.platform.base import (
    Clipboard,
    ClipboardContent,
    ClipboardSnapshot,
    Keys,
    Platform,
    TargetWindow,
)
from desktop.platform.paste_values import (
    InsertOutcome,
    InsertStatus,
    PasteMethod,
    PasteSettings,
)

__all__ = ["ELEVATED_WARNING", "Inserter"]

log = logging.getLogger(__name__)

ELEVATED_WARNING = (
    "the target window runs with higher privileges than QuickReply; Windows may block the "
    "paste keys (UIPI) - run QuickReply at the same level"
)


class _Phase(enum.Enum):
    IDLE = enum.auto()
    PRE_PASTE = enum.auto()  # clipboard set, waiting for focus to settle
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
        # True while the clipboard is being set or restored: on X11 that briefly runs the
        # event loop (see x11_selection), and a hotkey arriving then must only queue.
        self._in_clipboard_call = False
        self._paste_timer = _single_shot(self, self._send_paste)
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

    def insert(
        self,
        target: TargetWindow | None,
        text: str,
        html: str | None = None,
        *,
        tag: object = None,
    ) -> None:
        """Queue `text` (and optional HTML) for pasting into `target`; returns immediately.

        Args:
            target: The window captured *before* our popup was shown (None: nothing captured).
            text: The rendered reply.
            html: A rich version for targets that accept HTML.
            tag: Returned in this request's `InsertOutcome.tag` (several callers share one
                inserter, so an outcome names its own request).
        """
        self._queue.append(_Request(target, ClipboardContent(text, html), tag))
        if self._phase is _Phase.IDLE:
            self._start_next()

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
        target = request.target
        if target is None or not target.exists() or not target.activate():
            self._finish(InsertStatus.TARGET_GONE, "the target window is no longer there")
            return
        self._method = self.settings.method_for(target.app_id)
        if self._method.types_text:
            self._keys.type_text(request.content.text)
            self._finish(InsertStatus.TYPED)
            return
        if self._held is None:  # folded insertions keep the first snapshot
            self._held = self._clipboard.snapshot()
        self._phase = _Phase.PRE_PASTE
        self._in_clipboard_call = True
        try:
            self._clipboard.put(
                request.content, transient=self.settings.mark_transient, on_read=self._on_read
            )
        finally:
            self._in_clipboard_call = False
        self._paste_timer.start(self.settings.timing.pre_paste_ms)

    def _send_paste(self) -> None:
        assert self._method is not None and self._method.chord is not None
        try:
            self._phase = _Phase.AWAIT_READ
            self._keys.send_chord(self._method.chord)
        except Exception as error:
            self._fail(error)
            return
        self._fallback_timer.start(self.settings.timing.restore_fallback_ms)

    def _on_read(self, fmt: str) -> None:
        """The clipboard was read; only reads after our chord count (not clipboard managers)."""
        if self._phase is not _Phase.AWAIT_READ:
            return
        log.debug("target read %s", fmt)
        self._read_seen = True
        self._quiet_timer.start(self.settings.timing.restore_quiet_ms)

    def _read_settled(self) -> None:
        """Quiet period after the last read, or the fallback, elapsed."""
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
        continuing = status in (InsertStatus.PASTED, InsertStatus.TYPED) and bool(self._queue)
        if not continuing:
            reason = self._restore(reason)
        outcome = self._outcome(request, status, reason, method)
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
            read_confirmed=status is InsertStatus.PASTED and self._read_seen,
            warnings=(ELEVATED_WARNING,) if elevated else (),
            tag=request.tag if request else None,
            method=str(method)
            if method is not None and status is not InsertStatus.FAILED
            else None,
        )
