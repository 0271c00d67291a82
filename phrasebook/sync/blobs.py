"""Reply pictures between team members: content-addressed, each sent once, verified on receipt.

A team phrase's picture list travels as a field like any other (hashes and names, see
team_rows); the bytes travel apart, as one file per picture named by its SHA-256. A member
whose phrase names a picture she lacks fetches it, checks that its bytes hash to its name and
that Pillow accepts them (the same checks as any picture), and only then stores it: a tampered,
damaged or hostile file is quarantined with its reason and never used, and the phrase syncs on
without it. Until a picture arrives the phrase shows without it, and gets it in a later round.
Personal phrases' pictures never leave the device: only pictures of team phrases are sent.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from phrasebook.db import image_rows
from phrasebook.errors import ValidationError
from phrasebook.image_check import MAX_IMAGE_BYTES, CheckedImage, check_image, image_hash
from phrasebook.store import Store

log = logging.getLogger(__name__)
SENT_STATE = "blobs_sent"


@runtime_checkable
class BlobTransport(Protocol):
    """What a transport needs to carry pictures (a team folder and a sync server both do)."""

    def has_blob(self, digest: str) -> bool: ...
    def publish_blob(self, digest: str, data: bytes) -> None: ...
    def fetch_blob(self, digest: str, limit: int) -> bytes | None: ...
    def blob_source(self, digest: str) -> str: ...


@runtime_checkable
class StampedBlobs(Protocol):
    """A transport whose pictures can change behind our back (files in a shared folder)."""

    def blob_stamp(self, digest: str) -> str | None:
        """A cheap fingerprint of the stored copy (size, modification time); None: missing."""
        ...


def publish(
    store: Store,
    transport: BlobTransport,
    state: Callable[[str], str],
    set_state: Callable[[str, str], None],
) -> int:
    """Send the team phrases' pictures the transport lacks; returns how many were sent.

    Each one sent is remembered with its copy's stamp, so a round reads only new pictures.
    In a shared folder a copy deleted or rewritten since (a cloud drive still syncing, a
    cleaner, a damaged disk) shows as a changed stamp: it is checked and, when its bytes are
    not the picture's, written again. A copy there already is checked once, and a damaged
    copy (same name, other bytes) is replaced.
    """
    sent = _sent(state(SENT_STATE))
    stamped = isinstance(transport, StampedBlobs)
    count = 0
    for digest in sorted(image_rows.linked_hashes(store.db, "team")):
        stamp = transport.blob_stamp(digest) if isinstance(transport, StampedBlobs) else ""
        if digest in sent and (not stamped or (stamp is not None and stamp == sent[digest])):
            continue
        data = image_rows.blob(store.db, digest)
        if data is None:
            continue  # still on its way to this device too
        there = None
        if stamp is not None and transport.has_blob(digest):
            there = transport.fetch_blob(digest, MAX_IMAGE_BYTES)
        if there is None or image_hash(there) != digest:
            transport.publish_blob(digest, data)
            count += 1
            if isinstance(transport, StampedBlobs):
                stamp = transport.blob_stamp(digest)
        sent[digest] = stamp or ""
    if sent != _sent(state(SENT_STATE)):
        set_state(SENT_STATE, json.dumps(sent, sort_keys=True))
    return count


def _sent(saved: str) -> dict[str, str]:
    """Pictures sent, with their copies' stamps (an older book kept a bare list: no stamps,
    so each is checked once more)."""
    loaded = json.loads(saved or "{}")
    if isinstance(loaded, list):
        return dict.fromkeys(map(str, loaded), "")
    return {str(k): str(v) for k, v in loaded.items()} if isinstance(loaded, dict) else {}


@dataclass(slots=True)
class Fetched:
    """One round's fetch: pictures stored, refusals (quarantined), and those not there yet."""

    arrived: int = 0
    refused: list[str] = field(default_factory=list)
    waiting: int = 0


def fetch(store: Store, transport: BlobTransport) -> Fetched:
    """Fetch the pictures linked phrases lack.

    Refused files are quarantined (listed in `sync_quarantine` once per file and reason) and
    tried again next round: the author may replace a damaged copy. A picture not in the
    shared place yet is counted (`waiting`): its reply shows without it until it arrives.
    """
    problems: list[str] = []
    arrived: list[str] = []
    waiting = 0
    for digest in sorted(image_rows.missing_hashes(store.db)):
        data = transport.fetch_blob(digest, MAX_IMAGE_BYTES)
        if data is None:
            waiting += 1  # not published yet, or deleted there: shown without it until then
            continue
        source = transport.blob_source(digest)
        try:
            image = _verified(digest, data)
        except ValidationError as exc:
            problems.append(f"{source}: {exc}")
            _quarantine(store, source, str(exc))
            continue
        with store.write() as write:
            image_rows.store_blob(store.db, image, store.clock.now())
            write.touch(image_rows.phrases_linking(store.db, [digest]))
        arrived.append(digest)
    return Fetched(len(arrived), problems, waiting)


def _verified(digest: str, data: bytes) -> CheckedImage:
    if image_hash(data) != digest:
        raise ValidationError("its bytes do not match its name (tampered or damaged); refused")
    return check_image(data, f"picture {digest[:12]}")


def _quarantine(store: Store, source: str, reason: str) -> None:
    db = store.db
    known = db.execute(
        "SELECT 1 FROM sync_quarantine WHERE source = ? AND reason = ?", [source, reason]
    ).fetchone()
    if known is None:
        log.warning("sync: refused %s: %s", source, reason)
        with db.atomic():
            db.execute(
                "INSERT INTO sync_quarantine(at, source, reason) VALUES (?, ?, ?)",
                [store.clock.now(), source, reason],
            )
