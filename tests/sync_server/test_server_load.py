"""Concurrent members exchanging through a real server restarted mid-run: all converge, none lost.

CI size by default (10 members x 15 s, one restart); QUICKREPLY_SERVER_AGENTS and
QUICKREPLY_SERVER_SECONDS scale it up (the issue's 50 x 60 s: benchmarks/bench_sync_server.py).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from server_process import ServerProcess
from simulation import make_team, run

AGENTS = int(os.environ.get("QUICKREPLY_SERVER_AGENTS", "10"))
SECONDS = float(os.environ.get("QUICKREPLY_SERVER_SECONDS", "15"))


@pytest.mark.slow
def test_members_converge_through_a_restart_and_nothing_is_lost(
    server: ServerProcess, tmp_path: Path
) -> None:
    paths = make_team(server.url, tmp_path, AGENTS, server.admin_token)
    figures = run(server.url, paths, SECONDS, server.restart, restarts=1)
    summary = figures.summary()
    assert figures.rounds > AGENTS * 3, summary
    assert figures.ops_written > AGENTS, summary
    assert figures.missing_ops == 0, summary
    assert len(figures.hashes) == 1, summary
    assert len(figures.team_views) == 1, summary
    assert all("cannot reach" in e for e in figures.errors), figures.errors[:5]
