"""The editor's picture strip: a reply's pictures as thumbnails, to add, remove and reorder.

Pictures come in from the file picker (desktop/file_dialogs.py), from a drop of image files or
of image data from another program, and from the clipboard (Ctrl+V). Every picture is checked
by the core (`book.images.checked`, Pillow) before anything is written, and all of one action go
in one write or none: a refusal (not an image, too large, a decompression bomb, the book or the
reply full, a team phrase she may not change) is shown under the strip and the phrase stays as
it was. Changes are undoable commands (`SetPictures`) that the window runs on its undo stack.

Links kept from an imported sheet's 图片 column are listed as links; nothing is fetched.
"""

from __future__ import annotations

import html
import time
from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QMimeData, QSize, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QIcon,
    QImage,
    QKeyEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core_messages import core_message
from desktop.file_dialogs import ask_open_files
from desktop.manager.commands import SetPictures, pictures_of
from desktop.phrase_widgets.thumbnails import describe, placeholder_pixmap, shared_cache
from phrasebook import Phrase, Phrasebook, PhrasebookError
from phrasebook.image_check import CheckedImage, check_image

HASH_ROLE = Qt.ItemDataRole.UserRole
THUMB = 64
#: Raw image formats another program may put on a drag or the clipboard, best first: their
#: bytes are kept as they are (a JPEG stays a JPEG); otherwise Qt's image is saved as PNG.
RAW_FORMATS = {
    "image/png": "png",
    "image/jpeg": "jpg",
    "image/gif": "gif",
    "image/webp": "webp",
    "image/bmp": "bmp",
}
ERROR_COLOR = "#e5533d"
PICTURE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp")


class PictureList(QListWidget):
    """The thumbnails; a drop (files, image data or a thumbnail moved) is handed to the strip."""

    dropped = Signal(QMimeData, int)  # external data, the row to insert before
    moved = Signal(int, int)  # from row, to row (before which the picture goes)
    delete_pressed = Signal()
    paste_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pictureList")
        self.setViewMode(QListView.ViewMode.ListMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(False)
        self.setIconSize(QSize(THUMB, THUMB))
        self.setSpacing(4)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setFixedHeight(THUMB + 24)

    def accepts(self, mime: QMimeData) -> bool:
        return mime.hasUrls() or mime.hasImage() or any(mime.hasFormat(f) for f in RAW_FORMATS)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if event.source() is self or self.accepts(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt's name
        if event.source() is self or self.accepts(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        row = self.drop_row(event.position().toPoint())
        if event.source() is self:
            source = self.currentRow()
            # Copy, not move: the view must not delete the row; the book's new order redraws it.
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            if source >= 0:
                self.moved.emit(source, row)
            return
        event.acceptProposedAction()
        self.dropped.emit(event.mimeData(), row)

    def drop_row(self, pos: object) -> int:
        """The row a drop at `pos` goes before (the end when past the last thumbnail)."""
        index = self.indexAt(pos)  # type: ignore[arg-type]
        if not index.isValid():
            return self.count()
        rect = self.visualRect(index)
        return index.row() + (1 if pos.x() > rect.center().x() else 0)  # type: ignore[attr-defined]

    def event(self, event: QEvent) -> bool:
        # Delete and Ctrl+V belong to the strip while it has focus, not to the window's
        # "delete phrase" action.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            key: QKeyEvent = event
            if _is_delete(key) or key.matches(QKeySequence.StandardKey.Paste):
                event.accept()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if _is_delete(event):
            self.delete_pressed.emit()
            return
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_pressed.emit()
            return
        super().keyPressEvent(event)


def _is_delete(event: QKeyEvent) -> bool:
    return event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not event.modifiers()


class PictureStrip(QWidget):
    """The pictures of the phrase in the editor.

    Signals:
        command(object): an undoable `SetPictures` for the window's undo stack; when the core
            refuses it there, the window calls `show_problem`.
    """

    command = Signal(object)

    def __init__(self, book: Phrasebook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._book = book
        self._phrase: Phrase | None = None
        self.list = PictureList()
        self.add_button = QPushButton(self.tr("Add pictures…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.left_button = QPushButton("◀")
        self.right_button = QPushButton("▶")
        self.left_button.setToolTip(self.tr("Move left (sent earlier)"))
        self.right_button.setToolTip(self.tr("Move right (sent later)"))
        for button in (self.left_button, self.right_button):
            button.setFixedWidth(button.sizeHint().height() + 8)
        self.hint = QLabel(self.tr("Drop or paste (Ctrl+V) pictures here"))
        self.hint.setObjectName("pictureHint")
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        self.message = QLabel(wordWrap=True)
        self.message.setObjectName("pictureProblem")
        self.message.setStyleSheet(f"color: {ERROR_COLOR};")
        self.message.hide()
        self.links = QLabel(wordWrap=True)
        self.links.setObjectName("pictureLinks")
        self.links.setTextFormat(Qt.TextFormat.RichText)
        self.links.setOpenExternalLinks(True)  # the agent's browser opens it; we fetch nothing
        self.links.hide()
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.remove_button, self.left_button, self.right_button):
            buttons.addWidget(button)
        buttons.addWidget(self.hint, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.links)
        self.add_button.clicked.connect(self.pick_files)
        self.remove_button.clicked.connect(self.remove_selected)
        self.left_button.clicked.connect(lambda: self.move_selected(-1))
        self.right_button.clicked.connect(lambda: self.move_selected(1))
        self.list.dropped.connect(self.add_mime)
        self.list.moved.connect(self._moved)
        self.list.delete_pressed.connect(self.remove_selected)
        self.list.paste_pressed.connect(self.paste)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        shared_cache().ready.connect(self._thumbnail_ready)
        self.set_phrase(None)

    # -- what the editor tells it ------------------------------------------------------------

    def phrase(self) -> Phrase | None:
        return self._phrase

    def editable(self) -> bool:
        return self._phrase is not None and self._book.may_edit(self._phrase)

    def set_phrase(self, phrase: Phrase | None) -> None:
        """Show this phrase's pictures (the same ones again keep the selection)."""
        old = self._phrase
        self._phrase = phrase
        if old is None or phrase is None or old.id != phrase.id:
            self.show_problem("")
        same = old is not None and phrase is not None and old.id == phrase.id
        if same and old is not None and phrase is not None and old.images == phrase.images:
            self._update_buttons()
            return
        chosen = set(self.selected_hashes())
        self.list.clear()
        for ref in phrase.images if phrase else ():
            item = QListWidgetItem()
            item.setData(HASH_ROLE, ref.hash)
            item.setToolTip(describe(ref))
            item.setSizeHint(QSize(THUMB + 8, THUMB + 8))
            self.list.addItem(item)
            item.setSelected(ref.hash in chosen)
        self._paint_thumbnails()
        self._show_links()
        self._update_buttons()

    def show_problem(self, text: str) -> None:
        """A refusal under the strip; "" hides it."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def problem(self) -> str:
        return self.message.text() if not self.message.isHidden() else ""

    def hashes(self) -> list[str]:
        return [str(self.list.item(r).data(HASH_ROLE)) for r in range(self.list.count())]

    def selected_hashes(self) -> list[str]:
        rows = sorted(self.list.row(i) for i in self.list.selectedItems())
        return [str(self.list.item(r).data(HASH_ROLE)) for r in rows]

    # -- the agent's actions -----------------------------------------------------------------

    def pick_files(self) -> bool:
        """Add the pictures chosen in our file dialog."""
        if not self.editable():
            return False
        kinds = " ".join(f"*{suffix}" for suffix in PICTURE_SUFFIXES)
        filters = ";;".join(
            (self.tr("Pictures (%1)").replace("%1", kinds), self.tr("All files (*)"))
        )
        paths = ask_open_files(self, self.tr("Add pictures"), filters)
        return self.add_files(paths) if paths else False

    def add_files(self, paths: list[str], at: int | None = None) -> bool:
        """Check every file, then add them all (at row `at`, default the end) or none."""
        return self._add(lambda: self._book.images.checked(paths), at)

    def add_data(self, data: bytes, name: str, at: int | None = None) -> bool:
        """Add picture bytes from a drop or the clipboard (checked like a file)."""
        return self._add(lambda: [check_image(data, name)], at)

    def add_mime(self, mime: QMimeData, at: int | None = None) -> bool:
        """Add what a drop or the clipboard carries: image files, or image data."""
        if not self.editable():
            return False
        files = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
        if files:
            return self.add_files(files, at)
        stamp = time.strftime("%Y%m%d-%H%M%S")
        for fmt, ext in RAW_FORMATS.items():
            if mime.hasFormat(fmt):
                return self.add_data(bytes(mime.data(fmt).data()), f"picture-{stamp}.{ext}", at)
        if mime.hasImage():
            data = png_bytes(QImage(mime.imageData()))
            if data:
                return self.add_data(data, f"picture-{stamp}.png", at)
        if mime.hasUrls():  # web addresses: never fetched
            self.show_problem(self.tr("Only picture files on this computer can be added."))
        else:
            self.show_problem(self.tr("The clipboard holds no picture."))
        return False

    def paste(self) -> bool:
        """Ctrl+V: the clipboard's picture (or copied picture files)."""
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None:
            return False
        return self.add_mime(mime)

    def remove_selected(self) -> bool:
        """Take the selected pictures off the reply (Ctrl+Z brings them back); by place, so
        one of two copies of the same picture goes alone."""
        rows = {self.list.row(item) for item in self.list.selectedItems()}
        if not rows or not self.editable() or self._phrase is None:
            return False
        before = self._fresh()
        if before is None:
            return False
        after = [image for row, image in enumerate(before) if row not in rows]
        return self._emit(self.tr("Remove pictures"), before, after)

    def move_selected(self, step: int) -> bool:
        """Move the selected picture one place left (-1) or right (+1)."""
        chosen = self.selected_hashes()
        if len(chosen) != 1 or not self.editable():
            return False
        row = self.hashes().index(chosen[0])
        target = row + step
        if not 0 <= target < self.list.count():
            return False
        return self._moved(row, target + (1 if step > 0 else 0))

    def reorder(self, hashes: list[str]) -> bool:
        """Put the pictures in this order."""
        if not self.editable() or sorted(hashes) != sorted(self.hashes()):
            return False
        before = self._fresh()
        if before is None:
            return False
        by_hash = {image.hash: image for image in before}
        return self._emit(self.tr("Reorder pictures"), before, [by_hash[h] for h in hashes])

    # -- internals ---------------------------------------------------------------------------

    def _moved(self, source: int, before_row: int) -> bool:
        order = self.hashes()
        if not 0 <= source < len(order):
            return False
        moving = order.pop(source)
        order.insert(before_row - (1 if before_row > source else 0), moving)
        if order == self.hashes():
            return False
        done = self.reorder(order)
        if done:
            self._select(moving)
        return done

    def _add(self, check: Callable[[], list[CheckedImage]], at: int | None) -> bool:
        if not self.editable() or self._phrase is None:
            return False
        try:
            new = check()
            before = self._current()
        except PhrasebookError as exc:
            self.show_problem(self.tr("Picture not added: %1").replace("%1", core_message(exc)))
            return False
        known = {image.hash for image in before}
        new = [image for image in new if image.hash not in known]
        if not new:
            self.show_problem(self.tr("This picture is already on the reply."))
            return False
        where = len(before) if at is None else max(0, min(at, len(before)))
        after = [*before[:where], *new, *before[where:]]
        return self._emit(self.tr("Add pictures"), before, after)

    def _current(self) -> list[CheckedImage]:
        assert self._phrase is not None
        return pictures_of(self._book, self._book.get(self._phrase.id))

    def _fresh(self) -> list[CheckedImage] | None:
        """The reply's pictures as the book has them, or None (and the strip redrawn) when
        they changed elsewhere since it was drawn: a removal or an order made on a stale view
        would drop a picture added meanwhile (by the command line, or a sync round)."""
        assert self._phrase is not None
        phrase = self._book.get(self._phrase.id)
        if [ref.hash for ref in phrase.images] == self.hashes():
            return pictures_of(self._book, phrase)
        self.set_phrase(phrase)
        self.show_problem(
            self.tr("The pictures were changed elsewhere; shown again as they are now.")
        )
        return None

    def _emit(self, text: str, before: list[CheckedImage], after: list[CheckedImage]) -> bool:
        assert self._phrase is not None
        self.show_problem("")
        self.command.emit(SetPictures(self._book, text, self._phrase.id, before, after))
        return not self.problem()

    def _select(self, digest: str) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setSelected(item.data(HASH_ROLE) == digest)
            if item.data(HASH_ROLE) == digest:
                self.list.setCurrentItem(item)

    def _paint_thumbnails(self, only: str | None = None) -> None:
        refs = {ref.hash: ref for ref in self._phrase.images} if self._phrase else {}
        for row in range(self.list.count()):
            item = self.list.item(row)
            digest = str(item.data(HASH_ROLE))
            if only is not None and digest != only:
                continue
            pixmap = shared_cache().pixmap(self._book, refs[digest], THUMB)
            item.setIcon(QIcon(pixmap or placeholder_pixmap(QSize(THUMB, THUMB))))
            item.setData(Qt.ItemDataRole.UserRole + 1, pixmap is not None)

    def _thumbnail_ready(self, digest: str) -> None:
        if digest in self.hashes():
            self._paint_thumbnails(digest)

    def _show_links(self) -> None:
        links = self._book.images.links(self._phrase.id) if self._phrase else []
        if not links:
            self.links.hide()
            return
        rows = [
            f'<a href="{html.escape(url, quote=True)}">{html.escape(_shortened(url))}</a>'
            for url in links
        ]
        caption = html.escape(self.tr("Picture links (not downloaded):"))
        self.links.setText(f"{caption} " + " · ".join(rows))
        self.links.setToolTip("\n".join(links))
        self.links.show()

    def _update_buttons(self) -> None:
        editable = self.editable()
        chosen = len(self.list.selectedItems())
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable and chosen > 0)
        rows = [self.list.row(i) for i in self.list.selectedItems()]
        self.left_button.setEnabled(editable and chosen == 1 and min(rows, default=0) > 0)
        last = self.list.count() - 1
        self.right_button.setEnabled(editable and chosen == 1 and max(rows, default=last) < last)
        self.list.setAcceptDrops(editable)
        self.list.setDragEnabled(editable)
        self.hint.setVisible(editable)
        reason = ""
        if self._phrase is not None and not editable:
            reason = self.tr("A team phrase: only a supervisor changes its pictures")
        self.list.setToolTip(reason)
        self.setToolTip(reason)


def picture_drop(mime: QMimeData) -> bool:
    """Whether a drop carries pictures: image data, or local files named as pictures."""
    if mime.hasImage() or any(mime.hasFormat(f) for f in RAW_FORMATS):
        return True
    files = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
    return bool(files) and all(f.lower().endswith(PICTURE_SUFFIXES) for f in files)


def png_bytes(image: QImage) -> bytes:
    """A Qt image encoded as PNG ("" when it is empty)."""
    if image.isNull():
        return b""
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; str works
    buffer.close()
    return bytes(array.data())


def _shortened(url: str, limit: int = 48) -> str:
    return url if len(url) <= limit else url[: limit - 1] + "…"
