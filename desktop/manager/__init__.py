"""The phrase manager window: group tree, phrase list, editor, trash and statistics."""

from desktop.manager.manager_window import ManagerWindow

__all__ = ["ManagerWindow"]
