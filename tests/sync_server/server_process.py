"""A real `phrasebook serve` process on loopback (a free port), restartable, for tests and benches.

Shared by tests/sync_server and benchmarks/bench_sync_server.py, so both exercise the very
command an administrator runs.
"""

from __future__ import annotations

import json
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PG_ENV = "QUICKREPLY_TEST_PG_URL"
START_TIMEOUT_S = 20.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class ServerProcess:
    """`python -m phrasebook serve --db STORE --port P --admin-token T` with its log in
    `log_path` (set `admin_token` to "" before `start` to let the server make its own)."""

    def __init__(
        self, store: str, workdir: Path, port: int | None = None, extra: tuple[str, ...] = ()
    ) -> None:
        self.store = store
        self.admin_token = "qrt_admin_" + secrets.token_urlsafe(16)
        self.extra = extra
        self.workdir = workdir
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = workdir / "server.log"
        self._proc: subprocess.Popen[bytes] | None = None

    def start(self) -> ServerProcess:
        env = dict(os.environ, PYTHONPATH=str(ROOT), QUICKREPLY_DB=str(self.workdir / "own.db"))
        cmd = [sys.executable, "-m", "phrasebook", "serve", "--db", self.store,
               "--host", "127.0.0.1", "--port", str(self.port), *self.extra]  # fmt: skip
        if self.admin_token:
            cmd += ["--admin-token", self.admin_token]
        log = self.log_path.open("ab")
        self._proc = subprocess.Popen(cmd, stdout=log, stderr=log, env=env, cwd=ROOT)
        log.close()
        self._wait_ready()
        return self

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            assert self._proc is not None
            if self._proc.poll() is not None:
                raise RuntimeError(f"server exited early:\n{self.log()}")
            try:
                with urllib.request.urlopen(self.url + "/v1/health", timeout=1) as reply:
                    if json.loads(reply.read())["ok"]:
                        return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"server did not start in {START_TIMEOUT_S} s:\n{self.log()}")

    def stop(self) -> None:
        if self._proc is None:
            return
        self._proc.terminate()
        try:
            self._proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait(timeout=10)
        self._proc = None

    def restart(self) -> None:
        self.stop()
        self.start()

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""
