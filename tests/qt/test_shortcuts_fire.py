"""Every key the window answers to is bound once and reaches its action: a key bound twice in the same
place makes Qt fire neither ("Ambiguous shortcut overload"), which is how Redo once had no working key."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcutEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from planner.ui.dialogs.shortcuts_dialog import ShortcutsDialog, all_shortcuts
from planner.ui.shell.main_window import MainWindow


class ShortcutCatcher(QObject):
    """Takes the shortcut events meant for the window's actions, so testing a key runs nothing
    (Quit, dialogs), and records which action got which key and whether Qt found it ambiguous."""

    def __init__(self) -> None:
        super().__init__()
        self.caught: list[tuple[QAction, str, bool]] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Shortcut and isinstance(watched, QAction):
            assert isinstance(event, QShortcutEvent)
            self.caught.append((watched, event.key().toString(), event.isAmbiguous()))
            return True
        return False


def bound_actions(window: MainWindow) -> list[QAction]:
    return [a for a in window.findChildren(QAction) if a.shortcuts()]


def where_it_fires(window: MainWindow, action: QAction) -> QWidget:
    """A widget whose focus puts the action's shortcut in reach: the window, or for an action bound to a
    part of it (the week's Edit actions) that part's first visible focusable widget."""
    if action.shortcutContext() == Qt.ShortcutContext.WindowShortcut:
        return window
    for owner in action.associatedObjects():
        if isinstance(owner, QWidget) and owner.isVisible() and owner.window() is window:
            focusable = [w for w in [owner, *owner.findChildren(QWidget)] if w.focusPolicy() != Qt.FocusPolicy.NoFocus]
            return next((w for w in focusable if w.isVisible()), owner)
    pytest.fail(f"{action.text()!r} is bound to no visible part of the window")


def test_no_key_is_bound_twice_in_the_window(window: MainWindow) -> None:
    keys = Counter(key.toString() for action in bound_actions(window) for key in action.shortcuts())
    assert [key for key, count in keys.items() if count > 1] == []
    redo = [k.toString() for k in window.redo_action.shortcuts()]
    assert {"Ctrl+Y", "Ctrl+Shift+Z"} <= set(redo)
    assert len(redo) == len(set(redo))


@pytest.mark.qt_log_ignore("keyToAscii Unhandled key code")  # QTest names no letter for Paste, Redo keys
def test_every_key_in_the_window_reaches_its_action_and_only_it(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page("calendar")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    catcher = ShortcutCatcher()
    actions = bound_actions(window)
    for action in actions:
        action.installEventFilter(catcher)
        action.setEnabled(True)  # Undo and Redo are greyed out on an empty stack; the key is what is tested
    missed = []
    for action in actions:
        target = where_it_fires(window, action)
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        for key in action.shortcuts():
            catcher.caught.clear()
            QTest.keySequence(target, key)
            if catcher.caught != [(action, key.toString(), False)]:
                missed.append((action.text(), key.toString(), [(a.text(), k, amb) for a, k, amb in catcher.caught]))
    assert missed == []
    assert len(actions) >= 30


def test_the_shortcuts_dialog_shows_each_key_once(qtbot: QtBot, window: MainWindow) -> None:
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    rows = [
        (dialog.tree.topLevelItem(i).child(j).text(0), dialog.tree.topLevelItem(i).child(j).text(1))
        for i in range(dialog.tree.topLevelItemCount())
        for j in range(dialog.tree.topLevelItem(i).childCount())
    ]
    redo = [keys for what, keys in rows if what == "Redo"]
    assert len(redo) == 1
    native = [QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in ("Ctrl+Shift+Z", "Ctrl+Y")]
    assert set(native) <= set(redo[0].split(", "))
    for _what, keys in rows:
        listed = keys.split(", ")
        assert len(listed) == len(set(listed)), keys
    assert len(rows) == len(all_shortcuts(window))
