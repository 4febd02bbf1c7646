"""Dialogs and windows opened from the menus; each gets what it shows, never the main window."""
