"""The real Win32 calls behind `win32.User32Api`, via ctypes. Imported only on Windows.

Not exercised by Linux CI (`ctypes.WinDLL` does not exist there); the logic that uses it is
unit-tested in tests/unit/desktop/platform/test_win32.py with a fake of this class.
"""

from __future__ import annotations

import ctypes
from ctypes import wintypes
from pathlib import PureWindowsPath
from typing import Any

__all__ = ["CtypesUser32"]

_INPUT_KEYBOARD, _KEYEVENTF_KEYUP, _KEYEVENTF_UNICODE = 1, 0x2, 0x4
_PROCESS_QUERY_LIMITED_INFORMATION, _TOKEN_QUERY, _TOKEN_INTEGRITY_LEVEL = 0x1000, 0x8, 25
_SW_RESTORE = 9


class _KEYBDINPUT(ctypes.Structure):
    _fields_ = [
        ("wVk", wintypes.WORD),
        ("wScan", wintypes.WORD),
        ("dwFlags", wintypes.DWORD),
        ("time", wintypes.DWORD),
        ("dwExtraInfo", ctypes.c_size_t),
    ]


class _INPUT(ctypes.Structure):
    class _U(ctypes.Union):
        # MOUSEINPUT is the largest member; pad so sizeof(INPUT) matches the OS's.
        _fields_ = [("ki", _KEYBDINPUT), ("pad", ctypes.c_byte * 32)]

    _anonymous_ = ("u",)
    _fields_ = [("type", wintypes.DWORD), ("u", _U)]


class CtypesUser32:
    """user32/kernel32/advapi32 through ctypes, shaped like `win32.User32Api`."""

    def __init__(self) -> None:
        self.user32: Any = ctypes.WinDLL("user32", use_last_error=True)  # type: ignore[attr-defined]
        self.kernel32: Any = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
        self.advapi32: Any = ctypes.WinDLL("advapi32", use_last_error=True)  # type: ignore[attr-defined]

    def current_thread_id(self) -> int:
        return int(self.kernel32.GetCurrentThreadId())

    def current_process_id(self) -> int:
        return int(self.kernel32.GetCurrentProcessId())

    def register_hotkey(self, hotkey_id: int, modifiers: int, vk: int) -> bool:
        return bool(self.user32.RegisterHotKey(None, hotkey_id, modifiers, vk))

    def unregister_hotkey(self, hotkey_id: int) -> None:
        self.user32.UnregisterHotKey(None, hotkey_id)

    def get_message(self) -> tuple[int, int]:
        msg = wintypes.MSG()
        if self.user32.GetMessageW(ctypes.byref(msg), None, 0, 0) <= 0:
            return 0x0012, 0  # WM_QUIT or error: stop the loop
        return int(msg.message), int(msg.wParam)

    def post_thread_message(self, thread_id: int, message: int) -> None:
        self.user32.PostThreadMessageW(thread_id, message, 0, 0)

    def _send(self, inputs: list[_INPUT]) -> None:
        array = (_INPUT * len(inputs))(*inputs)
        sent = self.user32.SendInput(len(inputs), array, ctypes.sizeof(_INPUT))
        if sent != len(inputs):
            error = ctypes.get_last_error()  # type: ignore[attr-defined]
            raise OSError(error, "SendInput was blocked (UIPI?)")

    def send_keys(self, events: list[tuple[int, bool]]) -> None:
        flags = {False: 0, True: _KEYEVENTF_KEYUP}
        self._send([_INPUT(_INPUT_KEYBOARD, _INPUT._U(ki=_KEYBDINPUT(vk, 0, flags[up], 0, 0)))
                    for vk, up in events])  # fmt: skip

    def send_unicode(self, text: str) -> None:
        units = text.encode("utf-16-le")
        codes = [int.from_bytes(units[i : i + 2], "little") for i in range(0, len(units), 2)]
        inputs = []
        for code in codes:
            for flags in (_KEYEVENTF_UNICODE, _KEYEVENTF_UNICODE | _KEYEVENTF_KEYUP):
                inputs.append(
                    _INPUT(_INPUT_KEYBOARD, _INPUT._U(ki=_KEYBDINPUT(0, code, flags, 0, 0)))
                )
        self._send(inputs)

    def foreground_window(self) -> int:
        return int(self.user32.GetForegroundWindow() or 0)

    def is_window(self, hwnd: int) -> bool:
        return bool(self.user32.IsWindow(hwnd))

    def window_title(self, hwnd: int) -> str | None:
        buffer = ctypes.create_unicode_buffer(512)
        length = self.user32.GetWindowTextW(hwnd, buffer, len(buffer))
        return buffer.value if length else None

    def window_thread_process(self, hwnd: int) -> tuple[int, int]:
        pid = wintypes.DWORD()
        thread = self.user32.GetWindowThreadProcessId(hwnd, ctypes.byref(pid))
        return int(thread), int(pid.value)

    def attach_thread_input(self, thread: int, to_thread: int, attach: bool) -> None:
        self.user32.AttachThreadInput(thread, to_thread, attach)

    def set_foreground_window(self, hwnd: int) -> bool:
        self.user32.BringWindowToTop(hwnd)
        return bool(self.user32.SetForegroundWindow(hwnd))

    def restore_window(self, hwnd: int) -> None:
        if self.user32.IsIconic(hwnd):
            self.user32.ShowWindow(hwnd, _SW_RESTORE)

    def process_name(self, pid: int) -> str | None:
        handle = self.kernel32.OpenProcess(_PROCESS_QUERY_LIMITED_INFORMATION, False, pid)
        if not handle:
            return None
        try:
            buffer = ctypes.create_unicode_buffer(1024)
            size = wintypes.DWORD(len(buffer))
            if not self.kernel32.QueryFullProcessImageNameW(handle, 0, buffer, ctypes.byref(size)):
                return None
            return PureWindowsPath(buffer.value).name
        finally:
            self.kernel32.CloseHandle(handle)

    def process_integrity(self, pid: int) -> int | None:
        """The mandatory integrity RID of a process (None when access is denied)."""
        process = self.kernel32.OpenProcess(_PROCESS_QUERY_LIMITED_INFORMATION, False, pid)
        if not process:
            return None  # typically: an elevated process we may not inspect
        token = wintypes.HANDLE()
        try:
            if not self.advapi32.OpenProcessToken(process, _TOKEN_QUERY, ctypes.byref(token)):
                return None
            size = wintypes.DWORD()
            self.advapi32.GetTokenInformation(
                token, _TOKEN_INTEGRITY_LEVEL, None, 0, ctypes.byref(size)
            )
            buffer = ctypes.create_string_buffer(size.value)
            if not self.advapi32.GetTokenInformation(
                token, _TOKEN_INTEGRITY_LEVEL, buffer, size, ctypes.byref(size)
            ):
                return None
            sid = ctypes.cast(buffer, ctypes.POINTER(ctypes.c_void_p))[0]
            count = self.advapi32.GetSidSubAuthorityCount(ctypes.c_void_p(sid))
            last = ctypes.cast(count, ctypes.POINTER(ctypes.c_ubyte))[0] - 1
            rid = self.advapi32.GetSidSubAuthority(ctypes.c_void_p(sid), last)
            return int(ctypes.cast(rid, ctypes.POINTER(wintypes.DWORD))[0])
        finally:
            if token:
                self.kernel32.CloseHandle(token)
            self.kernel32.CloseHandle(process)
