"""Matched-character highlighting: which characters to mark, and how to draw them.

The core reports matches as (start, end) spans into a phrase's fields. The result list shows
one line per field, so the spans have to follow the text as it is cut down to that line:
whitespace folded, a lead-in trimmed, the end elided. The pure functions here do that remapping
(tested without a display); `draw_highlighted` paints the outcome with a QTextLayout, which
handles CJK font fallback and mixed scripts for us.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QTextCharFormat, QTextLayout

from phrasebook.templates.slots import Slot, analyze

Span = tuple[int, int]
Spans = tuple[Span, ...]

#: Translucent amber: readable under dark text on light rows, light text on dark rows, and on
#: the selection colour of every stock style.
HIGHLIGHT = QColor(255, 176, 0, 115)
#: Characters shown before the first match when a snippet has to skip ahead.
LEAD_CHARS = 6
ELLIPSIS = "…"


def clean_spans(spans: Iterable[Span], length: int) -> Spans:
    """Clip spans to `length`, drop empty ones, sort and merge overlaps."""
    merged: list[list[int]] = []
    for start, end in sorted((max(0, s), min(length, e)) for s, e in spans):
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return tuple((s, e) for s, e in merged)


def _remap(spans: Spans, mapping: list[int], length: int) -> Spans:
    """Move spans through `mapping` (old index -> new index)."""
    moved = ((mapping[s], mapping[e - 1] + 1) for s, e in spans)
    return clean_spans(moved, length)


def one_line(text: str, spans: Iterable[Span]) -> tuple[str, Spans]:
    """Fold every whitespace run (newlines included) into one space, keeping spans aligned."""
    out: list[str] = []
    mapping: list[int] = []  # index in `text` -> index in the folded line
    for char in text:
        if not char.isspace():
            mapping.append(len(out))
            out.append(char)
            continue
        if out and out[-1] != " ":
            out.append(" ")
        mapping.append(max(len(out) - 1, 0))
    if out and out[-1] == " ":
        out.pop()
    folded = "".join(out)
    good = clean_spans(spans, len(text))
    return folded, _remap(good, mapping, len(folded))


def tidy_placeholders(template: str, spans: Iterable[Span]) -> tuple[str, Spans]:
    """Show `{颜色:红色|蓝色}` or `{日期+2:%-m月%-d日}` as just `{颜色}` / `{日期}` in a list row.

    A match inside the cut part (a choice, a date format) marks the whole short placeholder.
    """
    out: list[str] = []
    starts: list[int] = []  # index in `template` -> where a span starting there starts now
    ends: list[int] = []  # ... and where a span ending on that character ends now
    for token in analyze(template).tokens:
        at = sum(map(len, out))
        if isinstance(token, Slot):
            raw = token.placeholder.raw
            short = f"{raw[0]}{token.name}{raw[-1]}"
            kept = len(short) - 1 if raw.startswith(short[:-1]) else 0
            starts.extend(at + i if i < kept else at for i in range(len(raw)))
            ends.extend(at + i + 1 if i < kept else at + len(short) for i in range(len(raw)))
            out.append(short)
        else:
            starts.extend(range(at, at + len(token)))
            ends.extend(range(at + 1, at + len(token) + 1))
            out.append(token)
    good = clean_spans(spans, len(template))
    if len(starts) != len(template):  # the analysis did not cover the text: show it as is
        return template, good
    tidy = "".join(out)
    return tidy, clean_spans(((starts[s], ends[e - 1]) for s, e in good), len(tidy))


def snippet(text: str, spans: Iterable[Span], lead: int = LEAD_CHARS) -> tuple[str, Spans]:
    """One line of a template that starts just before the first match, spans moved along."""
    tidy, tidy_spans = tidy_placeholders(text, spans)
    line, moved = one_line(tidy, tidy_spans)
    if not moved or moved[0][0] <= lead + len(ELLIPSIS):
        return line, moved
    cut = moved[0][0] - lead
    shifted = tuple((s - cut + 1, e - cut + 1) for s, e in moved)
    return ELLIPSIS + line[cut:], shifted


def matched_line(joined: str, spans: Iterable[Span]) -> tuple[str, Spans]:
    """The line of a "\\n"-joined list (questions, tags) that holds the first match."""
    good = clean_spans(spans, len(joined))
    start = 0
    target = good[0][0] if good else 0
    for line in joined.split("\n"):
        end = start + len(line)
        if start <= target <= end:
            inside = ((s - start, e - start) for s, e in good if s >= start and e <= end)
            return line, clean_spans(inside, len(line))
        start = end + 1
    return "", ()


def elide(text: str, spans: Spans, metrics: QFontMetrics, width: int) -> tuple[str, Spans]:
    """Cut `text` to `width` pixels with a trailing ellipsis, keeping only visible spans."""
    shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(width, 0))
    if shown == text:
        return text, spans
    visible = max(len(shown) - 1, 0)
    return shown, clean_spans(spans, visible)


def utf16_spans(text: str, spans: Iterable[Span]) -> Spans:
    """Spans in UTF-16 units, the way Qt counts: an emoji is one Python char but two QChars."""
    if text.isascii() or all(ord(char) < 0x10000 for char in text):
        return tuple(spans)
    offsets = [0]
    for char in text:
        offsets.append(offsets[-1] + (2 if ord(char) >= 0x10000 else 1))
    return tuple((offsets[min(s, len(text))], offsets[min(e, len(text))]) for s, e in spans)


def draw_highlighted(
    painter: QPainter,
    rect: QRect,
    text: str,
    spans: Spans,
    font: QFont,
    color: QColor,
) -> int:
    """Draw one elided line of `text` in `rect` with `spans` marked; returns the width used."""
    shown, visible = elide(text, spans, QFontMetrics(font), rect.width())
    layout = QTextLayout(shown, font)
    layout.setFormats(_formats(utf16_spans(shown, visible), font))
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(rect.width() + 4)  # elidedText already fits; slack avoids a re-wrap
    layout.endLayout()
    baseline_top = rect.top() + (rect.height() - line.height()) / 2
    painter.save()
    painter.setPen(color)
    layout.draw(painter, QPointF(rect.left(), baseline_top))
    painter.restore()
    return int(line.naturalTextWidth())


def _formats(spans: Spans, font: QFont) -> list[QTextLayout.FormatRange]:
    ranges = []
    for start, end in spans:
        fmt = QTextCharFormat()
        fmt.setBackground(HIGHLIGHT)
        fmt.setFontWeight(max(font.weight(), QFont.Weight.DemiBold))
        item = QTextLayout.FormatRange()
        item.start, item.length, item.format = start, end - start, fmt
        ranges.append(item)
    return ranges
