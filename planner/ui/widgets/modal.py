"""A modal dialog run, then handed to Qt to delete: a dialog with a parent otherwise lives as long as its parent.

A dialog made with the window as its parent is the window's child in C++. When its Python side is dropped it goes
too, unless something still holds it: a signal connected to a lambda that names the dialog, or its own children's
connections to its methods. Season and Settings were held so: every opening stayed in memory, hidden, until the
window closed. Deleted later, the dialog's answers can still be read until the event loop's next turn.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog


def run_modal(dialog: QDialog) -> int:
    """``dialog.exec()``, with the dialog deleted once control is back in the event loop."""
    try:
        return dialog.exec()
    finally:
        dialog.deleteLater()
