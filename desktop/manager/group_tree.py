"""The manager's group tree: two ordered levels, drag to reorder, drop phrases onto a group.

The widget never rearranges itself on a drop: it works out what the agent meant (which group,
which parent, which index) and emits it; the window runs the undoable command, the phrasebook
changes, and the tree is rebuilt from it. So what is shown is always what is stored.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QEvent, QMimeData, Qt, Signal
from PySide6.QtGui import QBrush, QDragEnterEvent, QDragMoveEvent, QDropEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from phrasebook import Group

#: Mime type of a phrase drag from the phrase list: a JSON list of phrase ids.
PHRASE_MIME = "application/x-quickreply-phrase-ids"
#: Item data role holding a group's path ("" for the "all phrases" row).
PATH_ROLE = Qt.ItemDataRole.UserRole
ALL = ""


def phrase_mime(ids: list[str]) -> QMimeData:
    mime = QMimeData()
    mime.setData(PHRASE_MIME, json.dumps(ids).encode())
    return mime


def phrase_ids(mime: QMimeData) -> list[str]:
    if not mime.hasFormat(PHRASE_MIME):
        return []
    return list(json.loads(bytes(mime.data(PHRASE_MIME).data()).decode()))


class GroupTree(QTreeWidget):
    """Groups of the phrasebook, with an "All phrases" row on top.

    Signals:
        group_selected(str): the filter changed to this path ("" = all phrases).
        group_moved(str, str, object): move group `path` under `parent` ("" = top) at an index
            among its new siblings (None = last).
        phrases_dropped(list, str): phrase ids dropped onto the group at this path.
    """

    group_selected = Signal(str)
    group_moved = Signal(str, str, object)
    phrases_dropped = Signal(list, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setColumnCount(2)
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.setObjectName("groupTree")
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.currentItemChanged.connect(self._on_current)
        self._groups: list[Group] = []

    def set_groups(self, groups: list[Group], counts: dict[str, int], total: int) -> None:
        """Rebuild from the phrasebook, keeping the selected group (or "all")."""
        current = self.current_path()
        self.blockSignals(True)
        self.clear()
        self._groups = groups
        everything = _row(self, self.tr("All phrases"), total)
        everything.setData(0, PATH_ROLE, ALL)
        everything.setFlags(everything.flags() & ~Qt.ItemFlag.ItemIsDragEnabled)
        items: dict[str, QTreeWidgetItem] = {}
        for group in groups:
            parent = items.get(group.path.rpartition("/")[0]) if group.parent_id else None
            item = _row(parent or self, group.name, counts.get(group.path, 0))
            item.setData(0, PATH_ROLE, group.path)
            item.setToolTip(0, group.path)
            items[group.path] = item
        self.expandAll()
        self.setCurrentItem(items.get(current, everything))
        self.blockSignals(False)

    def current_path(self) -> str:
        item = self.currentItem()
        return str(item.data(0, PATH_ROLE)) if item is not None else ALL

    def select_path(self, path: str) -> None:
        for item in self._all_items():
            if item.data(0, PATH_ROLE) == path:
                self.setCurrentItem(item)
                return

    def siblings(self, parent: str) -> list[str]:
        """Paths of the groups directly under `parent` ("" = top level), in order."""
        wanted = next((g.id for g in self._groups if g.path == parent), None) if parent else None
        return [g.path for g in self._groups if g.parent_id == wanted]

    # -- drag and drop -----------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasFormat(PHRASE_MIME):
            event.acceptProposedAction()
            return
        super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasFormat(PHRASE_MIME):
            target = self.itemAt(event.position().toPoint())
            if target is not None and target.data(0, PATH_ROLE):
                event.acceptProposedAction()
            else:
                event.ignore()
            return
        super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        target = self.itemAt(event.position().toPoint())
        target_path = str(target.data(0, PATH_ROLE)) if target is not None else None
        ids = phrase_ids(event.mimeData())
        if ids:
            if target_path:
                self.phrases_dropped.emit(ids, target_path)
            event.ignore()  # the rebuild after the move shows the result
            return
        dragged = self.current_path()
        if dragged:
            self.drop_group(dragged, target_path, self.dropIndicatorPosition())
        event.ignore()

    def drop_group(
        self,
        dragged: str,
        target: str | None,
        where: QAbstractItemView.DropIndicatorPosition,
    ) -> None:
        """Emit the move a drop of group `dragged` on/above/below `target` means."""
        place = QAbstractItemView.DropIndicatorPosition
        if not target or where == place.OnViewport:
            self.group_moved.emit(dragged, "", None)
            return
        if where == place.OnItem:
            self.group_moved.emit(dragged, target, None)
            return
        parent = target.rpartition("/")[0]
        order = [p for p in self.siblings(parent) if p != dragged]
        index = order.index(target) + (1 if where == place.BelowItem else 0)
        self.group_moved.emit(dragged, parent, index)

    # -- internals ---------------------------------------------------------------------------

    def _on_current(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        self.group_selected.emit(str(current.data(0, PATH_ROLE)) if current else ALL)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """A live theme switch: the dimmed counts take the new palette's colour."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            for item in self._all_items():
                item.setForeground(1, _dim())

    def _all_items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []
        for i in range(self.topLevelItemCount()):
            top = self.topLevelItem(i)
            if top is not None:
                found.append(top)
                found.extend(c for j in range(top.childCount()) if (c := top.child(j)))
        return found


def _row(parent: QTreeWidget | QTreeWidgetItem, name: str, count: int) -> QTreeWidgetItem:
    """A tree row: the name, and the number of phrases right-aligned and dimmed."""
    item = QTreeWidgetItem(parent, [name, str(count)])
    item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    item.setForeground(1, _dim())
    return item


def _dim() -> QBrush:
    """The dimmed text colour of the current application palette."""
    return QPalette().brush(QPalette.ColorRole.PlaceholderText)
