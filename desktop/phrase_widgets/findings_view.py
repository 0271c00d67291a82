"""The wording check's findings under the preview: one short colored line each.

The line names the risk and the words ("Off-platform contact: “加微信”"); hovering shows why it
matters and the suggested rewording, so the list stays compact under the reply.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from phrasebook import Finding

#: Severity colors, readable on light and dark bases alike.
SEVERITY_COLORS = {
    "error": QColor(217, 48, 37),
    "warning": QColor(214, 137, 16),
    "info": QColor(61, 139, 253),
}
#: More rows than this are summed up in one "+N more" line (the tooltip lists them all).
MAX_ROWS = 3
_RANK = {"info": 0, "warning": 1, "error": 2}


class FindingsView(QWidget):
    """A compact list of wording findings; hidden when there are none."""

    def __init__(self, parent: QWidget | None = None, *, max_rows: int = MAX_ROWS) -> None:
        super().__init__(parent)
        self.setObjectName("findings")
        self._max_rows = max_rows
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self._findings: list[Finding] = []
        self.hide()

    def findings(self) -> list[Finding]:
        return list(self._findings)

    def rows(self) -> list[QLabel]:
        """The labels shown, in order (for tests and screenshots)."""
        items = (self._layout.itemAt(i) for i in range(self._layout.count()))
        return [w for item in items if item and isinstance(w := item.widget(), QLabel)]

    def set_findings(self, findings: list[Finding], where: Sequence[str] = ()) -> None:
        """Show `findings`; `where[i]` (e.g. "Row 3") heads the line of `findings[i]`."""
        if findings == self._findings and not where:
            return
        self._findings = list(findings)
        places = dict(zip(map(id, findings), where, strict=False))
        shown = sorted(findings, key=lambda f: -_RANK.get(f.severity, 0))  # errors first, stable
        for row in self.rows():
            self._layout.removeWidget(row)
            row.deleteLater()
        for finding in shown[: self._max_rows]:
            self._layout.addWidget(self._row(finding, places.get(id(finding), "")))
        if len(shown) > self._max_rows:
            more = shown[self._max_rows :]
            label = QLabel(self.tr("+{n} more").format(n=len(more)))
            label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            label.setToolTip("\n\n".join(self._tooltip(f) for f in more))
            self._layout.addWidget(label)
        self.setVisible(bool(findings))

    def _row(self, finding: Finding, where: str = "") -> QLabel:
        words = finding.text.strip() or "…"
        text = self.tr("{category}: “{words}”").format(
            category=self._category(finding.category), words=words
        )
        if where:
            text = f"{where} · {text}"
        label = self._label(text, finding.severity)
        label.setToolTip(self._tooltip(finding))
        return label

    def _label(self, text: str, severity: str) -> QLabel:
        color = SEVERITY_COLORS.get(severity, SEVERITY_COLORS["info"]).name()
        label = QLabel(f'<span style="color:{color}">●</span>&nbsp;{escape(text)}')
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setProperty("severity", severity)
        label.setStyleSheet(f"color: {color};")
        return label

    def _tooltip(self, finding: Finding) -> str:
        parts = [finding.explanation]
        if finding.suggestion:
            parts.append(self.tr("Suggestion: {text}").format(text=finding.suggestion))
        return "\n".join(parts)

    def _category(self, category: str) -> str:
        names = {
            "promise": self.tr("Promise"),
            "absolute": self.tr("Absolute claim"),
            "off_platform": self.tr("Off-platform"),
            "curt": self.tr("Curt reply"),
            "courtesy": self.tr("No courtesy"),
            "placeholder": self.tr("Placeholder"),
        }
        return names.get(category, category)
