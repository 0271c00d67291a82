"""The search popup: type a few letters, see matching replies, press Enter to insert one.

`SearchPopup` knows nothing about pasting. It emits `insert_requested(phrase, text)` with the
fully rendered reply, and the app's inserter takes it from there (it hides first, so the chat
window gets its focus back). All keyboard handling sits in one event filter on the search box
and the field editors, so an input method that is composing a word keeps its keys: Enter,
arrows, Esc and digits pick IME candidates there, not replies.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QCursor,
    QFont,
    QGuiApplication,
    QInputMethodEvent,
    QKeyEvent,
    QMouseEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import setting_keys
from desktop.phrase_widgets.reply_preview import PreviewPane
from desktop.popup.customer_bar import CustomerBar
from desktop.popup.results_model import ResultDelegate, ResultsModel, Section
from desktop.trace import trace
from phrasebook import Hit, Phrase, Phrasebook, PhrasebookError
from phrasebook.personal import localized

log = logging.getLogger(__name__)

#: Tries at the keyboard grab when another program holds one (a menu closing, a key checker).
GRAB_ATTEMPTS = 20
GRAB_RETRY_S = 0.005

#: Qt's mouse buttons as X (and XTEST) numbers them.
_X_BUTTONS = {
    Qt.MouseButton.LeftButton: 1,
    Qt.MouseButton.MiddleButton: 2,
    Qt.MouseButton.RightButton: 3,
}

#: Fonts tried for CJK and Hangul after the system UI font, best-looking first per OS.
CJK_FAMILIES = (
    "Microsoft YaHei UI",
    "PingFang SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "Malgun Gothic",
    "Apple SD Gothic Neo",
    "Noto Sans CJK KR",
)
POPUP_SIZE = QSize(700, 440)
SEARCH_LIMIT = 30
DEBOUNCE_MS = 30
PAGE_ROWS = 5
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_MOVES = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -PAGE_ROWS}
_MOVES[Qt.Key.Key_PageDown] = PAGE_ROWS
_DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 10)}
#: How long after an insertion the popup offers follow-ups (one customer's next question).
FOLLOW_UP_SECONDS = 300.0
FOLLOW_UP_LIMIT = 5

_STYLE = """
#popupFrame { background: palette(window); border: 1px solid palette(mid); }
#search { padding: 7px 10px; border: 1px solid palette(mid); border-radius: 8px;
          background: palette(base); }
#search:focus { border: 1px solid palette(highlight); }
#results { border: none; background: transparent; }
#results QScrollBar:vertical { width: 8px; background: transparent; margin: 2px 0; }
#results QScrollBar::handle:vertical { background: palette(mid); border-radius: 4px;
                                       min-height: 24px; }
#results QScrollBar::add-line, #results QScrollBar::sub-line { height: 0; }
#results QScrollBar::add-page, #results QScrollBar::sub-page { background: none; }
#langButton { padding: 4px 8px; border: 1px solid palette(mid); border-radius: 8px; }
#langButton[chosen="true"] { border: 1px solid palette(highlight); color: palette(highlight); }
#shopBox { padding: 4px 8px; }
#previewText { background: palette(base); border: 1px solid palette(midlight);
               border-radius: 8px; padding: 4px; }
"""


def place_near(anchor: QPoint, size: QSize, area: QRect) -> QPoint:
    """Top-left for a popup of `size` just below `anchor` (above when no room), inside `area`."""
    x = anchor.x() - 24
    y = anchor.y() + 24
    if y + size.height() > area.bottom() + 1:
        y = anchor.y() - size.height() - 8
    x = min(max(x, area.left()), area.right() + 1 - size.width())
    y = min(max(y, area.top()), area.bottom() + 1 - size.height())
    return QPoint(max(x, area.left()), max(y, area.top()))


def ui_font(base: QFont, scale: float = 1.0) -> QFont:
    """`base` with readable CJK/Hangul fallbacks, scaled (point sizes keep it DPI-aware)."""
    font = QFont(base)
    font.setFamilies([base.family(), *CJK_FAMILIES])
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * scale)
    return font


class SearchPopup(QWidget):
    """Frameless always-on-top search window over a phrasebook.

    Signals:
        insert_requested(Phrase, str): insert this rendered reply into the chat window.
        copy_requested(Phrase, str): put this rendered reply on the clipboard only.
        dismissed(): closed without choosing (Esc, or focus went elsewhere).
        popup_shown(): the window was shown; `shown_at` holds its perf_counter time.
        results_updated(str, int): a search for the query finished with that many hits.

    Attributes:
        shown_at: time.perf_counter() of the last show, for the hotkey-to-visible benchmark.
        painted_at: time.perf_counter() of the first paint after that show.
    """

    insert_requested = Signal(object, str)
    copy_requested = Signal(object, str)
    dismissed = Signal()
    clicked_outside = Signal(int)  # X button number of a press that closed a grabbing popup
    popup_shown = Signal()
    results_updated = Signal(str, int)

    def __init__(
        self,
        book: Phrasebook | None = None,
        parent: QWidget | None = None,
        *,
        hide_on_deactivate: bool = True,
        grab_keyboard: bool = False,
    ) -> None:
        # A grabbing popup (X11) leaves the chat window its focus: Chromium took 5-10 ms
        # longer to paste into a window that had just got its focus back (measured: the popup
        # as a Tool window took it; as a Popup, with the keyboard grabbed, the page saw no blur).
        # Qt's input-method plugin (ibus) follows a Popup's focus widget: pinyin works in both.
        self._grabs = grab_keyboard
        flags = Qt.WindowType.FramelessWindowHint
        if grab_keyboard:
            flags |= Qt.WindowType.Popup
        else:
            flags |= Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint
        super().__init__(parent, flags)
        self.setObjectName("searchPopup")
        self._book = book
        self._hide_on_deactivate = hide_on_deactivate
        self._composing = False
        self._typed_since_show = False
        self.shown_at: float | None = None
        self.painted_at: float | None = None
        #: The clock follow-ups are timed with (tests replace it).
        self.clock = time.monotonic
        self._last_insert: tuple[str, float] | None = None
        #: How long typing pauses before a search runs (a soak run sets 0: one search a cycle).
        self.debounce_ms = DEBOUNCE_MS
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self._run_search)
        self._build()
        self.refresh()

    # -- building --------------------------------------------------------------------------

    def _build(self) -> None:
        self.setFont(ui_font(QApplication.font(), 1.05))
        self.setWindowTitle(self.tr("QuickReply"))
        self.resize(POPUP_SIZE)
        self.setStyleSheet(_STYLE)
        frame = QFrame(self)
        frame.setObjectName("popupFrame")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.setSpacing(10)
        header = QHBoxLayout()
        header.setSpacing(8)
        header.addWidget(self._build_search(), 1)
        self.customer_bar = CustomerBar(self)
        self.customer_bar.language_changed.connect(self._on_language_changed)
        self.customer_bar.shop_selected.connect(self._on_shop_selected)
        header.addWidget(self.customer_bar)
        layout.addLayout(header)
        body = QHBoxLayout()
        body.setSpacing(12)
        body.addWidget(self._build_results(), 11)
        self.preview = PreviewPane(self)
        self.preview.editors_changed.connect(self._watch_editors)
        body.addWidget(self.preview, 9)
        layout.addLayout(body, 1)
        layout.addWidget(self._build_footer())

    def _build_search(self) -> QLineEdit:
        self.search_box = QLineEdit()
        self.search_box.setObjectName("search")
        self.search_box.setFont(ui_font(self.font(), 1.3))
        self.search_box.setPlaceholderText(self.tr("Search replies: code, pinyin or words"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(self._schedule_search)
        self.search_box.installEventFilter(self)
        return self.search_box

    def _build_results(self) -> QStackedWidget:
        self.model = ResultsModel(self)
        self.results = QListView()
        self.results.setObjectName("results")
        self.results.setModel(self.model)
        self.results.setItemDelegate(ResultDelegate(self.results))
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing always stays in the box
        self.results.setUniformItemSizes(True)
        self.results.setMouseTracking(True)
        self.results.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setSpacing(1)
        self.results.selectionModel().currentChanged.connect(self._on_current_changed)
        self.results.doubleClicked.connect(lambda index: self.insert_row(index.row()))
        self.empty_label = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.empty_label.setObjectName("emptyLabel")
        self._stack = QStackedWidget()
        self._stack.addWidget(self.results)
        self._stack.addWidget(self.empty_label)
        return self._stack

    def _build_footer(self) -> QLabel:
        keys = self.tr(
            "Enter insert · Shift+Enter copy · Ctrl+1-9 pick · Tab fields · Ctrl+L language"
            " · Esc close"
        )
        footer = self.footer = QLabel(keys)
        footer.setObjectName("footer")
        footer.setFont(ui_font(self.font(), 0.85))
        footer.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        return footer

    # -- public API ------------------------------------------------------------------------

    def set_book(self, book: Phrasebook | None) -> None:
        """Search this phrasebook from now on."""
        self._book = book
        self.refresh()

    def refresh(self) -> None:
        """Search again now (the app calls this when the phrasebook or profile changed)."""
        self._timer.stop()
        self._load_customer_bar()
        self._run_search(keep_selection=True)

    def localized(self, phrase: Phrase) -> Phrase:
        """The phrase in the language chosen for the current customer (Ctrl+L)."""
        return localized(phrase, self.customer_bar.language)

    def note_inserted(self, phrase_id: str) -> None:
        """The app inserted this phrase: offer its follow-ups for a while."""
        self._last_insert = (phrase_id, self.clock())

    def show_phrase(self, phrase: Phrase) -> None:
        """Show the popup with only `phrase`, its first empty field focused (a favourite key
        pressed for a reply that needs fields)."""
        self.show_for_search()
        self.search_box.clear()
        self._timer.stop()
        self.model.set_hits([Hit(self.localized(phrase), 0.0)])
        self._stack.setCurrentWidget(self.results)
        self.select_row(0)
        rendered = self.preview.rendered()
        if rendered is not None and rendered.missing:
            self.preview.focus_field(rendered.missing[0].name)

    def show_for_search(self, anchor: QPoint | None = None) -> None:
        """Show near `anchor` (or the mouse), with the last query selected so typing replaces it."""
        self._composing = False
        self._typed_since_show = False
        point = anchor if anchor is not None else QCursor.pos()
        screen = QGuiApplication.screenAt(point) or QGuiApplication.primaryScreen()
        self.move(place_near(point, self.size(), screen.availableGeometry()))
        self.search_box.selectAll()
        self.preview.set_phrase(None, None)  # a new chat: nothing typed for the last one stays
        self._run_search()
        self.show()
        self.raise_()
        if not self._grabs or not self._take_keyboard():
            self.activateWindow()
        self.search_box.setFocus(Qt.FocusReason.PopupFocusReason)

    def _take_keyboard(self) -> bool:
        """Make sure the grab Qt makes for a Popup is ours (another program may hold one)."""
        handle = self.windowHandle()
        grabbed = False
        for _attempt in range(GRAB_ATTEMPTS):  # another program's grab is usually brief
            grabbed = handle is not None and handle.setKeyboardGrabEnabled(True)
            if grabbed or handle is None:
                break
            time.sleep(GRAB_RETRY_S)
        trace("popup_keyboard", grabbed=grabbed, wid=int(self.winId()))
        if not grabbed:
            log.info("the keyboard is held by another program: the popup takes the focus")
        return grabbed

    @property
    def grabs_keyboard(self) -> bool:
        """True for the X11 popup that takes the keyboard by a grab (see __init__)."""
        return self._grabs

    def release_keyboard(self) -> None:
        """Give the keyboard grab up before hiding, so the paste chord that follows goes to
        the chat window; a Tool popup holds no grab. The pointer grab goes when the popup
        hides: letting go of it here cost ~0.9 ms on the way to the paste (XInput2)."""
        handle = self.windowHandle()
        if self._grabs and handle is not None:
            handle.setKeyboardGrabEnabled(False)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        """A press outside a grabbing popup closes it (Qt does that) and is passed on, so the
        window clicked gets it - the chat box clicked into, another customer's chat, the tray."""
        outside = self._grabs and not self.rect().contains(event.position().toPoint())
        super().mousePressEvent(event)
        if outside and not self.isVisible():
            button = _X_BUTTONS.get(event.button())
            if button is not None:
                self.clicked_outside.emit(button)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        """A Popup closes itself on a click outside it: that is a dismissal."""
        was_visible = self.isVisible()
        super().closeEvent(event)
        if was_visible and event.isAccepted():
            self.dismissed.emit()

    def set_query(self, text: str) -> None:
        """Search for `text` now (a customer's message), selected so typing replaces it."""
        self.search_box.setText(text)
        self._timer.stop()
        self._run_search()
        self.search_box.selectAll()

    def current_hit(self) -> Hit | None:
        return self.model.hit(self.results.currentIndex().row())

    def current_row(self) -> int:
        return self.results.currentIndex().row()

    def select_row(self, row: int) -> None:
        """Select `row` (a section header selects the reply below it)."""
        while self.model.is_header(row):
            row += 1
        if 0 <= row < self.model.rowCount():
            self.results.setCurrentIndex(self.model.index(row))

    def insert_row(self, row: int, *, copy: bool = False) -> bool:
        """Select `row` and insert (or copy) it; False when nothing was emitted."""
        if not 0 <= row < self.model.rowCount() or self.model.is_header(row):
            return False
        self.select_row(row)
        return self.insert_current(copy=copy)

    def insert_current(self, *, copy: bool = False, as_written: bool = False) -> bool:
        """Emit the selected reply, unless a field is still empty: then ask for it first.

        `as_written` (Ctrl+Shift+Enter) pastes it anyway, each empty field as written (【颜色B】):
        for a bracket that is the shop's own label, or a reply she completes in the chat.
        """
        trace("insert_key")
        if self._timer.isActive():  # Enter within the debounce: choose from what was typed
            self._timer.stop()
            self._run_search()
        hit = self.current_hit()
        rendered = self.preview.rendered()
        if hit is None or rendered is None:
            return False
        if rendered.missing and not as_written:
            first = rendered.missing[0].name
            self.preview.focus_field(first)
            hint = self.tr("Fill in first: {field} (Ctrl+Shift+Enter pastes it as written)")
            self.preview.show_hint(hint.format(field=first))
            return False
        trace("reply_rendered")
        if copy:
            self.hide()
            self.copy_requested.emit(hit.phrase, rendered.text)
            return True
        # The receiver gives the chat window its focus back itself and may paste before we
        # hide (hiding takes 4-5 ms under X11: not on the way from Enter to the paste); a
        # grabbing popup is hidden by the receiver once the paste is done.
        self.insert_requested.emit(hit.phrase, rendered.text)
        if not self._grabs:
            self.hide()
        return True

    def dismiss(self) -> None:
        """Close without choosing anything."""
        was_visible = self.isVisible()
        self.hide()
        if was_visible:
            self.dismissed.emit()

    # -- searching -------------------------------------------------------------------------

    def _schedule_search(self) -> None:
        self._timer.start(self.debounce_ms if self._typed_since_show else 0)
        self._typed_since_show = True

    def _run_search(self, keep_selection: bool = False) -> None:
        query = self.search_box.text()
        keep = self.current_hit() if keep_selection else None
        found = self._book.search(query, SEARCH_LIMIT) if self._book is not None else []
        hits = [self._localized_hit(hit) for hit in found]
        sections = self._follow_up_sections(hits) if not query.strip() else []
        self.model.set_hits([] if sections else hits, sections=sections)
        self.results.setUniformItemSizes(not sections)  # header rows are shorter
        row = self.model.row_of(keep.phrase.id) if keep is not None else -1
        self.select_row(max(row, 0))
        if not hits:
            self._on_current_changed(QModelIndex())
        self._show_empty_state(query, bool(hits))
        self.results_updated.emit(query, len(hits))

    def _localized_hit(self, hit: Hit) -> Hit:
        phrase = self.localized(hit.phrase)
        if phrase is hit.phrase:
            return hit
        same_text = len(phrase.body) == len(hit.phrase.body)  # OpenCC keeps lengths: spans hold
        kept = tuple(m for m in hit.matches if same_text or m.field != "body")
        return Hit(phrase, hit.score, kept)

    def _follow_up_sections(self, hits: list[Hit]) -> list[Section]:
        """ "Next" suggestions above the usual list, shortly after an insertion (empty query
        only: what she types always gets the plain results, so exact matches stay on top)."""
        last = self._last_insert
        if self._book is None or last is None or self.clock() - last[1] > FOLLOW_UP_SECONDS:
            return []
        try:
            following = self._book.follow_ups(last[0], FOLLOW_UP_LIMIT)
        except PhrasebookError:  # the phrase was deleted meanwhile
            return []
        if not following:
            return []
        ids = {p.id for p in following}
        rest = [hit for hit in hits if hit.phrase.id not in ids]
        nexts = [Hit(self.localized(p), 0.0) for p in following]
        return [(self.tr("Usually sent next"), nexts), (self.tr("Frequently used"), rest)]

    def _load_customer_bar(self) -> None:
        if self._book is None:
            self.customer_bar.set_shops((), "")
            return
        profile = self._book.profile
        self.customer_bar.set_shops(profile.shops, profile.active_shop)
        saved = self._book.get_setting(setting_keys.CUSTOMER_LANGUAGE)
        self.customer_bar.blockSignals(True)
        self.customer_bar.set_language(saved if isinstance(saved, str) else None)
        self.customer_bar.blockSignals(False)

    def _on_language_changed(self, lang: str | None) -> None:
        if self._book is not None:
            self._book.set_setting(setting_keys.CUSTOMER_LANGUAGE, lang)
        self._run_search(keep_selection=True)
        self.preview.set_phrase(self._book, None)  # the same phrase in another language
        self._on_current_changed(self.results.currentIndex())

    def _on_shop_selected(self, shop: str) -> None:
        if self._book is not None and shop != self._book.profile.active_shop:
            self._book.set_profile(active_shop=shop)
            self.preview.refresh()  # placeholders follow the shop at once
        self.search_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_empty_state(self, query: str, any_hits: bool) -> None:
        if any_hits:
            self._stack.setCurrentWidget(self.results)
            return
        if self._book is None:
            text = self.tr("No phrasebook open")
        elif query.strip():
            text = self.tr("No reply matches “{query}”").format(query=query.strip())
        else:
            text = self.tr("No replies yet: add some in the phrase editor")
        self.empty_label.setText(text)
        self._stack.setCurrentWidget(self.empty_label)

    def _on_current_changed(self, current: QModelIndex) -> None:
        hit = self.model.hit(current.row()) if current.isValid() else None
        self.preview.set_phrase(self._book, hit.phrase if hit else None)
        self.preview.set_note(self._missing_language_note(hit.phrase) if hit else "")

    def _missing_language_note(self, phrase: Phrase) -> str:
        """Why the reply is not in the customer's language: it has no text in it, so the
        original goes out (the agent must know before a Korean customer gets Chinese)."""
        lang = self.customer_bar.language
        if lang is None or phrase.lang == lang:  # localized() sets lang when it found a text
            return ""
        notes = {
            "ko": self.tr("No Korean text: pasting the original"),
            "en": self.tr("No English text: pasting the original"),
            "zh-Hant": self.tr("No Traditional Chinese text: pasting the original"),
            "zh-Hans": self.tr("No Simplified Chinese text: pasting the original"),
        }
        return notes.get(lang, "")

    # -- keyboard --------------------------------------------------------------------------

    def _watch_editors(self) -> None:
        for editor in self.preview.editors():
            editor.installEventFilter(self)
        if self.isVisible() and self.focusWidget() not in self._focus_chain():
            # The field that had focus was replaced with the preview: typing goes back to search.
            self.search_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Keys that reach the window itself (no child has focus): Esc closes, others search."""
        if self._composing:  # the input method owns every key while it composes
            event.ignore()
        elif event.key() == Qt.Key.Key_Escape:
            self.dismiss()
        elif self.focusWidget() not in self._focus_chain():
            self.search_box.setFocus(Qt.FocusReason.OtherFocusReason)
            QApplication.sendEvent(self.search_box, event)
        else:  # a key the focused field did not want: nothing more to do with it
            super().keyPressEvent(event)

    def _focus_chain(self) -> list[QWidget]:
        return [self.search_box, *self.preview.editors()]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind == QEvent.Type.InputMethod and isinstance(event, QInputMethodEvent):
            # A non-empty preedit means the IME is mid-word; a commit (empty preedit) ends it.
            self._composing = bool(event.preeditString())
        elif kind == QEvent.Type.FocusOut:
            self._composing = False
        elif kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return not self._composing and self._handle_key(watched, event)
        return super().eventFilter(watched, event)

    def _handle_key(self, watched: QObject, event: QKeyEvent) -> bool:
        """Popup-wide keys; True when the key was used (the widget must not see it)."""
        key = Qt.Key(event.key())
        mods = event.modifiers()
        if key == Qt.Key.Key_Escape:
            self.dismiss()
        elif key in _ENTER_KEYS:
            shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
            if shift and mods & Qt.KeyboardModifier.ControlModifier:
                self.insert_current(as_written=True)
            else:
                self.insert_current(copy=shift)
        elif key in _DIGITS and mods & Qt.KeyboardModifier.ControlModifier:
            self.insert_row(self.model.row_of_number(_DIGITS[key]))
        elif key == Qt.Key.Key_L and mods & Qt.KeyboardModifier.ControlModifier:
            self.customer_bar.cycle_language()
        elif key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            backwards = key == Qt.Key.Key_Backtab or bool(mods & Qt.KeyboardModifier.ShiftModifier)
            self._cycle_focus(watched, -1 if backwards else 1)
        elif key in _MOVES and watched is self.search_box:
            self._move_selection(_MOVES[key])
        else:
            return False
        return True

    def _cycle_focus(self, watched: QObject, step: int) -> None:
        chain = self._focus_chain()
        at = next((i for i, w in enumerate(chain) if w is watched), 0)
        target = chain[(at + step) % len(chain)]
        target.setFocus(Qt.FocusReason.TabFocusReason)
        if isinstance(target, QLineEdit):
            target.selectAll()

    def _move_selection(self, step: int) -> None:
        rows = self.model.rowCount()
        if not rows:
            return
        row = min(max(self.current_row() + step, 0), rows - 1)
        while self.model.is_header(row) and 0 < row < rows - 1:
            row += 1 if step > 0 else -1  # step over a section caption
        if self.model.is_header(row):
            row = self.current_row()
        self.select_row(row)

    # -- window events ---------------------------------------------------------------------

    def showEvent(self, event: QEvent) -> None:  # noqa: N802
        super().showEvent(event)  # type: ignore[arg-type]
        self.shown_at = time.perf_counter()
        self.painted_at = None
        self.popup_shown.emit()

    def paintEvent(self, event: QEvent) -> None:  # noqa: N802
        if self.painted_at is None and self.shown_at is not None:
            self.painted_at = time.perf_counter()
        super().paintEvent(event)  # type: ignore[arg-type]

    def retranslate(self) -> None:
        """Set the fixed texts again after a UI language switch (Qt's LanguageChange)."""
        self.setWindowTitle(self.tr("QuickReply"))
        self.search_box.setPlaceholderText(self.tr("Search replies: code, pinyin or words"))
        self.footer.setText(
            self.tr(
                "Enter insert · Shift+Enter copy · Ctrl+1-9 pick · Tab fields · Ctrl+L language"
                " · Esc close"
            )
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        lost_focus = event.type() == QEvent.Type.ActivationChange and not self.isActiveWindow()
        # A combo box's drop-down is its own window; opening it must not close the popup.
        if lost_focus and self._hide_on_deactivate and QApplication.activePopupWidget() is None:
            self.dismiss()
