"""`phrasebook serve`: the team exchange over HTTP (Starlette + uvicorn, the `server` extra).

    GET  /v1/health
    POST /v1/teams                              create a team / owner token (admin token and
                                                the owner's signed proof)
    GET  /v1/teams/{team}/roster                any token of the team
    PUT  /v1/teams/{team}/roster                owner: newer roster (+ invitation token)
    GET  /v1/teams/{team}/members               member certificates
    POST /v1/teams/{team}/members               join with an invitation token / owner adds
    POST /v1/teams/{team}/token                 a member proves its device key: new token
    GET  /v1/teams/{team}/ops?after=N           signed segments after cursor N
    GET  /v1/teams/{team}/ops/{node}            highest op number stored for a device
    POST /v1/teams/{team}/ops/{node}/{first}-{last}   one signed segment (raw gzip body)
    GET  /v1/teams/{team}/blobs/{sha256}        a reply picture's bytes (HEAD: is it here?)
    PUT  /v1/teams/{team}/blobs/{sha256}        a supervisor publishes a team phrase's picture
                                                (raw body that hashes to the name, ≤ 5 MB)

Starlette, uvicorn and pydantic are imported only here, so the core works without the extra.
Store calls run in the thread pool; each refusal is one log line naming the request and the
reason. Bodies are validated by `server_schema`; each client (its token, or its address without
one) is rate-limited, and what a request can make the server store is capped (`server_limits`).
"""

from __future__ import annotations

import base64
import json
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from phrasebook.image_check import MAX_IMAGE_BYTES
from phrasebook.sync import server_schema as schema
from phrasebook.sync.server_limits import ADMIN_ENV, Limits, RateLimiter
from phrasebook.sync.server_rules import Refused, Rules, check_node, digest, log, new_token
from phrasebook.sync.server_store import Store, open_store
from phrasebook.sync.signed_segments import MAX_COMPRESSED

if TYPE_CHECKING:
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response

MAX_JSON_BODY = 1024 * 1024
#: uvicorn settings (measured in README's Team sync section): idle keep-alive connections close
#: after 5 s, a request head larger than 64 KB is refused, and past 500 open connections new
#: ones get 503 at once instead of queueing.
UVICORN = {"timeout_keep_alive": 5, "h11_max_incomplete_event_size": 64 * 1024,
           "limit_concurrency": 500, "backlog": 512}  # fmt: skip
Endpoint = Callable[["Request"], Awaitable["Response"]]


def build_app(store: Store, limits: Limits | None = None) -> Starlette:
    """The ASGI application over `store`."""
    from starlette.applications import Starlette
    from starlette.routing import Route

    limits = limits or Limits()
    rules = Rules(store, limits=limits)
    rate = RateLimiter(limits.rate, limits.burst)

    def guard(endpoint: Endpoint) -> Endpoint:
        return _guard(endpoint, rate, rules)

    team = "/v1/teams/{team}"
    routes = [
        Route("/v1/health", _health(store), methods=["GET"]),
        Route("/v1/teams", guard(_create(rules, limits)), methods=["POST"]),
        Route(team + "/roster", guard(_roster(rules, limits)), methods=["GET", "PUT"]),
        Route(team + "/members", guard(_members(rules, limits)), methods=["GET", "POST"]),
        Route(team + "/token", guard(_device_token(rules, limits)), methods=["POST"]),
        Route(team + "/ops", guard(_read_ops(rules)), methods=["GET"]),
        Route(team + "/ops/{node}", guard(_published(rules)), methods=["GET"]),
        Route(
            team + "/ops/{node}/{first:int}-{last:int}",
            guard(_publish(rules, limits)),
            methods=["POST"],
        ),  # fmt: skip
        Route(team + "/blobs/{name}", guard(_blob(rules, limits)), methods=["GET", "PUT"]),
        Route("/{rest:path}", guard(_nowhere), methods=["GET", "POST", "PUT", "DELETE"]),
    ]
    return Starlette(routes=routes)


def serve(db: str, host: str = "127.0.0.1", port: int = 8765, admin_token: str = "",
          limits: Limits | None = None) -> None:  # fmt: skip
    """Run the server until interrupted (blocking)."""
    import os

    import uvicorn

    store = open_store(db)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    _set_admin(store, admin_token or os.environ.get(ADMIN_ENV, ""))
    log.info("serving teams from %s on http://%s:%d", store.describe(), host, port)
    try:
        uvicorn.run(build_app(store, limits), host=host, port=port, log_level="warning",
                    **UVICORN)  # type: ignore[arg-type]  # fmt: skip
    finally:
        store.close()


def _set_admin(store: Store, token: str) -> None:
    """The operator's token: the one given, or one made at the first start and printed once."""
    if token:
        store.set_admin(digest(token))
        return
    if store.admin() is not None:
        return
    token = new_token()
    store.set_admin(digest(token))
    print(f"admin token (shown once; `phrasebook team create NAME --server URL --admin-token"
          f" TOKEN`): {token}", flush=True)  # fmt: skip


# -- plumbing ---------------------------------------------------------------------------------


def _guard(endpoint: Endpoint, rate: RateLimiter, rules: Rules) -> Endpoint:
    """Rate limit per client: a known token, else the address (random made-up tokens would
    otherwise each get a fresh bucket); refusals become a JSON error and one warning line (a
    client over its rate: one line per burst); nothing else leaks out."""
    from starlette.responses import JSONResponse

    async def guarded(request: Request) -> Response:
        client = _printable(request.client.host if request.client else "?")
        token = _token(request)
        known = bool(token) and await _off_loop(rules.known_token, token)
        key = digest(token) if known and token else client
        wait = rate.wait(key)
        if wait:
            if rate.first_refusal(key):
                log.warning("slowed down %s (%s): over its request rate", client, key[:12])
            return JSONResponse({"error": "too many requests; retry later"}, status_code=429,
                                headers={"Retry-After": str(max(1, round(wait)))})  # fmt: skip
        try:
            return await endpoint(request)
        except Refused as exc:
            path, why = _printable(request.url.path[:200]), _printable(exc.reason)
            log.warning("refused %s %s from %s: %s", request.method, path, client, why)
            return JSONResponse({"error": exc.reason}, status_code=exc.status)

    return guarded


def _printable(text: str) -> str:
    """Text for one log line: control characters (a forged line break, a terminal escape in a
    URL path) written as escapes, never raw."""
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode() for c in text)


async def _body(request: Request, limit: int, timeout_s: float) -> bytes:
    """The request body, refused as soon as it exceeds `limit` bytes (never read whole first)
    or when it does not arrive within `timeout_s` (a slow client holds no worker for long)."""
    import asyncio

    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > limit):
        raise Refused(413, f"request body larger than {limit} bytes")
    chunks: list[bytes] = []
    size = 0
    try:
        async with asyncio.timeout(timeout_s):
            async for chunk in request.stream():
                size += len(chunk)
                if size > limit:
                    raise Refused(413, f"request body larger than {limit} bytes")
                chunks.append(chunk)
    except TimeoutError:
        raise Refused(408, f"the request body did not arrive within {timeout_s:g} s") from None
    return b"".join(chunks)


async def _parsed(request: Request, model: Any, limits: Limits) -> Any:
    """The raw JSON object of a body that matches `model` (else Refused with the reason)."""
    raw = await _body(request, MAX_JSON_BODY, limits.body_timeout_s)
    return schema.parse(raw, model)[1]


def _token(request: Request) -> str | None:
    auth = request.headers.get("authorization", "")
    return auth[7:].strip() if auth.lower().startswith("bearer ") else None


async def _off_loop(fn: Callable[..., Any], *args: Any) -> Any:
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(fn, *args)


def _number(request: Request, name: str, default: int) -> int:
    text = request.query_params.get(name, "") or str(default)
    if not text.isdigit() or len(text) > 18:
        raise Refused(400, f"`{name}` must be a number")
    return int(text)


def _reply(data: Any, status: int = 200) -> Response:
    from starlette.responses import JSONResponse

    return JSONResponse(data, status_code=status)


# -- endpoints --------------------------------------------------------------------------------


def _health(store: Store) -> Endpoint:
    async def health(request: Request) -> Response:
        return _reply({"ok": True, "store": store.describe().split(" ")[0]})

    return health


def _create(rules: Rules, limits: Limits) -> Endpoint:
    async def create(request: Request) -> Response:
        if not await _off_loop(rules.is_admin, _token(request)):
            raise Refused(401, "creating a team needs this server's admin token (--admin-token)")
        body = await _parsed(request, schema.CreateTeam, limits)
        return _reply({"token": await _off_loop(rules.create_team, body)}, 201)

    return create


def _roster(rules: Rules, limits: Limits) -> Endpoint:
    async def roster(request: Request) -> Response:
        team, token = request.path_params["team"], _token(request)
        if request.method == "GET":
            await _off_loop(rules.caller, team, token)
            return _reply(await _off_loop(rules.roster, team))
        await _off_loop(rules.member, team, token)  # refuse strangers before reading a body
        body = await _parsed(request, schema.PutRoster, limits)
        return _reply({"token": await _off_loop(rules.put_roster, team, token, body)})

    return roster


def _members(rules: Rules, limits: Limits) -> Endpoint:
    async def members(request: Request) -> Response:
        team, token = request.path_params["team"], _token(request)
        if request.method == "GET":
            await _off_loop(rules.member, team, token)
            certs = await _off_loop(rules.store.certs, team)
            return _reply({"certificates": [json.loads(c) for c in certs]})
        await _off_loop(rules.caller, team, token)
        body = await _parsed(request, schema.AddMember, limits)
        return _reply({"token": await _off_loop(rules.add_certificate, team, token, body)})

    return members


def _device_token(rules: Rules, limits: Limits) -> Endpoint:
    async def device_token(request: Request) -> Response:
        body = await _parsed(request, schema.TokenRequest, limits)
        team = request.path_params["team"]
        return _reply({"token": await _off_loop(rules.token_for_device, team, body)})

    return device_token


def _read_ops(rules: Rules) -> Endpoint:
    async def read_ops(request: Request) -> Response:
        after = request.query_params.get("after", "0") or "0"
        if not after.isdigit() or len(after) > 18:
            raise Refused(400, "`after` must be a cursor number")
        team = request.path_params["team"]
        found = await _off_loop(rules.read, team, _token(request), int(after))
        items = [
            {"seq": s.seq, "node": s.node, "first": s.first, "last": s.last,
             "data": base64.b64encode(s.data).decode()}
            for s in found
        ]  # fmt: skip
        cursor = found[-1].seq if found else int(after)
        return _reply({"segments": items, "next": cursor})

    return read_ops


def _published(rules: Rules) -> Endpoint:
    async def published(request: Request) -> Response:
        team, node = request.path_params["team"], request.path_params["node"]
        above, upto = _number(request, "above", 0), _number(request, "upto", 10**12)
        args = (team, _token(request), node, above, upto)
        return _reply({"last": await _off_loop(rules.published, *args)})

    return published


def _publish(rules: Rules, limits: Limits) -> Endpoint:
    async def publish(request: Request) -> Response:
        team, node = request.path_params["team"], request.path_params["node"]
        check_node(node)
        first, last = request.path_params["first"], request.path_params["last"]
        token = _token(request)
        await _off_loop(rules.member, team, token)  # refuse strangers before reading 8 MB
        data = await _body(request, MAX_COMPRESSED, limits.body_timeout_s)
        args = (team, token, node, first, last, data)
        outcome = await _off_loop(rules.publish, *args)
        return _reply({"result": outcome}, 201 if outcome == "stored" else 200)

    return publish


def _blob(rules: Rules, limits: Limits) -> Endpoint:
    async def blob(request: Request) -> Response:
        from starlette.responses import Response

        team, name, token = (
            request.path_params["team"],
            request.path_params["name"],
            _token(request),
        )
        if request.method == "HEAD":
            if await _off_loop(rules.has_blob, team, token, name):
                return Response(b"", media_type="application/octet-stream")
            raise Refused(404, "no such picture in this team (not published yet?)")
        if request.method == "GET":
            data = await _off_loop(rules.blob, team, token, name)
            return Response(data, media_type="application/octet-stream")
        await _off_loop(rules.may_put_blob, team, token, name)  # before reading 5 MB
        data = await _body(request, MAX_IMAGE_BYTES, limits.body_timeout_s)
        outcome = await _off_loop(rules.put_blob, team, token, name, data)
        return _reply({"result": outcome}, 201 if outcome == "stored" else 200)

    return blob


async def _nowhere(request: Request) -> Response:
    raise Refused(404, "no such endpoint")
