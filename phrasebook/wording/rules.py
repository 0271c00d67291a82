"""Reading rule files: the shipped ones in resources/rules/ and any a team adds.

A rule file is JSON: `{"lang": "zh", "rules": [...], "disable": [...]}` (format in
resources/rules/README.md). Everything is checked when the file is read, so a bad rule fails
with its file and id named, not on the agent's next keystroke.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from phrasebook.errors import ValidationError
from phrasebook.resources import resource_path
from phrasebook.wording.rule_values import KINDS, SEVERITIES, Kind, Localized, Rule, Severity

#: The languages with a shipped rule set, plus "*" for rules that apply to every language.
RULE_LANGS = ("zh", "ko", "en")
ANY_LANG = "*"
#: The shipped files, read in this order ("common" holds the "*" rules).
SHIPPED = ("common", *RULE_LANGS)
_RULE_KEYS = frozenset(
    {"id", "category", "severity", "explanation", "suggestion", "kind", "words", "patterns"}
    | {"unless", "max_chars", "lang"}
)


class RuleFileError(ValidationError):
    """A rule file that cannot be used: unreadable, not JSON, or a rule that is malformed."""


@dataclass(frozen=True, slots=True)
class RuleFile:
    """What one file contributes: its rules, and the ids of rules it switches off."""

    rules: tuple[Rule, ...]
    disable: frozenset[str] = frozenset()


def shipped_paths() -> list[Path]:
    return [resource_path("rules", f"{name}.json") for name in SHIPPED]


def read_rule_file(path: Path) -> RuleFile:
    """Parse and validate one rule file; raises RuleFileError naming the file and the rule."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise RuleFileError(f"{path}: cannot read rules: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("rules", []), list):
        raise RuleFileError(f'{path}: expected an object with a "rules" list')
    lang = data.get("lang", ANY_LANG)
    if lang not in (*RULE_LANGS, ANY_LANG):
        raise RuleFileError(f"{path}: lang must be one of zh, ko, en, *; got {lang!r}")
    rules = tuple(_rule(path, raw, lang) for raw in data.get("rules", []))
    _unique(path, rules)
    return RuleFile(rules, frozenset(_strings(path, "disable", data.get("disable", []))))


def merge(files: Iterable[RuleFile]) -> tuple[Rule, ...]:
    """Rules of all files in order: a later rule with the same id replaces an earlier one,
    and a later file's `disable` removes earlier rules."""
    by_id: dict[str, Rule] = {}
    for rule_file in files:
        for rule_id in rule_file.disable:
            by_id.pop(rule_id, None)
        for rule in rule_file.rules:
            by_id.pop(rule.id, None)  # re-insert, so the replacement takes the later position
            by_id[rule.id] = rule
    return tuple(by_id.values())


def _rule(path: Path, raw: Any, file_lang: str) -> Rule:
    if not isinstance(raw, dict):
        raise RuleFileError(f"{path}: every rule must be an object, got {raw!r}")
    rule_id = raw.get("id")
    if not isinstance(rule_id, str) or not rule_id.strip():
        raise RuleFileError(f'{path}: a rule has no "id"')
    where = f"{path}: rule {rule_id!r}"
    unknown = set(raw) - _RULE_KEYS
    if unknown:
        raise RuleFileError(f"{where}: unknown keys {', '.join(sorted(unknown))}")
    rule = Rule(
        id=rule_id,
        lang=_choice(where, "lang", raw.get("lang", file_lang), (*RULE_LANGS, ANY_LANG)),
        category=_text(where, raw, "category", required=True),
        severity=cast(Severity, _choice(where, "severity", raw.get("severity"), SEVERITIES)),
        explanation=_localized(where, raw, "explanation", required=True),
        suggestion=_localized(where, raw, "suggestion"),
        kind=cast(Kind, _choice(where, "kind", raw.get("kind", "match"), KINDS)),
        words=_strings(where, "words", raw.get("words", [])),
        patterns=_patterns(where, "patterns", raw.get("patterns", [])),
        unless=_patterns(where, "unless", raw.get("unless", [])),
        max_chars=_count(where, raw.get("max_chars", 0)),
    )
    if not rule.words and not rule.patterns:
        raise RuleFileError(f'{where}: needs "words" or "patterns"')
    if rule.kind == "missing" and rule.max_chars <= 0:
        raise RuleFileError(f'{where}: kind "missing" needs a positive "max_chars"')
    return rule


def _unique(path: Path, rules: tuple[Rule, ...]) -> None:
    seen: set[str] = set()
    for rule in rules:
        if rule.id in seen:
            raise RuleFileError(f"{path}: rule id {rule.id!r} is used twice")
        seen.add(rule.id)


def _choice(where: str, key: str, value: Any, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise RuleFileError(f"{where}: {key} must be one of {', '.join(allowed)}; got {value!r}")
    return str(value)


def _text(where: str, raw: Mapping[str, Any], key: str, *, required: bool = False) -> str:
    value = raw.get(key, "")
    if not isinstance(value, str) or (required and not value.strip()):
        raise RuleFileError(f"{where}: {key} must be a non-empty string")
    return value


def _localized(
    where: str, raw: Mapping[str, Any], key: str, *, required: bool = False
) -> Localized:
    """A string, or an object of strings by language ({"zh": "...", "en": "..."})."""
    value = raw.get(key, "")
    if isinstance(value, str):
        _text(where, raw, key, required=required)
        return (("*", value),) if value else ()
    if not isinstance(value, dict) or not value:
        raise RuleFileError(f"{where}: {key} must be a string or an object of strings")
    pairs = tuple(value.items())
    if not all(isinstance(v, str) and v.strip() for _, v in pairs):
        raise RuleFileError(f"{where}: every {key} text must be a non-empty string")
    return pairs


def _strings(where: str | Path, key: str, value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise RuleFileError(f"{where}: {key} must be a list of non-empty strings")
    return tuple(value)


def _patterns(where: str, key: str, value: Any) -> tuple[str, ...]:
    patterns = _strings(where, key, value)
    for pattern in patterns:
        try:
            compiled = re.compile(pattern)
        except re.error as exc:
            raise RuleFileError(f"{where}: bad pattern {pattern!r}: {exc}") from None
        if compiled.match(""):
            raise RuleFileError(f"{where}: pattern {pattern!r} matches empty text")
    return patterns


def _count(where: str, value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise RuleFileError(f"{where}: max_chars must be a whole number >= 0")
    return value
