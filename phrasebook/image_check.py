"""Is this really a picture we can send? Pillow decides, before any byte is stored.

Agents attach size charts, product photos and screenshots; files also arrive from sheets,
documents, packs and teammates, so every one is treated as hostile: a file that is not an image,
a truncated or corrupt one, a decompression bomb (a tiny file declaring billions of pixels) and
an oversized one are refused with one line naming the file and the limit. The original bytes
are kept (no re-encoding: what the agent chose is what the customer gets).
"""

from __future__ import annotations

import hashlib
import io
import re
import warnings
from dataclasses import dataclass
from pathlib import Path

from phrasebook.errors import ValidationError

MAX_IMAGE_BYTES = 5 * 1024 * 1024
#: All pictures of one book together (every blob counted once, team and personal).
MAX_BOOK_IMAGE_BYTES = 200 * 1024 * 1024
#: A 40-megapixel photo is larger than any phone takes; more is a decompression bomb.
MAX_PIXELS = 40_000_000
#: Pillow format name -> (MIME type, file extension).
FORMATS = {
    "PNG": ("image/png", "png"),
    "JPEG": ("image/jpeg", "jpg"),
    "GIF": ("image/gif", "gif"),
    "WEBP": ("image/webp", "webp"),
    "BMP": ("image/bmp", "bmp"),
}
EXTENSIONS = {mime: ext for mime, ext in FORMATS.values()}
MAX_NAME_CHARS = 120
_UNSAFE_NAME = re.compile(r"[\x00-\x1f\x7f/\\:*?\"<>|]")


@dataclass(frozen=True, slots=True)
class CheckedImage:
    """Image bytes that passed every check, with what we record about them."""

    name: str
    type: str
    width: int
    height: int
    hash: str
    data: bytes = b""

    @property
    def size(self) -> int:
        return len(self.data)


def mib(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB"


def image_hash(data: bytes) -> str:
    """The content address of image bytes (SHA-256, hex)."""
    return hashlib.sha256(data).hexdigest()


def safe_name(name: str, mime: str, digest: str) -> str:
    """A display and file name without folders or characters Windows refuses."""
    base = _UNSAFE_NAME.sub("_", name.replace("\\", "/").rsplit("/", 1)[-1]).strip(" .")
    if not base:
        base = f"image-{digest[:8]}.{EXTENSIONS.get(mime, 'img')}"
    return base[-MAX_NAME_CHARS:]


def check_image(data: bytes, name: str) -> CheckedImage:
    """The checked image; ValidationError (one line naming `name`) for anything unsendable."""
    if len(data) > MAX_IMAGE_BYTES:
        raise ValidationError(
            f"{name}: the image is {mib(len(data))}; the limit per image is {mib(MAX_IMAGE_BYTES)}"
        )
    from PIL import Image, UnidentifiedImageError  # imported late: the CLI starts faster

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            fmt, width, height = _verified(data)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        size = _claimed_size(str(exc))
        raise ValidationError(
            f"{name}: declares too many pixels ({size}; at most {MAX_PIXELS // 1_000_000}"
            " megapixels, as a decompression bomb would); refused"
        ) from None
    except UnidentifiedImageError:
        raise ValidationError(
            f"{name}: not an image (PNG, JPEG, GIF, WebP or BMP expected)"
        ) from None
    except (OSError, SyntaxError, ValueError, EOFError, MemoryError) as exc:
        raise ValidationError(f"{name}: a damaged or truncated image ({exc})") from None
    mime = FORMATS[fmt][0]
    digest = image_hash(data)
    return CheckedImage(safe_name(name, mime, digest), mime, width, height, digest, data)


def _claimed_size(message: str) -> str:
    """What a bomb claims, from our "WxH" or Pillow's "Image size (N pixels) exceeds..."."""
    found = re.search(r"(\d+x\d+)|\((\d+) pixels\)", message)
    if found is None:
        return "more"
    return found.group(1) or f"{int(found.group(2)) / 1_000_000:.0f} megapixels"


def _verified(data: bytes) -> tuple[str, int, int]:
    from PIL import Image

    with Image.open(io.BytesIO(data), formats=list(FORMATS)) as img:
        fmt, (width, height) = str(img.format), img.size
        if width * height > MAX_PIXELS:
            raise Image.DecompressionBombError(f"{width}x{height}")
        img.verify()  # structure and checksums, without decoding
    with Image.open(io.BytesIO(data), formats=list(FORMATS)) as img:
        img.load()  # decoding the first frame finds truncated data verify() cannot
    return fmt, width, height


def read_image_file(path: Path) -> CheckedImage:
    """An image file checked; its size is looked at before a byte of it is read."""
    try:
        size = path.stat().st_size
        if size > MAX_IMAGE_BYTES:
            raise ValidationError(
                f"{path}: the image is {mib(size)}; the limit per image is {mib(MAX_IMAGE_BYTES)}"
            )
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(f"{path}: cannot read the image ({exc.strerror})") from None
    return check_image(data, str(path))  # named by its file name (safe_name drops folders)
