"""Help menu: the planning rules with their sources, every shortcut (none twice), About with the licences."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.qtbot import QtBot

from planner.licences import LIBRARIES
from planner.ui.dialogs.about_dialog import AboutDialog
from planner.ui.dialogs.help_page import HelpPage
from planner.ui.dialogs.shortcuts_dialog import ShortcutsDialog, all_shortcuts, menu_shortcuts
from planner.ui.shell.main_window import MainWindow

# DESIGN §3's sources, one per rule family: the help page must name each (R1-R13, and Foster for the load)
SOURCES = (
    "Blagrove", "Rønnestad & Mujika", "Rønnestad, Hansen & Raastad", "Doma & Deakin", "Schumann", "Doma et al.",
    "Bosquet", "ACSM", "Støren", "Rogerson", "Frandsen", "Buist", "Nielsen", "Foster",
)  # fmt: skip


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen has no window stacking
def test_f1_opens_one_help_page_naming_every_rules_source(qtbot: QtBot, window: MainWindow) -> None:
    assert window.help_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    window.help_action.trigger()
    page = window.help_page
    assert isinstance(page, HelpPage)
    assert page.isVisible()
    assert not page.isModal()
    text = page.browser.toPlainText()
    assert text.startswith("How Runlift plans your lifts")
    missing = [source for source in SOURCES if source not in text]
    assert not missing
    for rule in ("24 hours before a key run", "48 hours between two heavy lower-body", "run first"):
        assert rule in text
    window.help_action.trigger()
    assert window.help_page is page  # raised again, not opened twice


def test_no_two_actions_share_a_shortcut(window: MainWindow) -> None:
    keys = Counter(key for _menu, listed, _what in menu_shortcuts(window) for key in listed.split(", "))
    assert [key for key, count in keys.items() if count > 1] == []


def test_the_shortcuts_overview_lists_every_menu_action_with_keys(qtbot: QtBot, window: MainWindow) -> None:
    rows = all_shortcuts(window)
    listed = {(what, keys) for _menu, keys, what in rows}
    assert {keys.split(", ")[0] for what, keys in listed if what == "Undo"} == {"Ctrl+Z"}
    assert ("Suggest lifts for this week", "Ctrl+Shift+L") in listed
    assert ("Delete session", "Del, Backspace") in listed
    menus = {menu for menu, _k, _w in rows}
    assert {"File", "Edit", "View", "Help", "Logging sets"} <= menus
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    shown = [
        dialog.tree.topLevelItem(i).child(j).text(0)
        for i in range(dialog.tree.topLevelItemCount())
        for j in range(dialog.tree.topLevelItem(i).childCount())
    ]
    assert len(shown) == len(rows)
    assert "Keyboard shortcuts" in shown


def test_about_names_the_version_the_data_folder_and_every_library_with_its_licence(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[AboutDialog] = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: opened.append(self) or QDialog.DialogCode.Accepted)
    window.about_action.trigger()
    [about] = opened
    qtbot.addWidget(about)
    text = about.licences.toPlainText()
    for library in LIBRARIES:
        assert library.title in text
        assert library.licence in text
    assert "LGPL-3.0-only" in text
    heading = about.findChild(QLabel, "aboutHeading")
    assert heading is not None
    assert str(window.workspace.paths.data_dir) in heading.text()


def test_the_shortcuts_overview_shows_a_long_key_list_whole(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """X11 binds Paste to five keys (three on every keyboard): on a 1024 x 640 screen the Keys column shows
    all of them and the longest description whole, not ending in an ellipsis; a smaller screen still has the tooltip."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QAction, QKeySequence, QScreen

    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(0, 0, 1024, 608))
    many = QAction("Paste session", window)
    keys = ["Ctrl+V", "Ctrl+Shift+Insert", "Shift+Insert", "Ctrl+Alt+V", "Ctrl+Alt+Shift+F12"]
    many.setShortcuts([QKeySequence(key) for key in keys])
    window.menuBar().actions()[1].menu().addAction(many)  # the Edit menu
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    tree = dialog.tree
    rows = [
        tree.topLevelItem(i).child(j)
        for i in range(tree.topLevelItemCount())
        for j in range(tree.topLevelItem(i).childCount())
    ]
    assert max(item.text(1).count(",") for item in rows) >= 4
    assert dialog.width() <= 1024
    metrics = tree.fontMetrics()
    for item in rows:
        assert metrics.horizontalAdvance(item.text(1)) < tree.columnWidth(1), item.text(1)
        assert metrics.horizontalAdvance(item.text(0)) + 2 * tree.indentation() < tree.columnWidth(0), item.text(0)
        assert item.toolTip(0) == item.text(0)
