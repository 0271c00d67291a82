"""The popup's result list: a model over search hits, and the delegate that draws each row.

The model turns each `Hit` into display-ready pieces (title, group, shortcut code, a one-line
snippet) together with the character spans to highlight in each, taken from `Hit.matches`. The
delegate only paints those pieces, so what is highlighted is testable through the model's roles
without looking at pixels.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.phrase_widgets.highlight import (
    Spans,
    clean_spans,
    draw_highlighted,
    matched_line,
    snippet,
)
from desktop.phrase_widgets.thumbnails import paint_picture_mark
from phrasebook import Hit, Phrase

ModelIndex = QModelIndex | QPersistentModelIndex
#: A titled group of rows shown above the search results: (title, hits).
Section = tuple[str, Sequence[Hit]]

#: Rows 1-9 get a number: Ctrl+1..9 inserts them.
NUMBERED_ROWS = 9


class Role(enum.IntEnum):
    """Data roles of `ResultsModel` beyond Qt's DisplayRole (the row's label)."""

    HIT = Qt.ItemDataRole.UserRole + 1
    PHRASE = enum.auto()
    LABEL_SPANS = enum.auto()
    GROUP = enum.auto()
    GROUP_SPANS = enum.auto()
    CODE = enum.auto()
    CODE_SPANS = enum.auto()
    SNIPPET = enum.auto()
    SNIPPET_SPANS = enum.auto()
    SNIPPET_FIELD = enum.auto()
    NUMBER = enum.auto()
    HEADER = enum.auto()
    PICTURES = enum.auto()  # how many pictures the reply sends with its text


def spans_of(hit: Hit, field: str) -> Spans:
    """Every span the search reported for `field` of this hit, merged."""
    found = [span for match in hit.matches if match.field == field for span in match.spans]
    return clean_spans(found, 1 << 30)


def label_spans(hit: Hit) -> Spans:
    """Spans in `Phrase.label`: the title's, or the body's when the label is cut from the body."""
    phrase = hit.phrase
    if phrase.title:
        return clean_spans(spans_of(hit, "title"), len(phrase.label))
    offset = len(phrase.body) - len(phrase.body.lstrip())
    moved = ((s - offset, e - offset) for s, e in spans_of(hit, "body"))
    return clean_spans(moved, len(phrase.label))


def snippet_of(hit: Hit) -> tuple[str, str, Spans]:
    """(field, one-line text, spans) for the second line of a row.

    A match in the customer questions or tags is shown instead of the body, so the agent sees
    why the phrase came up ("问：…" style, without the label); otherwise the body's matched part.
    """
    phrase = hit.phrase
    for field, items in (("questions", phrase.questions), ("tags", phrase.tags)):
        spans = spans_of(hit, field)
        if spans and not spans_of(hit, "body"):
            line, moved = matched_line("\n".join(items), spans)
            return field, line, moved
    line, moved = snippet(phrase.body, spans_of(hit, "body"))
    return "body", line, moved


class ResultsModel(QAbstractListModel):
    """A read-only list model over the current search hits.

    Rows may be grouped into sections (the popup's "next" suggestions above the results): a
    section starts with a header row, which has no hit, cannot be selected and gets no number.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Hit | str] = []
        self._snippets: list[tuple[str, str, Spans]] = []
        self._numbers: list[int | None] = []

    def set_hits(self, hits: Sequence[Hit], *, sections: Sequence[Section] = ()) -> None:
        """Replace every row (a reset: search results are not edits of the old ones).

        `sections` are (title, hits) shown first, each under its header row; `hits` follow
        (the caller adds a section for them when it wants a header there too).
        """
        self.beginResetModel()
        rows: list[Hit | str] = []
        for title, found in sections:
            rows.extend((title, *found) if found else ())
        self._rows = [*rows, *hits]
        self._snippets = [snippet_of(r) if isinstance(r, Hit) else ("", "", ()) for r in self._rows]
        count = 0
        self._numbers = []
        for row in self._rows:
            count += isinstance(row, Hit)
            numbered = isinstance(row, Hit) and count <= NUMBERED_ROWS
            self._numbers.append(count if numbered else None)
        self.endResetModel()

    def hit(self, row: int) -> Hit | None:
        found = self._rows[row] if 0 <= row < len(self._rows) else None
        return found if isinstance(found, Hit) else None

    def hits(self) -> list[Hit]:
        return [row for row in self._rows if isinstance(row, Hit)]

    def is_header(self, row: int) -> bool:
        return 0 <= row < len(self._rows) and isinstance(self._rows[row], str)

    def row_of(self, phrase_id: str) -> int:
        """The first row showing this phrase, or -1."""
        rows = enumerate(self._rows)
        return next((i for i, r in rows if isinstance(r, Hit) and r.phrase.id == phrase_id), -1)

    def row_of_number(self, number: int) -> int:
        """The row labelled `number` (Ctrl+number inserts it), or -1."""
        return self._numbers.index(number) if number in self._numbers else -1

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if index.isValid() and self.is_header(index.row()):
            return Qt.ItemFlag.ItemIsEnabled  # a caption: never selected, never inserted
        return super().flags(index)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = index.row() if index.isValid() else -1
        if self.is_header(row):
            title = self._rows[row]
            return title if role == Qt.ItemDataRole.DisplayRole else role == Role.HEADER or None
        hit = self.hit(row)
        if hit is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.phrase.label
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.phrase.body
        return self._role_data(index.row(), hit, role)

    def _role_data(self, row: int, hit: Hit, role: int) -> object:
        phrase: Phrase = hit.phrase
        field, line, spans = self._snippets[row]
        values: dict[int, object] = {
            Role.HIT: hit,
            Role.PHRASE: phrase,
            Role.LABEL_SPANS: label_spans(hit),
            Role.GROUP: phrase.group,
            Role.GROUP_SPANS: clean_spans(spans_of(hit, "group"), len(phrase.group)),
            Role.CODE: phrase.code,
            Role.CODE_SPANS: clean_spans(spans_of(hit, "code"), len(phrase.code)),
            Role.SNIPPET: line,
            Role.SNIPPET_SPANS: spans,
            Role.SNIPPET_FIELD: field,
            Role.NUMBER: self._numbers[row],
            Role.PICTURES: len(phrase.images),
        }
        return values.get(role)


class ResultDelegate(QStyledItemDelegate):
    """Draws a row: number, bold title, group, picture mark, code badge, and a dimmed
    highlighted snippet."""

    PADDING = 8
    NUMBER_WIDTH = 22
    LINE_GAP = 3

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:  # noqa: N802
        metrics = QFontMetrics(option.font)
        if index.data(Role.HEADER):
            return QSize(240, metrics.height() + self.PADDING)
        height = self.PADDING * 2 + metrics.height() * 2 + self.LINE_GAP + 2
        return QSize(240, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        if index.data(Role.HEADER):
            self._paint_header(painter, opt, str(index.data(Qt.ItemDataRole.DisplayRole)))
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_background(painter, opt)
        self._paint_row(painter, opt, index)
        painter.restore()

    def _paint_header(self, painter: QPainter, opt: QStyleOptionViewItem, title: str) -> None:
        """A section caption: small, bold, dimmed, with a hairline to its right."""
        painter.save()
        font = _smaller(opt.font, 0.85)
        font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        _, dim = _colors(opt.palette, False)
        painter.setPen(dim)
        rect = opt.rect.adjusted(self.PADDING, self.PADDING // 2, -self.PADDING, 0)
        used = QFontMetrics(font).horizontalAdvance(title)
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        line = QColor(dim)
        line.setAlpha(60)
        painter.setPen(line)
        y = rect.center().y()
        painter.drawLine(rect.left() + used + 8, y, rect.right(), y)
        painter.restore()

    def _paint_background(self, painter: QPainter, opt: QStyleOptionViewItem) -> None:
        """A rounded selection (or a faint hover) drawn from the palette, not the style."""
        palette: QPalette = opt.palette
        if opt.state & QStyle.StateFlag.State_Selected:
            fill = palette.color(QPalette.ColorRole.Highlight)
        elif opt.state & QStyle.StateFlag.State_MouseOver:
            fill = QColor(palette.color(QPalette.ColorRole.Text))
            fill.setAlpha(18)
        else:
            return
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(opt.rect.adjusted(0, 0, -1, 0), 6, 6)

    def _paint_row(self, painter: QPainter, opt: QStyleOptionViewItem, index: ModelIndex) -> None:
        rect: QRect = opt.rect.adjusted(self.PADDING, self.PADDING, -self.PADDING, -self.PADDING)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text, dim = _colors(opt.palette, selected)
        base: QFont = opt.font
        line_height = QFontMetrics(base).height()
        top = QRect(rect.left(), rect.top(), rect.width(), line_height)
        bottom = QRect(rect.left(), top.bottom() + 1 + self.LINE_GAP, rect.width(), line_height)
        number = index.data(Role.NUMBER)
        self._paint_number(painter, top, number, base, dim)
        top.setLeft(top.left() + self.NUMBER_WIDTH)
        bottom.setLeft(top.left())
        badge = self._paint_code(painter, top, index, base, text, selected)
        top.setRight(badge.left() - 8)
        pictures = int(index.data(Role.PICTURES) or 0)
        if pictures:  # the reply sends pictures too
            painter.setFont(_smaller(base, 0.9))  # the glyph is sized by the title's line
            left = paint_picture_mark(
                painter, QFontMetrics(base), pictures, top.right(), top.top(), dim
            )
            top.setRight(left - 8)
        self._paint_title(painter, top, index, base, text, dim)
        draw_highlighted(
            painter,
            bottom,
            index.data(Role.SNIPPET) or "",
            index.data(Role.SNIPPET_SPANS) or (),
            _smaller(base, 0.92),
            dim,
        )

    def _paint_number(
        self, painter: QPainter, rect: QRect, number: object, base: QFont, color: QColor
    ) -> None:
        if number is None:
            return
        painter.setFont(_smaller(base, 0.85))
        painter.setPen(color)
        box = QRect(rect.left(), rect.top(), self.NUMBER_WIDTH - 6, rect.height())
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(number))

    def _paint_title(
        self,
        painter: QPainter,
        rect: QRect,
        index: ModelIndex,
        base: QFont,
        text: QColor,
        dim: QColor,
    ) -> None:
        bold = QFont(base)
        bold.setWeight(QFont.Weight.Bold)
        label = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        used = draw_highlighted(
            painter, rect, label, index.data(Role.LABEL_SPANS) or (), bold, text
        )
        group = str(index.data(Role.GROUP) or "")
        room = rect.adjusted(used + 10, 0, 0, 0)
        if group and room.width() > 40:
            spans = index.data(Role.GROUP_SPANS) or ()
            draw_highlighted(painter, room, group, spans, _smaller(base, 0.85), dim)

    def _paint_code(
        self,
        painter: QPainter,
        rect: QRect,
        index: ModelIndex,
        base: QFont,
        text: QColor,
        selected: bool,
    ) -> QRect:
        """Draw the shortcut code as a small rounded badge at the right; returns its rect."""
        code = str(index.data(Role.CODE) or "")
        if not code:
            return QRect(rect.right() + 1, rect.top(), 0, rect.height())
        font = _smaller(base, 0.85)
        font.setFamilies(["Consolas", "Menlo", "DejaVu Sans Mono", "monospace"])
        metrics = QFontMetrics(font)
        width = metrics.horizontalAdvance(code) + 12
        height = metrics.height() + 2
        badge = QRect(rect.right() - width + 1, rect.center().y() - height // 2, width, height)
        fill = QColor(text)
        fill.setAlpha(40 if selected else 24)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(badge, 4, 4)
        draw_highlighted(
            painter, badge.adjusted(6, 0, 0, 0), code, index.data(Role.CODE_SPANS) or (), font, text
        )
        return badge


def _colors(palette: QPalette, selected: bool) -> tuple[QColor, QColor]:
    """(main, dimmed) text colours for a row, from the palette so dark themes just work."""
    role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
    main = palette.color(role)
    dim = QColor(main)
    dim.setAlpha(165)
    return main, dim


def _smaller(font: QFont, factor: float) -> QFont:
    smaller = QFont(font)
    if font.pointSizeF() > 0:
        smaller.setPointSizeF(font.pointSizeF() * factor)
    else:
        smaller.setPixelSize(max(int(font.pixelSize() * factor), 8))
    return smaller
