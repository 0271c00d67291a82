"""A benchmark that misses its goal says so in its exit status (smoke runs print, not judge)."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


@pytest.fixture
def bench_search(monkeypatch: pytest.MonkeyPatch) -> object:
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    module = importlib.import_module("bench_search")
    monkeypatch.setattr(module, "GOALS_MS", {200: 0.0})  # a goal no machine meets
    return module


def test_a_missed_goal_fails_the_exit_status(
    bench_search: object, capsys: pytest.CaptureFixture[str]
) -> None:
    assert bench_search.main(["--sizes", "200"]) == 1  # type: ignore[attr-defined]
    out = capsys.readouterr().out
    assert "MISSED" in out
    assert "goals missed: search p99 <= 0 ms at 200 phrases" in out


def test_a_smoke_run_prints_the_miss_without_failing(
    bench_search: object, capsys: pytest.CaptureFixture[str]
) -> None:
    assert bench_search.main(["--smoke", "--sizes", "200"]) == 0  # type: ignore[attr-defined]
    assert "MISSED (smoke run: not judged)" in capsys.readouterr().out


def test_run_py_fails_when_one_benchmark_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    run = importlib.import_module("run")
    calls: list[list[str]] = []

    def fake_call(cmd: list[str]) -> int:
        calls.append(cmd)
        return 1 if cmd[1].endswith("bench_import.py") else 0

    monkeypatch.setattr(run.subprocess, "call", fake_call)
    assert run.main(["import", "wording"]) == 1
    assert [Path(c[1]).stem for c in calls] == ["bench_import", "bench_wording"]
    assert all(c[0] == sys.executable for c in calls)
