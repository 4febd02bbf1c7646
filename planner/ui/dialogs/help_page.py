"""Help > How Runlift plans your lifts: the engine's rules in plain words, with their sources."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from planner.resource_files import resource_path
from planner.ui.look.text_metrics import text_width

HELP_FILE = ("help", "planning.md")


def planning_text() -> str:
    """The page's Markdown, kept as a resource so it is read (and reviewed) as prose, not as code."""
    return resource_path(*HELP_FILE).read_text(encoding="utf-8")


class HelpPage(QDialog):
    """Not modal: a runner reads it beside the calendar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("How Runlift plans your lifts")
        self.setAccessibleName("How Runlift plans your lifts")
        self.setModal(False)
        self.browser = QTextBrowser()
        self.browser.setObjectName("helpText")
        self.browser.setAccessibleName("Help text")
        self.browser.setOpenExternalLinks(True)
        self.browser.setMarkdown(planning_text())
        # readable line length at any font size: about 80 characters wide
        width = text_width(self.browser, 84)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(width, int(width * 1.1))
        self.browser.setFocus(Qt.FocusReason.OtherFocusReason)
