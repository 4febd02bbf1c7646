"""The Qt classes the window's start sets up before its first paint (issue 21).

PySide6 creates a class, with its enums, the first time a module names it: from 0.05 ms for a small one to 1-2 ms
for QFont, and QStyle's twenty option classes took 14 ms of each start until the focus ring stopped naming them.
A class that only a dialog, a tooltip or a later action needs is named inside the function that uses it, or
under TYPE_CHECKING when it is only an annotation; this test names any that creeps back onto the start.
"""

from __future__ import annotations

from pathlib import Path

from tests.unit.start_probe import run_probe

# every class of QtCore, QtGui and QtWidgets set up when the window first paints, printed then
PROBE = """
import sys
import planner.ui.app as app
from PySide6 import QtCore, QtGui, QtWidgets
watch = app._BenchmarkPaint.eventFilter
def paint_seen(self, watched, event):
    if event.type() == QtCore.QEvent.Type.Paint:
        made = sorted(k for m in (QtCore, QtGui, QtWidgets) for k, v in vars(m).items() if isinstance(v, type))
        print("classes", " ".join(made), flush=True)
    return watch(self, watched, event)
app._BenchmarkPaint.eventFilter = paint_seen
from planner.cli.main import main
main(["--data-dir", sys.argv[1]])
"""

# needed only once the user opens, hovers or asks for something; QStyle alone sets up twenty option classes
NOT_BEFORE_THE_FIRST_PAINT = {
    "QStyle",
    "QComboBox",
    "QSpinBox",
    "QDialog",
    "QMessageBox",
    "QFileDialog",
    "QToolTip",
    "QCompleter",
    "QClipboard",
    "QTextDocument",
}


def test_the_window_sets_up_no_class_only_later_actions_need(tmp_path: Path) -> None:
    done = run_probe(PROBE, tmp_path)
    lines = [line for line in done.stdout.splitlines() if line.startswith("classes ")]
    assert lines, done.stdout[-2000:]  # the window was painted, and the probe saw it
    made = set(lines[0].split()[1:])
    assert {"QMainWindow", "QListView", "QPainter"} <= made  # the probe sees what the window does set up
    assert made & NOT_BEFORE_THE_FIRST_PAINT == set()
