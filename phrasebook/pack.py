"""The JSON Lines pack: one phrase per line, our interchange and starter-set format.

Keys: ``id``, ``title``, ``text``, ``group`` (a path like ``售前/议价``), ``code``, ``tags``
(list), ``questions`` (list), ``lang``, ``images`` (list of ``{"name", "type", "data"}`` with the
picture's bytes in base64; each is checked like any picture, and a bad one is left out with a
note while its phrase imports). Unknown keys are kept (stored with the phrase and written
back on export), never fatal. Reading validates every line before anything is written; the first
bad line stops the import with file, line number and reason.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from phrasebook import image_check, validate
from phrasebook.errors import PackError, ValidationError
from phrasebook.image_check import CheckedImage
from phrasebook.models import Phrase

#: Files larger than this are refused before reading (a phrasebook of 100,000 phrases is ~30 MB).
MAX_PACK_BYTES = 50 * 1024 * 1024
#: A pack also carries its book's pictures in base64 (4 characters per 3 bytes).
MAX_PACK_FILE_BYTES = MAX_PACK_BYTES + image_check.MAX_BOOK_IMAGE_BYTES * 4 // 3
KNOWN_KEYS = ("id", "title", "text", "group", "code", "tags", "questions", "lang", "images")
MAX_ID_CHARS = 64


@dataclass(frozen=True, slots=True)
class PackRecord:
    """One validated pack line."""

    line: int
    id: str | None
    text: str
    title: str = ""
    group: str = ""
    code: str = ""
    tags: tuple[str, ...] = ()
    questions: tuple[str, ...] = ()
    lang: str = "zh-Hans"
    extra: dict[str, Any] = field(default_factory=dict)
    #: Checked pictures the record brings (from the pack, a sheet's 图片 column, a document).
    images: tuple[CheckedImage, ...] = field(default=(), repr=False)
    #: What the user should know about this record (a picture left out, and why).
    notes: tuple[str, ...] = ()


def read_pack(path: Path) -> list[PackRecord]:
    """Read and validate a whole pack; raises PackError naming the first bad line."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise PackError(path, None, f"cannot read the file: {exc.strerror}") from exc
    if size > MAX_PACK_FILE_BYTES:
        raise PackError(path, None, f"file is {size:,} bytes; the limit is {MAX_PACK_FILE_BYTES:,}")
    return list(_records(path))


def _records(path: Path) -> Iterator[PackRecord]:
    seen: dict[str, int] = {}
    with path.open("rb") as f:
        for number, raw in enumerate(f, start=1):
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                raise PackError(path, number, f"not UTF-8 text ({exc.reason})") from None
            if not line.strip():
                continue
            record = _parse_line(path, number, line)
            if record.id is not None:
                if record.id in seen:
                    raise PackError(
                        path, number, f"id {record.id!r} already used on line {seen[record.id]}"
                    )
                seen[record.id] = number
            yield record


def _parse_line(path: Path, number: int, line: str) -> PackRecord:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise PackError(path, number, f"not valid JSON ({exc.msg} at column {exc.colno})") from None
    except (ValueError, RecursionError) as exc:  # a 5,000-digit number, arrays nested 100k deep
        reason = str(exc).split(":")[0]
        raise PackError(path, number, f"not valid JSON ({reason})") from None
    if not isinstance(data, dict):
        raise PackError(path, number, "each line must be a JSON object {...}")
    if "text" not in data:
        raise PackError(path, number, "missing the required key 'text'")
    images, notes = _images(number, data.get("images"))
    try:
        return PackRecord(
            line=number,
            id=_id(data.get("id")),
            text=validate.text(data["text"]),
            title=validate.title(data.get("title")),
            group=validate.group_path(data.get("group") or ""),
            code=validate.code(data.get("code")),
            tags=validate.items(data.get("tags"), "tags"),
            questions=validate.items(data.get("questions"), "questions"),
            lang=validate.lang(data.get("lang") or "zh-Hans"),
            extra={k: v for k, v in data.items() if k not in KNOWN_KEYS},
            images=images,
            notes=notes,
        )
    except ValidationError as exc:
        raise PackError(path, number, str(exc)) from None


def _images(number: int, value: object) -> tuple[tuple[CheckedImage, ...], tuple[str, ...]]:
    """The line's pictures that pass the checks, and a note for each one that does not."""
    if value is None:
        return (), ()
    if not isinstance(value, list):
        return (), (f"line {number}: 'images' is not a list; its pictures were left out",)
    found: list[CheckedImage] = []
    notes: list[str] = []
    for i, item in enumerate(value, start=1):
        name = str(item.get("name") or f"image {i}") if isinstance(item, dict) else f"image {i}"
        try:
            if not isinstance(item, dict) or not isinstance(item.get("data"), str):
                raise ValidationError(f"{name}: no base64 'data'")
            raw = base64.b64decode(item["data"], validate=True)
            found.append(image_check.check_image(raw, name))
        except ValidationError as exc:  # names the picture already
            notes.append(f"line {number}: picture left out: {exc}")
        except (binascii.Error, ValueError) as exc:
            notes.append(f"line {number}: picture left out: {name}: damaged base64 data ({exc})")
    return tuple(found), tuple(notes)


def _id(value: object) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str) or len(value) > MAX_ID_CHARS or not value.isprintable():
        raise ValidationError(f"id must be a short printable string (at most {MAX_ID_CHARS})")
    return value


def phrase_line(
    phrase: Phrase, extra: dict[str, Any], pictures: Iterable[tuple[str, str, bytes]] = ()
) -> str:
    """The pack line for a phrase (known keys first, then the kept unknown ones); `pictures`
    are its (name, type, bytes), written in base64."""
    data: dict[str, Any] = {
        "id": phrase.id,
        "title": phrase.title,
        "text": phrase.text,
        "group": phrase.group,
        "code": phrase.code,
        "tags": list(phrase.tags),
        "questions": list(phrase.questions),
        "lang": phrase.lang,
    }
    carried = [
        {"name": name, "type": mime, "data": base64.b64encode(raw).decode("ascii")}
        for name, mime, raw in pictures
    ]
    if carried:
        data["images"] = carried
    data.update({k: v for k, v in extra.items() if k not in data})
    return json.dumps(data, ensure_ascii=False)


def usual_mode() -> int:
    """The permissions a plainly created file gets (0o666 less the umask): a temporary file
    is created 0o600, and an export renamed from it could not be read by a colleague on the
    shared drive it was written for."""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


def write_atomically(path: Path, lines: Iterable[str]) -> None:
    """Write lines to a temporary file beside `path`, then rename it into place."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            for line in lines:
                f.write(line)
                f.write("\n")
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, usual_mode())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
