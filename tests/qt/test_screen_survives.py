"""A window that sizes itself to its screen must not take the screen down with it (planner/ui/widgets/screen_fit.py).

PySide6's ``QWidget.screen()`` makes the screen's Python wrapper the widget's child. When the widget later died in a
reference cycle and the collector happened to clear the screen's wrapper first, PySide deleted the C++ screen, and
the next paint or new widget crashed. That was the segfault about one run in four of the Qt tests (in
``QCursor::pos`` through a freed ``QScreen``). Each case runs in its own interpreter, because the failure is a crash.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from planner.ui.widgets.screen_fit import screen_of

ROOT = Path(__file__).resolve().parents[2]

# An older wrapper of the screen comes first in the collector's list, so it is cleared before the dialog: the order
# that crashed. The dialog refers to itself, as one whose signals are connected to its own methods can.
SCENARIO = """
import gc, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget
app = QApplication([])
screen = QGuiApplication.primaryScreen()
{make}
dialog.cycle = dialog
del screen, dialog
gc.collect()
QWidget().show()
app.processEvents()
print("screen", QGuiApplication.primaryScreen().geometry().width())
"""

# The session editor's own sizing goes through the same helper (checked below, for every file); it is not run in
# this scenario because a widget tree that dies in a cycle has other PySide hazards of its own (its layout items'
# wrappers), which the app avoids: its editors are freed by their reference count (the last test).
FITTED = (
    "from planner.ui.widgets.screen_fit import resize_within_screen\n"
    "dialog = QDialog()\nresize_within_screen(dialog, 820, 620)"
)


def test_a_window_collected_in_a_cycle_leaves_the_screen_alive() -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCENARIO.format(make=FITTED)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0, f"exit {done.returncode}: {done.stderr[-2000:]}"
    assert "screen " in done.stdout


def test_the_bare_qt_call_still_crashes_so_the_case_above_can_fail() -> None:
    """The scenario with ``QWidget.screen()`` itself: if PySide fixes this, the helper may go."""
    made = "dialog = QDialog()\ndialog.screen()"
    done = subprocess.run(
        [sys.executable, "-c", SCENARIO.format(make=made)], capture_output=True, timeout=60, cwd=ROOT, check=False
    )
    assert done.returncode != 0


def test_no_widget_code_asks_a_widget_or_window_for_its_screen() -> None:
    """``.screen()`` with no arguments, on anything, anywhere in the app: ``screen_fit.screen_of`` instead."""
    found = []
    for path in sorted((ROOT / "planner").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "screen"
                and not node.args
            ):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert found == []


def test_the_session_editor_is_freed_by_its_reference_count() -> None:
    """No cycle keeps a closed editor for the collector, where PySide's child wrappers make deleting it a gamble."""
    probe = (
        "import gc, os, weakref\nos.environ['QT_QPA_PLATFORM'] = 'offscreen'\ngc.disable()\n"
        "from PySide6.QtWidgets import QApplication\napp = QApplication([])\n"
        "from planner.ui.calendar.session_editor import SessionEditor\nfrom tests.helpers import lift, run\n"
        "for session in (lift(), run()):\n"
        "    editor = SessionEditor(session, [])\n    editor.show()\n    app.processEvents()\n    editor.reject()\n"
        "    freed = weakref.ref(editor)\n    del editor\n    print(freed() is None)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, cwd=ROOT, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["True", "True"]


def test_a_dialog_not_yet_shown_is_fitted_to_its_parent_window_s_screen(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found by position: the parent window's centre for a dialog about to open over it, its own once shown."""
    asked: list[QPoint] = []
    real = QGuiApplication.screenAt
    monkeypatch.setattr(QGuiApplication, "screenAt", lambda point: asked.append(point) or real(point))
    window = QWidget()
    qtbot.addWidget(window)
    window.setGeometry(300, 200, 400, 300)
    window.show()
    dialog = QDialog(window)
    dialog.setGeometry(10, 10, 100, 100)
    assert screen_of(dialog) is QGuiApplication.primaryScreen()
    assert asked[-1] == window.geometry().center()
    dialog.show()
    screen_of(dialog)
    assert asked[-1] == dialog.geometry().center()
