"""The customer's message as the query, without typing: the popup hotkey reads the text the
agent selected in the chat window and opens the popup already showing the answers to it.

Per platform:

- X11: the PRIMARY selection (what is highlighted), read directly; the clipboard is never
  touched. PRIMARY outlives the highlight, so a text seen before (at start, or at the last
  popup) is stale and ignored, and so is a selection QuickReply itself owns (the popup's box).
- Windows: the copy-and-restore the notebook's capture uses (`SelectionCopier`): Ctrl+C in the
  chat window, read, then the agent's clipboard is put back. The popup is shown when the copy
  is done.
- Elsewhere: nothing; the popup opens empty as before.

An empty or stale selection gives the normal popup. When the agent inserts a reply while the
query is still that message, the message is handed to `book.record_use(question=...)`, which
learns it (scrubbed) as her example for the reply.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QClipboard, QGuiApplication

from desktop.platform.base import Platform, TargetWindow
from desktop.platform.copy import CopiedText, CopyTiming, SelectionCopier
from desktop.trace import trace
from phrasebook.models import Phrase

log = logging.getLogger(__name__)

#: A selection longer than this is a page, not a customer's message.
MAX_QUESTION_CHARS = 300


def usable(text: str | None) -> str | None:
    """The selected text as a query (one line), or None when it cannot be a question."""
    if not text:
        return None
    line = " ".join(text.split())
    if not line or len(line) > MAX_QUESTION_CHARS or not any(ch.isalnum() for ch in line):
        return None
    return line


class SelectionQuery(QObject):
    """Fills the popup's query from the chat window's selection; remembers it for learning."""

    def __init__(
        self,
        platform: Platform,
        show: Callable[[str | None], None],
        parent: QObject | None = None,
        *,
        copy: bool | None = None,
        timing: CopyTiming | None = None,
    ) -> None:
        """`show(query)` shows the popup (query None: as usual). `copy` forces the
        copy-and-restore method on or off (default: on for win32 only)."""
        super().__init__(parent)
        self._platform = platform
        self._show = show
        self.question: str | None = None
        self._picked: dict[str, str] = {}
        can_copy = platform.name == "win32" and platform.capabilities.can_send_keys
        use_copy = can_copy if copy is None else copy
        self._copier = SelectionCopier.for_platform(platform, timing) if use_copy else None
        if self._copier is not None:
            self._copier.copied.connect(self._on_copied)
        self._seen = self._primary()  # what is selected at start is not a new question

    @property
    def copies(self) -> bool:
        """True when the selection comes through copy-and-restore (the popup waits for it)."""
        return self._copier is not None

    def open(self, target: TargetWindow | None) -> None:
        """The hotkey was pressed in `target`: show the popup, with its selection if new."""
        self.question = None
        if self._copier is not None:
            if self._copier.busy:
                return
            self._copier.copy(target)  # shows the popup when the copy is done
            return
        if self._platform.name == "x11":
            text = self._primary()
            fresh = usable(text) if text != self._seen else None
            self._seen = text
            self._open_with(fresh, "primary")
            return
        self._show(None)

    def picked(self, phrase: Phrase, query: str) -> None:
        """The popup is inserting `phrase` for `query`: remember the question if it is one."""
        if self.question is not None and query.strip() == self.question:
            self._picked[phrase.id] = self.question

    def take_question(self, phrase_id: str) -> str | None:
        """The question `phrase_id` was inserted for (once), to learn from."""
        return self._picked.pop(phrase_id, None)

    def _on_copied(self, copied: CopiedText) -> None:
        self._open_with(usable(copied.text) if copied.from_selection else None, "copy")

    def _open_with(self, question: str | None, source: str) -> None:
        self.question = question
        self._show(question)
        trace("selection_query", query=question, source=source)

    def _primary(self) -> str | None:
        """The X11 PRIMARY selection's text, unless QuickReply owns it (None elsewhere)."""
        if self._platform.name != "x11":
            return None
        clipboard = QGuiApplication.clipboard()
        if not clipboard.supportsSelection() or clipboard.ownsSelection():
            return None
        try:
            return clipboard.text(QClipboard.Mode.Selection)
        except Exception:  # a selection owner that does not answer must not block the popup
            log.warning("could not read the PRIMARY selection", exc_info=True)
            return None
