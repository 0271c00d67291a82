"""What a reply with images looks like on the clipboard: escaped HTML with data-URI images.

Measured with Chromium on X11 pasting into a contenteditable chat box (千牛 and QQ NT are
Chromium-based): text and image arrive in ONE paste when the clipboard holds ``text/html``
with the text and ``<img src="data:image/png;base64,...">``, plus ``text/plain``; a plain text
box takes the ``text/plain`` part alone. ``text/plain`` + ``image/png`` without HTML loses the
text, HTML without the ``<img>`` + PNG loses the image. So the one-paste content carries all
three; the "text then image" mode pastes the text, then (once the text was read) the image.

Chromium refuses a URL longer than 2 MiB (url::kMaxURLChars), a data: URI included: a 4.3 MB
picture pasted nothing at all, text included, while 1.1 MB arrived (measured) - but not with
both CPUs busy, when the HTML came over in pieces. A picture over `MAX_PASTE_IMAGE_BYTES` is
pasted as a smaller copy (`fit_for_paste`); the phrasebook keeps the original.
"""

from __future__ import annotations

import base64
import functools
import html
import logging

from PySide6.QtGui import QImage

from desktop.platform.base import ClipboardContent, ReplyImage
from desktop.platform.paste_values import ImageMode
from desktop.platform.qt_clipboard import encoded, fitted

__all__ = ["MAX_PASTE_IMAGE_BYTES", "data_uri", "fit_for_paste", "paste_steps", "reply_html"]

log = logging.getLogger(__name__)

#: The largest picture pasted as it is. Its data URI must stay under Chromium's 2 MiB URLs,
#: and with a busy CPU Chromium pasted nothing when the HTML came in pieces (INCR, over
#: ~256 KB): so the HTML with one such picture fits in one X property and comes at once.
MAX_PASTE_IMAGE_BYTES = 180_000
#: Longest side of a smaller copy, then smaller steps until it fits.
_COPY_SIDES = (2048, 1600, 1200, 900, 640, 480, 320, 200)


def fit_for_paste(image: ReplyImage) -> ReplyImage:
    """The picture itself when it fits in a data URI Chromium takes, else a smaller copy:
    JPEG (quality 85) for an opaque picture, PNG when it has transparency (the last few
    copies are kept: a size chart sent all day is made smaller once)."""
    if len(image.data) <= MAX_PASTE_IMAGE_BYTES:
        return image
    return _smaller_copy(image)


@functools.lru_cache(maxsize=8)
def _smaller_copy(image: ReplyImage) -> ReplyImage:
    source = QImage.fromData(image.data)
    if source.isNull():
        return image
    opaque = not source.hasAlphaChannel()
    fmt, mime, quality = ("JPEG", "image/jpeg", 85) if opaque else ("PNG", "image/png", -1)
    smaller = image
    for side in _COPY_SIDES:
        smaller = ReplyImage(mime, encoded(fitted(source, side), fmt, quality))
        if len(smaller.data) <= MAX_PASTE_IMAGE_BYTES:
            break
    log.info("pasting a %d-byte copy of a %d-byte picture", len(smaller.data), len(image.data))
    return smaller


def data_uri(image: ReplyImage) -> str:
    """``data:<type>;base64,<bytes>`` for an <img src>."""
    return f"data:{image.type};base64,{base64.b64encode(image.data).decode('ascii')}"


def _img(image: ReplyImage) -> str:
    return f'<img src="{html.escape(data_uri(image), quote=True)}">'


def reply_html(text: str, images: tuple[ReplyImage, ...] = ()) -> str:
    """The reply as an HTML fragment: escaped text (newlines as <br>), then each image."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    body = "<br>".join(html.escape(line, quote=False) for line in lines)
    if images:
        body += ("<br>" if text else "") + "".join(_img(image) for image in images)
    return f'<meta charset="utf-8">{body}'


def paste_steps(
    text: str, html_text: str | None, images: tuple[ReplyImage, ...], mode: ImageMode
) -> tuple[ClipboardContent, ...]:
    """The clipboard contents to paste one after another for one reply.

    Without images: the text (and the caller's HTML). ONE_PASTE: text/plain + text/html with
    the images + the first image as PNG. TEXT_THEN_IMAGE: the text, then each image alone.
    """
    if not images:
        return (ClipboardContent(text, html_text),)
    images = tuple(fit_for_paste(image) for image in images)
    if mode is ImageMode.ONE_PASTE:
        return (ClipboardContent(text, reply_html(text, images), images),)
    first = (ClipboardContent(text, html_text),) if text else ()
    return first + tuple(ClipboardContent("", reply_html("", (im,)), (im,)) for im in images)
