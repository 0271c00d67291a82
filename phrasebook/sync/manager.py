"""`SyncManager` (reached as `store.sync`): this device's team, keys and sync rounds.

State lives in the book's own `sync_state` table: the device's private key (it never leaves the
machine), the team it belongs to and how to reach it, and read/sent positions.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from pathlib import Path
from typing import Any

from phrasebook.book_backups import BookBackups
from phrasebook.errors import PhrasebookError
from phrasebook.settings import Settings
from phrasebook.store import Store
from phrasebook.sync import backoff, epochs, held, merge, sync_round, team
from phrasebook.sync.changelog import ChangeLog
from phrasebook.sync.folder import FolderTransport
from phrasebook.sync.keys import SigningKey
from phrasebook.sync.server_client import ServerTransport
from phrasebook.sync.team import Member, TeamError

log = logging.getLogger(__name__)


class SyncManager:
    """Team membership and sync for one open phrasebook."""

    def __init__(self, store: Store, settings: Settings, backups: BookBackups) -> None:
        self.store = store
        self._settings = settings
        self._backups = backups

    # -- state ------------------------------------------------------------------------------

    def _state(self, key: str) -> str:
        row = self.store.db.execute("SELECT value FROM sync_state WHERE key = ?", [key]).fetchone()
        return str(row[0]) if row else ""

    def _set_state(self, key: str, value: str) -> None:
        with self.store.db.atomic():
            self.store.db.execute(
                "INSERT OR REPLACE INTO sync_state(key, value) VALUES (?, ?)", [key, value]
            )

    @property
    def device_key(self) -> SigningKey:
        """This device's signing key, made on first use; its id is the device's node."""
        secret = self._state("device_key")
        if secret:
            return SigningKey.from_secret(secret)
        key = SigningKey.generate()
        self._set_state("device_key", key.secret)
        return key

    @property
    def team(self) -> dict[str, Any] | None:
        """The team this book belongs to (id, name, owner key, transport), or None."""
        raw = self._state("team")
        return dict(json.loads(raw)) if raw else None

    def _require_team(self) -> dict[str, Any]:
        config = self.team
        if config is None:
            raise TeamError(
                "this phrasebook is not in a team; `phrasebook team create` or `team join`"
            )
        return config

    # -- team -------------------------------------------------------------------------------

    def create_team(self, name: str, *, folder: str | Path | None = None, server: str | None = None,
                    member_name: str = "", admin_token: str = "") -> dict[str, Any]:  # fmt: skip
        """Start a team owned by this device (a supervisor); its team phrases are published.

        On a server, `admin_token` is the operator's token (`phrasebook serve` printed it).
        """
        if self.team is not None:
            raise TeamError(f"already in team {self.team['name']!r}")
        key = self.device_key
        roster = team.new_roster(name, key, member_name or self._settings.profile.nickname)
        where = self._where(folder, server)
        transport = self._transport(where)
        token = transport.create_team(roster, key, *([admin_token] if server else []))
        config = {"team": roster["team"], "name": name, "owner": key.public} | where
        config |= {"token": token} if token else {}
        self._save_team(config, roster)
        return config

    def invite(self, role: str = "agent", name: str = "") -> str:
        """A join code for one new member with `role` (only the team's owner can invite)."""
        config = self._require_team()
        key = self.device_key
        if config["owner"] != key.public:
            raise TeamError("only the device that created the team can invite members")
        transport = self._transport(config)
        roster = self._verified_roster(transport, config, [])
        roster, invite = team.add_invite(roster, key, role, name)
        token = transport.write_roster(roster, invite.id)
        self._set_state("roster", json.dumps(roster))
        return team.join_code(roster, invite, config.get("server"), token)

    def remove(self, name: str) -> None:
        """Withdraw the invitation of the member (or unused code) `name` (owner only): her device
        is no longer a member, so peers hold her later changes; what she sent before stays."""
        config = self._require_team()
        key = self.device_key
        if config["owner"] != key.public:
            raise TeamError("only the device that created the team can remove members")
        transport = self._transport(config)
        roster = self._verified_roster(transport, config, [])
        invite = team.invite_of(roster, transport.read_certificates(), name)
        roster = team.remove_invite(roster, key, invite)
        transport.write_roster(roster)
        self._set_state("roster", json.dumps(roster))

    def join(self, code: str, *, folder: str | Path | None = None, server: str | None = None,
             member_name: str = "") -> dict[str, Any]:  # fmt: skip
        """Join the team of a join code; this book's own team phrases become personal ones."""
        if self.team is not None:
            raise TeamError(f"already in team {self.team['name']!r}")
        payload = team.read_join_code(code)
        where = self._where(folder, None if folder else server or payload.get("server"))
        transport = self._transport(
            where | {"team": payload["team"], "token": payload.get("token")}
        )
        roster = team.check_roster(transport.read_roster(), payload["owner"], payload["team"])
        invite = SigningKey.from_secret(payload["invite"])
        if invite.id not in roster["invites"]:
            raise TeamError("this join code was not issued for this team (or was withdrawn)")
        # A server refuses a second use itself (and shows an invitation no certificates).
        holder = (
            None
            if where.get("server")
            else team.used_by(roster, transport.read_certificates(), invite.id)
        )
        if holder not in (None, self.device_key.id):
            raise TeamError("this join code was already used; ask your supervisor for a new one")
        name = member_name or self._settings.profile.nickname or invite.id
        joined = int(self.store.wall() * 1000)
        cert = team.member_certificate(roster["team"], self.device_key, invite, name, joined)
        token = transport.write_certificate(self.device_key.id, cert)
        config = {"team": roster["team"], "name": roster["name"], "owner": roster["owner"]}
        config |= where | ({"token": token} if token else {})
        with self.store.write():
            self.store.db.execute("UPDATE phrases SET scope = 'personal' WHERE scope = 'team'")
        self._save_team(config, roster)
        self.store.reload()
        return config

    def members(self) -> list[Member]:
        config = self._require_team()
        return list(self._members(self._transport(config), config).values())

    def _members(
        self,
        transport: sync_round.Transport,
        config: dict[str, Any],
        warnings: list[str] | None = None,
    ) -> dict[str, Member]:
        roster = self._verified_roster(transport, config, warnings if warnings is not None else [])
        return team.members(roster, transport.read_certificates())

    def _verified_roster(
        self, transport: sync_round.Transport, config: dict[str, Any], warnings: list[str]
    ) -> dict[str, Any]:
        """The transport's roster when the owner signed it and it is not older than the last
        one verified; otherwise the last verified one, with one warning per bad file (the
        owner's device writes that one back instead: nobody else can sign a roster)."""
        raw = transport.read_roster()
        kept = json.loads(self._state("roster") or "null")
        try:
            roster = team.check_roster(raw, config["owner"], config["team"])
        except TeamError as exc:
            if kept is None:
                raise
            why = f"{self._roster_file(transport)}: {exc}"
            self._repair_or_warn(transport, config, raw, why, kept, warnings)
            return dict(kept)
        if kept is not None and int(kept["version"]) > int(roster["version"]):
            why = f"{self._roster_file(transport)}: an older roster (version {roster['version']})"
            self._repair_or_warn(transport, config, raw, why, kept, warnings)
            return dict(kept)
        self._set_state("roster", json.dumps(roster))
        return roster

    def _repair_or_warn(self, transport: sync_round.Transport, config: dict[str, Any], raw: Any,
                        why: str, kept: dict[str, Any], warnings: list[str]) -> None:  # fmt: skip
        if config["owner"] == self.device_key.public:
            try:
                transport.write_roster(kept)
            except (PhrasebookError, OSError) as exc:
                why += f" (could not rewrite it: {exc})"
            else:
                text = (
                    f"{why}; rewrote it from the roster verified last (version {kept['version']})"
                )
                log.warning("sync: %s", text)
                warnings.append(text)
                return
        self._warn_once(raw, why, kept, warnings)

    def _warn_once(self, raw: Any, why: str, kept: dict[str, Any], warnings: list[str]) -> None:
        stamp = hashlib.sha256(json.dumps(raw, sort_keys=True, default=str).encode()).hexdigest()
        if self._state("roster_warned") == stamp:
            return
        self._set_state("roster_warned", stamp)
        text = f"{why}; ignored, keeping the roster verified last (version {kept['version']})"
        log.warning("sync: %s", text)
        warnings.append(text)

    @staticmethod
    def _roster_file(transport: sync_round.Transport) -> str:
        where = transport.describe()
        return str(Path(where) / "team.json") if "://" not in where else f"{where} roster"

    @property
    def role(self) -> str | None:
        """This device's role as of the last roster read (None before joining)."""
        raw = self._state("roster")
        if not raw:
            return None
        found = team.members(json.loads(raw), [])
        me = found.get(self.device_key.id)
        return me.role if me else self._state("role") or None

    # -- rounds -----------------------------------------------------------------------------

    def sync(
        self,
        *,
        folder: str | Path | None = None,
        server: str | None = None,
        confirm_deletes: bool = False,
        admin_token: str = "",
    ) -> sync_round.SyncSummary:
        """One round with the team's folder or server (or the one given, e.g. when moving: the
        owner then needs the server's `admin_token`).

        A failed round raises; the next one is due after `next_round_in()` seconds (exponential
        backoff with jitter while the folder or server stays away).
        """
        try:
            summary = self._round(folder, server, confirm_deletes, admin_token)
        except (PhrasebookError, OSError):
            failures = int(self._state("failures") or 0) + 1
            wait = backoff.delay(failures, backoff.ROUND_BASE_S, backoff.ROUND_CAP_S)
            self._set_state("failures", str(failures))
            self._set_state("retry_at", str(time.time() + wait))
            raise
        if self._state("failures"):
            self._set_state("failures", "")
            self._set_state("retry_at", "")
        return summary

    def next_round_in(self) -> float:
        """Seconds until a background round is due after failures (0: now)."""
        return max(0.0, float(self._state("retry_at") or 0) - time.time())

    def _round(self, folder: str | Path | None, server: str | None, confirm_deletes: bool,
               admin_token: str) -> sync_round.SyncSummary:  # fmt: skip
        config = self._require_team()
        if folder or server:
            config = self._moved(config, self._where(folder, server), admin_token)
        transport = self._transport(config)
        transport.check()
        if epochs.place(self.store.path) != self._state("place"):
            with self.store.db.atomic():
                epochs.note_place(self.store.db.conn, self.store.path)
        warnings: list[str] = []
        members = self._members(transport, config, warnings)
        me = members.get(self.device_key.id)
        self._set_state("role", me.role if me else "")
        ctx = sync_round.RoundContext(
            self.store, self._backups.backup, transport, config["team"], self.device_key, members,
            self._state, self._set_state,
        )  # fmt: skip
        summary = sync_round.run_round(ctx, confirm_deletes=confirm_deletes)
        summary.warnings[:0] = warnings
        summary.pending = self.pending()
        self._set_state("last", json.dumps({"at": time.time(), **_brief(summary)}))
        return summary

    def pending(self) -> int:
        """Local ops not yet published (an estimate of unsent team edits)."""
        if not self._state("device_key"):
            return 0
        last = ChangeLog(self.store.db.conn, self.device_key.id).last_seq()
        return max(0, last - int(self._state("sent") or 0))

    def conflicts(self) -> list[merge.Conflict]:
        return merge.conflicts(self.store.db.conn)

    def last_round(self) -> dict[str, Any] | None:
        raw = self._state("last")
        return dict(json.loads(raw)) if raw else None

    def quarantined(self) -> list[held.Held]:
        """Segments set aside for good (hostile) and those waiting for a retry, with files."""
        return held.listed(self.store.db.conn)

    def start_new_epoch(self) -> int:
        """Number this device's next changes in a fresh range (after a restore); see epochs."""
        with self.store.write():
            return epochs.start_new_epoch(self.store.db.conn)

    # -- helpers ----------------------------------------------------------------------------

    def _moved(
        self, config: dict[str, Any], where: dict[str, Any], admin_token: str = ""
    ) -> dict[str, Any]:
        """Point the team at another folder or server; everything is uploaded there next."""
        if all(config.get(k) == v for k, v in where.items()):
            return config
        kept = {k: v for k, v in config.items() if k not in ("folder", "server", "token")}
        moved = kept | where
        if "server" in where:
            moved["token"] = self._server_token(config, moved, admin_token)
        self._set_state("team", json.dumps(moved))
        self._set_state("sent", "")
        self._set_state("cursor", "")
        self._set_state("upload_all", "1")
        return moved

    def _server_token(self, old: dict[str, Any], new: dict[str, Any], admin_token: str) -> str:
        """Moving to a server: the owner uploads the team (roster and member certificates);
        any other member, once the owner has, proves its device key for a token."""
        server = self._transport(new)
        key = self.device_key
        if old["owner"] != key.public:
            return str(server.request_token(key))
        token = str(server.create_team(self._roster(), key, admin_token))
        try:
            certificates = self._transport(old).read_certificates()
        except (OSError, TeamError) as exc:  # the old place is gone: members can re-join
            log.warning("could not copy member certificates from %s: %s", old, exc)
            certificates = []
        for cert in certificates:
            server.write_certificate("", cert)
        return token

    def _roster(self) -> dict[str, Any]:
        return dict(json.loads(self._state("roster")))

    def _save_team(self, config: dict[str, Any], roster: dict[str, Any]) -> None:
        self._set_state("team", json.dumps(config))
        self._set_state("roster", json.dumps(roster))
        for key in ("sent", "cursor", "captured"):
            self._set_state(key, "")

    @staticmethod
    def _where(folder: str | Path | None, server: str | None) -> dict[str, Any]:
        if bool(folder) == bool(server):
            raise TeamError("give exactly one of --folder PATH or --server URL")
        if folder:
            return {"folder": str(Path(folder).expanduser().resolve())}
        return {"server": str(server).rstrip("/")}

    def _transport(self, config: dict[str, Any]) -> Any:
        if config.get("folder"):
            return FolderTransport(config["folder"])
        if config.get("server"):
            return ServerTransport(
                config["server"], config.get("team", ""), config.get("token") or ""
            )
        raise TeamError("the team has neither a folder nor a server; `phrasebook sync --folder`")


def _brief(summary: sync_round.SyncSummary) -> dict[str, Any]:
    return {
        "sent": summary.sent,
        "received": summary.received,
        "conflicts": summary.conflicts,
        "quarantined": summary.quarantined,
        "held_deletes": summary.held_deletes,
        "problems": summary.problems[:5],
        "warnings": summary.warnings[:5],
        "held": len(summary.held),
    }
