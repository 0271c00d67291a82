"""The sync server's decisions, without HTTP: who a token is, what a request may do, what to store.

Every check the folder transport's readers make is made here again before anything is stored
(signed roster, member certificates, segment signature/digest/range/size, op authority), and
every refusal is a `Refused` with the HTTP status and a reason that goes to the log and to the
client. Clients still verify everything they read: the server is a mailbox, not an authority.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import secrets
import time
from collections.abc import Callable
from typing import Any

from phrasebook.image_check import MAX_IMAGE_BYTES, image_hash, mib
from phrasebook.sync import team
from phrasebook.sync.keys import key_id, verify_signed
from phrasebook.sync.ops import OpError, check_authority
from phrasebook.sync.server_limits import Limits
from phrasebook.sync.server_store import Full, Store, StoredSegment
from phrasebook.sync.signed_segments import SegmentError, decode
from phrasebook.sync.team import Member, TeamError

log = logging.getLogger("phrasebook.server")
TEAM_ID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
NODE_ID = re.compile(r"^[0-9a-f]{16}$")
BLOB_NAME = re.compile(r"^[0-9a-f]{64}$")
#: A signed request (token request, team creation) is accepted this close to the server's clock.
PROOF_WINDOW_MS = 5 * 60 * 1000
PAGE_SEGMENTS = 200
#: A member's segment may be stamped up to this far ahead of the server's clock (her clock was
#: set ahead, then fixed, and her stamps stay ahead): stored, so her rounds go on; members hold
#: those changes until their own clocks are within a day of the stamps.
AHEAD_GRACE_MS = 30 * 86_400_000
PAGE_BYTES = 16 * 1024 * 1024


class Refused(Exception):
    """A request the server will not serve; `status` is the HTTP status."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


def digest(token: str) -> str:
    """Tokens are stored only as their SHA-256 (they are random, so no slow hash is needed)."""
    return hashlib.sha256(token.encode()).hexdigest()


def new_token() -> str:
    return "qrt_" + secrets.token_urlsafe(32)


class Rules:
    """The server's logic over one store; `now_ms` is injectable for tests."""

    def __init__(
        self, store: Store, now_ms: Callable[[], int] | None = None, limits: Limits | None = None
    ) -> None:
        self.store = store
        self.limits = limits or Limits()
        self._now_ms = now_ms or (lambda: int(time.time() * 1000))
        self._members: dict[str, tuple[tuple[str, int], dict[str, Member]]] = {}

    # -- identity -----------------------------------------------------------------------------

    def caller(self, team_id: str, token: str | None) -> tuple[str, str]:
        """(key, kind) of a valid token for this team; kind is 'member' or 'invite'."""
        check_team_id(team_id)
        if not token:
            raise Refused(401, "no access token")
        found = self.store.token(digest(token))
        if found is None or found[0] != team_id:
            raise Refused(401, "unknown access token")
        return found[1], found[2]

    def known_token(self, token: str) -> bool:
        """Whether `token` is one this server issued (a member's, an invitation's, the operator's):
        only those get a rate bucket of their own."""
        hashed = digest(token)
        return self.store.token(hashed) is not None or hashed == self.store.admin()

    def member(self, team_id: str, token: str | None) -> Member:
        key, kind = self.caller(team_id, token)
        if kind != "member":
            raise Refused(403, "an invitation token may only join")
        found = self.members(team_id).get(key)
        if found is None:
            raise Refused(403, f"{key} is no longer a member of this team")
        return found

    def members(self, team_id: str) -> dict[str, Member]:
        """Roster + certificates -> members (cached until either changes)."""
        roster = self.roster(team_id)
        certs = self.store.certs(team_id)
        stamp = (json.dumps(roster, sort_keys=True), len(certs))
        cached = self._members.get(team_id)
        if cached and cached[0] == stamp:
            return cached[1]
        found = team.members(roster, [json.loads(c) for c in certs])
        self._members[team_id] = (stamp, found)
        return found

    def roster(self, team_id: str) -> dict[str, Any]:
        raw = self.store.roster(team_id)
        if raw is None:
            raise Refused(404, "no such team on this server")
        return dict(json.loads(raw))

    # -- team and membership ------------------------------------------------------------------

    def is_admin(self, token: str | None) -> bool:
        """True for the operator's token (it alone may create teams)."""
        stored = self.store.admin()
        return (
            bool(token)
            and stored is not None
            and secrets.compare_digest(stored, digest(token or ""))
        )

    def create_team(self, body: Any) -> str:
        """Store a new team (or recognise its owner again) and issue the owner's token."""
        if not isinstance(body, dict):
            raise Refused(400, "expected a JSON object")
        roster = body.get("roster")
        try:
            owner = roster["owner"] if isinstance(roster, dict) else ""
            team.check_roster(roster, owner, str(roster.get("team", "")))  # type: ignore[union-attr]
        except (TeamError, TypeError, KeyError) as exc:
            raise Refused(400, f"bad roster: {exc}") from None
        team_id = str(roster["team"])  # type: ignore[index]
        check_team_id(team_id)
        self._check_proof(team_id, owner, body.get("proof"))
        text = json.dumps(roster, ensure_ascii=False)
        try:
            created = self.store.create_team(team_id, text, int(roster["version"]),  # type: ignore[index]
                                             self.limits.max_teams)  # fmt: skip
        except Full as exc:
            raise Refused(403, str(exc)) from None
        if not created:
            if self.roster(team_id)["owner"] != owner:
                raise Refused(409, "a different team with this id exists")
            self.store.set_roster(team_id, text, int(roster["version"]))  # type: ignore[index]
        return self._issue(team_id, key_id(owner), "member")

    def token_for_device(self, team_id: str, body: Any) -> str:
        """A fresh token for a member that proves it holds its device key (after a move)."""
        check_team_id(team_id)
        proof = body.get("proof") if isinstance(body, dict) else None
        key = proof.get("key") if isinstance(proof, dict) else None
        member = self.members(team_id).get(str(key))
        if member is None:
            raise Refused(403, f"{key!r} is not a member of this team")
        self._check_proof(team_id, member.public, proof)
        return self._issue(team_id, member.key, "member")

    def put_roster(self, team_id: str, token: str | None, body: Any) -> str | None:
        """The owner publishes a newer roster; a named new invitation gets a one-off token."""
        me = self.member(team_id, token)
        current = self.roster(team_id)
        if me.key != key_id(current["owner"]):
            raise Refused(403, "only the team's owner may change the roster")
        roster = body.get("roster") if isinstance(body, dict) else None
        try:
            team.check_roster(roster, current["owner"], team_id)
        except TeamError as exc:
            raise Refused(400, f"bad roster: {exc}") from None
        assert isinstance(roster, dict)
        text = json.dumps(roster, ensure_ascii=False)
        invite = body.get("invite")
        if invite is not None and invite not in roster["invites"]:
            raise Refused(400, "the invitation is not in the roster")
        if invite is not None and self.store.invite_count(team_id) >= self.limits.max_members:
            raise Refused(403, f"the team has {self.limits.max_members} unused invitations")
        if not self.store.set_roster(team_id, text, int(roster["version"])):
            raise Refused(409, "the server holds a roster at least as new")
        return None if invite is None else self._issue(team_id, str(invite), "invite")

    def add_certificate(self, team_id: str, token: str | None, body: Any) -> str | None:
        """A joining device (invitation token) or the owner (moving a team) adds a certificate."""
        key, kind = self.caller(team_id, token)
        cert = body.get("certificate") if isinstance(body, dict) else None
        roster = self.roster(team_id)
        member = team.member_of(roster, cert)
        if member is None:
            raise Refused(400, "the certificate is not signed by one of this team's invitations")
        text = json.dumps(cert, ensure_ascii=False)
        if self.store.member_count(team_id) >= self.limits.max_members:
            raise Refused(403, f"the team has its limit of {self.limits.max_members} members")
        if kind == "member":
            if key != key_id(roster["owner"]):
                raise Refused(403, "only the team's owner may add members")
            self.store.add_cert(team_id, member.key, text)
            return None
        if not isinstance(cert, dict) or cert.get("invite") != key:
            raise Refused(403, "this invitation token belongs to another invitation")
        fresh = new_token()
        if not self.store.use_invite(digest(token or ""), team_id, member.key, text,
                                     digest(fresh)):  # fmt: skip
            raise Refused(401, "the invitation was used already")
        return fresh

    def _issue(self, team_id: str, key: str, kind: str) -> str:
        token = new_token()
        self.store.add_token(digest(token), team_id, key, kind)
        return token

    def _check_proof(self, team_id: str, public: str, proof: Any) -> None:
        """A fresh, never-seen request signed by `public` for this team."""
        if not isinstance(proof, dict) or proof.get("team") != team_id:
            raise Refused(400, "missing or foreign signed proof")
        at = proof.get("at")
        if type(at) is not int or abs(at - self._now_ms()) > PROOF_WINDOW_MS:
            raise Refused(400, "the signed proof is stale (check this computer's clock)")
        if not verify_signed(public, proof):
            raise Refused(403, "bad signature on the proof")
        forget = self._now_ms() - 2 * PROOF_WINDOW_MS
        if not self.store.note_nonce(team_id, digest(str(proof.get("sig"))), at, forget):
            raise Refused(403, "replayed request")

    # -- segments -----------------------------------------------------------------------------

    def publish(self, team_id: str, token: str | None, node: str, first: int, last: int,
                data: bytes) -> str:  # fmt: skip
        """Check a segment exactly as a reader would, then store it (idempotent per range)."""
        me = self.member(team_id, token)
        if node != me.key:
            raise Refused(403, f"{me.key} may only publish its own ops, not {node}'s")
        members = self.members(team_id)

        def public_of(key: str) -> str | None:
            return members[key].public if key in members else None

        try:
            seg = decode(data, team_id, public_of, self._now_ms() + AHEAD_GRACE_MS)
            if (seg.node, seg.first, seg.last) != (node, first, last):
                raise SegmentError("the address does not match its signed header (replayed?)")
            for op in seg.ops:
                check_authority(op, me.role)
        except (SegmentError, OpError) as exc:
            raise Refused(422, f"segment refused: {exc}") from None
        outcome = self.store.add_segment(team_id, node, first, last, data, self.limits.team_bytes)
        if outcome == "full":
            quota = self.limits.team_bytes // 1024**2
            raise Refused(413, f"the team's storage quota ({quota} MB) is full")
        if outcome == "overlap":
            raise Refused(409, f"ops {first}-{last} overlap a stored segment of {node}")
        return outcome

    def published(self, team_id: str, token: str | None, node: str, above: int = 0,
                  upto: int = 10**12) -> int:  # fmt: skip
        self.member(team_id, token)
        check_node(node)
        return self.store.published(team_id, node, above, upto)

    def read(self, team_id: str, token: str | None, after: int) -> list[StoredSegment]:
        self.member(team_id, token)
        return self.store.segments(team_id, after, PAGE_SEGMENTS, PAGE_BYTES)

    # -- pictures (content-addressed, as `blobs/<sha256>` in a team folder) --------------------

    def put_blob(self, team_id: str, token: str | None, name: str, data: bytes) -> str:
        """Store a team phrase's picture: only from a member who may publish team phrases, only
        when the bytes hash to `name`, within the per-picture limit and the team's quota.
        Returns 'stored' or 'duplicate' (held already: nothing changes)."""
        self.may_put_blob(team_id, token, name)
        if len(data) > MAX_IMAGE_BYTES:
            raise Refused(413, f"a picture may be at most {mib(MAX_IMAGE_BYTES)}")
        if image_hash(data) != name:
            raise Refused(422, "the picture's bytes do not hash to its name (tampered or damaged)")
        outcome = self.store.add_blob(team_id, name, data, self.limits.team_picture_bytes)
        if outcome == "full":
            quota = self.limits.team_picture_bytes // 1024**2
            raise Refused(413, f"the team's picture quota ({quota} MB) is full")
        return outcome

    def may_put_blob(self, team_id: str, token: str | None, name: str) -> None:
        """Refuse a stranger, an agent or a malformed name before a body is read."""
        me = self.member(team_id, token)
        check_blob_name(name)
        if me.role != "supervisor":  # the role that may change team phrases (`ops`)
            raise Refused(403, f"{me.key} ({me.role}) may not publish team pictures")

    def has_blob(self, team_id: str, token: str | None, name: str) -> bool:
        self.member(team_id, token)
        check_blob_name(name)
        return self.store.has_blob(team_id, name)

    def blob(self, team_id: str, token: str | None, name: str) -> bytes:
        self.member(team_id, token)
        check_blob_name(name)
        data = self.store.blob(team_id, name)
        if data is None:
            raise Refused(404, "no such picture in this team (not published yet?)")
        return data


def check_blob_name(name: str) -> None:
    if not BLOB_NAME.match(name):
        raise Refused(400, f"not a picture hash: {name[:70]!r}")


def check_team_id(team_id: str) -> None:
    if not TEAM_ID.match(team_id):
        raise Refused(400, f"not a team id: {team_id[:60]!r}")


def check_node(node: str) -> None:
    if not NODE_ID.match(node):
        raise Refused(400, f"not a device id: {node[:60]!r}")
