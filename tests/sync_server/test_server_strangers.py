"""Strangers cannot dodge the rate limit with made-up tokens, nor write control characters into
the server's log through a URL. Through a real `phrasebook serve` on loopback."""

from __future__ import annotations

import secrets
import uuid
from pathlib import Path

from server_process import ServerProcess
from test_server_guard import request


def test_made_up_tokens_share_their_addresss_rate_limit(tmp_path: Path) -> None:
    process = ServerProcess(
        str(tmp_path / "teams.db"), tmp_path, extra=("--rate", "5", "--burst", "20")
    ).start()
    try:
        path = f"/v1/teams/{uuid.uuid4()}/roster"
        statuses = [
            request(process, "GET", path, b"", secrets.token_urlsafe(16))[0] for _ in range(60)
        ]
        assert statuses[:20] == [401] * 20
        assert 429 in statuses, statuses
    finally:
        process.stop()


def test_control_characters_in_a_path_are_escaped_in_the_log(server: ServerProcess) -> None:
    path = "/v1/teams/x%0A2026-01-01%20FORGED%20line%1B[31m/roster"
    status, _ = request(server, "GET", path, b"", "qrt_made_up")
    assert status == 400
    log = server.log()
    assert "\x1b" not in log and "\nFORGED" not in log and "\n2026-01-01" not in log
    assert "\\n2026-01-01 FORGED line\\x1b[31m" in log
