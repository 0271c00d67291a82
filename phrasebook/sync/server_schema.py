"""The sync server's request bodies, validated with pydantic (the `server` extra) before any rule
looks at them: a malformed body is a 400/422 with the reason, never a server error.

JSON is parsed by the standard library with NaN/Infinity refused and deep nesting caught;
the models are strict (no "1" for 1). Signatures are checked on the raw objects afterwards, so the
models only say what shape a body must have, and leave extra keys alone (a newer client's).
"""

from __future__ import annotations

import json
from typing import Annotated, Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from phrasebook.sync.server_rules import Refused

MAX_INVITES = 500
Text = Annotated[str, StringConstraints(max_length=200)]
Key = Annotated[str, StringConstraints(min_length=1, max_length=100)]
Sig = Annotated[str, StringConstraints(min_length=1, max_length=200)]


class _Strict(BaseModel):
    model_config = ConfigDict(strict=True, extra="allow")


class Invite(_Strict):
    public: Key
    role: Annotated[str, StringConstraints(pattern="^(supervisor|agent)$")]
    name: Text = ""


class Roster(_Strict):
    format: int
    team: Key
    name: Text
    owner: Key
    owner_name: Text = ""
    version: Annotated[int, Field(ge=1, le=2**53)]
    invites: Annotated[dict[Key, Invite], Field(max_length=MAX_INVITES)]
    sig: Sig


class Proof(_Strict):
    team: Key
    key: Key
    at: int
    nonce: Key
    sig: Sig


class Certificate(_Strict):
    team: Key
    public: Key
    name: Text
    invite: Key
    sig: Sig


class CreateTeam(_Strict):
    roster: Roster
    proof: Proof


class PutRoster(_Strict):
    roster: Roster
    invite: Key | None = None


class AddMember(_Strict):
    certificate: Certificate


class TokenRequest(_Strict):
    proof: Proof


Body = TypeVar("Body", bound=BaseModel)


def parse(raw: bytes, model: type[Body]) -> tuple[Body, dict[str, Any]]:
    """(validated model, the raw object) of a JSON body; Refused(400/422) with a reason."""
    data = loads(raw)
    try:
        return model.model_validate(data), data
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "body"
        raise Refused(422, f"invalid request body: {where}: {first['msg']}") from None


def loads(raw: bytes) -> Any:
    """JSON without NaN/Infinity; nesting deeper than the parser allows is refused too."""
    try:
        return json.loads(raw, parse_constant=_no_constant)
    except (ValueError, RecursionError) as exc:
        raise Refused(400, f"the body is not JSON ({str(exc)[:80]})") from None


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")
