"""Settings > Data > Watched folder: choose a folder (a watch's GARMIN/Activity, a sync folder) or stop."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

# the placeholder stays short (a long one was cut to "None: activities co…" in Settings); the label under
# the field says what "none" means
NONE_TEXT = "None"
NONE_STATUS = "No folder watched: activities come in only through File\u00a0>\u00a0Import."  # the menu path unbroken
NOTHING_YET = "Nothing imported from it yet."


class WatchedFolderForm(QWidget):
    def __init__(self, chosen: Path | None, status: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chosen = chosen
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        self.path.setAccessibleName("Watched folder")
        self.path.setToolTip(
            "New activity files here are imported at start and whenever the folder changes, "
            "with the same duplicate and skip rules as File > Import"
        )
        self.choose = QPushButton("C&hoose…")
        self.choose.setAccessibleName("Choose the watched folder")
        self.choose.clicked.connect(self._choose)
        self.stop = QPushButton("S&top watching")
        self.stop.setAccessibleName("Stop watching the folder")
        self.stop.clicked.connect(lambda: self.set_folder(None))
        self.status = QLabel(status)
        self.status.setObjectName("watchedFolderStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # reasons quote file names, which may hold "<"
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.choose)
        row.addWidget(self.stop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.set_folder(chosen)

    def set_folder(self, chosen: Path | None) -> None:
        self.chosen = chosen
        self.path.setText(str(chosen) if chosen is not None else "")
        self.path.setPlaceholderText(NONE_TEXT)
        self.stop.setEnabled(chosen is not None)
        if chosen is None:
            self.status.setText(NONE_STATUS)
        elif not self.status.text() or self.status.text() == NONE_STATUS:
            self.status.setText(NOTHING_YET)

    def _choose(self) -> None:
        start = str(self.chosen) if self.chosen is not None else ""
        picked = QFileDialog.getExistingDirectory(self, "Watch a folder for new activity files", start)
        if picked:
            self.set_folder(Path(picked))
