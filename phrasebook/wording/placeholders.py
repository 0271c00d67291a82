"""The wording check's placeholder findings, drawn from the template engine itself.

Two things go wrong with placeholders in practice: a bracket that does not close (the customer
gets "{客户" verbatim), and a name that looks like a profile name but is not one ({店铺名称},
{Shop_Name}, {costumer}): the engine then asks the agent for it at every insert instead of
filling it. Gaps the engine never fills (XXX, ＿＿) are ordinary rules in resources/rules/.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from phrasebook.templates import KNOWN_NAMES, placeholders, problems
from phrasebook.wording.rule_values import Finding

MALFORMED = "placeholder.malformed"
LOOKALIKE = "placeholder.lookalike"
#: Suffixes agents add to a known name ({店铺名称}), which make it an unknown one.
_SUFFIXES = ("名称", "名字", "称呼", "名稱", "稱呼")
_ASCII_KNOWN = {re.sub(r"[\s_\-]", "", n): n for n in KNOWN_NAMES if n.isascii()}

_TEXTS: dict[str, dict[str, tuple[str, str]]] = {
    "zh": {
        MALFORMED: (
            "占位符括号不完整，客户会看到原样的括号：{problem}",
            "补全括号；要显示括号本身请写两个，如 {{ 。",
        ),
        LOOKALIKE: (
            "“{name}”不是已知的占位符，不会自动填写，每次插入都要手动输入。",
            "改为 {{{known}}}。",
        ),
    },
    "ko": {
        MALFORMED: (
            "자리표시자 괄호가 맞지 않아 고객에게 괄호가 그대로 보입니다: {problem}",
            "괄호를 닫으세요. 괄호 자체는 {{ 처럼 두 번 쓰세요.",
        ),
        LOOKALIKE: (
            "“{name}”은(는) 알려진 자리표시자가 아니라 자동으로 채워지지 않습니다.",
            "{{{known}}}(으)로 바꾸세요.",
        ),
    },
    "en": {
        MALFORMED: (
            "A placeholder bracket is not closed, so the customer sees it as typed: {problem}",
            "Close the bracket; for a literal one write it twice, e.g. {{.",
        ),
        LOOKALIKE: (
            "“{name}” is not a known placeholder, so it is asked for at every insert.",
            "Write {{{known}}} instead.",
        ),
    },
}


def placeholder_findings(template: str, lang: str) -> list[Finding]:
    """Malformed brackets (error) and names that nearly match a known one (warning)."""
    texts = _TEXTS.get(lang, _TEXTS["en"])
    found = [_malformed(template, p.position, p.message, texts) for p in problems(template)]
    for name in placeholders(template):
        known = lookalike(name)
        if known is not None:
            found += _lookalikes(template, name, known, texts)
    return found


def lookalike(name: str) -> str | None:
    """The known name `name` was probably meant to be, or None (known, or plainly a field)."""
    stripped = name.strip()
    if stripped.lower() in KNOWN_NAMES or stripped in KNOWN_NAMES:
        return None
    for suffix in _SUFFIXES:
        base = stripped.removesuffix(suffix)
        if base != stripped and base in KNOWN_NAMES:
            return base
    if not stripped.isascii():
        return None
    key = re.sub(r"[\s_\-]", "", stripped.lower())
    for candidate in (key, key.removesuffix("name")):  # {Shop_Name}, {OrderNo}
        if candidate in _ASCII_KNOWN:
            return _ASCII_KNOWN[candidate]
    limit = 1 if len(key) < 6 else 2
    close = [n for k, n in _ASCII_KNOWN.items() if Levenshtein.distance(key, k) <= limit]
    return close[0] if len(key) >= 4 and close else None


def _malformed(template: str, at: int, message: str, texts: dict[str, tuple[str, str]]) -> Finding:
    explanation, suggestion = texts[MALFORMED]
    return Finding(
        rule=MALFORMED,
        severity="error",
        span=(at, at + 1),
        text=template[at : at + 1],
        explanation=explanation.format(problem=message),
        suggestion=suggestion.format(),
        category="placeholder",
    )


def _lookalikes(
    template: str, name: str, known: str, texts: dict[str, tuple[str, str]]
) -> list[Finding]:
    explanation, suggestion = texts[LOOKALIKE]
    spots = re.finditer(rf"[{{【]\s*{re.escape(name)}\s*(?:[:+|][^}}】]*)?[}}】]", template)
    return [
        Finding(
            rule=LOOKALIKE,
            severity="warning",
            span=m.span(),
            text=m.group(),
            explanation=explanation.format(name=name),
            suggestion=suggestion.format(known=known),
            category="placeholder",
        )
        for m in spots
    ]
