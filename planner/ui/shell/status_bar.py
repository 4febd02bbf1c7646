"""The window's status bar: a message never runs under the data-folder label (it is elided, whole in the
tooltip), the folder path gives way first (elided in the middle), and a warning can be withdrawn when
its cause has gone (Undo) without wiping a newer message."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QStatusBar, QWidget

PATH_SHARE = 0.3  # the folder path gets at most this share of the bar; messages matter more


class PathLabel(QLabel):
    """A path elided in the middle to the room it is given ("/home/ann/…/Runlift"); whole in the tooltip."""

    def __init__(self, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.setToolTip(f"Where your data is kept:\n{path}")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setText(path)

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance(self.path) + 4, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance("/…/") + 8, super().minimumSizeHint().height())

    def fit(self, width: int) -> None:
        """Give the path at most ``width`` pixels."""
        self.setMaximumWidth(max(self.minimumSizeHint().width(), width))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.updateGeometry()  # a theme's font: the path's width is asked again

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        metrics = self.fontMetrics()
        whole = metrics.horizontalAdvance(self.path) + 4 <= self.width()
        elided = self.path if whole else metrics.elidedText(self.path, Qt.TextElideMode.ElideMiddle, self.width() - 4)
        if elided != self.text():
            self.setText(elided)


class StatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full_message = ""
        self.deadline = 0.0  # time.monotonic() when the message goes (0: it stays)
        self.path_label: PathLabel | None = None
        self.messageChanged.connect(self._message_changed)

    def set_path(self, path: str) -> PathLabel:
        self.path_label = PathLabel(path)
        self.addPermanentWidget(self.path_label)
        self._fit()
        return self.path_label

    def showMessage(self, text: str, /, timeout: int | None = 0) -> None:
        timeout = timeout or 0
        self.full_message = text
        self.deadline = time.monotonic() + timeout / 1000 if timeout > 0 else 0.0
        super().showMessage(self._elided(text), timeout)
        self.setToolTip(text if self._elided(text) != text else "")

    def withdraw(self, text: str) -> None:
        """Clear ``text`` if it is still what the bar shows (a warning whose cause Undo removed)."""
        if text and self.full_message == text and self.currentMessage():
            self.clearMessage()

    def message_room(self) -> int:
        """The width a message has left of the folder label."""
        right = self.width() - 12
        if self.path_label is not None and self.path_label.isVisible():
            right = self.path_label.geometry().left() - 8
        return max(0, right - 6)

    def _elided(self, text: str) -> str:
        return self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, self.message_room())

    def _message_changed(self, shown: str) -> None:
        if not shown:
            self.full_message = ""
            self.setToolTip("")

    def _fit(self) -> None:
        if self.path_label is not None:
            self.path_label.fit(int(self.width() * PATH_SHARE))

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit()
        super().resizeEvent(event)
        if self.full_message and self.currentMessage():  # re-elided for the new width, for the time it has left
            left = max(1, round((self.deadline - time.monotonic()) * 1000)) if self.deadline else 0
            text = self.full_message
            super().showMessage(self._elided(text), left)
            self.full_message = text
