"""Atomic file writing: a temporary file beside the target, renamed into place when complete."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from phrasebook.errors import PhrasebookError
from phrasebook.pack import usual_mode

#: errno values that mean "no room": the device is full, a quota or a file-size limit was hit.
_NO_ROOM = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})


@contextlib.contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary path to write; it replaces `path` only if the block finishes."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    os.close(fd)
    try:
        yield Path(tmp)
        os.chmod(tmp, usual_mode())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_bytes(path: Path, data: bytes) -> None:
    with atomic_path(path) as tmp, tmp.open("wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())


@contextlib.contextmanager
def disk_full_reported(path: Path) -> Iterator[None]:
    """A full disk (or quota, or file-size limit) while writing `path` becomes one clear error."""
    try:
        yield
    except OSError as exc:
        if exc.errno not in _NO_ROOM:
            raise
        raise PhrasebookError(
            f"{path}: the disk is full ({exc.strerror}); nothing was written, free some space "
            "or export to another drive"
        ) from None
