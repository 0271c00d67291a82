"""Copy the selection out of another application's window, leaving the user's clipboard as it was.

The notebook's capture hotkey needs the customer's question that the agent selected in the chat
window. No OS offers "read another program's selection" portably, so we do what the agent would:
press the copy chord in that window, read the clipboard, and then put the old clipboard back.

Steps (the insertion flow's mirror image, see `paste`)::

    snapshot clipboard -> clear it -> activate target -> wait pre_copy_ms -> send Ctrl+C
    -> poll every poll_ms until text appears (or copy_timeout_ms) -> restore snapshot -> emit

Clearing first is what tells "nothing was selected" apart from "the same text was selected
again": chat windows copy nothing when there is no selection, so the clipboard stays empty. In
that case the text that was on the clipboard before is used (the agent may have copied the
question herself). Polling with a QTimer keeps our event loop running, which X11 needs for the
clipboard hand-over.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.platform.base import Clipboard, ClipboardSnapshot, Keys, Platform, TargetWindow
from desktop.platform.chords import COPY_CTRL_C, Chord

__all__ = ["CopiedText", "CopyTiming", "SelectionCopier", "snapshot_text"]

log = logging.getLogger(__name__)

#: Text formats in order of preference (X11 owners offer several names for the same text).
TEXT_FORMATS = ("text/plain;charset=utf-8", "text/plain", "UTF8_STRING", "STRING", "TEXT")


@dataclass(frozen=True)
class CopyTiming:
    """Delays of the copy flow, in milliseconds.

    Attributes:
        pre_copy_ms: After activating the target, before Ctrl+C (focus must settle, as for
            pasting).
        poll_ms: How often to look at the clipboard after Ctrl+C.
        copy_timeout_ms: Give up waiting for the target to copy; Qt and Chromium chat windows
            answered within 30 ms under Xvfb, a loaded machine takes longer.
    """

    pre_copy_ms: int = 50
    poll_ms: int = 20
    copy_timeout_ms: int = 400


@dataclass(frozen=True)
class CopiedText:
    """What the copy found.

    Attributes:
        text: The copied text ("" when neither a selection nor clipboard text was there).
        from_selection: True when the text came from the window's selection, False when it
            is what was already on the clipboard.
        target: The window it was copied from (None when nothing was focused).
    """

    text: str
    from_selection: bool
    target: TargetWindow | None


def snapshot_text(snapshot: ClipboardSnapshot) -> str:
    """The plain text held in a snapshot ("" when it holds none)."""
    for fmt in TEXT_FORMATS:
        data = snapshot.get(fmt)
        if data:
            return data.decode("utf-8", errors="replace")
    return ""


class SelectionCopier(QObject):
    """Copies the selected text of a window without losing the user's clipboard.

    Signals:
        copied(CopiedText): the copy ended (once per `copy` call).
    """

    copied = Signal(object)

    def __init__(
        self,
        clipboard: Clipboard,
        keys: Keys,
        timing: CopyTiming | None = None,
        chord: Chord = COPY_CTRL_C,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clipboard, self._keys, self._chord = clipboard, keys, chord
        self.timing = timing or CopyTiming()
        self._held: ClipboardSnapshot | None = None
        self._target: TargetWindow | None = None
        self._waited = 0
        self._copy_timer = QTimer(self, singleShot=True)
        self._copy_timer.timeout.connect(self._send_copy)
        self._poll_timer = QTimer(self, singleShot=True)
        self._poll_timer.timeout.connect(self._poll)

    @classmethod
    def for_platform(cls, platform: Platform, timing: CopyTiming | None = None) -> SelectionCopier:
        return cls(platform.clipboard, platform.keys, timing)

    @property
    def busy(self) -> bool:
        return self._held is not None

    def copy(self, target: TargetWindow | None) -> None:
        """Start copying `target`'s selection; `copied` is emitted when done."""
        if self.busy:
            log.info("a copy is already running; ignored")
            return
        self._target, self._waited = target, 0
        self._held = self._clipboard.snapshot()
        if target is None or not target.exists() or not target.activate():
            self._finish("")
            return
        try:
            self._clipboard.restore(ClipboardSnapshot())  # empty: "nothing selected" stays empty
        except Exception:  # a clipboard we cannot clear still lets us read what arrives
            log.warning("could not clear the clipboard before copying", exc_info=True)
        self._copy_timer.start(self.timing.pre_copy_ms)

    def _send_copy(self) -> None:
        try:
            self._keys.send_chord(self._chord)
        except Exception:
            log.warning("could not send the copy chord", exc_info=True)
            self._finish("")
            return
        self._poll()

    def _poll(self) -> None:
        text = snapshot_text(self._clipboard.snapshot())
        if text.strip() or self._waited >= self.timing.copy_timeout_ms:
            self._finish(text)
            return
        self._waited += self.timing.poll_ms
        self._poll_timer.start(self.timing.poll_ms)

    def _finish(self, selected: str) -> None:
        """Restore the user's clipboard (always), then report what was found."""
        held = self._held  # still set while restoring: a capture pressed meanwhile is ignored
        previous = snapshot_text(held) if held is not None else ""
        if held is not None:
            try:
                self._clipboard.restore(held)
            except Exception:
                log.error("could not restore the clipboard after copying", exc_info=True)
        self._held = None
        found = selected.strip()
        result = CopiedText(found or previous.strip(), bool(found), self._target)
        self.copied.emit(result)
