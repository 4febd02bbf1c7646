"""Help > About: the version, where the data is, and the libraries Runlift is built on with their licences."""

from __future__ import annotations

import platform
from html import escape

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from planner import APP_NAME, __version__
from planner.licences import LIBRARIES, installed_version
from planner.ui.look.text_metrics import text_width


def licence_table() -> str:
    rows = []
    for library in LIBRARIES:
        version = installed_version(library.distribution)
        rows.append(
            f"<tr><td><a href='{escape(library.url)}'>{escape(library.title)}</a></td>"
            f"<td>{escape(version or '')}</td><td>{escape(library.licence)}</td></tr>"
        )
    return (
        "<table cellspacing='0' cellpadding='3'><tr><th align='left'>Library</th><th align='left'>Version</th>"
        "<th align='left'>Licence</th></tr>" + "".join(rows) + "</table>"
    )


class AboutDialog(QDialog):
    def __init__(self, data_dir: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"About {APP_NAME}")
        self.setAccessibleName(f"About {APP_NAME}")
        heading = QLabel(
            f"<h2>{APP_NAME} {escape(__version__)}</h2>"
            "<p>Plan strength training around your running week.</p>"
            f"<p>Your data is kept in<br><code>{escape(data_dir)}</code></p>"
            f"<p>Python {platform.python_version()}, Qt {qVersion()}, PySide6 {pyside_version}.<br>"
            "Runlift is free software under the MIT licence. Its exercise illustrations and icon are drawn "
            "for the project.</p>"
        )
        heading.setWordWrap(True)
        heading.setObjectName("aboutHeading")
        self.licences = QTextBrowser()
        self.licences.setObjectName("licences")
        self.licences.setAccessibleName("Libraries and their licences")
        self.licences.setOpenExternalLinks(True)
        self.licences.setHtml(
            "<p>Runlift is built on these libraries, each under its own licence. Qt and PySide6 are used under "
            "the LGPL version 3: they are loaded as separate shared libraries, which you may replace.</p>"
            + licence_table()
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.licences, 1)
        layout.addWidget(buttons)
        width = text_width(self, 80)
        self.resize(width, int(width * 0.9))
