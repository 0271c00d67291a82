"""The team: who may write what, proven by signatures rather than by folder permissions.

- The roster (`team.json`) names the team, pins the owner's public key and lists invitations
  (an invitation key with a role and a name). Only the owner signs it; a higher `version` wins.
- An invitation is a one-off key handed over in a join code. The joining device makes its own
  device key and publishes a member certificate (its public key and name) signed with the
  invitation key, so the device gets the invitation's role without the owner being online.
- An invitation is single-use: of several certificates signed with one invitation key (a
  join code used twice), every member keeps the same one, the earliest signed join stamp
  (ties: the smaller device key id); the others are ignored. The owner removes a member by
  withdrawing its invitation (`team remove NAME`).
- The owner's device key is a supervisor. Roles: supervisor (team changes, decisions on
  proposals, invitations), agent (reads the team book, sends proposals).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any

from phrasebook.errors import PhrasebookError
from phrasebook.sync.keys import SigningKey, b64, key_id, unb64, verify_signed

FORMAT = 1
ROLES = ("supervisor", "agent")
CODE_PREFIX = "QR1-"


class TeamError(PhrasebookError):
    """A team file, join code or membership problem (the message says which)."""


@dataclass(frozen=True, slots=True)
class Member:
    """A device key the team accepts, with its role."""

    key: str  # key id (also the device's node in the op log)
    public: str
    name: str
    role: str


def new_roster(team_name: str, owner: SigningKey, owner_name: str) -> dict[str, Any]:
    roster = {
        "format": FORMAT,
        "team": str(uuid.uuid4()),
        "name": team_name,
        "owner": owner.public,
        "owner_name": owner_name,
        "version": 1,
        "invites": {},
    }
    return owner.signed(roster)


def add_invite(
    roster: dict[str, Any], owner: SigningKey, role: str, name: str
) -> tuple[dict[str, Any], SigningKey]:
    """A new roster version with one more invitation, and the invitation's key."""
    if role not in ROLES:
        raise TeamError(f"role must be one of {', '.join(ROLES)}")
    invite = SigningKey.generate()
    invites = dict(roster["invites"])
    invites[invite.id] = {"public": invite.public, "role": role, "name": name}
    updated = {**roster, "version": int(roster["version"]) + 1, "invites": invites}
    return owner.signed(updated), invite


def remove_invite(roster: dict[str, Any], owner: SigningKey, invite_id: str) -> dict[str, Any]:
    """A new roster version without one invitation: the member who joined with it is out."""
    invites = {k: v for k, v in roster["invites"].items() if k != invite_id}
    return owner.signed({**roster, "version": int(roster["version"]) + 1, "invites": invites})


def invite_of(roster: dict[str, Any], certificates: list[Any], name: str) -> str:
    """The invitation of the member (or unused invitation) called `name`; TeamError when none
    or several match."""
    found = {k for k, v in roster["invites"].items() if v.get("name") == name}
    held = members(roster, certificates)
    for cert in certificates:
        member = member_of(roster, cert)
        if member and member.name == name and held.get(member.key) == member:
            found.add(str(cert["invite"]))
    if not found:
        raise TeamError(f"no member or invitation called {name!r} (see `phrasebook team members`)")
    if len(found) > 1:
        raise TeamError(f"{len(found)} members or invitations are called {name!r}")
    return str(found.pop())


def check_roster(roster: Any, owner_public: str, team_id: str) -> dict[str, Any]:
    """The roster if it is this team's and signed by the pinned owner key; else TeamError."""
    if roster is None:
        raise TeamError("team.json is missing or not readable JSON (deleted or damaged?)")
    if not isinstance(roster, dict) or type(roster.get("format")) is not int:
        raise TeamError("team.json is not a team file (damaged?)")
    if roster["format"] > FORMAT:
        raise TeamError("team.json has a newer format (a newer QuickReply? please update)")
    if roster["format"] != FORMAT:
        raise TeamError(f"team.json has an unknown format {roster['format']}")
    if roster.get("team") != team_id or roster.get("owner") != owner_public:
        raise TeamError("team.json belongs to another team")
    if not verify_signed(owner_public, roster):
        raise TeamError("team.json is not signed by the team's owner")
    _check_shape(roster)
    return roster


def _check_shape(roster: dict[str, Any]) -> None:
    """A signed roster an older or buggy owner app wrote must still not crash a reader."""
    version, invites = roster.get("version"), roster.get("invites")
    if type(version) is not int or version < 1:
        raise TeamError("team.json has no valid version number")
    if not isinstance(invites, dict) or not all(
        isinstance(i, dict) and isinstance(i.get("public"), str) and i.get("role") in ROLES
        for i in invites.values()
    ):
        raise TeamError("team.json has a malformed list of invitations")


def member_certificate(
    team_id: str, device: SigningKey, invite: SigningKey, name: str, joined_ms: int
) -> dict[str, Any]:
    cert = {"team": team_id, "public": device.public, "name": name, "invite": invite.id}
    return invite.signed(cert | {"joined": joined_ms})


def members(roster: dict[str, Any], certificates: list[Any]) -> dict[str, Member]:
    """Key id -> member, from a checked roster and any certificates (bad ones are skipped, and
    of several for one invitation only the first by `_join_order`)."""
    owner = roster["owner"]
    boss = Member(key_id(owner), owner, str(roster.get("owner_name", "")), "supervisor")
    found = {boss.key: boss}
    first: dict[str, tuple[tuple[int, str], Member]] = {}
    for cert in certificates:
        member = member_of(roster, cert)
        if member is None:
            continue
        order = _join_order(cert, member)
        if cert["invite"] not in first or order < first[cert["invite"]][0]:
            first[cert["invite"]] = (order, member)
    for _, member in sorted(first.values(), key=lambda item: item[0]):
        found.setdefault(member.key, member)
    return found


def used_by(roster: dict[str, Any], certificates: list[Any], invite_id: str) -> str | None:
    """The device key id that holds the invitation `invite_id`, if anyone joined with it."""
    holders = [
        (_join_order(cert, member), member.key)
        for cert in certificates
        if isinstance(cert, dict) and cert.get("invite") == invite_id
        for member in [member_of(roster, cert)]
        if member is not None
    ]
    return min(holders)[1] if holders else None


def _join_order(cert: dict[str, Any], member: Member) -> tuple[int, str]:
    """Earliest signed join stamp first (none: an older app's, before any stamped one), then
    the smaller device key id: the same order on every member."""
    joined = cert.get("joined")
    return (joined if type(joined) is int and joined >= 0 else 0, member.key)


def member_of(roster: dict[str, Any], cert: Any) -> Member | None:
    if not isinstance(cert, dict) or cert.get("team") != roster["team"]:
        return None
    invite = roster["invites"].get(cert.get("invite"))
    public = cert.get("public")
    if not invite or not isinstance(public, str) or not verify_signed(invite["public"], cert):
        return None
    try:
        return Member(key_id(public), public, str(cert.get("name", "")), invite["role"])
    except ValueError:
        return None


def join_code(
    roster: dict[str, Any], invite: SigningKey, server: str | None = None, token: str | None = None
) -> str:
    """What the supervisor hands over: team id, pinned owner key, invitation key (and, for a
    server, where it is and the invitation's one-off access token)."""
    payload = {"team": roster["team"], "name": roster["name"], "owner": roster["owner"]}
    payload |= {"invite": invite.secret, "server": server}
    payload |= {"token": token} if token else {}
    return CODE_PREFIX + b64(json.dumps(payload, separators=(",", ":")).encode())


def read_join_code(code: str) -> dict[str, Any]:
    """The join code's content; TeamError for a mistyped or foreign code."""
    code = code.strip()
    if not code.startswith(CODE_PREFIX):
        raise TeamError("not a QuickReply join code (it starts with QR1-)")
    try:
        payload = json.loads(unb64(code[len(CODE_PREFIX) :]))
        SigningKey.from_secret(payload["invite"])
        key_id(payload["owner"])
    except (ValueError, KeyError, TypeError):
        raise TeamError("the join code is damaged; copy it again") from None
    if not isinstance(payload, dict) or not isinstance(payload.get("team"), str):
        raise TeamError("the join code is damaged; copy it again")
    return payload
