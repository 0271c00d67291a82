"""Fixtures for the core's tests: the `phrasebook` command run in-process on any file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from phrasebook.cli import main


@pytest.fixture
def cli_run(capsys: pytest.CaptureFixture[str]) -> Any:
    """`cli_run(path, *args)` -> (exit code, stdout, stderr) of `phrasebook --db path ...`."""

    def invoke(path: Path, *args: str) -> tuple[int, str, str]:
        code = main.main(["--db", str(path), *args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return invoke


@pytest.fixture
def make_png() -> Any:
    """`make_png(color, size=(24, 16), fmt="PNG")` -> the bytes of a real little picture."""
    import io

    from PIL import Image

    def make(color: str = "red", size: tuple[int, int] = (24, 16), fmt: str = "PNG") -> bytes:
        buffer = io.BytesIO()
        Image.new("RGB", size, color).save(buffer, fmt)
        return buffer.getvalue()

    return make


def bomb_png(width: int = 30_000, height: int = 30_000) -> bytes:
    """A valid, tiny PNG declaring `width` x `height` pixels: a decompression bomb."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)  # 1-bit greyscale
    rows = zlib.compress(b"\0" * (1 + width // 8) * 64, 9)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", rows) + chunk(b"IEND", b"")
    )


@pytest.fixture
def make_bomb() -> Any:
    return bomb_png
