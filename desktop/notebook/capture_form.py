"""The small form the capture hotkey opens: the question, who asked, and when it is due.

Prefilled from the chat window (selected text, the customer's nickname from the title, the
active shop). One key - Ctrl+Enter, or Enter outside the question box - sends the holding reply
("我帮您确认一下，5分钟内回复您") into the chat and saves the entry; Ctrl+S only saves.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from phrasebook.notebook.notebook_manager import DEFAULT_DUE_MINUTES

__all__ = ["CaptureForm", "CaptureValues"]


@dataclass(frozen=True)
class CaptureValues:
    """What the agent confirmed in the form."""

    question: str
    customer: str = ""
    shop: str = ""
    order_no: str = ""
    due_minutes: int = DEFAULT_DUE_MINUTES


class HoldingReply(Protocol):
    """Renders the holding reply for a number of minutes and a customer."""

    def __call__(self, minutes: float, customer: str) -> str: ...


class CaptureForm(QDialog):
    """Prefilled capture form.

    Signals:
        submitted(CaptureValues, bool): the agent saved; True when the holding reply should be
            inserted into the chat as well.
    """

    submitted = Signal(object, bool)

    def __init__(
        self,
        values: CaptureValues,
        shops: tuple[str, ...],
        holding_reply: HoldingReply,
        parent: QWidget | None = None,
        *,
        insert_limit: str | None = None,
    ) -> None:
        """`insert_limit`: why the holding reply cannot be sent to the chat here (None: it can)."""
        super().__init__(parent)
        self._holding_reply, self.insert_limit = holding_reply, insert_limit
        self.setWindowTitle(self.tr("Note a question"))
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint)
        self.setMinimumWidth(420)
        self._build(shops)
        self._fill(values)
        self._update_preview()

    # -- building ----------------------------------------------------------------------------

    def _build(self, shops: tuple[str, ...]) -> None:
        self.question = QPlainTextEdit(self)
        self.question.setTabChangesFocus(True)
        self.question.installEventFilter(self)  # Ctrl+Enter inside the box submits too
        self.question.setFixedHeight(72)
        self.customer = QLineEdit(self)
        self.shop = QComboBox(self, editable=True)
        self.shop.addItems(list(shops))
        self.order_no = QLineEdit(self)
        self.order_no.setPlaceholderText(self.tr("optional"))
        self.due = QSpinBox(self, minimum=1, maximum=24 * 60)
        self.due.setSuffix(self.tr(" min"))
        self.preview = QLabel(self, wordWrap=True)
        self.preview.setObjectName("holdingPreview")
        self.preview.setStyleSheet(
            "#holdingPreview { color: palette(placeholder-text); padding: 4px 0; }"
        )
        form = QFormLayout()
        form.addRow(self.tr("Question"), self.question)
        form.addRow(self.tr("Customer"), self.customer)
        form.addRow(self.tr("Shop"), self.shop)
        form.addRow(self.tr("Order number"), self.order_no)
        form.addRow(self.tr("Answer within"), self.due)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(self._buttons())
        self.due.valueChanged.connect(self._update_preview)
        self.customer.textChanged.connect(self._update_preview)

    def _buttons(self) -> QDialogButtonBox:
        box = QDialogButtonBox(self)
        self.reply_button = QPushButton(self.tr("Reply “later” and save"), self)
        self.reply_button.setDefault(True)
        self.reply_button.setToolTip(self.tr("Ctrl+Enter"))
        self.save_button = QPushButton(self.tr("Save only"), self)
        self.save_button.setToolTip(self.tr("Ctrl+S"))
        box.addButton(self.reply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        box.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        box.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.reply_button.clicked.connect(lambda: self._submit(True))
        self.save_button.clicked.connect(lambda: self._submit(False))
        box.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+S"), self, lambda: self._submit(False))
        return box

    def _fill(self, values: CaptureValues) -> None:
        self.question.setPlainText(values.question)
        self.customer.setText(values.customer)
        self.shop.setCurrentText(values.shop)
        self.order_no.setText(values.order_no)
        self.due.setValue(values.due_minutes)
        self.question.setFocus()
        self.question.selectAll()

    # -- behaviour ---------------------------------------------------------------------------

    def values(self) -> CaptureValues:
        return CaptureValues(
            question=self.question.toPlainText().strip(),
            customer=self.customer.text().strip(),
            shop=self.shop.currentText().strip(),
            order_no=self.order_no.text().strip(),
            due_minutes=self.due.value(),
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.question and _is_ctrl_enter(event):
            self._submit(True)
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if _is_ctrl_enter(event):
            self._submit(True)
            return
        super().keyPressEvent(event)

    def _update_preview(self) -> None:
        reply = self._holding_reply(self.due.value(), self.customer.text().strip())
        self.reply_button.setEnabled(bool(reply) and not self.insert_limit)
        if self.insert_limit:
            self.reply_button.setToolTip(self.insert_limit)
        if reply:
            self.preview.setText(self.tr("Sends: %1").replace("%1", reply))
        else:
            self.preview.setText(self.tr("No holding reply: add one to the 稍后答复 group."))

    def _submit(self, with_reply: bool) -> None:
        values = self.values()
        if not values.question:
            self.question.setFocus()
            self.question.setPlaceholderText(self.tr("Type or paste the customer's question"))
            return
        if with_reply and not self.reply_button.isEnabled():
            with_reply = False
        self.submitted.emit(values, with_reply)
        self.accept()


def _is_ctrl_enter(event: QEvent) -> bool:
    return (
        isinstance(event, QKeyEvent)
        and event.type() == QEvent.Type.KeyPress
        and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        and bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
    )
