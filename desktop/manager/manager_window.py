"""The phrase manager window (话术管理): groups, phrases, editor, trash, statistics, proposals.

Every change the agent makes goes through `UndoStack.run` as a command that calls the core API,
so Ctrl+Z takes back moves, deletions, renames and edits alike. The window listens to the
phrasebook and redraws from it after every committed write (its own, the popup's, a sync's).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QHideEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QInputDialog,
    QMainWindow,
    QMenu,
    QSplitter,
    QTabWidget,
    QToolBar,
    QWidget,
)

from desktop.core_messages import core_message
from desktop.manager import commands as cmd
from desktop.manager.editor import PhraseEditor
from desktop.manager.group_tree import GroupTree
from desktop.manager.phrase_list import PhraseList
from desktop.manager.proposals_view import ProposalsView
from desktop.manager.stats_view import StatsView
from desktop.manager.trash_view import TrashView
from phrasebook import Changes, Phrase, Phrasebook, PhrasebookError, ValidationError

STATUS_MS = 6000
#: How often an open manager looks for writes by another program (one PRAGMA query).
OUTSIDE_CHECK_MS = 2000
_STYLE = """
#groupTree, #phraseList, #trashList { border: 1px solid palette(midlight); border-radius: 6px; }
#groupTree::item { padding: 3px 2px; }
#managerSearch { padding: 5px 8px; border: 1px solid palette(mid); border-radius: 6px; }
#managerSearch:focus { border: 1px solid palette(highlight); }
#previewText { background: palette(base); border: 1px solid palette(midlight);
               border-radius: 6px; padding: 4px; }
QToolBar#managerTools { spacing: 4px; padding: 4px; }
"""


class ManagerWindow(QMainWindow):
    """Shapes the phrasebook without touching a file.

    Attributes:
        undo_stack: the history behind Ctrl+Z / Ctrl+Shift+Z.
        ask_text: asks the agent for a name (title, label, current) -> text or None; tests
            replace it.
    """

    def __init__(self, book: Phrasebook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.setWindowTitle(self.tr("Phrase manager"))
        self.setObjectName("phraseManager")
        self.resize(1180, 720)
        self.setStyleSheet(_STYLE)
        self.undo_stack = cmd.UndoStack(self)
        self.undo_stack.failed.connect(self._report)
        self.ask_text: Callable[[str, str, str], str | None] = self._ask_text
        self._pending = QTimer(self, singleShot=True, interval=0)
        self._pending.timeout.connect(self.refresh)
        self._build()
        self._unsubscribe = book.on_change(self._on_book_changed)
        self.destroyed.connect(lambda *_: self._unsubscribe())
        # What the `phrasebook` command or a sync wrote shows within a moment, while on screen.
        self._outside = QTimer(self, interval=OUTSIDE_CHECK_MS)
        self._outside.timeout.connect(self._catch_up)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._outside.start()
        self._catch_up()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        self._outside.stop()
        super().hideEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowActivate:
            self._catch_up()
        return super().event(event)

    def _catch_up(self) -> None:
        """Re-read the book when another connection wrote it (the listeners then redraw)."""
        if not self.book.closed:
            self.book.reload_if_written_elsewhere()

    # -- building --------------------------------------------------------------------------

    def _build(self) -> None:
        self.groups = GroupTree()
        self.phrase_list = PhraseList(self.book)
        self.editor = PhraseEditor(self.book)
        self.trash = TrashView(self.book)
        self.stats = StatsView(self.book)
        self.proposals = ProposalsView(self.book)
        split = QSplitter(Qt.Orientation.Horizontal)
        for widget, stretch in ((self.groups, 2), (self.phrase_list, 3), (self.editor, 5)):
            split.addWidget(widget)
            split.setStretchFactor(split.indexOf(widget), stretch)
        split.setSizes([220, 340, 620])
        self.tabs = QTabWidget()
        self.tabs.addTab(split, self.tr("Phrases"))
        self.tabs.addTab(self.trash, self.tr("Trash"))
        self.tabs.addTab(self.stats, self.tr("Statistics"))
        self.tabs.addTab(self.proposals, self.tr("Proposals"))
        self.setCentralWidget(self.tabs)
        self._build_actions()
        self._wire()

    def _build_actions(self) -> None:
        bar = QToolBar(self.tr("Manage"), movable=False)
        bar.setObjectName("managerTools")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(bar)
        self.new_phrase_action = self._action(self.tr("New phrase"), QKeySequence.StandardKey.New)
        self.new_phrase_action.triggered.connect(lambda _=False: self.new_phrase())
        self.new_group_action = self._action(self.tr("New group"))
        self.new_group_action.triggered.connect(self._ask_new_group)
        self.delete_action = self._action(self.tr("Delete"), QKeySequence.StandardKey.Delete)
        self.delete_action.triggered.connect(self.delete_selected)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        for action in (self.new_phrase_action, self.new_group_action, self.delete_action):
            bar.addAction(action)
        bar.addSeparator()
        self.import_action = self._action(self.tr("Import…"))
        self.import_action.triggered.connect(self.import_phrases)
        self.export_action = self._action(self.tr("Export…"))
        self.export_action.triggered.connect(self.export_phrases)
        bar.addAction(self.import_action)
        bar.addAction(self.export_action)
        bar.addSeparator()
        bar.addAction(self.undo_action)
        bar.addAction(self.redo_action)
        self.addAction(self.undo_action)
        self.addAction(self.redo_action)

    def import_phrases(self) -> None:
        """Pick a file, preview it (duplicates, wording findings), then import it."""
        from desktop.import_dialog import choose_and_import

        choose_and_import(self.book, self)

    def export_phrases(self) -> None:
        """Write every phrase to a file; the format follows the chosen file type."""
        from PySide6.QtWidgets import QMessageBox

        from desktop.file_dialogs import ask_save_file

        filters = ";;".join(
            (
                self.tr("Excel workbook (*.xlsx)"),
                self.tr("CSV for Qianniu (*.csv)"),
                self.tr("QuickReply pack (*.jsonl)"),
                self.tr("IME custom phrases (*.txt)"),
            )
        )
        path = ask_save_file(self, self.tr("Export phrases"), filters)
        if not path:
            return
        try:
            count = self.book.export_file(path)
        except (OSError, PhrasebookError) as exc:
            QMessageBox.warning(self, self.tr("Export phrases"), str(exc))
            return
        self.statusBar().showMessage(self.tr("Exported %1 phrases").replace("%1", str(count)), 5000)

    def _action(self, text: str, key: QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(text, self)
        if key is not None:
            action.setShortcut(key)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)
        return action

    def _wire(self) -> None:
        self.groups.group_selected.connect(self.phrase_list.set_group)
        self.groups.group_moved.connect(self.move_group)
        self.groups.phrases_dropped.connect(self.move_phrases)
        self.groups.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.groups.customContextMenuRequested.connect(self._group_menu)
        self.phrase_list.phrase_selected.connect(self.editor.set_phrase)
        self.editor.stayed.connect(self.phrase_list.select)
        self.phrase_list.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.phrase_list.list.customContextMenuRequested.connect(self._phrase_menu)
        self.editor.edited.connect(self._store_edit)
        self.editor.command.connect(self._run)
        self.editor.pictures_command.connect(self._run_pictures)
        self.editor.wording.resolved.connect(self._report)
        self.proposals.message.connect(self._report)
        self.proposals.phrase_accepted.connect(lambda _id: self.refresh())
        self.trash.restore_requested.connect(self.restore)
        self.trash.purge_requested.connect(self.purge)
        self.stats.phrase_activated.connect(self.show_phrase)
        self.tabs.currentChanged.connect(lambda _: self._refresh_tab())

    # -- operations (each one undoable step) -----------------------------------------------

    def new_phrase(self, text: str | None = None) -> Phrase | None:
        group = self.groups.current_path()
        # The core's rule decides: team outside a team or for a supervisor, else personal.
        fields = {"text": text or self.tr("New reply"), "group": group}
        command = cmd.AddPhrase(self.book, self.tr("New phrase"), fields)
        if not self._run(command) or command.phrase_id is None:
            return None
        self.refresh()
        self.show_phrase(command.phrase_id)
        self.editor.text.setFocus()
        self.editor.text.selectAll()
        return self.book.get(command.phrase_id)

    def new_group(self, name: str, parent: str = "") -> None:
        path = f"{parent}/{name.strip()}" if parent else name.strip()
        if self._run(cmd.AddGroup(self.book, self.tr("New group"), path)):
            self.refresh()
            self.groups.select_path(path)

    def rename_group(self, path: str, name: str) -> None:
        group = next(g for g in self.book.groups() if g.path == path)
        self._run(cmd.RenameGroup(self.book, self.tr("Rename group"), group.id, group.name, name))

    def move_group(self, path: str, parent: str, index: int | None) -> None:
        self._run(cmd.MoveGroup(self.book, self.tr("Move group"), path, parent, index))

    def delete_group(self, path: str) -> None:
        self._run(cmd.DeleteGroup(self.book, self.tr("Delete group"), path))

    def move_phrases(self, ids: list[str], group: str) -> None:
        phrases = [self.book.get(pid) for pid in ids]
        self._run(cmd.MovePhrases(self.book, self.tr("Move phrases"), phrases, group))

    def delete_selected(self) -> None:
        ids = [p.id for p in self.phrase_list.selected()]
        if ids:
            self.editor.save_now()
            self._run(cmd.DeletePhrases(self.book, self.tr("Delete phrases"), ids))

    def restore(self, ids: list[str]) -> None:
        self._run(cmd.RestorePhrases(self.book, self.tr("Restore phrases"), ids))

    def purge(self, ids: list[str] | None) -> None:
        """Remove from the trash for good; the history is cleared (its steps could not replay)."""
        count = self.book.organize.purge(ids)
        self.undo_stack.clear()
        self._report(self.tr("{n} phrases deleted forever").replace("{n}", str(count)))

    def show_phrase(self, phrase_id: str) -> None:
        """Bring a phrase up in the editor (clearing a search or filter that hides it)."""
        self.tabs.setCurrentIndex(0)
        if phrase_id not in self.phrase_list.ids():
            self.phrase_list.search.clear()
            self.groups.select_path("")
            self.phrase_list.refresh()
        self.phrase_list.select(phrase_id)

    # -- refreshing ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Redraw everything from the phrasebook."""
        self._pending.stop()
        phrases = self.book.phrases()
        counts: dict[str, int] = {}
        for phrase in phrases:
            top = phrase.group.split("/")[0]
            counts[phrase.group] = counts.get(phrase.group, 0) + 1
            if top != phrase.group:
                counts[top] = counts.get(top, 0) + 1
        self.groups.set_groups(self.book.groups(), counts, len(phrases))
        self.phrase_list.set_group(self.groups.current_path())
        current = self.phrase_list.current()
        self.editor.reload(current)
        self.trash.refresh()
        self.tabs.setTabText(1, self._trash_title())
        pending = self.proposals.pending_count()
        self.tabs.setTabText(3, self.tr("Proposals") + (f" ({pending})" if pending else ""))
        self._refresh_tab()

    def _refresh_tab(self) -> None:
        if self.tabs.currentWidget() is self.stats:
            self.stats.refresh()
        elif self.tabs.currentWidget() is self.proposals:
            self.proposals.refresh()

    def _trash_title(self) -> str:
        count = self.trash.count()
        return self.tr("Trash") + (f" ({count})" if count else "")

    def _on_book_changed(self, _changes: Changes) -> None:
        self._pending.start()  # coalesce a burst of writes into one redraw

    # -- internals -------------------------------------------------------------------------

    def _store_edit(
        self, phrase_id: str, before: dict[str, object], after: dict[str, object]
    ) -> None:
        command = cmd.EditPhrase(self.book, self.tr("Edit phrase"), phrase_id, before, after)
        try:
            self.undo_stack.run(command)
        except ValidationError as exc:
            self.editor.refused(exc)
            return
        except PhrasebookError as exc:
            self._report(core_message(exc))
            return
        self.editor.saved(self.book.get(phrase_id))

    def _run(self, command: cmd.BookCommand) -> bool:
        try:
            self.undo_stack.run(command)
        except PhrasebookError as exc:
            self._report(core_message(exc))
            return False
        return True

    def _run_pictures(self, command: cmd.SetPictures) -> None:
        """A picture change; a refusal (too many, the book full, a role) shows in the strip."""
        try:
            self.undo_stack.run(command)
        except PhrasebookError as exc:
            self.editor.pictures.show_problem(
                self.tr("Pictures not changed: %1").replace("%1", core_message(exc))
            )
            return
        self.editor.reload(self.book.get(command.phrase_id))

    def _report(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_MS)

    def _ask_new_group(self) -> None:
        name = self.ask_text(self.tr("New group"), self.tr("Group name"), "")
        if name:
            self.new_group(name)

    def _group_menu(self, pos: QPoint) -> None:
        path = self.groups.current_path()
        menu = QMenu(self)
        menu.addAction(self.tr("New group"), self._ask_new_group)
        if path and "/" not in path:
            menu.addAction(self.tr("New subgroup"), lambda: self._ask_subgroup(path))
        if path:
            menu.addAction(self.tr("Rename…"), lambda: self._ask_rename(path))
            menu.addAction(self.tr("Delete group"), lambda: self.delete_group(path))
        menu.exec(self.groups.viewport().mapToGlobal(pos))

    def _phrase_menu(self, pos: QPoint) -> None:
        ids = [p.id for p in self.phrase_list.selected()]
        menu = QMenu(self)
        move = menu.addMenu(self.tr("Move to group"))
        move.addAction(self.tr("Ungrouped"), lambda: self.move_phrases(ids, ""))
        for group in self.book.groups():
            move.addAction(group.path, self._mover(ids, group.path))
        menu.addAction(self.delete_action)
        menu.exec(self.phrase_list.list.viewport().mapToGlobal(pos))

    def _mover(self, ids: list[str], group: str) -> Callable[[], None]:
        return lambda: self.move_phrases(ids, group)

    def _ask_subgroup(self, parent: str) -> None:
        name = self.ask_text(self.tr("New subgroup"), self.tr("Group name"), "")
        if name:
            self.new_group(name, parent)

    def _ask_rename(self, path: str) -> None:
        current = path.rpartition("/")[2]
        name = self.ask_text(self.tr("Rename group"), self.tr("Group name"), current)
        if name and name != current:
            self.rename_group(path, name)

    def _ask_text(self, title: str, label: str, current: str) -> str | None:
        text, ok = QInputDialog.getText(self, title, label, text=current)
        return text.strip() if ok and text.strip() else None

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.editor.save_now()  # what was typed in the last 400 ms is kept too
        super().closeEvent(event)
