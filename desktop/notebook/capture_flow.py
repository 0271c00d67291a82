"""The capture hotkey flow: from a question in the chat window to a notebook entry in one key.

hotkey -> remember the chat window -> copy its selection (clipboard restored; no selection: the
clipboard's text) -> prefilled form (customer guessed from the window title) -> save, and
optionally insert the holding reply into the chat through the app's Inserter.
"""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import QObject, Signal

from desktop.capability_limits import insert_limit
from desktop.notebook.capture_form import CaptureForm, CaptureValues
from desktop.platform.base import Platform, TargetWindow
from desktop.platform.copy import CopiedText, SelectionCopier
from desktop.platform.paste import Inserter
from desktop.trace import trace
from phrasebook import Phrasebook

__all__ = ["CaptureFlow", "customer_from_title"]

log = logging.getLogger(__name__)

# Title parts that name the chat program, not the customer ("小猫咪 - 千牛接待台").
_APP_WORDS = re.compile(
    r"千牛|接待|工作台|旺旺|阿里|京东|咚咚|京麦|拼多多|多多|商家|客服|抖店|飞鸽|QQ|TIM|微信|"
    r"WeChat|AliExpress|Chrome|Firefox|Edge|Chat|Messenger|会话|聊天|消息",
    re.IGNORECASE,
)
_TITLE_SEPARATORS = re.compile(r"\s+[-–—|]\s+|[|｜]|\s*[:：]\s*")
# Editors and other programs whose window is no chat (the agent copied from a file).
_PROGRAMS = re.compile(
    r"\b(mousepad|gedit|kate|kwrite|notepad\+*|vim?|gvim|emacs|nano|code|visual studio code|"
    r"sublime text|libreoffice( writer| calc)?|writer|calc|word|excel|wps|terminal|konsole|"
    r"xterm|explorer|nautilus|thunar|dolphin|files|untitled)\b|记事本|文本编辑器|终端|资源管理器",
    re.IGNORECASE,
)
# A path ("/home/a.txt", "~/a", "C:\\a") or a file name with a usual document extension.
_PATHS = re.compile(
    r"(^|\s)(~|\.{1,2})?/|[A-Za-z]:[\\/]|\\\\|"
    r"\.(txt|md|log|csv|tsv|json|ya?ml|xml|html?|py|js|ts|docx?|xlsx?|pptx?|odt|ods|pdf|rtf|ini|"
    r"conf|cfg|sh|bat)\b",
    re.IGNORECASE,
)
# An unsaved-changes marker editors put before or after the name ("*a.txt", "● a.txt").
_MARKERS = "*●•◦ \t"


def customer_from_title(title: str | None) -> str:
    """The customer's nickname in a chat window title, or "" when the title names none.

    A title that holds a file path, a document's name or an editor's name comes from a file, not
    a chat: no customer then. Unsaved-changes markers (`*`, `●`) are dropped.
    """
    if not title:
        return ""
    title = title.strip(_MARKERS)
    if _PATHS.search(title):
        return ""
    parts = [p.strip(_MARKERS) for p in _TITLE_SEPARATORS.split(title) if p and p.strip(_MARKERS)]
    if any(_PROGRAMS.fullmatch(part) for part in parts):
        return ""
    for part in parts:
        if not _APP_WORDS.search(part) and len(part) <= 40:
            return part
    return ""


class CaptureFlow(QObject):
    """Runs one capture at a time and keeps each entry's chat window for the answer.

    Signals:
        form_shown(CaptureForm): the prefilled form is on screen (tests fill it in).
        question_captured(NotebookEntry): an entry was saved.
    """

    form_shown = Signal(object)
    question_captured = Signal(object)

    def __init__(
        self,
        book: Phrasebook,
        platform: Platform,
        inserter: Inserter,
        copier: SelectionCopier | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.book, self.platform, self.inserter = book, platform, inserter
        self.copier = copier or SelectionCopier.for_platform(platform)
        self.copier.setParent(self)
        self.copier.copied.connect(self._on_copied)
        self.form: CaptureForm | None = None
        self._targets: dict[str, TargetWindow] = {}

    def start(self) -> None:
        """The capture hotkey fired: copy from the window the agent is in."""
        if self.form is not None and self.form.isVisible():
            self.form.raise_()
            self.form.activateWindow()
            return
        self.copier.copy(self.platform.windows.focused_window())

    def target_for(self, entry_id: str) -> TargetWindow | None:
        """The chat window an entry was captured from, if it is still open."""
        target = self._targets.get(entry_id)
        return target if target is not None and target.exists() else None

    def _on_copied(self, copied: CopiedText) -> None:
        title = _title_of(copied.target)
        values = CaptureValues(
            question=copied.text,
            customer=customer_from_title(title),
            shop=self.book.profile.active_shop,
        )
        form = CaptureForm(
            values,
            self.book.profile.shops,
            self._holding_reply,
            insert_limit=insert_limit(self.platform.capabilities),
        )
        form.submitted.connect(lambda v, reply: self._save(v, reply, copied.target, title))
        self.form = form
        trace("capture_form", question=copied.text, selection=copied.from_selection)
        form.show()
        form.raise_()
        form.activateWindow()
        self.form_shown.emit(form)

    def _holding_reply(self, minutes: float, customer: str) -> str:
        return self.book.notebook.holding_reply(minutes, customer)

    def _save(
        self, values: CaptureValues, with_reply: bool, target: TargetWindow | None, title: str
    ) -> None:
        entry = self.book.notebook.capture(
            values.question,
            customer=values.customer,
            shop=values.shop,
            order_no=values.order_no,
            context=title,
            due_minutes=values.due_minutes,
        )
        if target is not None:
            self._targets[entry.id] = target
        if with_reply:
            reply = self._holding_reply(values.due_minutes, values.customer)
            if reply:
                self.inserter.insert(target, reply, tag=f"holding reply {entry.id}")
        log.info("captured notebook entry %s", entry.id)
        trace("captured", id=entry.id, question=entry.question, reply=with_reply)
        self.question_captured.emit(entry)


def _title_of(target: TargetWindow | None) -> str:
    try:
        return (target.title or "") if target is not None else ""
    except Exception:  # the window may have closed meanwhile
        return ""
