"""The clipboard through QClipboard, shared by the X11 and Windows backends.

Why Qt and not pyperclip/xclip: inside the Qt process, pyperclip can deadlock on X11 (xclip
waits for our SelectionRequest answer while our GUI thread waits for xclip). QClipboard also
renders lazily through `QMimeData.retrieveData`, which is how we learn that the target has read
our text (measured on X11; Qt's Windows clipboard renders lazily the same way, not verified).
"""

from __future__ import annotations

import atexit
import logging
from collections.abc import Callable, Mapping
from typing import Any, Protocol

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMetaType, QMimeData, Qt
from PySide6.QtGui import QClipboard, QGuiApplication, QImage

from desktop.platform.base import ClipboardContent, ClipboardSnapshot, ReadCallback

__all__ = [
    "encoded",
    "fitted",
    "OwnerClock",
    "QtClipboard",
    "clipboard_payload",
    "WINDOWS_TRANSIENT_FORMATS",
    "X11_TRANSIENT_FORMATS",
]

log = logging.getLogger(__name__)

_TEXT = "text/plain"
_HTML = "text/html"
_PNG = "image/png"
_JPEG = "image/jpeg"
#: Largest PNG offered for a JPEG picture: a bigger one is offered as the JPEG itself (a photo
#: made into PNG grows several times, and a reply that fits in one X property is handed over
#: at once, see x11_owner).
MAX_IMAGE_SLOT_BYTES = 250_000
_QT_IMAGE = "application/x-qt-image"  # Qt's in-process image variant; we store PNG instead
# X11 selection-protocol targets that Qt lists as formats for some owners (xclip); not data.
_PROTOCOL_TARGETS = frozenset({"TARGETS", "MULTIPLE", "TIMESTAMP", "SAVE_TARGETS", "DELETE"})

#: KDE Klipper, CopyQ and others skip content carrying this hint.
X11_TRANSIENT_FORMATS: Mapping[str, bytes] = {"x-kde-passwordManagerHint": b"secret"}
#: Windows clipboard history / cloud clipboard / monitors skip content with these formats.
#: Qt maps `application/x-qt-windows-mime;value="Name"` to the registered format "Name".
WINDOWS_TRANSIENT_FORMATS: Mapping[str, bytes] = {
    'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"': b"\0",
    'application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"': b"\0\0\0\0",
    'application/x-qt-windows-mime;value="CanUploadToCloudClipboard"': b"\0\0\0\0",
}


#: Attempts to take the clipboard when the X server refuses (each after a timestamp refresh).
OWNER_ATTEMPTS = 3


class OwnerClock(Protocol):
    """X11 only: who owns the clipboard, and a way to give Qt a current server timestamp."""

    def owner(self) -> int:
        """The owning window (0: nobody)."""
        ...

    def refresh(self) -> bool:
        """Make Qt's next selection request carry the server's current time."""
        ...


class _WatchedMimeData(QMimeData):
    """MIME data that reports each read by another program (Qt asks us only on demand).

    It serves its own payload instead of calling `QMimeData.retrieveData`: text formats are
    returned as `str` (bytes came out empty, per the notes), and a missing format gets an
    empty QByteArray, never None (PySide6 6.12 mishandles None refcounts around here).
    """

    def __init__(self, payload: Mapping[str, str | bytes], on_read: ReadCallback | None) -> None:
        super().__init__()
        self._payload = {
            fmt: value if isinstance(value, str) else QByteArray(value)
            for fmt, value in payload.items()
        }
        self._on_read = on_read

    def formats(self) -> list[str]:
        return list(self._payload)

    def hasFormat(self, mimetype: str) -> bool:
        return mimetype in self._payload

    def retrieveData(self, mimetype: str, preferredType: QMetaType | QMetaType.Type) -> Any:
        value = self._payload.get(mimetype)
        if value is None:
            return QByteArray()
        if self._on_read is not None:
            try:
                self._on_read(mimetype)
            except Exception:  # a read hook must never break the answer to the target
                log.exception("clipboard read hook failed")
        return value


def _clear_if_owned() -> None:
    """Drop our clipboard data while Python is still alive (registered with atexit).

    Measured with PySide6 6.12: if any QMimeData (ours or a restored one) still sits on the
    clipboard when the interpreter finalises, Qt deletes it without the GIL and the process
    crashes (SIGSEGV / "PyThreadState_Get ... GIL is released"). On X11 the clipboard empties
    when its owner exits anyway, so clearing first loses nothing.
    """
    if QGuiApplication.instance() is None:
        return
    # The offscreen plugin's clipboard is process-local and never reports ownership.
    local = QGuiApplication.platformName() == "offscreen"
    if local or _clipboard().ownsClipboard():
        _clipboard().clear()


def _clipboard() -> QClipboard:
    clipboard = QGuiApplication.clipboard()
    if clipboard is None:  # pragma: no cover - only without a QGuiApplication
        raise RuntimeError("QtClipboard needs a QGuiApplication")
    return clipboard


def encoded(image: QImage, fmt: str = "PNG", quality: int = -1) -> bytes:
    """The image saved in `fmt` ("PNG", "JPEG"), in memory."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, fmt, quality)  # type: ignore[call-overload]  # stubs: bytes; runtime: str
    return bytes(buffer.data().data())


def fitted(image: QImage, side: int) -> QImage:
    """The image scaled (smoothly, keeping its shape) to fit a `side` square; as is if it does."""
    if max(image.width(), image.height()) <= side:
        return image
    return image.scaled(
        side, side, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )


def _as_png(mime: str, data: bytes) -> bytes:
    """PNG bytes for an image of any type Qt reads (PNG passes through untouched)."""
    if mime == _PNG or not data:
        return data
    image = QImage.fromData(data)
    return data if image.isNull() else encoded(image)


def clipboard_payload(
    content: ClipboardContent, marks: Mapping[str, bytes]
) -> dict[str, str | bytes]:
    """The formats a reply is offered in: text/plain (none for an image alone), text/html,
    the first image as PNG, and `marks` (the transient hints)."""
    payload: dict[str, str | bytes] = {}
    if content.text or not content.images:
        payload[_TEXT] = content.text
    if content.html is not None:
        payload[_HTML] = content.html
    if content.images:
        first = content.images[0]
        png = _as_png(first.type, first.data)
        if first.type == _JPEG and len(png) > MAX_IMAGE_SLOT_BYTES:
            payload[_JPEG] = first.data  # a photo as PNG grew 4x: too much to hand over
        else:
            payload[_PNG] = png
    payload.update(marks)
    return payload


class QtClipboard:
    """The system clipboard (X11 CLIPBOARD selection, Windows clipboard) via QClipboard.

    Args:
        transient_formats: Extra formats that mark our temporary content as not-for-history.
        clock: X11: refreshes Qt's timestamp before each set, so the X server does not ignore
            it after another program took the clipboard (see `x11_selection`); None elsewhere.
        clear_at_exit: Clear the clipboard we own before Python exits (see `_clear_if_owned`);
            right on X11, where it would empty at exit anyway; wrong on Windows, where Qt
            flushes the clipboard so it outlives us.
    """

    def __init__(
        self,
        transient_formats: Mapping[str, bytes] = X11_TRANSIENT_FORMATS,
        *,
        clear_at_exit: bool = True,
        clock: OwnerClock | None = None,
    ) -> None:
        self._transient = dict(transient_formats)
        self._clock = clock
        self._own_window = 0  # Qt's selection-owner window, learnt at the first successful set
        # The last snapshot, valid until the clipboard changes (QClipboard.dataChanged, which
        # Qt emits for our own sets and - through XFixes on X11 - when another program copies).
        # Reading another program's clipboard costs a round trip per format (5-7 ms measured
        # with xclip under Xvfb), so it is read ahead, while the agent types in the popup.
        self._cached: ClipboardSnapshot | None = None
        self._watching = False
        if clear_at_exit:
            atexit.register(_clear_if_owned)

    @property
    def transient_formats(self) -> Mapping[str, bytes]:
        """The formats that mark content as not-for-history."""
        return self._transient

    def snapshot(self) -> ClipboardSnapshot:
        """Copy every offered format; images are kept as PNG bytes (cached until it changes)."""
        self._watch()
        if self._cached is None:
            self._cached = self._read()
        return self._cached

    def _watch(self) -> None:
        if not self._watching:
            self._watching = True
            _clipboard().dataChanged.connect(self._forget)

    def _forget(self) -> None:
        self._cached = None

    def _read(self) -> ClipboardSnapshot:
        source = _clipboard().mimeData()
        if source is None:
            return ClipboardSnapshot()
        items: list[tuple[str, bytes]] = []
        for fmt in source.formats():
            if fmt == _QT_IMAGE or fmt in _PROTOCOL_TARGETS:
                continue
            items.append((fmt, bytes(source.data(fmt).data())))
        if source.hasImage() and _PNG not in source.formats():
            image = source.imageData()
            if isinstance(image, QImage) and not image.isNull():
                items.append((_PNG, encoded(image)))
        return ClipboardSnapshot(tuple(items))

    def restore(self, snapshot: ClipboardSnapshot) -> None:
        """Offer the snapshot's formats again; an empty snapshot clears the clipboard."""
        self._watch()
        if not snapshot.items:
            self._offer(None)
            self._cached = snapshot  # after the set: its own dataChanged has passed
            return

        def data() -> QMimeData:
            data = QMimeData()
            for fmt, payload in snapshot.items:
                data.setData(fmt, QByteArray(payload))
            png = snapshot.get(_PNG)
            if png is not None:  # lets Qt convert for targets asking image/bmp, image/jpeg...
                data.setImageData(QImage.fromData(png))
            return data

        self._offer(data)
        self._cached = snapshot

    def put(
        self, content: ClipboardContent, *, transient: bool, on_read: ReadCallback | None
    ) -> None:
        """Offer the reply as text (and HTML, and its first image as PNG); watch reads; mark
        transient when asked. An image-only content (text "") offers no text/plain."""
        self.offer_payload(
            clipboard_payload(content, self._transient if transient else {}), on_read
        )

    def offer_payload(
        self, payload: Mapping[str, str | bytes], on_read: ReadCallback | None
    ) -> None:
        """Offer formats already built by `clipboard_payload`; watch reads."""
        self._offer(lambda: _WatchedMimeData(payload, on_read))

    def warm(self) -> None:
        """The first put/snapshot's one-time work: Qt's image plugins and PNG encoder, our MIME
        class, the clipboard object and the X timestamp window. Changes no clipboard content."""
        encoded(QImage.fromData(encoded(QImage(1, 1, QImage.Format.Format_ARGB32))))
        _WatchedMimeData({_TEXT: "", _HTML: "<br>"}, None).formats()
        source = _clipboard().mimeData()
        if source is not None:
            source.formats()
        if self._clock is not None:
            self._clock.owner()
            self._clock.refresh()

    def _offer(self, make: Callable[[], QMimeData] | None) -> None:
        """Set (or with None clear) the clipboard; on X11 check the server really took it.

        Each attempt needs fresh data: Qt ignores setting the object it already holds.
        """
        if self._clock is None:
            _clipboard().setMimeData(make()) if make is not None else _clipboard().clear()
            return
        for attempt in range(OWNER_ATTEMPTS):
            foreign = self._clock.owner()
            # Another program took the clipboard since our last set (or it owned it and left):
            # Qt's time may be older than that, so refresh it. While we own it, it cannot be.
            ours = foreign != 0 and foreign == self._own_window
            if attempt or make is None or not ours:
                self._clock.refresh()
            if make is None:
                _clipboard().clear()
                if self._clock.owner() == 0 or foreign == 0:
                    return
            else:
                _clipboard().setMimeData(make())
                owner = self._clock.owner()
                if owner != 0 and (owner != foreign or owner == self._own_window):
                    self._own_window = owner
                    return
        log.error("the X server kept the clipboard with another program")
