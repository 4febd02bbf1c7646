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

from planner.services.workspace import Workspace
from planner.ui.dialogs.shortcuts_dialog import ShortcutsDialog, all_shortcuts, key_names, menu_shortcuts
from planner.ui.shell.main_window import MainWindow
from planner.ui.widgets import qt_values
from tests.qt.window_helpers import main_window


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


# What Qt 6.11 binds the standard keys Runlift uses to, per platform (Qt's "Standard Shortcuts" table in the
# QKeySequence documentation; Linux as measured under xcb, Windows as the offscreen platform gives them).
LINUX_KEYS = {
    "Copy": ["Ctrl+C", "Ctrl+Ins", "F16", "Copy"],
    "Paste": ["Ctrl+V", "Ctrl+Shift+Ins", "Shift+Ins", "F18", "Paste"],
    "Delete": ["Del", "Ctrl+D"],
    "Undo": ["Ctrl+Z", "F14", "Undo"],
    "Redo": ["Ctrl+Shift+Z", "Redo"],
    "Quit": ["Ctrl+Q", "Exit"],
    "HelpContents": ["F1", "Help"],
    "Preferences": [],
}
WINDOWS_KEYS = {
    "Copy": ["Ctrl+C", "Ctrl+Ins", "Copy"],
    "Paste": ["Ctrl+V", "Shift+Ins", "Paste"],
    "Delete": ["Del"],
    "Undo": ["Ctrl+Z", "Alt+Backspace", "Undo"],
    "Redo": ["Ctrl+Y", "Alt+Shift+Backspace", "Ctrl+Shift+Z", "Redo"],
    "Quit": [],
    "HelpContents": ["F1", "Help"],
    "Preferences": [],
}


@pytest.mark.parametrize("platform_keys", [LINUX_KEYS, WINDOWS_KEYS], ids=["linux", "windows"])
def test_no_key_is_bound_twice_with_any_platforms_standard_keys(
    qtbot: QtBot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch, platform_keys: dict[str, list[str]]
) -> None:
    """The tests run offscreen, whose keys are Windows'; on Linux Delete is also Ctrl+D, which was Mark done's
    key too, so on the desktop Runlift is made for Ctrl+D did nothing at all."""
    asked: list[str] = []

    def bindings(key: QKeySequence.StandardKey) -> list[QKeySequence]:
        asked.append(key.name)
        return [QKeySequence(k) for k in platform_keys[key.name]]

    monkeypatch.setattr(qt_values, "standard_bindings", bindings)
    with main_window(qtbot, workspace) as window:
        keys = Counter(key.toString() for action in bound_actions(window) for key in action.shortcuts())
        assert [key for key, count in keys.items() if count > 1] == []
        assert set(asked) <= set(platform_keys), "a standard key the table above does not give"
        assert {"Copy", "Paste", "Undo", "Redo", "Quit"} <= set(asked)
        done = window.findChild(QAction, "calendar_done")
        assert [k.toString() for k in done.shortcuts()] == ["Ctrl+D"]
        quit_keys = [k.toString() for k in window.quit_action.shortcuts()]
        assert "Ctrl+Q" in quit_keys


def test_the_shortcuts_dialog_names_only_keys_on_every_keyboard(
    qtbot: QtBot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Linux binds Copy to F16 and to a key named Copy too: they work, but a reader would look for them in vain."""
    monkeypatch.setattr(qt_values, "standard_bindings", lambda key: [QKeySequence(k) for k in LINUX_KEYS[key.name]])
    with main_window(qtbot, workspace) as window:
        listed = {what: keys for _menu, keys, what in menu_shortcuts(window)}
        copy = window.findChild(QAction, "calendar_copy")
        assert [k.toString() for k in copy.shortcuts()] == ["Ctrl+C", "Ctrl+Ins", "F16", "Copy"]
    native = QKeySequence.SequenceFormat.NativeText
    assert listed["Copy session"] == ", ".join(QKeySequence(k).toString(native) for k in ("Ctrl+C", "Ctrl+Ins"))
    assert listed["Undo"] == QKeySequence("Ctrl+Z").toString(native)
    assert listed["Quit"] == QKeySequence("Ctrl+Q").toString(native)
    assert key_names([QKeySequence("Redo")]) == QKeySequence("Redo").toString(native)  # nothing else: shown
