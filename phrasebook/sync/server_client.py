"""Transport B, the client side: the same exchange as a shared folder, through `phrasebook serve`.

Plain HTTP(S) with the standard library (no extra needed on agents' machines). The server checks
everything, and the sync round checks everything it reads again, exactly as for a folder.
"""

from __future__ import annotations

import base64
import json
import re
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Callable
from typing import Any

from phrasebook.errors import PhrasebookError
from phrasebook.sync import backoff
from phrasebook.sync.folder import Incoming
from phrasebook.sync.keys import SigningKey

#: Pages of segments one fetch reads at most (a page is up to 200 segments / 16 MB).
MAX_PAGES = 1000
#: A request the server did not take (connection refused, 429 too many, 503 busy) is tried again
#: this many times, after exponentially growing, randomly jittered pauses (`backoff`).
RETRIES = 4
_BLOB = re.compile(r"^[0-9a-f]{64}$")


class ServerError(PhrasebookError):
    """The server could not be reached, or refused a request (its reason is in the message)."""

    def __init__(self, message: str, status: int = 0) -> None:
        super().__init__(message)
        self.status = status
        self.retry = False  # the server did not take the request: it may be sent again
        self.retry_after = 0.0


class ServerTransport:
    """One team on one sync server, acting with one access token."""

    def __init__(self, url: str, team: str, token: str = "", timeout: float = 15.0) -> None:
        self.url = url.rstrip("/")
        self.team = team
        self.token = token
        self.timeout = timeout

    def describe(self) -> str:
        return self.url

    def check(self) -> None:
        """Raise ServerError when the server does not answer."""
        self._call("GET", "/v1/health")

    # -- roster and members -----------------------------------------------------------------

    def create_team(self, roster: dict[str, Any], owner: SigningKey, admin_token: str = "") -> str:
        """Put the team on the server (or prove ownership again) with the operator's token;
        returns the owner's token."""
        self.team = str(roster["team"])
        body = {"roster": roster, "proof": _proof(self.team, owner)}
        self.token = admin_token
        self.token = str(self._call("POST", "/v1/teams", body)["token"])
        return self.token

    def request_token(self, device: SigningKey) -> str:
        """A new token for a member device (after the team moved here, or a lost token)."""
        body = {"proof": _proof(self.team, device)}
        self.token = str(self._call("POST", self._team("/token"), body)["token"])
        return self.token

    def read_roster(self) -> Any:
        return self._call("GET", self._team("/roster"))

    def write_roster(self, roster: dict[str, Any], invite: str | None = None) -> str | None:
        """Publish a newer roster; returns the one-off token of the `invite` it adds."""
        reply = self._call("PUT", self._team("/roster"), {"roster": roster, "invite": invite})
        token = reply.get("token")
        return str(token) if token else None

    def read_certificates(self) -> list[Any]:
        return list(self._call("GET", self._team("/members"))["certificates"])

    def write_certificate(self, key: str, cert: dict[str, Any]) -> str | None:
        """Join (with an invitation token: returns this device's token) or, as owner, add."""
        token = self._call("POST", self._team("/members"), {"certificate": cert}).get("token")
        if not token:
            return None
        self.token = str(token)
        return self.token

    # -- segments ---------------------------------------------------------------------------

    def published(self, node: str, above: int = 0, upto: int | None = None) -> int:
        """The highest op number of `node` the server holds between `above` and `upto` (a
        crash may have hidden it from the book; a restored book lacks it)."""
        query = f"?above={above}" + (f"&upto={upto}" if upto is not None else "")
        return int(self._call("GET", self._team(f"/ops/{node}{query}"))["last"])

    def publish(self, node: str, first: int, last: int, data: bytes) -> None:
        self._call("POST", self._team(f"/ops/{node}/{first}-{last}"), raw=data)

    def fetch(
        self, wanted: Callable[[str, int, int], bool], cursor: str
    ) -> tuple[list[Incoming], str]:
        """Every segment after `cursor` that `wanted(node, first, last)` says is new."""
        after = int(cursor) if cursor.isdigit() else 0
        found: list[Incoming] = []
        for _ in range(MAX_PAGES):
            page = self._call("GET", self._team(f"/ops?after={after}"))
            items = page.get("segments") or []
            for item in items:
                found.extend(self._incoming(item, wanted, str(after)))
            if not items or int(page["next"]) <= after:
                break
            after = int(page["next"])
        return found, str(after)

    def _incoming(
        self, item: Any, wanted: Callable[[str, int, int], bool], position: str
    ) -> list[Incoming]:
        try:
            node, first, last = str(item["node"]), int(item["first"]), int(item["last"])
        except (KeyError, TypeError, ValueError):
            return []  # the round would quarantine it, but it has no usable name: skip
        if not wanted(node, first, last):
            return []
        source = f"{self.url}/{node}/{first}-{last}"
        try:
            data = base64.b64decode(item["data"], validate=True)
        except (KeyError, TypeError, ValueError):
            return [Incoming(source, node, first, last, None, "not base64 data", position=position)]
        return [Incoming(source, node, first, last, data, position=position)]

    # -- pictures (content-addressed; see phrasebook.sync.blobs) ------------------------------

    def has_blob(self, digest: str) -> bool:
        """Whether the server holds the picture (it checked its hash when it took it)."""
        try:
            self._call("HEAD", self._blob(digest))
        except ServerError as exc:
            if exc.status == 404:
                return False
            raise
        return True

    def publish_blob(self, digest: str, data: bytes) -> None:
        """Put a team phrase's picture on the server (a supervisor's; held already: no-op)."""
        self._call("PUT", self._blob(digest), raw=data, content_type="application/octet-stream")

    def fetch_blob(self, digest: str, limit: int) -> bytes | None:
        """A picture's bytes as served (at most `limit` + 1 of them, so an oversized reply is
        refused unread); None while it has not been published. The caller verifies them."""
        try:
            data = self._call("GET", self._blob(digest), limit=limit + 1)
        except ServerError as exc:
            if exc.status == 404:
                return None
            raise
        assert isinstance(data, bytes)
        return data

    def blob_source(self, digest: str) -> str:
        return self.url + self._blob(digest)

    def _blob(self, digest: str) -> str:
        if not _BLOB.match(digest):
            raise ValueError(f"not a picture hash: {digest!r}")
        return self._team(f"/blobs/{digest}")

    # -- HTTP -------------------------------------------------------------------------------

    def _team(self, path: str) -> str:
        return f"/v1/teams/{self.team}{path}"

    def _call(self, method: str, path: str, body: Any = None, raw: bytes | None = None,
              content_type: str = "application/gzip", limit: int = 0) -> Any:  # fmt: skip
        """The JSON reply, or with `limit` the raw reply body (at most `limit` bytes read)."""
        headers = {"Accept": "application/octet-stream" if limit else "application/json"}
        data = raw
        if body is not None:
            data = json.dumps(body, ensure_ascii=False).encode()
            headers["Content-Type"] = "application/json"
        elif raw is not None:
            headers["Content-Type"] = content_type
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        request = urllib.request.Request(self.url + path, data, headers, method=method)
        for attempt in range(RETRIES + 1):
            try:
                return self._once(request, limit)
            except ServerError as exc:
                if not exc.retry or attempt == RETRIES:
                    raise
                time.sleep(max(exc.retry_after, backoff.delay(attempt)))
        raise AssertionError("unreachable")

    def _once(self, request: urllib.request.Request, limit: int = 0) -> Any:
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as reply:
                if limit:
                    return bytes(reply.read(limit))
                return json.loads(reply.read() or b"{}")
        except urllib.error.HTTPError as exc:
            error = ServerError(f"{self.url}: {_reason(exc)}", exc.code)
            error.retry = exc.code in (429, 503)
            error.retry_after = _seconds(exc.headers.get("Retry-After"))
            raise error from None
        except (urllib.error.URLError, OSError, ValueError) as exc:
            why = getattr(exc, "reason", exc)
            error = ServerError(f"cannot reach the sync server {self.url}: {why}")
            error.retry = isinstance(why, ConnectionRefusedError)  # nothing reached the server
            raise error from None


def _proof(team: str, key: SigningKey) -> dict[str, Any]:
    """A fresh request signed by `key`; the server refuses it when stale or seen before."""
    return key.signed({"team": team, "key": key.id, "at": int(time.time() * 1000),
                       "nonce": uuid.uuid4().hex})  # fmt: skip


def _seconds(text: str | None) -> float:
    """A Retry-After header in seconds (capped: a client never sleeps long inside a round)."""
    return min(float(text), backoff.CAP_S) if text and text.isdigit() else 0.0


def _reason(exc: urllib.error.HTTPError) -> str:
    try:
        return str(json.loads(exc.read())["error"])
    except (ValueError, KeyError, TypeError, OSError):
        return f"HTTP {exc.code}"
