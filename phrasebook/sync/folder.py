"""Transport A: a shared folder (network share, NAS, cloud-drive folder). No locks, no overwrites.

    <folder>/team.json                      the roster, written only by the owner
    <folder>/members/<key>.json             member certificates, one per device
    <folder>/ops/<node>/<first>-<last>.jsonl.gz   segments, each written once by its device
    <folder>/blobs/<sha256>                 reply pictures, named by the hash of their bytes

Every file is written to a hidden temporary name, flushed to disk, then renamed into place, so a
reader sees a whole file or none. Only names matching the strict patterns are read; anything
else (a cloud drive's "conflicted copy", a stray temp file) is reported, never parsed.
"""

from __future__ import annotations

import json
import logging
import os
import re
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from phrasebook.sync.signed_segments import MAX_COMPRESSED

log = logging.getLogger(__name__)
_NODE = re.compile(r"^[0-9a-f]{16}$")
_SEGMENT = re.compile(r"^(\d{12})-(\d{12})\.jsonl\.gz$")
_MAX_JSON = 1024 * 1024
_BLOB = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True, slots=True)
class Incoming:
    """A segment found at a transport, not yet checked. `data` is None when it cannot be read;
    then `problem` says why and `heals` whether a later round may read it. `position` is the
    server cursor just before it ("" for a folder), so a segment to retry can be read again."""

    source: str
    node: str
    first: int
    last: int
    data: bytes | None
    problem: str = ""
    heals: bool = False
    position: str = ""


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temp file + fsync + rename (never a half file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.parent / f".tmp-{uuid.uuid4().hex}"
    try:
        with tmp.open("wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


class FolderTransport:
    """Reads and writes one team folder."""

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root).expanduser()
        self.odd_files: list[str] = []

    def describe(self) -> str:
        return str(self.root)

    def check(self) -> None:
        """Raise OSError when the folder is missing (an unplugged drive is not an empty team)."""
        if not self.root.is_dir():
            raise FileNotFoundError(2, "team folder not found", str(self.root))

    # -- roster and members -----------------------------------------------------------------

    def create_team(self, roster: dict[str, Any], owner: Any) -> str | None:
        """Put a new team's roster in the folder (refused if the folder holds one already)."""
        self.root.mkdir(parents=True, exist_ok=True)
        existing = self.read_roster()
        if existing is not None and existing.get("team") != roster["team"]:
            raise FileExistsError(17, "the folder already holds a team (use `team join`)",
                                  str(self.root / "team.json"))  # fmt: skip
        self.write_roster(roster)
        return None

    def read_roster(self) -> Any:
        return _read_json(self.root / "team.json")

    def write_roster(self, roster: dict[str, Any], invite: str | None = None) -> str | None:
        write_atomically(self.root / "team.json", _dump(roster))
        return None  # a folder needs no invitation token

    def read_certificates(self) -> list[Any]:
        folder = self.root / "members"
        if not folder.is_dir():
            return []
        found = []
        for path in sorted(folder.iterdir()):
            if _NODE.match(path.stem) and path.suffix == ".json":
                cert = _read_json(path)
                if cert is not None:
                    found.append(cert)
        return found

    def write_certificate(self, key: str, cert: dict[str, Any]) -> str | None:
        write_atomically(self.root / "members" / f"{key}.json", _dump(cert))
        return None  # a folder needs no access token

    # -- segments ---------------------------------------------------------------------------

    def published(self, node: str, above: int = 0, upto: int | None = None) -> int:
        """The highest op number of `node` in the folder between `above` and `upto` (a crash
        may have hidden it from the book; a restored book lacks it)."""
        folder = self.root / "ops" / node
        names = os.listdir(folder) if folder.is_dir() else []
        ranges = ((int(m[1]), int(m[2])) for n in names if (m := _SEGMENT.match(n)))
        top = upto if upto is not None else 10**12
        return max((last for first, last in ranges if first > above and last <= top), default=0)

    def publish(self, node: str, first: int, last: int, data: bytes) -> None:
        path = self.root / "ops" / node / f"{first:012d}-{last:012d}.jsonl.gz"
        if path.exists():  # a crash after the rename, before we noted it: already published
            return
        write_atomically(path, data)

    def fetch(
        self, wanted: Callable[[str, int, int], bool], cursor: str
    ) -> tuple[list[Incoming], str]:
        """Segments `wanted(node, first, last)` says are new; the cursor is unused here."""
        return [self._load(item) for item in self._listing() if wanted(*item[1:])], cursor

    def _listing(self) -> Iterator[tuple[Path, str, int, int]]:
        ops = self.root / "ops"
        self.odd_files = []
        if not ops.is_dir():
            return
        for node_dir in ops.iterdir():
            if not _NODE.match(node_dir.name) or not node_dir.is_dir():
                self._odd(node_dir)
                continue
            for path in node_dir.iterdir():
                match = _SEGMENT.match(path.name)
                if match:
                    yield path, node_dir.name, int(match[1]), int(match[2])
                elif not path.name.startswith(".tmp-"):
                    self._odd(path)

    def _odd(self, path: Path) -> None:
        self.odd_files.append(str(path))
        log.warning("ignoring %s: not a name QuickReply writes (a cloud drive's copy?)", path)

    def _load(self, item: tuple[Path, str, int, int]) -> Incoming:
        path, node, first, last = item
        try:
            size = path.stat().st_size
            if size > MAX_COMPRESSED:
                return Incoming(str(path), node, first, last, None, "file larger than 8 MB")
            return Incoming(str(path), node, first, last, path.read_bytes())
        except OSError as exc:
            why = f"unreadable: {exc.strerror}"
            return Incoming(str(path), node, first, last, None, why, heals=True)

    # -- pictures (content-addressed; see phrasebook.sync.blobs) ------------------------------

    def _blob_path(self, digest: str) -> Path:
        if not _BLOB.match(digest):
            raise ValueError(f"not a picture hash: {digest!r}")
        return self.root / "blobs" / digest

    def has_blob(self, digest: str) -> bool:
        return self._blob_path(digest).is_file()

    def publish_blob(self, digest: str, data: bytes) -> None:
        """Put a picture's bytes in the folder (replacing a damaged copy of the same name)."""
        write_atomically(self._blob_path(digest), data)

    def fetch_blob(self, digest: str, limit: int) -> bytes | None:
        """A picture's bytes as found (at most `limit` + 1 of them, so an oversized file is
        refused unread); None while it has not arrived. The caller verifies them."""
        try:
            with self._blob_path(digest).open("rb") as f:
                return f.read(limit + 1)
        except FileNotFoundError:
            return None

    def blob_source(self, digest: str) -> str:
        return str(self._blob_path(digest))

    def blob_stamp(self, digest: str) -> str | None:
        """Size and modification time of the copy in the folder (None: not there)."""
        try:
            found = self._blob_path(digest).stat()
        except FileNotFoundError:
            return None
        return f"{found.st_size}:{found.st_mtime_ns}"


def _dump(data: dict[str, Any]) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=1).encode()


def _read_json(path: Path) -> Any:
    try:
        if path.stat().st_size > _MAX_JSON:
            log.warning("ignoring %s: too large", path)
            return None
        return json.loads(path.read_bytes())
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        log.warning("ignoring %s: %s", path, exc)
        return None
