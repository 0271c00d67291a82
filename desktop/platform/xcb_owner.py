"""The CLIPBOARD selection served through libxcb (ctypes), from a thread of its own.

Why not python-xlib here: a chat window pasting asks the owner a dozen times (Chromium asks
for TARGETS about twelve times per Ctrl+V, then for the text), one round trip after another.
Each answer built by python-xlib cost ~0.3 ms more than xclip's, and Ctrl+V -> text took
13 ms against xclip's 9 (measured under Xvfb). Through libxcb an answer is a few C calls.

The connection is our own (`xcb_connect`), used by the GUI thread to take the selection and by
the serving thread to answer; libxcb is thread-safe. The serving thread waits on the socket
with a short timeout so `close` can stop it.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import select
import struct
import threading
from collections.abc import Callable
from functools import cache
from typing import Any

__all__ = ["XcbError", "XcbSelection", "c_free", "libxcb"]

log = logging.getLogger(__name__)

_SELECTION_CLEAR = 29
_SELECTION_REQUEST = 30
_SELECTION_NOTIFY = 31
_INPUT_ONLY = 2
_PROP_MODE_REPLACE = 0
_ATOM = 4  # XA_ATOM
_CURRENT_TIME = 0
_NONE = 0


class XcbError(OSError):
    """libxcb is missing or the X server cannot be reached."""


class _ScreenIterator(ctypes.Structure):
    _fields_ = [("data", ctypes.c_void_p), ("rem", ctypes.c_int), ("index", ctypes.c_int)]


#: The fields both selection events start with (xcb_selection_{request,clear}_event_t).
_EVENT_HEAD = [
    ("response_type", ctypes.c_uint8),
    ("pad0", ctypes.c_uint8),
    ("sequence", ctypes.c_uint16),
    ("time", ctypes.c_uint32),
    ("owner", ctypes.c_uint32),
]


class _SelectionRequest(ctypes.Structure):
    _fields_ = [
        *_EVENT_HEAD,
        ("requestor", ctypes.c_uint32),
        ("selection", ctypes.c_uint32),
        ("target", ctypes.c_uint32),
        ("property", ctypes.c_uint32),
    ]


class _SelectionClear(ctypes.Structure):
    _fields_ = [*_EVENT_HEAD, ("selection", ctypes.c_uint32)]


@cache
def libxcb() -> ctypes.CDLL:
    """libxcb with the signatures we call (XcbError when it is missing)."""
    name = ctypes.util.find_library("xcb") or "libxcb.so.1"
    try:
        lib = ctypes.CDLL(name)
    except OSError as exc:
        raise XcbError(f"libxcb not found: {exc}") from None
    ptr, u32, u8 = ctypes.c_void_p, ctypes.c_uint32, ctypes.c_uint8
    signatures: dict[str, tuple[list[Any], Any]] = {
        "xcb_connect": ([ctypes.c_char_p, ptr], ptr),
        "xcb_connection_has_error": ([ptr], ctypes.c_int),
        "xcb_disconnect": ([ptr], None),
        "xcb_get_setup": ([ptr], ptr),
        "xcb_setup_roots_iterator": ([ptr], _ScreenIterator),
        "xcb_get_file_descriptor": ([ptr], ctypes.c_int),
        "xcb_generate_id": ([ptr], u32),
        "xcb_flush": ([ptr], ctypes.c_int),
        "xcb_poll_for_event": ([ptr], ptr),
        "xcb_intern_atom": ([ptr, u8, ctypes.c_uint16, ctypes.c_char_p], ctypes.c_uint),
        "xcb_intern_atom_reply": ([ptr, ctypes.c_uint, ptr], ptr),
        "xcb_create_window": (
            [ptr, u8, u32, u32, ctypes.c_int16, ctypes.c_int16, ctypes.c_uint16]
            + [ctypes.c_uint16, ctypes.c_uint16, ctypes.c_uint16, u32, u32, ptr],
            ctypes.c_uint,
        ),
        "xcb_destroy_window": ([ptr, u32], ctypes.c_uint),
        "xcb_set_selection_owner": ([ptr, u32, u32, u32], ctypes.c_uint),
        "xcb_change_property": ([ptr, u8, u32, u32, u32, u8, u32, ptr], ctypes.c_uint),
        "xcb_send_event": ([ptr, u8, u32, u32, ctypes.c_char_p], ctypes.c_uint),
        # A cookie is a struct of one unsigned int: passed and returned as one.
        "xcb_get_input_focus": ([ptr], ctypes.c_uint),
        "xcb_get_input_focus_reply": ([ptr, ctypes.c_uint, ptr], ptr),
    }
    for fn, (args, result) in signatures.items():
        getattr(lib, fn).argtypes = args
        getattr(lib, fn).restype = result
    return lib


@cache
def c_free() -> Callable[[int], None]:
    """libc's free, for what libxcb allocated (replies, events)."""
    libc = ctypes.CDLL(None)
    libc.free.argtypes = [ctypes.c_void_p]
    libc.free.restype = None
    return libc.free


class XcbSelection:
    """Owns CLIPBOARD on a hidden window and answers requests for the offered targets.

    Args:
        display_name: The X display (None: $DISPLAY).
        on_event: Called on the serving thread with ("read", target) after answering a data
            request and ("lost", "") when another program took the selection.
    """

    def __init__(self, display_name: str | None, on_event: Callable[[str, str], None]) -> None:
        lib = self._lib = libxcb()
        name = display_name.encode() if display_name else None
        self._conn = lib.xcb_connect(name, None)
        if not self._conn or lib.xcb_connection_has_error(self._conn):
            raise XcbError(f"cannot connect to X display {display_name or '$DISPLAY'}")
        screens = lib.xcb_setup_roots_iterator(lib.xcb_get_setup(self._conn))
        self._root = struct.unpack("=I", ctypes.string_at(screens.data, 4))[0]  # screen's root
        self.window = lib.xcb_generate_id(self._conn)
        lib.xcb_create_window(
            self._conn, 0, self.window, self._root, 0, 0, 1, 1, 0, _INPUT_ONLY, 0, 0, None
        )
        self._names: dict[int, str] = {}
        self.clipboard = self.atom("CLIPBOARD")
        self.targets_atom = self.atom("TARGETS")
        self._served: dict[int, tuple[int, bytes]] = {}  # target -> (property type, bytes)
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._on_event = on_event
        self._thread = threading.Thread(target=self._serve, name="xcb-clipboard", daemon=True)
        self._thread.start()

    def atom(self, name: str) -> int:
        """The atom for `name` (interned once)."""
        for atom, known in self._names.items():
            if known == name:
                return atom
        raw = name.encode()
        cookie = self._lib.xcb_intern_atom(self._conn, 0, len(raw), raw)
        reply = self._lib.xcb_intern_atom_reply(self._conn, cookie, None)
        if not reply:
            raise XcbError(f"the X server did not intern {name!r}")
        atom = int(struct.unpack("=I", ctypes.string_at(reply + 8, 4))[0])
        c_free()(reply)
        self._names[atom] = name
        return atom

    def name(self, atom: int) -> str:
        return self._names.get(atom, "")

    @property
    def serving(self) -> bool:
        with self._lock:
            return bool(self._served)

    def offer(self, served: dict[int, tuple[int, bytes]]) -> None:
        """Take the selection (at CurrentTime) and serve `served`: target -> (type, bytes)."""
        with self._lock:
            self._served = dict(served)
            self._lib.xcb_set_selection_owner(
                self._conn, self.window, self.clipboard, _CURRENT_TIME
            )
            self._lib.xcb_flush(self._conn)

    def release(self) -> None:
        """Give the selection up when we hold it (the clipboard is then empty)."""
        with self._lock:
            if not self._served:
                return
            self._served = {}
            self._lib.xcb_set_selection_owner(self._conn, _NONE, self.clipboard, _CURRENT_TIME)
            self._lib.xcb_flush(self._conn)

    def close(self) -> None:
        if self._stop.is_set():
            return
        self._stop.set()
        self._thread.join(timeout=2)
        with self._lock:
            self._served = {}
            self._lib.xcb_disconnect(self._conn)

    # -- the serving thread ---------------------------------------------------------------

    def _serve(self) -> None:
        fd = self._lib.xcb_get_file_descriptor(self._conn)
        while not self._stop.is_set():
            try:
                select.select([fd], [], [], 0.1)
            except (OSError, ValueError):
                return
            with self._lock:
                if self._stop.is_set() or self._lib.xcb_connection_has_error(self._conn):
                    return
                events = self._take_events()
            for kind, target in events:
                self._on_event(kind, target)

    def _take_events(self) -> list[tuple[str, str]]:
        """Answer every queued request (lock held); what to report once it is released."""
        reports: list[tuple[str, str]] = []
        while True:
            event = self._lib.xcb_poll_for_event(self._conn)
            if not event:
                break
            kind = ctypes.c_uint8.from_address(event).value & 0x7F
            if kind == _SELECTION_REQUEST:
                read = self._answer(_SelectionRequest.from_address(event))
                if read:
                    reports.append(("read", read))
            elif kind == _SELECTION_CLEAR:
                cleared = _SelectionClear.from_address(event)
                if cleared.selection == self.clipboard and cleared.owner == self.window:
                    self._served = {}
                    reports.append(("lost", ""))
            c_free()(event)  # errors (a requestor gone) and other events are dropped
        self._lib.xcb_flush(self._conn)
        return reports

    def _answer(self, request: _SelectionRequest) -> str:
        """Write the asked target onto the requestor's property and notify it; returns the
        target's name when data was handed out."""
        prop = request.property or request.target  # obsolete clients pass None
        read = ""
        if request.selection != self.clipboard or not self._served:
            prop = _NONE
        elif request.target == self.targets_atom:
            atoms = [self.targets_atom, *self._served]
            data = struct.pack(f"={len(atoms)}I", *atoms)
            self._change(request.requestor, prop, _ATOM, 32, data, len(atoms))
        elif request.target in self._served:
            kind, data = self._served[request.target]
            self._change(request.requestor, prop, kind, 8, data, len(data))
            read = self.name(request.target)
        else:
            prop = _NONE
        notify = struct.pack(
            "=BxHIIIII12x",
            _SELECTION_NOTIFY,
            0,
            request.time,
            request.requestor,
            request.selection,
            request.target,
            prop,
        )
        self._lib.xcb_send_event(self._conn, 0, request.requestor, 0, notify)
        return read

    def _change(self, window: int, prop: int, kind: int, fmt: int, data: bytes, units: int) -> None:
        buffer = ctypes.create_string_buffer(data, len(data))
        self._lib.xcb_change_property(
            self._conn, _PROP_MODE_REPLACE, window, prop, kind, fmt, units, buffer
        )
