"""The manager's phrase list: the popup's search plus a group filter, multi-select, drag out.

Searching uses `Phrasebook.search`, so the agent finds a phrase here exactly as she would in the
popup (codes, pinyin initials, 초성...). Without a query the list shows the group in its stored
order. Selected phrases can be dragged onto a group in the tree.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop.manager.group_tree import phrase_mime
from desktop.phrase_widgets.thumbnails import paint_picture_mark, picture_mark_width
from phrasebook import Phrase, Phrasebook

ID_ROLE = Qt.ItemDataRole.UserRole
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 1
#: The number key (1-9) the phrase is pinned to, or None; drawn as a badge.
SLOT_ROLE = Qt.ItemDataRole.UserRole + 2
#: True when the team rewrote a phrase she personalised; drawn as an orange badge.
CHANGED_ROLE = Qt.ItemDataRole.UserRole + 3
#: How many pictures the reply carries (0: none); drawn as a small picture badge.
PICTURES_ROLE = Qt.ItemDataRole.UserRole + 4
SEARCH_LIMIT = 500
DEBOUNCE_MS = 60


class RowDelegate(QStyledItemDelegate):
    """Two lines per phrase: the label, then group · code · scope in a dimmer, smaller font.

    Badges on the right of the first line: the pinned number key, "!" when the team changed
    a phrase she personalised, and a picture mark with the count when the reply has pictures.
    """

    PAD = 6

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        height = option.fontMetrics.height()
        return QSize(200, height * 2 + self.PAD * 2 + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = option.rect.adjusted(self.PAD + 2, self.PAD, -self.PAD, -self.PAD)
        line = option.fontMetrics.height()
        painter.save()
        bold = QFont(option.font)
        bold.setWeight(QFont.Weight.DemiBold)
        painter.setFont(bold)
        painter.setPen(option.palette.color(role))
        badges = self._badges(index, selected)
        pictures = int(index.data(PICTURES_ROLE) or 0)
        room = rect.width() - (line + 6) * len(badges)
        if pictures:
            room -= picture_mark_width(option.fontMetrics, pictures) + 6
        title = QRect(rect.left(), rect.top(), room, line)
        text = option.fontMetrics.elidedText(str(index.data()), Qt.TextElideMode.ElideRight, room)
        painter.drawText(title, Qt.AlignmentFlag.AlignLeft, text)
        right = self._paint_badges(painter, badges, rect.right(), rect.top(), line)
        if pictures:
            ink = option.palette.color(role if selected else QPalette.ColorRole.PlaceholderText)
            paint_picture_mark(painter, option.fontMetrics, pictures, right, rect.top(), ink)
        painter.setPen(option.palette.color(role))
        small = QFont(option.font)
        small.setPointSizeF(max(option.font.pointSizeF() * 0.88, 7.0))
        painter.setFont(small)
        if not selected:
            painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
        detail = QRect(rect.left(), rect.top() + line + 2, rect.width(), line)
        painter.drawText(detail, Qt.AlignmentFlag.AlignLeft, str(index.data(DETAIL_ROLE) or ""))
        painter.restore()

    def _badges(self, index: Index, selected: bool) -> list[tuple[str, str, str]]:
        """(text, fill, text color) per badge; inverted on the highlight so they stay visible."""
        badges = []
        if index.data(CHANGED_ROLE):
            badges.append(("!", "#e8890c", "white"))
        if index.data(SLOT_ROLE):
            fill, ink = ("white", "#2f7de1") if selected else ("#2f7de1", "white")
            badges.append((str(index.data(SLOT_ROLE)), fill, ink))
        return badges

    def _paint_badges(
        self, painter: QPainter, badges: list[tuple[str, str, str]], right: int, top: int, size: int
    ) -> int:
        """Draw the badges leftwards from `right`; returns where the next one may end."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        for text, fill, ink in badges:
            box = QRect(right - size, top, size, size)
            painter.setBrush(QColor(fill))
            painter.drawRoundedRect(box, 4, 4)
            painter.setPen(QColor(ink))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
            painter.setPen(Qt.PenStyle.NoPen)
            right -= size + 6
        return right


Index = QModelIndex | QPersistentModelIndex


class _DraggableList(QListWidget):
    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:  # type: ignore[override]  # noqa: N802
        return phrase_mime([str(item.data(ID_ROLE)) for item in items])


class PhraseList(QWidget):
    """Search box over a list of phrases.

    Signals:
        phrase_selected(object): the current phrase (a Phrase) or None.
    """

    phrase_selected = Signal(object)

    def __init__(self, book: Phrasebook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._book = book
        self._group = ""
        self._phrases: dict[str, Phrase] = {}
        self.search = QLineEdit(placeholderText=self.tr("Search: text, code, pinyin initials…"))
        self.search.setObjectName("managerSearch")
        self.search.setClearButtonEnabled(True)
        self.list = _DraggableList()
        self.list.setObjectName("phraseList")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.list.setItemDelegate(RowDelegate(self.list))
        self.list.setUniformItemSizes(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _: self._timer.start())
        self.list.currentItemChanged.connect(lambda *_: self.phrase_selected.emit(self.current()))

    def set_group(self, path: str) -> None:
        self._group = path
        self.refresh()

    def refresh(self) -> None:
        """Show the phrases for the query and group again, keeping the current one if it stays."""
        current = self.current()
        phrases = self._shown()
        self.list.blockSignals(True)
        self.list.clear()
        self._phrases = {p.id: p for p in phrases}
        slots = {p.id: n for n, p in self._book.favorites.slots().items()}
        badged = self._book.shown_scope(phrases[0]) is not None if phrases else False
        for phrase in phrases:
            item = self._item(phrase, badged)
            item.setData(SLOT_ROLE, slots.get(phrase.id))
            item.setData(CHANGED_ROLE, phrase.team_changed)
            item.setData(PICTURES_ROLE, len(phrase.images))
            self.list.addItem(item)
        self.list.blockSignals(False)
        if current is not None and current.id in self._phrases:
            self.select(current.id)
        elif self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.phrase_selected.emit(None)

    def current(self) -> Phrase | None:
        item = self.list.currentItem()
        return self._phrases.get(str(item.data(ID_ROLE))) if item is not None else None

    def selected(self) -> list[Phrase]:
        """The selected phrases in list order (the current one if nothing is selected)."""
        rows = sorted(self.list.row(i) for i in self.list.selectedItems())
        chosen = [self._phrases[str(self.list.item(r).data(ID_ROLE))] for r in rows]
        current = self.current()
        return chosen or ([current] if current is not None else [])

    def select(self, phrase_id: str, *, extend: bool = False) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(ID_ROLE) == phrase_id:
                if extend:
                    item.setSelected(True)
                else:
                    self.list.setCurrentItem(item)
                return

    def ids(self) -> list[str]:
        return [str(self.list.item(r).data(ID_ROLE)) for r in range(self.list.count())]

    def _shown(self) -> list[Phrase]:
        query = self.search.text().strip()
        if not query:
            return [p for p in self._book.phrases(group=self._group or None)]
        hits = self._book.search(query, limit=SEARCH_LIMIT)
        group = self._group
        return [
            h.phrase
            for h in hits
            if not group or h.phrase.group == group or h.phrase.group.startswith(f"{group}/")
        ]

    def _item(self, phrase: Phrase, badged: bool) -> QListWidgetItem:
        # Outside a team every phrase is simply hers: no team/personal badge (phrasebook.roles).
        badge = ""
        if badged:
            badge = self.tr("Team") if phrase.scope == "team" else self.tr("Personal")
        details = " · ".join(
            x for x in (phrase.group or self.tr("Ungrouped"), phrase.code, badge) if x
        )
        snippet = " ".join(phrase.body.split())[:60]
        item = QListWidgetItem(phrase.label)
        item.setData(ID_ROLE, phrase.id)
        item.setData(DETAIL_ROLE, details)
        tips = [snippet]
        if phrase.team_changed:
            tips.append(self.tr("The team changed this phrase after you rewrote it"))
        if phrase.images:
            tips.append(self.tr("Pictures: %1").replace("%1", str(len(phrase.images))))
        item.setToolTip("\n".join(tips))
        return item
