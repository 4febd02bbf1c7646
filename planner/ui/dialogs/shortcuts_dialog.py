"""Help > Keyboard shortcuts: every key the window answers to, read from its own actions so it never drifts."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.ui.look.text_metrics import text_width
from planner.ui.widgets.screen_fit import resize_within_screen

# keys handled inside views rather than by menu actions (planner/ui/calendar/day_view.py, palette.py, sets_editor.py)
VIEW_KEYS: tuple[tuple[str, str, str], ...] = (
    ("Calendar", "Left / Right", "Go to the previous or next day"),
    ("Calendar", "Up / Down", "Go to the previous or next session in the day"),
    ("Calendar", "Tab / Shift+Tab", "Leave the week for the palette or the buttons; back in, you land on the same day"),
    ("Calendar", "Enter", "Edit the selected session, or accept the selected suggestion"),
    ("Calendar", "Space", "Mark the selected session done, or planned again"),
    ("Palette", "Enter", "Add the selected kind of session to the day you were last on"),
    ("Logging sets", "Tab / Shift+Tab", "Next or previous done field or tick (targets take a click)"),
    ("Logging sets", "Space", "Tick the set: done as planned (again to take it back)"),
    ("Logging sets", "Enter", "Log the set as typed (the rest as planned) and go to the next set"),
    ("Logging sets", "Ctrl+Delete", "Remove the set"),
    ("Logging sets", "Alt+Up / Alt+Down", "Move the exercise up or down"),
    ("Logging sets", "Ctrl+Shift+P", "Log every set not yet logged as planned (As planned)"),
    ("Session editor", "Ctrl+Enter", "Save and close"),
    ("Dialogs", "Enter / Escape", "Accept or cancel"),
)


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".…")


def on_every_keyboard(keys: QKeySequence) -> bool:
    """Whether each key of the sequence is one every keyboard has (letters, F1-F12, arrows...): Linux also
    binds Copy to F16 and to a key named Copy, which a reader would look for in vain."""
    combinations = (keys[i] for i in range(keys.count()))  # type: ignore[index]  # PySide's stubs miss __getitem__
    return all(c.key().value < Qt.Key.Key_F13.value for c in combinations)


def key_names(keys: list[QKeySequence]) -> str:
    """The keys a reader can press, in the platform's spelling (all of them if none is on every keyboard)."""
    shown = [k for k in keys if on_every_keyboard(k)] or keys
    return ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in shown)


def menu_shortcuts(window: QMainWindow) -> Iterator[tuple[str, str, str]]:
    """(menu, keys, action) for every menu action with a shortcut, in menu order."""

    def walk(menu: QMenu, path: str) -> Iterator[tuple[str, str, str]]:
        for action in menu.actions():
            if action.menu() is not None:
                yield from walk(action.menu(), f"{path} > {_plain(action.text())}")  # type: ignore[arg-type]
            elif action.shortcuts():
                yield path, key_names(action.shortcuts()), _plain(action.text())

    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            yield from walk(menu, _plain(top.text()))


def all_shortcuts(window: QMainWindow) -> list[tuple[str, str, str]]:
    return [*menu_shortcuts(window), *VIEW_KEYS]


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setWindowTitle("Keyboard shortcuts")
        self.setAccessibleName("Keyboard shortcuts")
        self.tree = QTreeWidget()
        self.tree.setObjectName("shortcutList")
        self.tree.setAccessibleName("Keyboard shortcuts by menu")
        self.tree.setHeaderLabels(["Action", "Keys"])
        self.tree.setRootIsDecorated(True)
        self.tree.setAlternatingRowColors(True)
        groups: dict[str, QTreeWidgetItem] = {}
        for group, keys, what in all_shortcuts(window):
            parent_item = groups.get(group)
            if parent_item is None:
                parent_item = groups[group] = QTreeWidgetItem(self.tree, [group])
                parent_item.setFirstColumnSpanned(True)
            item = QTreeWidgetItem(parent_item, [what, keys])
            item.setToolTip(0, what)  # whole, should a small screen still cut it
            item.setToolTip(1, keys)
        self.tree.expandAll()
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)  # else the keys take half the width, whatever they need
        hint = QLabel("Every action in the menus can also be reached with Alt and the underlined letter.")
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        # wide enough for the longest action and the longest key list (X11 binds Paste to five keys),
        # which an 80-character window cut to "Ctrl+V, Ctrl+Shift+Ins, Shift+Ins,…"; within the screen
        tree = self.tree
        margins = layout.contentsMargins()
        chrome = 2 * tree.indentation() + tree.verticalScrollBar().sizeHint().width() + 2 * tree.frameWidth()
        chrome += margins.left() + margins.right() + 32  # and the cells' own padding
        # measured over every row: sizeHintForColumn only looks at the rows on screen
        metrics = tree.fontMetrics()
        listed = all_shortcuts(window)
        needed = chrome + sum(max((metrics.horizontalAdvance(row[c]) for row in listed), default=0) for c in (2, 1))
        width = max(text_width(self, 80), needed)
        resize_within_screen(self, width, text_width(self, 80))
        self.tree.setFocus()
