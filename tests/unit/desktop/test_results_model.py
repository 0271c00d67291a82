"""The result model's roles carry exactly the spans the search reported; the delegate draws them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QListView
from pytestqt.qtbot import QtBot

from desktop.phrase_widgets.highlight import (
    clean_spans,
    elide,
    matched_line,
    one_line,
    snippet,
    tidy_placeholders,
    utf16_spans,
)
from desktop.popup.results_model import ResultDelegate, ResultsModel, Role
from phrasebook import Hit, Match, Phrase, Phrasebook

# The offscreen QPA plugin cannot propagate size hints and warns; real platforms can.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")


def hit(phrase: Phrase, *matches: Match) -> Hit:
    return Hit(phrase, 1.0, tuple(matches))


def row_data(model: ResultsModel, row: int, role: int) -> object:
    return model.data(model.index(row), role)


@pytest.fixture
def model(qtbot: QtBot) -> ResultsModel:
    return ResultsModel()


SIZE = Phrase(
    id="p1",
    text="亲，{尺码}码的{颜色:红色|蓝色}有货哦",
    title="尺码有货",
    group="售前/库存",
    code="chyh",
    questions=("有没有XL码", "尺码还有吗"),
    tags=("库存",),
)


def test_display_and_plain_roles(model: ResultsModel) -> None:
    model.set_hits([hit(SIZE)])
    assert model.rowCount() == 1
    assert row_data(model, 0, Qt.ItemDataRole.DisplayRole) == "尺码有货"
    assert row_data(model, 0, Qt.ItemDataRole.ToolTipRole) == SIZE.text
    assert row_data(model, 0, Role.PHRASE) is SIZE
    assert row_data(model, 0, Role.GROUP) == "售前/库存"
    assert row_data(model, 0, Role.CODE) == "chyh"
    assert row_data(model, 0, Role.NUMBER) == 1
    assert model.data(QModelIndex(), Role.CODE) is None


def test_title_code_and_group_spans_come_from_the_hit(model: ResultsModel) -> None:
    found = hit(
        SIZE,
        Match("title", ((0, 2),)),
        Match("code", ((0, 2),)),
        Match("group", ((3, 5),)),
    )
    model.set_hits([found])
    assert row_data(model, 0, Role.HIT) is found
    assert row_data(model, 0, Role.LABEL_SPANS) == ((0, 2),)
    assert row_data(model, 0, Role.CODE_SPANS) == ((0, 2),)
    assert row_data(model, 0, Role.GROUP_SPANS) == ((3, 5),)


def test_body_spans_follow_the_tidied_snippet(model: ResultsModel) -> None:
    # "蓝色" sits inside the choice list, which the row shows as just "{颜色}".
    at = SIZE.text.index("蓝色")
    model.set_hits([hit(SIZE, Match("body", ((3, 5), (at, at + 2))))])
    line = row_data(model, 0, Role.SNIPPET)
    assert line == "亲，{尺码}码的{颜色}有货哦"
    assert row_data(model, 0, Role.SNIPPET_FIELD) == "body"
    assert row_data(model, 0, Role.SNIPPET_SPANS) == ((3, 5), (8, 12))


def test_a_question_match_shows_the_matched_question(model: ResultsModel) -> None:
    joined = "\n".join(SIZE.questions)
    at = joined.index("还有")
    model.set_hits([hit(SIZE, Match("questions", ((at, at + 2),)))])
    assert row_data(model, 0, Role.SNIPPET_FIELD) == "questions"
    assert row_data(model, 0, Role.SNIPPET) == "尺码还有吗"
    assert row_data(model, 0, Role.SNIPPET_SPANS) == ((2, 4),)


def test_an_untitled_phrase_is_labelled_and_highlighted_from_its_body(
    model: ResultsModel,
) -> None:
    untitled = Phrase(id="p2", text="  包邮的哦亲\n第二行")
    model.set_hits([hit(untitled, Match("body", ((2, 4),)))])
    assert row_data(model, 0, Qt.ItemDataRole.DisplayRole) == "包邮的哦亲"
    assert row_data(model, 0, Role.LABEL_SPANS) == ((0, 2),)


def test_only_nine_rows_are_numbered(model: ResultsModel) -> None:
    model.set_hits([hit(Phrase(id=f"p{n}", text=f"回复{n}")) for n in range(12)])
    assert [row_data(model, r, Role.NUMBER) for r in range(12)] == [*range(1, 10), None, None, None]


def test_set_hits_resets_and_finds_rows(qtbot: QtBot, model: ResultsModel) -> None:
    model.set_hits([hit(SIZE)])
    other = Phrase(id="p9", text="别的")
    with qtbot.waitSignal(model.modelReset, timeout=1000):
        model.set_hits([hit(other), hit(SIZE)])
    assert model.row_of("p1") == 1
    assert model.row_of("nope") == -1
    assert model.hit(5) is None
    assert [h.phrase.id for h in model.hits()] == ["p9", "p1"]


def test_real_search_hits_feed_the_roles(model: ResultsModel, book: Phrasebook) -> None:
    book.add("亲，这款是纯棉面料的", title="面料说明", code="ml")
    hits = book.search("面料", 10)
    model.set_hits(hits)
    spans = {m.field: m.spans for m in hits[0].matches}
    assert row_data(model, 0, Role.LABEL_SPANS) == clean_spans(spans.get("title", ()), 4)


def test_the_delegate_paints_rows_in_a_view(qtbot: QtBot, model: ResultsModel) -> None:
    view = QListView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setItemDelegate(ResultDelegate(view))
    model.set_hits([hit(SIZE, Match("title", ((0, 2),)), Match("code", ((0, 1),)))])
    view.resize(360, 200)
    view.setCurrentIndex(model.index(0))
    image = view.grab().toImage()
    assert not image.isNull()
    height = view.sizeHintForRow(0)
    assert height >= QFontMetrics(view.font()).height() * 2


# -- the pure span helpers ---------------------------------------------------------------------


def test_clean_spans_clips_sorts_merges_and_drops_empty() -> None:
    assert clean_spans([(5, 9), (0, 0), (1, 3), (2, 4), (8, 20)], 10) == ((1, 4), (5, 10))


def test_one_line_folds_whitespace_and_moves_spans() -> None:
    assert one_line("  亲\n\n  您好 呀 ", [(2, 3), (7, 9)]) == ("亲 您好 呀", ((0, 1), (2, 4)))


def test_snippet_skips_ahead_to_the_first_match() -> None:
    text = "一二三四五六七八九十甲乙丙丁"
    line, spans = snippet(text, [(12, 14)])
    assert line.startswith("…")
    assert [line[s:e] for s, e in spans] == ["丙丁"]


def test_tidy_placeholders_leaves_escaped_brackets_alone() -> None:
    assert tidy_placeholders("{{x}} 文本", [(6, 8)]) == ("{{x}} 文本", ((6, 8),))
    dated = "{日期+2:%m月%d日}到"
    assert tidy_placeholders(dated, [(13, 14)]) == ("{日期}到", ((4, 5),))
    # A match inside the cut-away format marks the whole short placeholder.
    assert tidy_placeholders(dated, [(10, 11)]) == ("{日期}到", ((0, 4),))


def test_matched_line_picks_the_line_with_the_match() -> None:
    assert matched_line("尺码\n怎么退货\n发货", [(5, 7)]) == ("怎么退货", ((2, 4),))
    assert matched_line("", []) == ("", ())


def test_utf16_spans_count_emoji_twice() -> None:
    assert utf16_spans("😊好的", [(1, 3)]) == ((2, 4),)
    assert utf16_spans("好的", [(0, 1)]) == ((0, 1),)


def test_elide_drops_spans_past_the_cut(qtbot: QtBot) -> None:
    metrics = QFontMetrics(QFont())
    text = "很长的回复" * 20
    shown, spans = elide(text, ((0, 2), (90, 95)), metrics, 80)
    assert shown.endswith("…")
    assert spans == ((0, 2),)
