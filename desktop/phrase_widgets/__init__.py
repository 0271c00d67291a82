"""Widgets that show one phrase, shared by the popup, the phrase editor and the import preview."""
