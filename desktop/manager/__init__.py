"""The phrase manager window: group tree, phrase list, editor, trash and statistics."""

from desktop.manager.window import ManagerWindow

__all__ = ["ManagerWindow"]
