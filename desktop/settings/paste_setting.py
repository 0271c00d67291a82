"""Reads the agent's paste settings (stored in the phrasebook) into `PasteSettings`.

The setting ``paste`` is a JSON object, e.g.::

    {"default": "Ctrl+V", "apps": {"xterm": "Shift+Insert", "legacy.exe": "type"},
     "images": "one", "image_apps": {"legacy.exe": "text-then-image"},
     "pre_paste_ms": 0, "focus_timeout_ms": 150, "restore_quiet_ms": 50,
     "restore_fallback_ms": 400}

``images`` is how a reply with images is pasted: "one" (text, HTML with the images and the
first image as PNG in one paste; what Chromium-based chat windows take) or "text-then-image"
(the text, then the image once the text was read); ``image_apps`` overrides it per application.

A bad value is logged and replaced by its default, so a typo never stops pasting.
"""

from __future__ import annotations

import logging
from typing import Any

from desktop.platform.chords import ChordError, parse_chord
from desktop.platform.paste_values import (
    CTRL_V,
    TYPE_TEXT,
    ImageMode,
    PasteMethod,
    PasteSettings,
    PasteTiming,
)

log = logging.getLogger(__name__)

_TIMINGS = ("pre_paste_ms", "focus_timeout_ms", "restore_quiet_ms", "restore_fallback_ms")
MAX_DELAY_MS = 5000


def method(text: object) -> PasteMethod | None:
    """ "type" -> typing, a chord string -> that chord, anything else -> None (invalid)."""
    if not isinstance(text, str):
        return None
    if text.strip().lower() in ("type", "type text"):
        return TYPE_TEXT
    try:
        return PasteMethod(parse_chord(text))
    except ChordError:
        return None


def image_mode(text: object) -> ImageMode | None:
    """ "one" / "text-then-image" -> that mode, anything else -> None (invalid)."""
    try:
        return ImageMode(text)
    except ValueError:
        return None


def paste_settings(raw: Any) -> PasteSettings:
    """PasteSettings from the stored JSON value (None or garbage gives the defaults)."""
    if not isinstance(raw, dict):
        return PasteSettings()
    default = method(raw.get("default", "Ctrl+V"))
    if default is None:
        _warn("default", raw.get("default"), CTRL_V)
        default = CTRL_V
    per_app = {}
    apps = raw.get("apps")
    for app_id, value in (apps if isinstance(apps, dict) else {}).items():
        chosen = method(value)
        if chosen is None:
            log.warning("paste setting for %s ignored: %r is not a chord or 'type'", app_id, value)
        else:
            per_app[str(app_id)] = chosen
    timing = PasteTiming(**{k: _delay(raw, k, getattr(PasteTiming(), k)) for k in _TIMINGS})
    images = image_mode(raw.get("images", ImageMode.ONE_PASTE.value))
    if images is None:
        _warn("images", raw.get("images"), ImageMode.ONE_PASTE.value)
        images = ImageMode.ONE_PASTE
    image_apps = {}
    raw_image_apps = raw.get("image_apps")
    for app_id, value in (raw_image_apps if isinstance(raw_image_apps, dict) else {}).items():
        mode = image_mode(value)
        if mode is None:
            log.warning("image setting for %s ignored: %r is not an image mode", app_id, value)
        else:
            image_apps[str(app_id)] = mode
    return PasteSettings(
        default=default,
        per_app=per_app,
        timing=timing,
        image_mode=images,
        image_modes=image_apps,
    )


def _delay(raw: dict[str, Any], key: str, fallback: int) -> int:
    value = raw.get(key, fallback)
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_DELAY_MS:
        return value
    _warn(key, value, fallback)
    return fallback


def _warn(key: str, value: object, fallback: object) -> None:
    log.warning("paste setting %s=%r is invalid; using %s", key, value, fallback)
