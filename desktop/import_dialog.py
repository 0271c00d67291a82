"""The import preview: what a file would add, update or duplicate, before anything is written.

The phrase manager and the tray open it with a file path. The user can correct the column
mapping of a spreadsheet and choose what happens to duplicates; every change re-runs the dry
run (`Phrasebook.import_file(..., dry_run=True)`), and Import runs the same call for real, as
one transaction. Each row shows its brackets, fields highlighted; a click turns one into text
(the shop's label) or back, for that row's import.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.phrase_widgets.bracket_bar import BracketBar
from desktop.phrase_widgets.findings_view import FindingsView
from phrasebook import ImportReport, Phrasebook, PhrasebookError, brackets, importing
from phrasebook.importing.columns import FIELDS

PREVIEW_ROWS = 500
#: Findings listed one per line under the table; the rest are summed up in a "+N more" line.
FINDING_ROWS = 6
BRACKET_COLUMN = 6


class ImportDialog(QDialog):
    """Preview and run the import of one file.

    Signals:
        imported(object): the ImportReport of a finished import.
    """

    imported = Signal(object)

    def __init__(self, book: Phrasebook, path: str | Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book, self.path = book, Path(path)
        self.report: ImportReport | None = None
        self.format: str | None = None
        self._mapping_boxes: dict[str, QComboBox] = {}
        #: Row texts rewritten by a click on a bracket (field <-> text), by line; imported so.
        self.texts: dict[int, str] = {}
        self.setWindowTitle(self.tr("Import phrases"))
        self.resize(760, 520)
        self.source_label = QLabel()
        self.mapping = QWidget()
        self.mapping_form = QFormLayout(self.mapping)
        self.policy = QComboBox()
        for key, label in self._policies():
            self.policy.addItem(label, key)
        self.policy.currentIndexChanged.connect(self.refresh)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = self._make_table()
        self.findings_caption = QLabel(self.tr("Wording check:"))
        self.findings = FindingsView(max_rows=FINDING_ROWS)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        self._detect()

    def _policies(self) -> list[tuple[str, str]]:
        return [
            ("skip", self.tr("Skip duplicates")),
            ("keep", self.tr("Keep both")),
            ("update", self.tr("Update the existing phrase")),
        ]

    def _field_labels(self) -> dict[str, str]:
        return {
            "": self.tr("(ignore)"),
            "group": self.tr("Group"),
            "code": self.tr("Shortcut code"),
            "text": self.tr("Phrase text"),
            "title": self.tr("Title"),
            "tags": self.tr("Tags"),
            "questions": self.tr("Customer questions"),
            "lang": self.tr("Language"),
            "image": self.tr("Image"),
            "id": self.tr("ID"),
        }

    def _make_table(self) -> QTableWidget:
        headers = [self.tr("Row"), self.tr("Action"), self.tr("Group"), self.tr("Code")]
        headers += [self.tr("Phrase"), self.tr("Matches"), self.tr("Fields (click to switch)")]
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        return table

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.source_label)
        layout.addWidget(self.mapping)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Duplicates (same text, or same code in the same group):")))
        row.addWidget(self.policy, 1)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.findings_caption)
        layout.addWidget(self.findings)
        layout.addWidget(self.buttons)

    # -- detection and mapping ---------------------------------------------------------------

    def _detect(self) -> None:
        try:
            source = importing.detect(self.path)
        except PhrasebookError as exc:
            self._show_error(str(exc))
            return
        self.format = source.format
        self.source_label.setText(
            self.tr("File: {name} — format: {format}")
            .replace("{name}", self.path.name)
            .replace("{format}", source.format)
        )
        self._build_mapping(source.headers, source.mapping)
        self.refresh()

    def _build_mapping(self, headers: tuple[str, ...], mapping: dict[str, str]) -> None:
        self.mapping.setVisible(bool(headers))
        labels = self._field_labels()
        for header in headers:
            if not header:
                continue
            box = QComboBox()
            for field in ("", *FIELDS):
                box.addItem(labels[field], field)
            box.setCurrentIndex(max(0, box.findData(mapping.get(header, ""))))
            box.currentIndexChanged.connect(self.refresh)
            self._mapping_boxes[header] = box
            self.mapping_form.addRow(self.tr("Column “{name}”:").replace("{name}", header), box)

    def chosen_mapping(self) -> dict[str, str]:
        return {h: str(box.currentData()) for h, box in self._mapping_boxes.items()}

    # -- preview and import ------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-run the dry run with the current mapping and duplicate policy."""
        try:
            report = self.book.import_file(
                self.path,
                format=self.format,
                mapping=self.chosen_mapping() or None,
                on_duplicate=self.policy.currentData(),
                dry_run=True,
                texts=self.texts,
            )
        except PhrasebookError as exc:
            self._show_error(str(exc))
            return
        self.report = report
        self._show_report(report)

    def _show_report(self, report: ImportReport) -> None:
        self.summary.setStyleSheet("")
        self.summary.setText(
            self.tr("New: {a} · Updated: {u} · Unchanged: {s} · Duplicates: {d} (skipped: {k})")
            .replace("{a}", str(report.added))
            .replace("{u}", str(report.updated))
            .replace("{s}", str(report.unchanged))
            .replace("{d}", str(report.duplicates))
            .replace("{k}", str(report.skipped))
        )
        self._fill_table(report)
        self.findings_caption.setVisible(bool(report.findings))
        self.findings.set_findings(
            [row.finding for row in report.findings],
            [self.tr("Row {n}").format(n=row.line) for row in report.findings],
        )
        self.import_button.setEnabled(bool(report.added or report.updated))

    def _fill_table(self, report: ImportReport) -> None:
        actions = {
            "add": self.tr("New"),
            "update": self.tr("Update"),
            "unchanged": self.tr("Unchanged"),
            "skip": self.tr("Skip"),
        }
        reasons = {
            "same text": self.tr("same text"),
            "same code and group": self.tr("same code and group"),
            "same id": self.tr("same id"),
        }
        items = report.items[:PREVIEW_ROWS]
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            match = ""
            if item.duplicate_of is not None:
                match = f"{reasons.get(item.reason, item.reason)}: {item.duplicate_of.label}"
            cells = (
                str(item.line),
                actions[item.action],
                item.phrase.group,
                item.phrase.code,
                " ".join(item.phrase.text.split()),
                match,
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if item.action == "skip":
                    cell.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(row, column, cell)
            self._bracket_cell(row, item.line, item.phrase.text)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)

    def _bracket_cell(self, row: int, line: int, text: str) -> None:
        """The row's brackets as toggles; a click rewrites that row's text and previews again."""
        if not brackets(text):
            self.table.removeCellWidget(row, BRACKET_COLUMN)
            return
        bar = BracketBar(caption=False)
        self.table.setCellWidget(row, BRACKET_COLUMN, bar)  # parented first: never a window
        bar.set_text(text)
        bar.text_changed.connect(lambda new, line=line: self._rewrite(line, new))

    def _rewrite(self, line: int, text: str) -> None:
        self.texts[line] = text
        QTimer.singleShot(0, self.refresh)  # not from inside the clicked button's own signal

    def _show_error(self, message: str) -> None:
        self.report = None
        self.summary.setStyleSheet("color: #b3261e;")
        self.summary.setText(message)
        self.table.setRowCount(0)
        self.findings_caption.hide()
        self.findings.set_findings([])
        self.import_button.setEnabled(False)

    def run_import(self) -> None:
        """Import for real with the previewed choices; stays open with the error on failure."""
        try:
            report = self.book.import_file(
                self.path,
                format=self.format,
                mapping=self.chosen_mapping() or None,
                on_duplicate=self.policy.currentData(),
                texts=self.texts,
            )
        except PhrasebookError as exc:
            self._show_error(str(exc))
            return
        self.report = report
        self.imported.emit(report)
        self.accept()


def choose_and_import(book: Phrasebook, parent: QWidget | None = None) -> ImportReport | None:
    """Ask for a file, then preview and import it; the report, or None when cancelled."""
    from desktop.file_dialogs import ask_open_file

    # Literal translate() calls, so lupdate extracts them (a local tr() helper it cannot see).
    phrase_files = QCoreApplication.translate("ImportDialog", "Phrase files")
    all_files = QCoreApplication.translate("ImportDialog", "All files")
    title = QCoreApplication.translate("ImportDialog", "Import phrases")
    patterns = "*.xlsx *.csv *.txt *.md *.docx *.yml *.yaml *.jsonl"
    filters = f"{phrase_files} ({patterns});;{all_files} (*)"
    path = ask_open_file(parent, title, filters)
    if not path:
        return None
    dialog = ImportDialog(book, path, parent)
    return dialog.report if dialog.exec() == QDialog.DialogCode.Accepted else None
