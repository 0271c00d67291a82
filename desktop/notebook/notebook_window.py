"""The notebook window: open questions soonest due first (overdue in red), answer, share.

Left: the entries of one status (or the most-asked clusters), filtered by the search box.
Right: the selected question, phrases that may answer it (click to add one to the answer), the
answer box, and the actions: answer and insert into the chat in one step, save, share with the
team (scrub preview first), dismiss.

The `phrasebook` command (or another copy of the app) may change an entry while the window is
open: the window re-reads the book when it is shown or activated and right before an action, an
action on an entry whose status changed elsewhere says so instead of failing, and the answer being
typed is kept (per entry) across refreshes.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.notebook.promote_dialog import PromoteDialog
from phrasebook import Changes, NotebookEntry, NotFoundError, Phrasebook, PhrasebookError

__all__ = ["NotebookWindow"]

#: Tabs: entry statuses, then the most-asked view.
TABS = ("open", "answered", "promoted", "dismissed", "similar")
#: Closed statuses a question can go back to open from (a shared one lives in the team's book).
REOPENABLE = ("answered", "dismissed")
OVERDUE = QColor("#c62828")
_ID = Qt.ItemDataRole.UserRole
Insert = Callable[[NotebookEntry, str], None]


class NotebookWindow(QWidget):
    """The notebook of unanswered questions.

    Signals:
        answer_inserted(str): an answer for this entry id was sent to the chat.

    Args:
        insert: puts an answer into the entry's chat window (the app's Inserter).
        wall: the clock, for "overdue" (injectable for tests).
        insert_limit: why answers cannot be inserted into the chat here (None: they can).
    """

    answer_inserted = Signal(str)

    def __init__(
        self,
        book: Phrasebook,
        insert: Insert,
        wall: Callable[[], float] = time.time,
        parent: QWidget | None = None,
        *,
        insert_limit: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.book, self._insert, self._wall = book, insert, wall
        self.insert_limit = insert_limit
        # The entry on the right as last read (id, status, saved answer), and answers being typed.
        self._shown: NotebookEntry | None = None
        self._drafts: dict[str, str] = {}
        self._notice_for: str | None = None
        self.setWindowTitle(self.tr("Question notebook"))
        self.resize(900, 560)
        self._build()
        self._unsubscribe = book.on_change(self._on_book_changed)
        self.destroyed.connect(lambda *_: self._unsubscribe())
        # Overdue colours follow the clock, but only while the window is on screen.
        self._tick = QTimer(self, interval=30_000)
        self._tick.timeout.connect(self.refresh)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._tick.start()
        self.catch_up(always=True)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowActivate:
            self.catch_up()
        return super().event(event)

    def catch_up(self, always: bool = False) -> None:
        """Re-read the book when another connection wrote it (the listeners then refresh this
        window); with `always`, refresh the lists even when nothing was written elsewhere."""
        if self.book.closed:
            return
        if not self.book.reload_if_written_elsewhere() and always:
            self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        self._tick.stop()
        super().hideEvent(event)

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.search = QLineEdit(self, clearButtonEnabled=True)
        self.search.setPlaceholderText(self.tr("Search questions, customers, answers"))
        self.search.textChanged.connect(self.refresh)
        self.tabs = QTabBar(self)
        for _ in TABS:
            self.tabs.addTab("")
        self.tabs.currentChanged.connect(self.refresh)
        self.list = QTreeWidget(self)
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.list.setColumnWidth(0, 90)
        self.list.setColumnWidth(1, 110)
        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        splitter = QSplitter(self)
        splitter.addWidget(self.list)
        splitter.addWidget(self._detail())
        splitter.setSizes([430, 470])
        top = QHBoxLayout()
        top.addWidget(self.tabs, 1)
        top.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def _detail(self) -> QWidget:
        panel = QWidget(self)
        self.question = QLabel(panel, wordWrap=True)
        self.question.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.question.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.question.setFont(font)
        self.meta = QLabel(panel, wordWrap=True)
        self.notice = QLabel(panel, wordWrap=True)
        self.notice.setStyleSheet(f"color: {OVERDUE.name()};")
        self.notice.hide()
        self.suggestions = QListWidget(panel)
        self.suggestions.setMaximumHeight(120)
        self.suggestions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.suggestions.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.suggestions.itemActivated.connect(self._add_phrase)
        self.suggestions.itemClicked.connect(self._add_phrase)
        self.answer = QPlainTextEdit(panel)
        self.answer.setPlaceholderText(self.tr("Write the answer, or click a phrase above"))
        self.insert_button = QPushButton(self.tr("Answer and insert into chat"), panel)
        self.insert_button.setDefault(True)
        self.save_button = QPushButton(self.tr("Save answer"), panel)
        self.promote_button = QPushButton(self.tr("Share with the team…"), panel)
        self.dismiss_button = QPushButton(self.tr("Dismiss"), panel)
        self.reopen_button = QPushButton(self.tr("Reopen"), panel)
        self.reopen_button.setToolTip(
            self.tr("Back to the open questions, e.g. the customer asked again")
        )
        self.reopen_button.clicked.connect(self._reopen)
        self.insert_button.clicked.connect(lambda: self._answer(insert=True))
        self.save_button.clicked.connect(lambda: self._answer(insert=False))
        self.promote_button.clicked.connect(self._promote)
        self.dismiss_button.clicked.connect(self._dismiss)
        buttons = QHBoxLayout()
        for button in (self.insert_button, self.save_button, self.promote_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.reopen_button)
        buttons.addWidget(self.dismiss_button)
        layout = QVBoxLayout(panel)
        layout.addWidget(self.question)
        layout.addWidget(self.meta)
        layout.addWidget(self.notice)
        layout.addWidget(QLabel(self.tr("Phrases that may answer it:"), panel))
        layout.addWidget(self.suggestions)
        layout.addWidget(QLabel(self.tr("Answer"), panel))
        layout.addWidget(self.answer, 1)
        layout.addLayout(buttons)
        return panel

    # -- showing -----------------------------------------------------------------------------

    @property
    def status(self) -> str:
        return TABS[max(self.tabs.currentIndex(), 0)]

    def refresh(self) -> None:
        """Reload the list for the current tab and search, keeping the selection."""
        if self.book.closed:
            return
        self._label_tabs()
        keep = self.current_id()
        self.list.blockSignals(True)
        self.list.clear()
        self._label_columns()
        if self.status == "similar":
            self._fill_clusters()
        else:
            self._fill_entries()
        self.list.blockSignals(False)
        if keep:
            self.select(keep, switch_tab=False)
        first = self.list.topLevelItem(0)
        if self.list.currentItem() is None and first is not None:
            self.list.setCurrentItem(first)
        self._show_current()

    def _label_tabs(self) -> None:
        counts = self.book.notebook.counts()
        names = {
            "open": self.tr("Open (%1)").replace("%1", str(counts.open)),
            "answered": self.tr("Answered"),
            "promoted": self.tr("Shared"),
            "dismissed": self.tr("Dismissed"),
            "similar": self.tr("Most asked"),
        }
        for index, key in enumerate(TABS):
            self.tabs.setTabText(index, names[key])
        color = OVERDUE if counts.overdue else QColor()
        self.tabs.setTabTextColor(0, color)

    def _label_columns(self) -> None:
        if self.status == "similar":
            names = [self.tr("Asked"), self.tr("Last asked"), self.tr("Question")]
        else:
            when = self.tr("Due") if self.status == "open" else self.tr("Closed")
            names = [when, self.tr("Customer"), self.tr("Question")]
        self.list.setHeaderLabels(names)

    def _fill_entries(self) -> None:
        now = self._wall()
        query = self.search.text()
        for entry in self.book.notebook.entries([self.status], query=query):  # type: ignore[list-item]
            due = (
                _clock(entry.due_at, now) if self.status == "open" else _clock(entry.closed_at, now)
            )
            item = QTreeWidgetItem(self.list, [due, entry.customer, _one_line(entry.question)])
            item.setData(0, _ID, entry.id)
            item.setToolTip(2, entry.question)
            if entry.is_overdue(now):
                for column in range(3):
                    item.setForeground(column, QBrush(OVERDUE))
                item.setText(0, self.tr("overdue %1").replace("%1", due))

    def _fill_clusters(self) -> None:
        query = self.search.text().strip().casefold()
        for cluster in self.book.notebook.clusters():
            if query and not any(query in e.question.casefold() for e in cluster.entries):
                continue
            count = self.tr("asked %1 times this week").replace("%1", str(cluster.count))
            last = _clock(cluster.entries[0].asked_at, self._wall())
            item = QTreeWidgetItem(
                self.list, [f"{cluster.count}×", last, _one_line(cluster.question)]
            )
            item.setData(0, _ID, cluster.entries[0].id)
            item.setToolTip(0, count)
            item.setToolTip(2, "\n".join(e.question for e in cluster.entries))

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(0, _ID)) if item is not None else None

    def select(self, entry_id: str, switch_tab: bool = True) -> bool:
        """Select an entry in the list (switching to its status tab); False if not listed."""
        try:
            entry = self.book.notebook.get(entry_id)
        except PhrasebookError:
            return False
        if switch_tab and self.status not in (entry.status, "similar"):
            self.tabs.setCurrentIndex(TABS.index(entry.status))
        for index in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(index)
            if item is not None and item.data(0, _ID) == entry_id:
                self.list.setCurrentItem(item)
                return True
        return False

    def _show_current(self) -> None:
        self._keep_draft()
        entry = self._current_entry()
        self._shown = entry
        if entry is None or entry.id != self._notice_for:
            self._tell("")
        for widget in (self.answer, self.suggestions, self.insert_button, self.save_button):
            widget.setEnabled(entry is not None and entry.status in ("open", "answered"))
        if self.insert_limit:
            self.insert_button.setEnabled(False)
            self.insert_button.setToolTip(self.insert_limit)
        self.promote_button.setEnabled(entry is not None and entry.status in ("open", "answered"))
        self.dismiss_button.setEnabled(entry is not None and entry.status == "open")
        self.reopen_button.setEnabled(entry is not None and entry.status in REOPENABLE)
        if entry is None:
            self.question.setText(self.tr("No question selected"))
            self.meta.clear()
            self.answer.clear()
            self.suggestions.clear()
            return
        self.question.setText(entry.question)
        self.meta.setText(self._meta_text(entry))
        draft = self._drafts.get(entry.id)
        if draft == entry.answer:
            draft = self._drafts.pop(entry.id)
        self.answer.setPlainText(entry.answer if draft is None else draft)
        self._suggest(entry.question)

    def _keep_draft(self) -> None:
        """Remember what the agent typed for the entry shown, before the box is refilled."""
        if self._shown is None:
            return
        text = self.answer.toPlainText()
        if text.strip() and text != self._shown.answer:
            self._drafts[self._shown.id] = text
        else:
            self._drafts.pop(self._shown.id, None)

    def _tell(self, text: str, entry_id: str | None = None) -> None:
        """Say what happened to the selected entry (empty: nothing to say)."""
        self._notice_for = entry_id if text else None
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _meta_text(self, entry: NotebookEntry) -> str:
        asked = datetime.fromtimestamp(entry.asked_at).strftime("%m-%d %H:%M")
        parts = [entry.customer, entry.shop, entry.order_no and f"#{entry.order_no}"]
        parts.append(self.tr("asked %1").replace("%1", asked))
        return "  ·  ".join(p for p in parts if p)

    def _suggest(self, question: str) -> None:
        self.suggestions.clear()
        for hit in self.book.search(question, limit=5):
            item = QListWidgetItem(f"{hit.phrase.label}  ·  {_one_line(hit.phrase.body)}")
            item.setData(_ID, hit.phrase.id)
            item.setToolTip(hit.phrase.body)
            self.suggestions.addItem(item)

    # -- actions -----------------------------------------------------------------------------

    def _current_entry(self) -> NotebookEntry | None:
        entry_id = self.current_id()
        if entry_id is None:
            return None
        try:
            return self.book.notebook.get(entry_id)
        except PhrasebookError:
            return None

    def _add_phrase(self, item: QListWidgetItem) -> None:
        entry = self._current_entry()
        phrase = self.book.get(str(item.data(_ID)))
        customer = {"customer": entry.customer} if entry and entry.customer else {}
        text = self.book.render(phrase, self.book.context(phrase.lang, **customer)).text
        current = self.answer.toPlainText().rstrip()
        self.answer.setPlainText(f"{current}\n{text}" if current else text)
        self.answer.setFocus()

    def _acting_on(self) -> NotebookEntry | None:
        """The entry shown, re-read right before an action; None (and a notice) when it was
        changed or deleted elsewhere since the window showed it."""
        shown = self._shown
        self._keep_draft()
        self.catch_up()  # may refresh the lists and move the selection
        if shown is None:
            return None
        try:
            entry = self.book.notebook.get(shown.id)
        except NotFoundError:
            self._drafts.pop(shown.id, None)
            self.refresh()
            self._tell(self.tr("This question was deleted elsewhere."))
            return None
        if entry.status != shown.status:
            self.select(entry.id)
            self._tell(self._changed_elsewhere(entry), entry.id)
            return None
        if self.current_id() != entry.id:
            self.select(entry.id, switch_tab=False)
        return entry

    def _changed_elsewhere(self, entry: NotebookEntry) -> str:
        if entry.status == "dismissed":
            return self.tr(
                "This question was dismissed elsewhere. Reopen it first, then answer; "
                "your text is kept."
            )
        if entry.status == "answered":
            return self.tr(
                "This question was answered elsewhere; its answer is saved. "
                "Your text is kept: save again to replace that answer."
            )
        if entry.status == "promoted":
            return self.tr("This question was already shared with the team elsewhere.")
        return self.tr("This question was reopened elsewhere; it is open again.")

    def _answer(self, insert: bool) -> None:
        entry = self._acting_on()
        text = self.answer.toPlainText().strip()
        if entry is None or not text:
            self.answer.setFocus()
            return
        if entry.status not in ("open", "answered"):
            return
        self._drafts.pop(entry.id, None)
        try:
            self.book.notebook.answer(entry.id, text)
        except PhrasebookError as exc:  # a write that raced ours: keep the text, say why
            self._drafts[entry.id] = self.answer.toPlainText()
            self.refresh()
            try:
                now = self.book.notebook.get(entry.id)
            except NotFoundError:
                now = None
            if now is not None and now.status != entry.status:
                self._tell(self._changed_elsewhere(now), entry.id)
            else:
                self._tell(
                    self.tr("The answer was not saved: %1").replace("%1", str(exc)), entry.id
                )
            return
        if insert:
            self._insert(entry, text)
            self.answer_inserted.emit(entry.id)

    def _promote(self) -> None:
        entry = self._acting_on()
        if entry is None or entry.status not in ("open", "answered"):
            return
        text = self.answer.toPlainText().strip()
        if entry.status == "open" and text:
            self._drafts.pop(entry.id, None)
            entry = self.book.notebook.answer(entry.id, text)
        dialog = PromoteDialog(self.book, entry, self)
        dialog.open()

    def _dismiss(self) -> None:
        entry = self._acting_on()
        if entry is not None and entry.status == "open":
            self.book.notebook.dismiss(entry.id)

    def _reopen(self) -> None:
        """An answered or dismissed question is open again, and shown on the open tab."""
        entry = self._acting_on()
        if entry is None or entry.status not in REOPENABLE:
            return
        self.book.notebook.reopen(entry.id)
        self.select(entry.id)

    def _on_book_changed(self, changes: Changes) -> None:
        if changes.notebook or changes.everything:
            self.refresh()


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _clock(at: float | None, now: float) -> str:
    if at is None:
        return "–"
    when = datetime.fromtimestamp(at)
    same_day = when.date() == datetime.fromtimestamp(now).date()
    return when.strftime("%H:%M" if same_day else "%m-%d %H:%M")
