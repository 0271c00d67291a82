"""Segments: a device's ops `first..last`, signed as a whole, gzipped JSON Lines.

Line 1 is the header (format, team, node, range, count, SHA-256 of the op lines, signature by
the node's device key); every other line is one op. A segment is checked completely before any
of it is used, so a torn, oversized, tampered or foreign one is refused whole, never in part.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from phrasebook.sync import epochs
from phrasebook.sync.keys import SigningKey, canonical_bytes, verify
from phrasebook.sync.ops import MAX_VALUE_CHARS, Op, OpError, from_wire, to_wire

FORMAT = 1
MAX_COMPRESSED = 8 * 1024 * 1024
MAX_DECOMPRESSED = 64 * 1024 * 1024
#: An op line holds its value escaped once more (at most 4 UTF-8 bytes per character of it).
MAX_LINE = 4 * MAX_VALUE_CHARS + 64 * 1024


class SegmentError(ValueError):
    """A segment that must not be applied; the message is the reason.

    `heals` is True when the cause may go away by itself (a file still arriving, a member's
    certificate not yet there, a newer format after an update): the segment is tried again
    later. False means provably hostile or broken for good (a bad signature from a known key,
    another team's file): it is set aside and listed.
    """

    def __init__(self, message: str, *, heals: bool = False) -> None:
        super().__init__(message)
        self.heals = heals


@dataclass(frozen=True, slots=True)
class Segment:
    node: str
    first: int
    last: int
    ops: tuple[Op, ...]


def encode(team: str, key: SigningKey, ops: Sequence[Op]) -> bytes:
    """Sign and compress a run of this device's consecutive ops."""
    lines = [json.dumps(to_wire(op), ensure_ascii=False, separators=(",", ":")) for op in ops]
    body = "".join(line + "\n" for line in lines).encode()
    header = {
        "format": FORMAT,
        "team": team,
        "node": key.id,
        "first": ops[0].seq,
        "last": ops[-1].seq,
        "count": len(ops),
        "body": hashlib.sha256(body).hexdigest(),
    }
    head = json.dumps(key.signed(header), separators=(",", ":")).encode() + b"\n"
    return gzip.compress(head + body, compresslevel=6, mtime=0)


def decode(data: bytes, team: str, public_of: Callable[[str], str | None], now_ms: int) -> Segment:
    """Check and read a segment; SegmentError with a reason for anything wrong."""
    if len(data) > MAX_COMPRESSED:
        raise SegmentError(f"larger than {MAX_COMPRESSED} bytes")
    raw = _gunzip(data)
    head_line, _, body = raw.partition(b"\n")
    header = _header(head_line, team)
    public = public_of(header["node"])
    if public is None:
        raise SegmentError(f"device {header['node']} is not a member of this team (yet?)",
                           heals=True)  # fmt: skip
    if not verify(public, header.get("sig"), canonical_bytes(header)):
        raise SegmentError("bad signature (tampered, or not written by that device)")
    if hashlib.sha256(body).hexdigest() != header["body"]:
        raise SegmentError("content does not match its signed digest (torn or tampered)")
    ops = _ops(body, header["node"], now_ms)
    seqs = [op.seq for op in ops]
    if seqs != list(range(header["first"], header["last"] + 1)):
        raise SegmentError("op numbers do not match the header's range")
    return Segment(header["node"], header["first"], header["last"], tuple(ops))


def _gunzip(data: bytes) -> bytes:
    out = io.BytesIO()
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            while chunk := stream.read(1 << 20):
                out.write(chunk)
                if out.tell() > MAX_DECOMPRESSED:
                    raise SegmentError("decompresses to more than 64 MB (a zip bomb?)")
    except (OSError, EOFError, zlib.error) as exc:
        raise SegmentError(f"not a complete gzip file ({exc})", heals=True) from None
    return out.getvalue()


def _header(line: bytes, team: str) -> dict[str, Any]:
    if len(line) > MAX_LINE:
        raise SegmentError("header line too long")
    try:
        header = json.loads(line)
    except ValueError:
        raise SegmentError("header is not JSON") from None
    if not isinstance(header, dict):
        raise SegmentError("header is not an object")
    if header.get("format") != FORMAT:
        raise SegmentError(
            f"format {header.get('format')!r} unknown (a newer QuickReply? please update)",
            heals=True,
        )
    if header.get("team") != team:
        raise SegmentError("belongs to another team")
    checks = ("node", str), ("first", int), ("last", int), ("count", int), ("body", str)
    for name, kind in checks:
        if type(header.get(name)) is not kind:
            raise SegmentError(f"header field {name!r} missing or of the wrong type")
    if not 1 <= header["first"] <= header["last"] or header["count"] != (
        header["last"] - header["first"] + 1
    ):
        raise SegmentError("header range is inconsistent")
    if epochs.epoch_of(header["first"]) != epochs.epoch_of(header["last"]):
        raise SegmentError("header range spans two epochs")
    return header


def _ops(body: bytes, node: str, now_ms: int) -> list[Op]:
    ops: list[Op] = []
    for number, line in enumerate(body.splitlines(), start=2):
        if len(line) > MAX_LINE:
            raise SegmentError(f"line {number} longer than {MAX_LINE:,} bytes")
        try:
            ops.append(from_wire(json.loads(line), node, node, now_ms))
        except (ValueError, OpError) as exc:
            heals = isinstance(exc, OpError) and exc.heals  # e.g. a newer kind: after an update
            raise SegmentError(f"line {number}: {exc}", heals=heals) from None
    return ops
