"""`phrasebook serve`: the team exchange over HTTP (Starlette + uvicorn, the `server` extra).

    GET  /v1/health
    POST /v1/teams                              create a team / owner token (signed proof)
    GET  /v1/teams/{team}/roster                any token of the team
    PUT  /v1/teams/{team}/roster                owner: newer roster (+ invitation token)
    GET  /v1/teams/{team}/members               member certificates
    POST /v1/teams/{team}/members               join with an invitation token / owner adds
    POST /v1/teams/{team}/token                 a member proves its device key: new token
    GET  /v1/teams/{team}/ops?after=N           signed segments after cursor N
    GET  /v1/teams/{team}/ops/{node}            highest op number stored for a device
    POST /v1/teams/{team}/ops/{node}/{first}-{last}   one signed segment (raw gzip body)

Starlette and uvicorn are imported only here, so the core works without the extra. Store calls
run in the thread pool; each refusal is one log line naming the request and the reason.
"""

from __future__ import annotations

import base64
import json
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from phrasebook.sync.segments import MAX_COMPRESSED
from phrasebook.sync.server_rules import Refused, Rules, check_node, log
from phrasebook.sync.server_store import Store, open_store

if TYPE_CHECKING:
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response

MAX_JSON_BODY = 1024 * 1024
Endpoint = Callable[["Request"], Awaitable["Response"]]


def build_app(store: Store) -> Starlette:
    """The ASGI application over `store`."""
    from starlette.applications import Starlette
    from starlette.routing import Route

    rules = Rules(store)
    team = "/v1/teams/{team}"
    routes = [
        Route("/v1/health", _guard(_health(store)), methods=["GET"]),
        Route("/v1/teams", _guard(_create(rules)), methods=["POST"]),
        Route(team + "/roster", _guard(_roster(rules)), methods=["GET", "PUT"]),
        Route(team + "/members", _guard(_members(rules)), methods=["GET", "POST"]),
        Route(team + "/token", _guard(_device_token(rules)), methods=["POST"]),
        Route(team + "/ops", _guard(_read_ops(rules)), methods=["GET"]),
        Route(team + "/ops/{node}", _guard(_published(rules)), methods=["GET"]),
        Route(
            team + "/ops/{node}/{first:int}-{last:int}", _guard(_publish(rules)), methods=["POST"]
        ),  # fmt: skip
        Route("/{rest:path}", _guard(_nowhere), methods=["GET", "POST", "PUT", "DELETE"]),
    ]
    return Starlette(routes=routes)


def serve(db: str, host: str = "127.0.0.1", port: int = 8765) -> None:
    """Run the server until interrupted (blocking)."""
    import uvicorn

    store = open_store(db)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    log.info("serving teams from %s on http://%s:%d", store.describe(), host, port)
    try:
        uvicorn.run(build_app(store), host=host, port=port, log_level="warning")
    finally:
        store.close()


# -- plumbing ---------------------------------------------------------------------------------


def _guard(endpoint: Endpoint) -> Endpoint:
    """Refusals become a JSON error and one warning line; nothing else leaks out."""
    from starlette.responses import JSONResponse

    async def guarded(request: Request) -> Response:
        try:
            return await endpoint(request)
        except Refused as exc:
            client = request.client.host if request.client else "?"
            log.warning("refused %s %s from %s: %s", request.method, request.url.path[:200],
                        client, exc.reason)  # fmt: skip
            return JSONResponse({"error": exc.reason}, status_code=exc.status)

    return guarded


async def _body(request: Request, limit: int) -> bytes:
    """The request body, refused as soon as it exceeds `limit` bytes (never read whole first)."""
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > limit):
        raise Refused(413, f"request body larger than {limit} bytes")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise Refused(413, f"request body larger than {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


async def _json(request: Request) -> Any:
    try:
        return json.loads(await _body(request, MAX_JSON_BODY))
    except ValueError:
        raise Refused(400, "the body is not JSON") from None


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


def _create(rules: Rules) -> Endpoint:
    async def create(request: Request) -> Response:
        body = await _json(request)
        return _reply({"token": await _off_loop(rules.create_team, body)}, 201)

    return create


def _roster(rules: Rules) -> Endpoint:
    async def roster(request: Request) -> Response:
        team, token = request.path_params["team"], _token(request)
        if request.method == "GET":
            await _off_loop(rules.caller, team, token)
            return _reply(await _off_loop(rules.roster, team))
        body = await _json(request)
        return _reply({"token": await _off_loop(rules.put_roster, team, token, body)})

    return roster


def _members(rules: Rules) -> Endpoint:
    async def members(request: Request) -> Response:
        team, token = request.path_params["team"], _token(request)
        if request.method == "GET":
            await _off_loop(rules.member, team, token)
            certs = await _off_loop(rules.store.certs, team)
            return _reply({"certificates": [json.loads(c) for c in certs]})
        body = await _json(request)
        return _reply({"token": await _off_loop(rules.add_certificate, team, token, body)})

    return members


def _device_token(rules: Rules) -> Endpoint:
    async def device_token(request: Request) -> Response:
        body = await _json(request)
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


def _publish(rules: Rules) -> Endpoint:
    async def publish(request: Request) -> Response:
        team, node = request.path_params["team"], request.path_params["node"]
        check_node(node)
        first, last = request.path_params["first"], request.path_params["last"]
        token = _token(request)
        await _off_loop(rules.member, team, token)  # refuse strangers before reading 8 MB
        data = await _body(request, MAX_COMPRESSED)
        args = (team, token, node, first, last, data)
        outcome = await _off_loop(rules.publish, *args)
        return _reply({"result": outcome}, 201 if outcome == "stored" else 200)

    return publish


async def _nowhere(request: Request) -> Response:
    raise Refused(404, "no such endpoint")
