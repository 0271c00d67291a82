"""Why an option is not offered here: the platform capabilities, as translated sentences.

Each function returns None when the backend can do the thing, else the reason the UI shows
beside the disabled option (label or tooltip). The UI asks these instead of branching on the OS.

Flags with no option of their own in the UI: `can_read_window_title` (the capture form only
guesses the customer from it), `can_restore_rich_clipboard`, `can_mark_clipboard_transient` and
`can_detect_elevated_target` (they change how a paste behaves, not what is offered).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.platform.base import Capabilities

__all__ = ["hotkeys_limit", "insert_limit", "note_text", "paste_limit", "typing_limit"]


def _with_notes(reason: str, capabilities: Capabilities) -> str:
    notes = (note_text(n) for n in capabilities.notes)
    return "\n".join((reason, *(n for n in notes if n)))


def note_text(note: str) -> str | None:
    """A backend's note (English, from desktop.platform) in the UI language; None for a note
    we have no translation of while the UI is not English (no English sentence in Chinese)."""
    if note.startswith("Wayland does not let applications grab global hotkeys"):
        return QCoreApplication.translate(
            "CapabilityLimits",
            "Wayland does not let applications grab global hotkeys or send keys to other "
            "windows; bind a desktop shortcut to `quickreply --show` or use an X11 session.",
        )
    if note.startswith("macOS support is not built yet"):
        return QCoreApplication.translate(
            "CapabilityLimits", "QuickReply does not support macOS yet."
        )
    if note.startswith("no display"):
        return QCoreApplication.translate(
            "CapabilityLimits", "There is no display (neither DISPLAY nor WAYLAND_DISPLAY is set)."
        )
    if QLocale().language() == QLocale.Language.English:
        return note
    return None


def hotkeys_limit(capabilities: Capabilities) -> str | None:
    """Global hotkeys (popup, capture, favourites, pause)."""
    if capabilities.global_hotkeys_available:
        return None
    reason = QCoreApplication.translate(
        "CapabilityLimits",
        "This session does not let programs use global hotkeys. Open the popup from the tray "
        "or with `quickreply --show`.",
    )
    return _with_notes(reason, capabilities)


def paste_limit(capabilities: Capabilities) -> str | None:
    """Sending the paste chord into the chat window."""
    if capabilities.can_send_keys:
        return None
    reason = QCoreApplication.translate(
        "CapabilityLimits",
        "This session does not let programs send keys to other windows: a reply is put on the "
        "clipboard, paste it yourself with Ctrl+V.",
    )
    return _with_notes(reason, capabilities)


def typing_limit(capabilities: Capabilities) -> str | None:
    """The per-application "type the text" method."""
    if capabilities.can_send_keys and capabilities.can_type_text:
        return None
    return QCoreApplication.translate(
        "CapabilityLimits",
        'Typing the reply key by key ("type") is not possible here (on X11 it needs xdotool).',
    )


def insert_limit(capabilities: Capabilities) -> str | None:
    """Inserting into a remembered chat window from one of our windows (the notebook)."""
    if not capabilities.can_send_keys:
        return paste_limit(capabilities)
    if capabilities.can_activate_window:
        return None
    return QCoreApplication.translate(
        "CapabilityLimits",
        "This session does not let programs bring the chat window back to the front, so the "
        "answer cannot be inserted from here. Save it and paste it yourself.",
    )
