"""What a screen reader would hear: controls a user can reach that have no accessible name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QComboBox, QLabel, QWidget

# Qt's own inner parts: the line edit inside a spin box or date edit, the viewport of a scroll area. A reader
# announces their owner, which is checked itself.
INNER_PARTS = {"qt_spinbox_lineedit", "qt_scrollarea_viewport"}


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def is_control(widget: QWidget) -> bool:
    """Something a user can reach with the keyboard or press: what must be named."""
    if isinstance(widget, QLabel) or widget.objectName() in INNER_PARTS:
        return False
    if isinstance(widget, QAbstractScrollArea) and widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
        return False
    return widget.focusPolicy() != Qt.FocusPolicy.NoFocus or isinstance(widget, QAbstractButton)


def unnamed_controls(root: QWidget) -> list[str]:
    """Visible controls under ``root`` (and ``root`` itself) with no accessible name, described for a failure."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or not is_control(widget) or accessible_name(widget):
            continue
        parent = widget.parentWidget()
        found.append(
            f"{type(widget).__name__} {widget.objectName()!r} in {type(parent).__name__ if parent else None}"
            f" {parent.objectName() if parent else ''!r} tooltip={widget.toolTip()[:30]!r}"
        )
    return found


def untipped_choices(root: QWidget) -> list[str]:
    """Visible buttons, check boxes and drop-downs under ``root`` with no tooltip to say what they do.

    Qt's own scroll and overflow arrows are left out: they explain themselves and are not ours to word.
    """
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, QAbstractButton | QComboBox) or not widget.isVisible():
            continue
        if widget.objectName().startswith("qt_") or widget.objectName().startswith("Scroll"):
            continue
        if not widget.toolTip():
            found.append(f"{type(widget).__name__} {getattr(widget, 'text', lambda: '')()!r}")
    return found
