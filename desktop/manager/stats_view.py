"""The statistics tab: which replies are sent, which are not, and what this agent sends most.

Four tables over `book.usage` for one shop and period: most used, least used, unused for 90 days
(candidates to prune) and "I insert most" (this device only). Double-clicking a row opens the
phrase in the editor.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from phrasebook import Phrasebook
from phrasebook.usage_stats import PhraseUsage, UsageFilter

UNUSED_DAYS = 90
ROWS = 10
ID_ROLE = Qt.ItemDataRole.UserRole


class StatsView(QWidget):
    """Usage statistics with shop and period filters.

    Signals:
        phrase_activated(str): the agent double-clicked a phrase (its id).
    """

    phrase_activated = Signal(str)

    def __init__(self, book: Phrasebook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._book = book
        self.shop = QComboBox()
        self.period = QComboBox()
        for label, days in (
            (self.tr("Last 7 days"), 7),
            (self.tr("Last 30 days"), 30),
            (self.tr("Last 90 days"), 90),
            (self.tr("All time"), None),
        ):
            self.period.addItem(label, days)
        self.period.setCurrentIndex(1)
        self.summary = QLabel()
        self.summary.setObjectName("statsSummary")
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Shop")))
        bar.addWidget(self.shop)
        bar.addWidget(QLabel(self.tr("Period")))
        bar.addWidget(self.period)
        bar.addStretch(1)
        bar.addWidget(self.summary)
        self.most = self._table()
        self.least = self._table()
        self.unused = self._table()
        self.mine = self._table()
        grid = QGridLayout()
        for i, (title, table) in enumerate(
            (
                (self.tr("Most used"), self.most),
                (self.tr("Least used"), self.least),
                (self.tr("Unused for 90 days (candidates to prune)"), self.unused),
                (self.tr("What I insert most"), self.mine),
            )
        ):
            box = QVBoxLayout()
            box.addWidget(QLabel(f"<b>{title}</b>"))
            box.addWidget(table)
            grid.addLayout(box, i // 2, i % 2)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(grid, 1)
        self.shop.currentIndexChanged.connect(self.refresh)
        self.period.currentIndexChanged.connect(self.refresh)
        self._fill_shops()

    def filter(self) -> UsageFilter:
        shop = self.shop.currentData()
        return UsageFilter(shop=shop or None, days=self.period.currentData())

    def refresh(self) -> None:
        """Query again (after an insertion, a filter change, or when the tab is shown)."""
        self._fill_shops()
        usage, where = self._book.usage, self.filter()
        summary = usage.summary(where)
        self.summary.setText(
            self.tr("{uses} insertions · {used} of {total} phrases used")
            .replace("{uses}", str(summary.uses))
            .replace("{used}", str(summary.phrases_used))
            .replace("{total}", str(summary.phrases))
        )
        self._fill(self.most, usage.most_used(where, ROWS))
        self._fill(self.least, usage.least_used(where, ROWS))
        self._fill(self.unused, usage.unused(UNUSED_DAYS, where.shop)[: ROWS * 5])
        mine = UsageFilter(shop=where.shop, days=where.days, mine=True)
        self._fill(self.mine, usage.most_used(mine, ROWS))

    def rows(self, table: QTableWidget) -> list[tuple[str, str]]:
        """(label, uses) per row, as shown: what the tests read."""
        cells = [(table.item(r, 0), table.item(r, 2)) for r in range(table.rowCount())]
        return [(a.text(), b.text()) for a, b in cells if a is not None and b is not None]

    # -- internals -------------------------------------------------------------------------

    def _table(self) -> QTableWidget:
        table = QTableWidget(0, 4)
        table.setHorizontalHeaderLabels(
            [self.tr("Phrase"), self.tr("Group"), self.tr("Uses"), self.tr("Last used")]
        )
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        table.cellDoubleClicked.connect(
            lambda row, _col, t=table: self.phrase_activated.emit(t.item(row, 0).data(ID_ROLE))
        )
        return table

    def _fill(self, table: QTableWidget, rows: list[PhraseUsage]) -> None:
        table.setRowCount(len(rows))
        for r, usage in enumerate(rows):
            last = (
                datetime.fromtimestamp(usage.last_used).strftime("%Y-%m-%d")
                if usage.last_used
                else "—"
            )
            cells = (usage.phrase.label, usage.phrase.group or "—", str(usage.uses), last)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 0:
                    item.setData(ID_ROLE, usage.phrase.id)
                    item.setToolTip(usage.phrase.body)
                if c == 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(r, c, item)

    def _fill_shops(self) -> None:
        wanted = [""] + self._book.usage.shops()
        have = [self.shop.itemData(i) for i in range(self.shop.count())]
        if wanted == have:
            return
        current = self.shop.currentData()
        self.shop.blockSignals(True)
        self.shop.clear()
        self.shop.addItem(self.tr("All shops"), "")
        for shop in wanted[1:]:
            self.shop.addItem(shop, shop)
        self.shop.setCurrentIndex(max(0, self.shop.findData(current)))
        self.shop.blockSignals(False)
