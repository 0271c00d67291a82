"""Options and results of the insertion flow (`desktop.platform.paste`), as plain values.

Kept apart from the Qt state machine so the settings dialog and the usage log can import them
without pulling in timers.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field

from desktop.platform.chords import PASTE_CTRL_V, PASTE_SHIFT_INSERT, Chord

__all__ = [
    "CTRL_V",
    "SHIFT_INSERT",
    "ImageMode",
    "TYPE_TEXT",
    "InsertOutcome",
    "InsertStatus",
    "PasteMethod",
    "PasteSettings",
    "PasteTiming",
]


class ImageMode(enum.Enum):
    """How a reply with images is pasted (per application, like the paste chord).

    ONE_PASTE: one clipboard with text/plain, text/html (text + data-URI <img>) and image/png;
    text and image arrive together in Chromium-based chat boxes (千牛, QQ NT), a plain text
    box takes the text. TEXT_THEN_IMAGE: the text, then - once the target has read it - the
    image alone, in a second paste.
    """

    ONE_PASTE = "one"
    TEXT_THEN_IMAGE = "text-then-image"


@dataclass(frozen=True)
class PasteTiming:
    """Named delays of the insertion flow, in milliseconds.

    Defaults come from ../shared/notes/linux-desktop-testing.md section 4 (Xvfb, Qt,
    Chromium 156 and mousepad targets); Windows timings are still unmeasured.

    Attributes:
        pre_paste_ms: An extra wait after the OS confirmed the target's focus, before the paste
            chord. 0: the chord goes as soon as the X server reports the focus (FocusIn on the
            target and _NET_ACTIVE_WINDOW equal to it); this used to be a fixed 10 ms timer.
        focus_timeout_ms: Longest wait for that confirmation; the chord is sent anyway after it
            (a window manager that never updates _NET_ACTIVE_WINDOW).
        restore_quiet_ms: After the target's *last* clipboard read, before restoring.
            Chromium read text/plain twice, 1-7 ms and 8-15 ms after Ctrl+V; 50 ms of quiet
            covers a target asking for several formats, with margin for a loaded machine.
        restore_fallback_ms: After sending the chord, restore even if nobody read. Restoring by
            timer failed at 80 ms with Chromium and worked at 120 ms; paste latency reached
            92 ms under load and AutoKey waits 200 ms; 400 ms leaves margin on slow machines.
    """

    pre_paste_ms: int = 0
    focus_timeout_ms: int = 150
    restore_quiet_ms: int = 50
    restore_fallback_ms: int = 400


@dataclass(frozen=True)
class PasteMethod:
    """How text reaches one application: a paste chord, or typing (when `chord` is None)."""

    chord: Chord | None

    @property
    def types_text(self) -> bool:
        """True for the "type the text" fallback (no clipboard involved)."""
        return self.chord is None

    def __str__(self) -> str:
        return "type text" if self.chord is None else str(self.chord)


CTRL_V = PasteMethod(PASTE_CTRL_V)
#: For terminals and some Java/legacy apps where Ctrl+V means something else.
SHIFT_INSERT = PasteMethod(PASTE_SHIFT_INSERT)
#: For targets that block pasting; slower, and IMEs/layouts may mangle it.
TYPE_TEXT = PasteMethod(None)


@dataclass(frozen=True)
class PasteSettings:
    """Per-application paste methods, timings and clipboard-history hygiene.

    Attributes:
        default: The method for applications not listed in `per_app`.
        per_app: `TargetWindow.app_id` (case-insensitive) -> method.
        timing: The flow's delays.
        mark_transient: Ask clipboard managers/history to skip our temporary content.
        image_mode: How replies with images are pasted, unless `image_modes` names the app.
        image_modes: `TargetWindow.app_id` (case-insensitive) -> image mode.
    """

    default: PasteMethod = CTRL_V
    per_app: Mapping[str, PasteMethod] = field(default_factory=dict)
    timing: PasteTiming = PasteTiming()
    mark_transient: bool = True
    image_mode: ImageMode = ImageMode.ONE_PASTE
    image_modes: Mapping[str, ImageMode] = field(default_factory=dict)

    def image_mode_for(self, app_id: str | None) -> ImageMode:
        """How to paste images into an application (the default when unknown)."""
        wanted = (app_id or "").casefold()
        for name, mode in self.image_modes.items():
            if app_id is not None and name.casefold() == wanted:
                return mode
        return self.image_mode

    def method_for(self, app_id: str | None) -> PasteMethod:
        """The paste method for an application (the default when unknown)."""
        if app_id is None:
            return self.default
        wanted = app_id.casefold()
        for name, method in self.per_app.items():
            if name.casefold() == wanted:
                return method
        return self.default


class InsertStatus(enum.Enum):
    """How an insertion ended."""

    PASTED = "pasted"
    TYPED = "typed"  # the per-app "type the text" method: keys, no clipboard
    TARGET_GONE = "target_gone"
    FAILED = "failed"


@dataclass(frozen=True)
class InsertOutcome:
    """The result of one insertion, for the usage log and error display.

    Attributes:
        status: Pasted, target gone, or failed.
        text: The text that was to be inserted.
        target_title: The target's title when known.
        reason: Why it failed (None when pasted).
        read_confirmed: The target was seen reading the clipboard (False: restored by timer,
            so the paste may not have landed).
        warnings: Non-fatal concerns, e.g. an elevated target that may ignore our keys.
        tag: What the caller passed with the request (e.g. the phrase), handed back as is, so
            outcomes are matched to requests by identity, never by queue order.
        method: How the text was sent ("Ctrl+V", "type text"); None when nothing was sent.
        images: How many images the reply carried.
    """

    status: InsertStatus
    text: str
    target_title: str | None = None
    reason: str | None = None
    read_confirmed: bool = False
    warnings: tuple[str, ...] = ()
    tag: object = None
    method: str | None = None
    images: int = 0

    @property
    def missed(self) -> bool:
        """The paste chord went out but the target never read the clipboard: the reply most
        likely did not arrive, and the agent must be told (never a silent miss)."""
        return self.status is InsertStatus.PASTED and not self.read_confirmed

    @property
    def ok(self) -> bool:
        """True when the text was sent (pasted or typed)."""
        return self.status in (InsertStatus.PASTED, InsertStatus.TYPED)
