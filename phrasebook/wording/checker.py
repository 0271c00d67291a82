"""The wording check: which rule set a reply gets, how it is prepared, and the cached checkers.

A reply's language is the phrase's own (zh-Hans and zh-Hant share the "zh" rules) or, when not
given, guessed from its script. Chinese replies are matched in Simplified form (OpenCC, one
character for one), and full-width letters are folded, so 保證 and ＱＱ are caught by the rules
written as 保证 and QQ; the spans still point into the text as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

import opencc

from phrasebook.wording.matcher import LanguageMatcher, rules_for
from phrasebook.wording.placeholders import placeholder_findings
from phrasebook.wording.rule_values import Finding, Rule
from phrasebook.wording.rules import (
    RULE_LANGS,
    RuleFileError,
    merge,
    read_rule_file,
    shipped_paths,
)

_T2S = opencc.OpenCC("t2s")
_HANGUL = re.compile("[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")
#: Full-width ASCII (ＱＱ，１２３) to ASCII, and the ideographic space to a space.
_FOLD = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


def rule_lang(lang: str | None, text: str) -> str:
    """The rule set for a phrase language ("zh-Hant" -> "zh"), or guessed from the text."""
    if lang:
        base = lang.split("-")[0].lower()
        if base in RULE_LANGS:
            return base
    if _HANGUL.search(text):
        return "ko"
    return "zh" if _HAN.search(text) else "en"


def fold(text: str, lang: str) -> str:
    """`text` prepared for matching, with the same length so spans carry over."""
    folded = text.translate(_FOLD)
    if lang == "zh":
        simplified = str(_T2S.convert(folded))
        if len(simplified) == len(folded):  # t2s is one-for-one but for rare phrases
            return simplified
    return folded


class Checker:
    """Checks replies against a fixed list of rules; build one with `checker_for`."""

    def __init__(self, rules: Sequence[Rule]) -> None:
        self.rules = tuple(rules)
        self._matchers: dict[str, LanguageMatcher] = {}

    def check(self, text: str, lang: str | None = None, *, template: bool = True) -> list[Finding]:
        """Every finding in `text`, by position (the most serious first at the same spot).

        Args:
            text: a reply or phrase template.
            lang: the phrase's language ("zh-Hans", "ko"...); None guesses from the text.
            template: also check placeholders (malformed, look-alike names); False for a
                text that has been rendered already.
        """
        chosen = rule_lang(lang, text)
        found = self._matcher(chosen).find(text, fold(text, chosen), chosen)
        if template and ("{" in text or "【" in text or "}" in text or "】" in text):
            found += placeholder_findings(text, chosen)
        return sorted(found, key=lambda f: (f.start, _SEVERITY_ORDER[f.severity], f.end))

    def _matcher(self, lang: str) -> LanguageMatcher:
        matcher = self._matchers.get(lang)
        if matcher is None:
            matcher = self._matchers[lang] = LanguageMatcher(rules_for(self.rules, lang))
        return matcher


def checker_for(extra: Iterable[str | Path] = ()) -> Checker:
    """The checker for the shipped rules plus a team's rule files, in order (later ones win).

    Cached by the team files' paths, sizes and modification times, so an edited team file is
    picked up on the next check and an unchanged one costs one stat(); the shipped files are
    read once per process.
    """
    shipped = tuple((p, 0, 0) for p in shipped_paths())
    team = tuple((p, *_stamp(p)) for p in (Path(x).expanduser() for x in extra))
    return _cached(shipped + team)


def _stamp(path: Path) -> tuple[int, int]:
    try:
        st = path.stat()
    except OSError:
        return (-1, -1)  # reading it will raise a RuleFileError naming the file
    return (st.st_mtime_ns, st.st_size)


@lru_cache(maxsize=8)
def _cached(files: tuple[tuple[Path, int, int], ...]) -> Checker:
    return Checker(merge(read_rule_file(path) for path, _, _ in files))


def forget_loaded_rules() -> None:
    """Drop the compiled rule sets, so the next check reads the files again (a cold start)."""
    _cached.cache_clear()


def check(
    text: str,
    lang: str | None = None,
    *,
    extra_rules: Iterable[str | Path] = (),
    template: bool = True,
) -> list[Finding]:
    """Check a reply with the shipped rules and any extra rule files (see `Checker.check`)."""
    return checker_for(extra_rules).check(text, lang, template=template)


#: The setting that names a team's own rule files (a path, or a list of paths).
EXTRA_RULES_SETTING = "wording.extra_rules"


def setting_paths(value: object) -> tuple[str, ...]:
    """The rule files named by the `wording.extra_rules` setting's value (None: none)."""
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list | tuple) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise RuleFileError(f"setting {EXTRA_RULES_SETTING} must be a path or a list of paths")
