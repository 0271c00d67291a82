"""QuickReply desktop app (PySide6): tray, popup and the OS platform layer."""
