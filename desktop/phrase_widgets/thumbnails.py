"""Thumbnails of the pictures a reply carries, scaled by Qt off the GUI thread and cached by hash.

A picture's bytes come from the book (`Phrasebook.image_bytes`, one SQLite read of at most
5 MB); decoding and scaling - a 40-megapixel PNG takes a while - run on a one-thread pool, so
showing a phrase never waits for them: the widget shows a placeholder and is told (`ready`)
when the thumbnail arrives. Only the pictures of the phrase shown are ever loaded, whatever the
size of the book. Pictures are content-addressed, so one cache serves every window and book.

`PictureRow` is the read-only row of thumbnails the popup's preview shows under the text.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QObject,
    QPoint,
    QRect,
    QRunnable,
    QSize,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QImage,
    QImageReader,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QPolygon,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from desktop.platform.qt_clipboard import fitted
from phrasebook import ImageRef, Phrasebook, PhrasebookError

#: Thumbnails are made this big (the longer side) and drawn smaller where needed.
THUMB_PX = 160
#: Thumbnails kept in memory (about 100 KB each at most).
CACHE_SIZE = 240


def describe(ref: ImageRef) -> str:
    """ "尺码表.png\n38 KB · 800×600": the tooltip of a thumbnail."""
    size = f"{ref.size / 1024:.0f} KB" if ref.size < 1024 * 1024 else f"{ref.size / 1048576:.1f} MB"
    return f"{ref.name}\n{size} · {ref.width}×{ref.height}"


class _Relay(QObject):
    """Lives in the GUI thread; a worker's emit is queued to it."""

    done = Signal(str, QImage)


class _ScaleJob(QRunnable):
    def __init__(self, digest: str, data: bytes, relay: _Relay) -> None:
        super().__init__()
        self.digest, self.data, self.relay = digest, data, relay

    def run(self) -> None:
        self.relay.done.emit(self.digest, scaled_image(self.data, THUMB_PX))


def scaled_image(data: bytes, longest: int) -> QImage:
    """The picture decoded at most `longest` pixels on its longer side (null if unreadable).

    QImageReader decodes straight to the smaller size where the format allows (JPEG), so a
    big photo never exists in memory at full size.
    """
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > longest:
        reader.setScaledSize(size.scaled(longest, longest, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return image
    if max(image.width(), image.height()) > longest:  # formats that ignore setScaledSize
        image = image.scaled(
            longest,
            longest,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    return image


class ThumbnailCache(QObject):
    """Scaled pictures by hash; asks for missing ones in the background.

    Signals:
        ready(str): the thumbnail of this hash is now in the cache (or known unreadable).
    """

    ready = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._images: OrderedDict[str, QImage] = OrderedDict()
        self._pending: set[str] = set()
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # a background nicety, not a race for the CPUs
        self._relay = _Relay(self)
        self._relay.done.connect(self._arrived)

    def image(self, book: Phrasebook, ref: ImageRef) -> QImage | None:
        """The thumbnail, or None while it is being made (`ready` follows)."""
        found = self._images.get(ref.hash)
        if found is not None:
            self._images.move_to_end(ref.hash)
            return found
        if ref.hash not in self._pending:
            try:
                data = book.image_bytes(ref.hash)
            except PhrasebookError:
                data = b""
            self._pending.add(ref.hash)
            self._pool.start(_ScaleJob(ref.hash, data, self._relay))
        return None

    def pixmap(self, book: Phrasebook, ref: ImageRef, box: int) -> QPixmap | None:
        """The thumbnail fitted into a `box` square, or None while it is being made."""
        image = self.image(book, ref)
        if image is None:
            return None
        if image.isNull():
            return broken_pixmap(box)
        return QPixmap.fromImage(fitted(image, box))

    def wait(self, msecs: int = 5000) -> bool:
        """Block until queued thumbnails are made (tests and screenshots)."""
        done = self._pool.waitForDone(msecs)
        QCoreApplication.processEvents()  # deliver the queued results
        return done

    def _arrived(self, digest: str, image: QImage) -> None:
        self._pending.discard(digest)
        self._images[digest] = image
        while len(self._images) > CACHE_SIZE:
            self._images.popitem(last=False)
        self.ready.emit(digest)


_SHARED: list[ThumbnailCache] = []


def shared_cache() -> ThumbnailCache:
    """The app's one cache (pictures are content-addressed: the same in every window)."""
    if not _SHARED:
        _SHARED.append(ThumbnailCache())
    return _SHARED[0]


def broken_pixmap(box: int) -> QPixmap:
    """A crossed grey square for a picture that cannot be decoded."""
    pixmap = QPixmap(box, box)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setPen(QPen(QColor("#8a8f98"), 2))
    painter.drawRect(2, 2, box - 4, box - 4)
    painter.drawLine(2, 2, box - 2, box - 2)
    painter.drawLine(box - 2, 2, 2, box - 2)
    painter.end()
    return pixmap


def placeholder_pixmap(size: QSize) -> QPixmap:
    """A faint rounded square shown while a thumbnail is being made."""
    pixmap = QPixmap(size)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(128, 128, 128, 40))
    painter.drawRoundedRect(0, 0, size.width(), size.height(), 6, 6)
    painter.end()
    return pixmap


def picture_mark_width(metrics: QFontMetrics, count: int) -> int:
    """Width of the mark `paint_picture_mark` draws."""
    return metrics.height() + 3 + metrics.horizontalAdvance(str(count))


def paint_picture_mark(
    painter: QPainter, metrics: QFontMetrics, count: int, right: int, top: int, ink: QColor
) -> int:
    """A small picture glyph and the count, ending at `right`; returns its left edge.

    Lists use it to say "this reply sends pictures" without loading any of them.
    """
    size = metrics.height()
    left = right - picture_mark_width(metrics, count)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    frame = QRect(left + 1, top + size // 5, size - 2, size * 3 // 5)
    painter.setPen(QPen(ink, 1.3))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(frame, 2, 2)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(ink)
    bottom = frame.bottom() - 1
    hill = QPolygon(
        [
            QPoint(frame.left() + 2, bottom),
            QPoint(frame.left() + frame.width() * 2 // 5, frame.top() + frame.height() // 3),
            QPoint(frame.right() - 2, bottom),
        ]
    )
    painter.drawPolygon(hill)
    painter.drawEllipse(QPoint(frame.right() - frame.width() // 4, frame.top() + 3), 1, 1)
    painter.setPen(ink)
    text = QRect(left + size + 3, top, right - left - size - 3, size)
    painter.drawText(text, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, str(count))
    painter.restore()
    return left


class PictureRow(QWidget):
    """The first pictures of a reply as small thumbnails in a row, read-only ("+2" for more).

    Hidden when the phrase has no pictures.
    """

    def __init__(self, box: int = 56, limit: int = 4, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box, self.limit = box, limit
        self._book: Phrasebook | None = None
        self._refs: tuple[ImageRef, ...] = ()
        self._labels: list[QLabel] = []
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self._more = QLabel()
        self._more.setObjectName("picturesMore")
        self._more.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._layout.addWidget(self._more)
        self._layout.addStretch(1)
        shared_cache().ready.connect(self._arrived)
        self.hide()

    def refs(self) -> tuple[ImageRef, ...]:
        return self._refs

    def labels(self) -> list[QLabel]:
        """The thumbnails shown, in order."""
        return list(self._labels)

    def set_pictures(self, book: Phrasebook | None, refs: tuple[ImageRef, ...]) -> None:
        if book is self._book and refs == self._refs:
            return
        self._book, self._refs = book, refs
        for label in self._labels:
            self._layout.removeWidget(label)
            label.deleteLater()
        self._labels = []
        shown = refs[: self.limit] if book is not None else ()
        for at, ref in enumerate(shown):
            label = QLabel()
            label.setObjectName("pictureThumb")
            label.setFixedSize(self.box, self.box)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setToolTip(describe(ref))
            self._layout.insertWidget(at, label)
            self._labels.append(label)
        extra = len(refs) - len(shown)
        self._more.setText(f"+{extra}" if extra > 0 else "")
        self._more.setVisible(extra > 0)
        self._paint()
        self.setVisible(bool(shown))

    def _arrived(self, digest: str) -> None:
        if any(ref.hash == digest for ref in self._refs[: self.limit]):
            self._paint()

    def _paint(self) -> None:
        if self._book is None:
            return
        for label, ref in zip(self._labels, self._refs, strict=False):
            pixmap = shared_cache().pixmap(self._book, ref, self.box)
            label.setPixmap(pixmap or placeholder_pixmap(QSize(self.box, self.box)))
            label.setProperty("loaded", pixmap is not None)
