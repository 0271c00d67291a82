"""What a reply with images looks like on the clipboard: escaped HTML with data-URI images.

Measured with Chromium on X11 pasting into a contenteditable chat box (千牛 and QQ NT are
Chromium-based): text and image arrive in ONE paste when the clipboard holds ``text/html``
with the text and ``<img src="data:image/png;base64,...">``, plus ``text/plain``; a plain text
box takes the ``text/plain`` part alone. ``text/plain`` + ``image/png`` without HTML loses the
text, HTML without the ``<img>`` + PNG loses the image. So the one-paste content carries all
three; the "text then image" mode pastes the text, then (once the text was read) the image.
"""

from __future__ import annotations

import base64
import html

from desktop.platform.base import ClipboardContent, ReplyImage
from desktop.platform.paste_values import ImageMode

__all__ = ["data_uri", "paste_steps", "reply_html"]


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
    if mode is ImageMode.ONE_PASTE:
        return (ClipboardContent(text, reply_html(text, images), images),)
    first = (ClipboardContent(text, html_text),) if text else ()
    return first + tuple(ClipboardContent("", reply_html("", (im,)), (im,)) for im in images)
