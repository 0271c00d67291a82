"""The wording check (严谨性检查): careless words in a reply, each explained, with a rewording.

A reply can become evidence in a dispute, and platforms punish some words outright, so the
check flags, per language (zh, ko, en):

- promises and guarantees on delivery, size or effect (保证, 一定到, 100%);
- absolute advertising terms forbidden by China's Advertising Law (最佳, 第一, 顶级, 国家级);
- off-platform contact or payment (加微信, QQ号, 支付宝转账, links, phone numbers);
- blunt replies (a bare 嗯 or 不知道) and short replies with no courtesy at all;
- placeholders that are malformed, look like a known name but are not, or are gaps (XXX).

The rules are data: resources/rules/*.json, extended by a team's own files (the
`wording.extra_rules` setting, or `phrasebook check --rules`). Use `Phrasebook.check` or
`check`; both return `Finding`s ordered by position.
"""

from __future__ import annotations

from phrasebook.wording.checker import (
    EXTRA_RULES_SETTING,
    Checker,
    check,
    checker_for,
    rule_lang,
    setting_paths,
)
from phrasebook.wording.rule_values import SEVERITIES, Finding, Rule, Severity
from phrasebook.wording.rules import RuleFileError, read_rule_file

__all__ = [
    "EXTRA_RULES_SETTING",
    "SEVERITIES",
    "Checker",
    "Finding",
    "Rule",
    "RuleFileError",
    "Severity",
    "check",
    "checker_for",
    "read_rule_file",
    "rule_lang",
    "setting_paths",
]
