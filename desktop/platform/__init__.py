"""The OS layer: pick one backend, once, and hand the app a `Platform`.

This is the only module that reads `sys.platform` and `XDG_SESSION_TYPE`; everything else asks
`Platform.capabilities`. Backends:

- ``x11``: python-xlib grabs + XTEST + QClipboard (Linux/BSD X11 sessions).
- ``win32``: RegisterHotKey + SendInput + QClipboard (Windows).
- ``fake``: in-memory, for tests and demos (``--platform fake``).
- ``wayland``: honest "no global hotkey, no key sending" (Wayland forbids both to clients).
- ``macos``: the same honest stub until a Quartz backend exists (chosen over silently faking).
- ``headless``: no display at all.

Choice order: `detect(override)`, else env ``QUICKREPLY_PLATFORM``, else auto-detection.
"""

from __future__ import annotations

import logging
import os
import sys

from desktop.platform.base import Capabilities, Platform, PlatformError

__all__ = ["BACKENDS", "Capabilities", "Platform", "detect", "detect_name"]

log = logging.getLogger(__name__)

ENV_VAR = "QUICKREPLY_PLATFORM"
BACKENDS = ("x11", "win32", "fake", "wayland", "macos", "headless")

_WAYLAND_REASON = (
    "Wayland does not let applications grab global hotkeys or send keys to other windows; "
    "bind a desktop shortcut to `quickreply --show` or use an X11 session"
)
_MACOS_REASON = "macOS support is not built yet (needs Quartz event taps and accessibility)"
_HEADLESS_REASON = "no display (neither DISPLAY nor WAYLAND_DISPLAY is set)"


def detect_name(override: str | None = None) -> str:
    """The backend name `detect` would use, without building anything.

    Raises:
        ValueError: For a name that is not one of `BACKENDS`.
    """
    name = (override or os.environ.get(ENV_VAR) or _auto_name()).strip().lower()
    if name not in BACKENDS:
        raise ValueError(f"unknown platform {name!r}; choose one of {', '.join(BACKENDS)}")
    return name


def _auto_name() -> str:
    if sys.platform == "win32":
        return "win32"
    if sys.platform == "darwin":
        return "macos"
    # XWayland gives a DISPLAY too, but grabs there only see XWayland windows: not global.
    if os.environ.get("XDG_SESSION_TYPE", "").lower() == "wayland":
        return "wayland"
    if os.environ.get("DISPLAY"):
        return "x11"
    return "wayland" if os.environ.get("WAYLAND_DISPLAY") else "headless"


def detect(override: str | None = None) -> Platform:
    """Build the platform for this session (call after the QApplication exists).

    Args:
        override: A backend name from `BACKENDS` (e.g. from ``--platform``); wins over
            ``QUICKREPLY_PLATFORM`` and auto-detection.

    Raises:
        ValueError: Unknown backend name.
        PlatformError: The chosen backend could not start (e.g. no X server).
    """
    name = detect_name(override)
    source = "argument" if override else ENV_VAR if os.environ.get(ENV_VAR) else "auto-detected"
    platform = _build(name)
    log.info("platform backend %s (%s); capabilities %s", name, source, platform.capabilities)
    for note in platform.capabilities.notes:
        log.warning("platform: %s", note)
    return platform


def _build(name: str) -> Platform:
    if name == "fake":
        from desktop.platform.fake import FakeBackend

        return FakeBackend().platform()
    if name == "x11":
        try:
            from desktop.platform import x11

            return x11.create()
        except Exception as error:  # Xlib raises its own types for a missing/refused display
            raise PlatformError(f"cannot use X11: {error}") from error
    if name == "win32":
        from desktop.platform import win32

        return win32.create()
    from desktop.platform import unsupported

    reasons = {"wayland": _WAYLAND_REASON, "macos": _MACOS_REASON}
    return unsupported.create(name, reasons.get(name, _HEADLESS_REASON))
