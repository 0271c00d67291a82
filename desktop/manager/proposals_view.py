"""The "Proposals" tab: the supervisor's review queue for suggested team phrasebook changes.

Promoted notebook answers arrive (already scrubbed) as pending proposals in `book.proposals`.
Each shows what it would add and, for a new phrase, the wording check's findings on its text, so
a risky promise is caught before it reaches the whole team. The reviewer may edit the text, title,
group and questions, then accepts (the phrase is added to the team phrasebook) or rejects with a
note for the agent. Accepted and rejected ones stay listed as history.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.phrase_widgets.findings_view import FindingsView
from phrasebook import Phrasebook, PhrasebookError
from phrasebook.notebook.entries import Proposal

ID_ROLE = Qt.ItemDataRole.UserRole
FILTERS = ("pending", "accepted", "rejected")


class ProposalsView(QWidget):
    """Pending proposals with their findings; accept (after edits) or reject with a note.

    Signals:
        phrase_accepted(str): a proposal was applied; the id of the phrase it created or changed.
        message(str): a line for the status bar (what happened, or why it failed).
    """

    phrase_accepted = Signal(str)
    message = Signal(str)

    def __init__(self, book: Phrasebook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._book = book
        self._current: Proposal | None = None
        self.filter = QComboBox()
        for status, label in zip(FILTERS, self._filter_names(), strict=True):
            self.filter.addItem(label, status)
        self.list = QListWidget()
        self.list.setObjectName("proposalList")
        self.list.setSpacing(3)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.empty = QLabel(wordWrap=True)
        self.empty.setObjectName("proposalsEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._build_detail()
        self._layout()
        self.filter.currentIndexChanged.connect(lambda _: self.refresh())
        self.list.currentItemChanged.connect(lambda *_: self._show(self._chosen()))
        self.note.textChanged.connect(self._update_buttons)
        self.accept_button.clicked.connect(self.accept_current)
        self.reject_button.clicked.connect(self.reject_current)
        self.text.textChanged.connect(self._check)

    # -- building --------------------------------------------------------------------------

    def _build_detail(self) -> None:
        self.heading = QLabel()
        self.heading.setObjectName("proposalHeading")
        self.heading.setStyleSheet("font-weight: 600; font-size: 14px;")
        self.meta = QLabel()
        self.meta.setStyleSheet("color: palette(placeholder-text);")
        self.title = QLineEdit()
        self.group = QComboBox(editable=True)
        self.text = QPlainTextEdit()
        self.text.setObjectName("proposalText")
        self.text.setMaximumHeight(150)
        self.questions = QPlainTextEdit(placeholderText=self.tr("One customer question per line"))
        self.questions.setMaximumHeight(70)
        self.target = QLabel(wordWrap=True)
        self.findings = FindingsView()
        self.clean = QLabel(self.tr("✓ No risky wording found"))
        self.clean.setStyleSheet("color: #2e9d6a;")
        self.note = QLineEdit(placeholderText=self.tr("Note to the agent (required to reject)"))
        self.accept_button = QPushButton(self.tr("Accept"))
        self.accept_button.setDefault(True)
        self.reject_button = QPushButton(self.tr("Reject"))
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addRow(self.tr("Title"), self.title)
        self.form.addRow(self.tr("Group"), self.group)
        self.form.addRow(self.tr("Text"), self.text)
        self.findings_box = self._findings_box()
        self.form.addRow(self.tr("Wording check"), self.findings_box)
        self.form.addRow(self.tr("Customer questions"), self.questions)
        self.form.addRow(self.tr("Add to phrase"), self.target)
        self.form.addRow(self.tr("Note"), self.note)

    def _findings_box(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.findings)
        layout.addWidget(self.clean)
        return box

    def _layout(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter)
        left_layout.addWidget(self.list, 1)
        self.detail = QWidget()
        detail = QVBoxLayout(self.detail)
        detail.addWidget(self.heading)
        detail.addWidget(self.meta)
        detail.addLayout(self.form)
        detail.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reject_button)
        buttons.addWidget(self.accept_button)
        detail.addLayout(buttons)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.empty, 1)
        right_layout.addWidget(self.detail, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([340, 760])
        QVBoxLayout(self).addWidget(split)

    # -- public ----------------------------------------------------------------------------

    def pending_count(self) -> int:
        return len(self._book.proposals.list("pending"))

    def refresh(self) -> None:
        """Reload the list for the chosen status, keeping the current proposal if it stays."""
        keep = self._current.id if self._current is not None else None
        status = self.filter.currentData()
        proposals = self._book.proposals.list(status)
        if status != "pending":
            proposals.reverse()  # the queue is worked oldest first; history shows newest first
        self.list.blockSignals(True)
        self.list.clear()
        for proposal in proposals:
            self.list.addItem(self._item(proposal))
        rows = [p.id for p in proposals]
        self.list.setCurrentRow(rows.index(keep) if keep in rows else 0 if rows else -1)
        self.list.blockSignals(False)
        chosen = self._chosen()
        if chosen is None or self._current is None or chosen != self._current:
            self._show(chosen)  # an unchanged proposal keeps the reviewer's unsaved edits

    def accept_current(self) -> None:
        proposal = self._current
        if proposal is None or proposal.status != "pending":
            return
        try:
            phrase = self._book.proposals.accept(
                proposal.id, self.note.text().strip(), **self._edits(proposal)
            )
        except PhrasebookError as exc:
            self.message.emit(str(exc))
            return
        self._current = None
        self.message.emit(
            self.tr("Accepted: “{name}” is in the team phrasebook").replace("{name}", phrase.label)
        )
        self.phrase_accepted.emit(phrase.id)
        self.refresh()

    def reject_current(self) -> None:
        proposal = self._current
        note = self.note.text().strip()
        if proposal is None or proposal.status != "pending" or not note:
            return
        try:
            self._book.proposals.reject(proposal.id, note)
        except PhrasebookError as exc:
            self.message.emit(str(exc))
            return
        self._current = None
        self.message.emit(self.tr("Rejected; the agent sees your note"))
        self.refresh()

    # -- internals -------------------------------------------------------------------------

    def _chosen(self) -> Proposal | None:
        item = self.list.currentItem()
        return self._book.proposals.get(str(item.data(ID_ROLE))) if item is not None else None

    def _show(self, proposal: Proposal | None) -> None:
        self._current = proposal
        self.detail.setVisible(proposal is not None)
        self.empty.setVisible(proposal is None)
        self.empty.setText(self._empty_text())
        if proposal is None:
            return
        data = proposal.payload
        new = proposal.kind == "new_phrase"
        self.heading.setText(self._kind_name(proposal))
        self.meta.setText(self._meta_line(proposal))
        self.group.clear()
        self.group.addItems(["", *(g.path for g in self._book.groups())])
        self.group.setCurrentText(str(data.get("group", "")))
        self.title.setText(str(data.get("title", "")))
        self.text.setPlainText(str(data.get("text", "")))
        questions = data.get("questions") or [data.get("question", "")]
        self.questions.setPlainText("\n".join(str(q) for q in questions if q))
        self.target.setText(self._target_text(proposal))
        for widget in (self.title, self.group, self.text):
            self.form.setRowVisible(widget, new)
        self.form.setRowVisible(self.findings_box, new)
        self.form.setRowVisible(self.target, not new)
        self._show_state(proposal)
        self._check()

    def _show_state(self, proposal: Proposal) -> None:
        pending = proposal.status == "pending"
        for widget in (self.title, self.group, self.text, self.questions, self.note):
            widget.setEnabled(pending)
        self.note.setText("" if pending else proposal.note)
        self.accept_button.setVisible(pending)
        self.reject_button.setVisible(pending)
        self._update_buttons()

    def _check(self) -> None:
        proposal = self._current
        if proposal is None or proposal.kind != "new_phrase":
            self.findings.set_findings([])
            self.clean.hide()
            return
        text = self.text.toPlainText()
        found = self._book.check(text, str(proposal.payload.get("lang", "zh-Hans")))
        self.findings.set_findings(found)
        self.clean.setVisible(not found and bool(text.strip()))

    def _edits(self, proposal: Proposal) -> dict[str, Any]:
        """The payload fields the reviewer changed."""
        data = proposal.payload
        lines = [q.strip() for q in self.questions.toPlainText().splitlines() if q.strip()]
        if proposal.kind == "add_question":
            wanted: dict[str, Any] = {"question": lines[0] if lines else ""}
        else:
            wanted = {
                "text": self.text.toPlainText(),
                "title": self.title.text().strip(),
                "group": self.group.currentText().strip(),
                "questions": lines,
            }
        return {k: v for k, v in wanted.items() if data.get(k, "" if k != "questions" else []) != v}

    def _update_buttons(self) -> None:
        self.reject_button.setEnabled(bool(self.note.text().strip()))

    def _item(self, proposal: Proposal) -> QListWidgetItem:
        marks = {"accepted": "✓ ", "rejected": "✗ "}
        data = proposal.payload
        question = str((data.get("questions") or [data.get("question", "")])[0])
        answer = str(data.get("text", "")) or self._target_text(proposal)
        first = marks.get(proposal.status, "") + (question or str(data.get("title", "")))
        item = QListWidgetItem(f"{first}\n   → {' '.join(answer.split())[:26]}")
        item.setData(ID_ROLE, proposal.id)
        item.setToolTip(self._meta_line(proposal))
        return item

    def _target_text(self, proposal: Proposal) -> str:
        phrase_id = str(proposal.payload.get("phrase_id", ""))
        if not phrase_id:
            return ""
        try:
            phrase = self._book.get(phrase_id)
        except PhrasebookError:
            return self.tr("(the phrase no longer exists)")
        return f"{phrase.label} — {' '.join(phrase.body.split())[:60]}"

    def _meta_line(self, proposal: Proposal) -> str:
        author = proposal.author or self.tr("an agent")
        line = self.tr("From {author} · {when}").replace("{author}", author)
        line = line.replace("{when}", _when(proposal.created))
        if proposal.status != "pending":
            status = dict(zip(FILTERS, self._filter_names(), strict=True))[proposal.status]
            line += f" · {status} {_when(proposal.updated)}"
        return line

    def _kind_name(self, proposal: Proposal) -> str:
        if proposal.kind == "new_phrase":
            return self.tr("New phrase")
        return self.tr("New customer question for an existing phrase")

    def _empty_text(self) -> str:
        if self.filter.currentData() == "pending":
            return self.tr(
                "Nothing to review. Answers promoted from the notebook appear here for the "
                "supervisor to accept, edit or reject."
            )
        return self.tr("No proposals here yet.")

    def _filter_names(self) -> list[str]:
        return [self.tr("Pending"), self.tr("Accepted"), self.tr("Rejected")]


def _when(stamp: str) -> str:
    """The wall-clock time of a clock stamp ("1712345678901-00000-device")."""
    try:
        wall_ms = int(stamp.split("-", maxsplit=1)[0])
        return datetime.fromtimestamp(wall_ms / 1000).strftime("%Y-%m-%d %H:%M")
    except (ValueError, OSError):
        return ""
