"""Which other processes hold SQLite's locks on the phrasebook (read from the OS, never opened).

Opening and closing any descriptor on the database from this process would drop our own
POSIX locks (SQLite's "how to corrupt" hazard), so the answer comes from /proc/locks, which
names files by device and inode. Where the OS has no such table, the answer is "unknown" (None).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from phrasebook.errors import BusyDatabaseError

_PROC_LOCKS = Path("/proc/locks")


@dataclass(frozen=True, slots=True)
class Holder:
    pid: int
    name: str


def _file_ids(db_path: Path) -> set[tuple[int, int, int]]:
    ids = set()
    for suffix in ("", "-wal", "-shm"):
        try:
            st = os.stat(f"{db_path}{suffix}")
        except OSError:
            continue
        ids.add((os.major(st.st_dev), os.minor(st.st_dev), st.st_ino))
    return ids


def _process_name(pid: int) -> str:
    """The program's name: "quickreply", "phrasebook", or "python" for `python -c` scripts."""
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return "?"
    words = [w.decode(errors="replace") for w in raw if w]
    if not words:
        return "?"
    name = Path(words[0]).name
    if name.startswith("python"):
        rest = words[1:]
        if "-m" in rest and rest.index("-m") + 1 < len(rest):
            return rest[rest.index("-m") + 1]
        scripts = [w for w in rest if not w.startswith("-")]
        if scripts and "-c" not in rest:
            name = Path(scripts[0]).name
    return name.splitlines()[0][:40] if name else "?"


def other_holders(db_path: Path) -> list[Holder] | None:
    """Processes other than this one holding locks on the book; None when the OS cannot tell."""
    try:
        table = _PROC_LOCKS.read_text()
    except OSError:
        return None
    ids = _file_ids(db_path)
    pids: set[int] = set()
    for line in table.splitlines():
        fields = line.split()
        if "->" in fields:  # a waiter queued behind a lock, listed under the holder
            fields.remove("->")
        if len(fields) < 6:
            continue
        try:
            pid = int(fields[4])
            major, minor, inode = fields[5].split(":")
            key = (int(major, 16), int(minor, 16), int(inode))
        except ValueError:
            continue
        if key in ids and pid != os.getpid():
            pids.add(pid)
    return [Holder(pid, _process_name(pid)) for pid in sorted(pids)]


def refuse_if_shared(db_path: Path, force: bool, doing: str) -> None:
    """BusyDatabaseError when another process has the book open: it would go on writing its
    own state over whatever `doing` puts there. `force` overrides."""
    holders = other_holders(db_path)
    if holders and not force:
        names = ", ".join(f"{h.name} (pid {h.pid})" for h in holders)
        raise BusyDatabaseError(
            db_path,
            f"is open in {names}; close it before you {doing} (it would go on writing its"
            " own state), or pass --force",
        )


def describe_holders(db_path: Path) -> str:
    """ " (quickreply, pid 123)" for messages; empty when nobody or unknown."""
    holders = other_holders(db_path) or []
    if not holders:
        return ""
    return " (" + ", ".join(f"{h.name}, pid {h.pid}" for h in holders) + ")"
