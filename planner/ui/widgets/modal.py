"""A modal dialog run, then handed to Qt to delete: a dialog with a parent otherwise lives as long as its parent.

A dialog made with the window (or a page) as its parent belongs to that parent in C++, and PySide keeps it there
when its Python side is dropped: every dialog the app ran stayed in memory, hidden, until the window closed (three
openings of Season, Settings, About or any other: three dialogs). ``deleteLater`` deletes it once control returns
to the event loop that was running when it was called, so its answers can be read right after ``run_modal``; with
no loop running (tests, or before ``app.exec()``), the first loop of any kind deletes it, so read them before
opening another dialog.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # named in the signature only: the window imports this, and PySide sets QDialog up when named
    from PySide6.QtWidgets import QDialog


def run_modal(dialog: QDialog) -> int:
    """``dialog.exec()``, with the dialog deleted once control is back in the event loop (see above)."""
    try:
        return dialog.exec()
    finally:
        dialog.deleteLater()
