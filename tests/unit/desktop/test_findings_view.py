"""The wording check in the preview: a compact colored list, the suggestion as tooltip."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCharFormat
from pytestqt.qtbot import QtBot

from desktop.phrase_widgets.findings_view import MAX_ROWS, SEVERITY_COLORS, FindingsView
from desktop.phrase_widgets.reply_preview import PreviewPane
from phrasebook import Finding, Phrasebook
from phrasebook.wording import EXTRA_RULES_SETTING

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


@pytest.fixture
def pane(qtbot: QtBot) -> PreviewPane:
    widget = PreviewPane()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def finding(severity: str = "error", text: str = "微信") -> Finding:
    return Finding(
        rule="zh.off_platform.contact",
        severity=severity,  # type: ignore[arg-type]
        span=(0, len(text)),
        text=text,
        explanation="站外联系违规",
        suggestion="留在平台内沟通",
        category="off_platform",
    )


def test_a_clean_phrase_shows_no_list(pane: PreviewPane, book: Phrasebook) -> None:
    pane.set_phrase(book, book.add("亲，今天下单明天发货哦"))
    assert pane.findings() == []
    assert pane.findings_view().isHidden()


def test_findings_are_listed_with_color_and_tooltip(pane: PreviewPane, book: Phrasebook) -> None:
    pane.set_phrase(book, book.add("亲，加微信发您全网最低价哦"))
    assert [f.rule for f in pane.findings()] == [
        "zh.off_platform.contact",
        "zh.absolute.grade",
    ]
    view = pane.findings_view()
    assert view.isVisible()
    rows = view.rows()
    assert len(rows) == 2
    assert "加微信" in rows[0].text()
    assert SEVERITY_COLORS["error"].name() in rows[0].text()
    assert "建议" in rows[0].toolTip() or "Suggestion" in rows[0].toolTip()
    assert pane.findings()[0].suggestion in rows[0].toolTip()


def test_flagged_words_are_underlined_in_the_preview(pane: PreviewPane, book: Phrasebook) -> None:
    pane.set_phrase(book, book.add("{客户}，保证明天到哦"))
    text = pane._text.toPlainText()
    at = text.index("保证")
    cursor = pane._text.textCursor()
    cursor.setPosition(at + 1)
    fmt = cursor.charFormat()
    assert fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    assert fmt.underlineColor() == SEVERITY_COLORS["warning"]


def test_editing_the_phrase_elsewhere_rechecks_on_refresh(
    pane: PreviewPane, book: Phrasebook
) -> None:
    phrase = book.add("亲，今天发货哦")
    pane.set_phrase(book, phrase)
    assert pane.findings() == []
    pane.set_phrase(book, book.update(phrase.id, text="亲，今天一定到哦"))
    assert [f.text for f in pane.findings()] == ["一定到"]
    pane.set_phrase(None, None)
    assert pane.findings() == []
    assert pane.findings_view().isHidden()


def test_a_broken_team_rule_file_does_not_break_the_preview(
    pane: PreviewPane, book: Phrasebook, tmp_path: Path
) -> None:
    broken = tmp_path / "team.json"
    broken.write_text(json.dumps({"rules": [{"id": "x"}]}), encoding="utf-8")
    book.set_setting(EXTRA_RULES_SETTING, str(broken))
    pane.set_phrase(book, book.add("亲，保证明天到哦"))
    assert pane.rendered() is not None
    assert pane.findings() == []


def test_many_findings_are_summed_up(qtbot: QtBot) -> None:
    view = FindingsView()
    qtbot.addWidget(view)
    view.set_findings([finding("warning", f"w{i}") for i in range(MAX_ROWS + 2)])
    rows = view.rows()
    assert len(rows) == MAX_ROWS + 1
    assert "+2" in rows[-1].text()
    assert "w4" not in rows[-1].text()
    view.set_findings([])
    assert view.rows() == []
    assert view.isHidden()
