"""The quality set over the starter phrasebooks meets the issue's goals (see benchmarks/)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[4]


def scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "search_quality", ROOT / "benchmarks" / "search_quality.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["search_quality"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_quality_goals_per_kind() -> None:
    quality = scorer()
    cases = quality.load()
    assert len(cases) >= 250
    scores = quality.evaluate(cases)
    assert len(scores) >= 11
    failing = {k: s.accuracy for k, s in scores.items() if s.accuracy < quality.goal(k)}
    assert not failing, quality.report(scores, True, "typed")


def test_blind_sets_meet_goals_on_books_without_questions() -> None:
    quality = scorer()
    scores = quality.evaluate_blind(quality.load_blind())
    held_out = scores[f"{quality.HELDOUT_KIND} all"]
    assert held_out.cases >= 300
    assert held_out.accuracy >= quality.GOAL_QUESTIONS, quality.report(scores, False, "blind")
    for kind in ("pinyin_typo", "chosung"):
        assert scores[kind].accuracy >= quality.GOAL_TOP1, quality.report(scores, True, kind)
