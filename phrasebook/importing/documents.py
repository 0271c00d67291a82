"""Training documents (txt, md, and docx through docx.py) turned into phrases in scenario groups.

What counts as a phrase: a quotation (“…”, 「…」, "…") that reads like a reply (long enough, with
sentence punctuation), and list items (* - ◇ •) in a section whose heading says it holds phrases
(常用语, 话术, 场景, ...) or anywhere in Markdown. Headings (场景1:…, 一、…, (一)…, 1、…, ### …)
name the groups: the last two levels form the group path. Bracket placeholders such as 【店铺名】
are kept as they are; the template engine reads them as fields. Download-site boilerplate
(VIP notices, copyright lines, links) is dropped before anything else looks at the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

MIN_PHRASE_CHARS = 8
#: In Markdown every list item is meant as a phrase, so short ones ("好的~") count too.
MIN_LIST_ITEM_CHARS = 2
MAX_HEADING_CHARS = 24
BOILERPLATE = re.compile(
    r"本站|本文档|VIP|下载|版权|侵权|付费|book118|原创力|文档贡献者|实名认证|查看更多|文档评论|"
    r"相关文档|举报|投注|官网|网址|https?://|www\.|\.docx|\.pptx?|关注$|上一页|下一页",
    re.IGNORECASE,
)
_TAGS = re.compile(r"<[^>]{1,200}>")
_BULLETS = "*-+•◇◆●■□▪·"
_SPLIT_BULLETS = re.compile(r"(?=[◇◆●■□▪•])")
_QUOTES = re.compile(r"“([^“”]+)”|「([^「」]+)」|『([^『』]+)』|\"([^\"\n]+)\"")
_SENTENCE = re.compile(r"[，,。.！!？?~～…]")
_CLAUSE = re.compile(r"[。！!？?，,；;]")
_END = re.compile(r"^(.*[。！!？?~～…)）])")
_CN_NUM = "一二三四五六七八九十"
_HEADINGS: tuple[tuple[re.Pattern[str], int], ...] = (
    (re.compile(r"^(#{1,6})\s+(.+)$"), 0),  # level = number of #
    (re.compile(rf"^第[{_CN_NUM}\d]+[章节部分]\s*(.+)$"), 1),
    (re.compile(rf"^[{_CN_NUM}]+\s*[、.．]\s*(.+)$"), 1),
    (re.compile(rf"^[（(][{_CN_NUM}\d]+[)）]\s*(.+)$"), 2),
    (re.compile(r"^(?:场景|情景|場景)\s*\d+\s*[:：.、]\s*(.+)$"), 3),
    (re.compile(r"^\d{1,2}\s*[、.．,)）]\s*(.+)$"), 3),
)
#: Headings of sections whose list items are phrases (Chinese, Korean, English).
_PHRASE_SECTION = re.compile(
    r"常用语|用语|话术|話術|回复|回覆|模板|示范|范例|例句|场景|場景|快捷|"
    r"멘트|예시|문구|phrase|repl|template|example|scenario",
    re.IGNORECASE,
)
_TRAILING_HEADING = re.compile(r"(?:^|[^\d.])\d{1,2}[.、]\s*([^\d\s.、◇]{2,12})$")


@dataclass(frozen=True, slots=True)
class Found:
    """A phrase found on `line`, in the group named by the headings above it."""

    line: int
    group: str
    text: str


def find_phrases(lines: Iterable[str], *, lists_are_phrases: bool = False) -> list[Found]:
    """Phrases with their groups, in document order, each (group, text) once."""
    stack: list[tuple[int, str]] = []
    seen: set[tuple[str, str]] = set()
    found: list[Found] = []
    for number, piece in _pieces(lines):
        heading = _heading(piece)
        if heading is not None:
            _push(stack, heading)
            continue
        if BOILERPLATE.search(piece):
            _trailing_heading(stack, piece)  # slide dumps glue headings onto site chrome
            continue
        group = "/".join(name for _, name in stack[-2:])
        in_phrases = lists_are_phrases or any(_PHRASE_SECTION.search(n) for _, n in stack)
        for text in _phrases_in(piece, in_phrases, stack, lists_are_phrases):
            if (group, text) not in seen:
                seen.add((group, text))
                found.append(Found(number, group, text))
    return found


def _pieces(lines: Iterable[str]) -> Iterator[tuple[int, str]]:
    """Cleaned lines, with inline bullets (◇ in slide dumps) split into their own pieces."""
    for number, raw in enumerate(lines, start=1):
        line = _TAGS.sub("", raw).strip()
        if not line or BOILERPLATE.search(line) and not _QUOTES.search(line):
            continue
        for piece in _SPLIT_BULLETS.split(line):
            if piece.strip():
                yield number, piece.strip()


def _heading(piece: str) -> tuple[int, str] | None:
    for pattern, level in _HEADINGS:
        match = pattern.match(piece)
        if match:
            name = match.group(match.lastindex or 1).strip().rstrip(":：").strip()
            if level == 0:
                return len(match.group(1)), _clean_name(name)
            if pattern is _HEADINGS[4][0] or _short_title(name):
                return level, _clean_name(name)
    return None


def _short_title(name: str) -> bool:
    """A numbered line is a heading when it is short and not a sentence."""
    return 0 < len(name) <= MAX_HEADING_CHARS and not _CLAUSE.search(name)


def _clean_name(name: str) -> str:
    return name.replace("/", "／").strip()[:MAX_HEADING_CHARS] or "-"


def _push(stack: list[tuple[int, str]], heading: tuple[int, str]) -> None:
    level, name = heading
    while stack and stack[-1][0] >= level:
        stack.pop()
    if not BOILERPLATE.search(name):
        stack.append(heading)


def _phrases_in(
    piece: str, in_phrases: bool, stack: list[tuple[int, str]], markdown: bool
) -> list[str]:
    quoted = [q for q in _quotes(piece) if _reads_like_reply(q)]
    _trailing_heading(stack, piece)  # slide dumps glue the next heading on: "...谢谢!1.售后常用语"
    if quoted or piece[0] not in _BULLETS:
        return quoted
    item, _ = _split_tail(piece.lstrip(_BULLETS).strip(' “”"「」'))
    shortest = MIN_LIST_ITEM_CHARS if markdown else MIN_PHRASE_CHARS
    if in_phrases and len(item) >= shortest and not item.endswith((":", "：")):
        return [item]
    return []


def _trailing_heading(stack: list[tuple[int, str]], tail: str) -> None:
    trailing = _TRAILING_HEADING.search(tail)
    if trailing:
        _push(stack, (3, _clean_name(trailing.group(1))))


def _quotes(piece: str) -> list[str]:
    found = [next(g for g in m.groups() if g is not None) for m in _QUOTES.finditer(piece)]
    if not found and piece.count('"') == 1:  # an opening quote whose closing one got lost
        found = [piece.split('"', 1)[1]]
    return [q.strip() for q in found]


def _reads_like_reply(text: str) -> bool:
    return len(text) >= MIN_PHRASE_CHARS and bool(_SENTENCE.search(text))


def _split_tail(item: str) -> tuple[str, str]:
    """The item up to its last sentence end, and whatever trails it."""
    match = _END.match(item)
    return (match.group(1), item[match.end() :]) if match else (item, "")


def guess_lang(text: str) -> str:
    """zh-Hans, zh-Hant, ko or en, from the script of the text."""
    if re.search(r"[\uac00-\ud7a3]", text):
        return "ko"
    if not re.search(r"[\u4e00-\u9fff]", text):
        return "en"
    import opencc

    return "zh-Hant" if opencc.OpenCC("t2s").convert(text) != text else "zh-Hans"
