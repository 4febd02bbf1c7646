"""The window the app opens at start: no application style sheet (issue 21), its panels painted from the palette."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from planner.exit_codes import EXIT_START_FAILED
from planner.services.app_settings import Theme
from planner.services.workspace import Workspace
from planner.ui import app as app_module
from planner.ui.look.theme import apply_theme
from planner.ui.shell.main_window import MainWindow


@pytest.fixture
def started(qtbot: QtBot, workspace: Workspace) -> Iterator[MainWindow]:
    app_module.make_application([])
    window = app_module._open_window(workspace)
    qtbot.addWidget(window)
    window.resize(1180, 720)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    apply_theme(Theme.LIGHT)


def test_the_started_window_paints_its_day_panels_without_a_style_sheet(started: MainWindow) -> None:
    """A style sheet would put every widget behind Qt's style-sheet style (20 ms of the start): the day
    columns paint their own borders, in the palette's colours, and follow a theme change."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert app.styleSheet() == ""
    roles = {"dayColumn": "Mid", "dayColumnPast": "Midlight", "dayColumnToday": "Highlight"}
    columns = [c for c in started.calendar.week_view.columns if c.objectName() in roles]
    assert columns
    for dark in (False, True):
        apply_theme(Theme.DARK if dark else Theme.LIGHT)
        for column in columns:
            assert column.style().metaObject().className() != "QStyleSheetStyle"
            wanted = column.palette().color(getattr(QPalette.ColorRole, roles[column.objectName()]))
            assert column.grab().toImage().pixelColor(column.width() // 2, 0).name() == wanted.name()


def test_a_started_app_resumes_collection_and_keeps_its_log_once_painted(tmp_path) -> None:
    """The collector is held until the window is built and the log handler made after the first paint (issue 21),
    but both happen: a real start ends with the collector on, the start's objects frozen, and the log file there."""
    import os
    import subprocess
    import sys

    probe = (
        "import atexit, gc, runpy, sys\n"
        "atexit.register(lambda: print('collector', gc.isenabled(), gc.get_freeze_count() > 0))\n"
        "sys.argv = ['planner', '--data-dir', sys.argv[1]]\n"
        "runpy.run_module('planner', run_name='__main__')\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", app_module.EXIT_AFTER_PAINT_ENV: "1"}
    done = subprocess.run(
        [sys.executable, "-c", probe, str(tmp_path)], env=env, capture_output=True, text=True, timeout=60
    )
    assert "first-paint" in done.stdout, done.stderr
    assert "collector True True" in done.stdout
    assert (tmp_path / "logs" / "runlift.log").is_file()


def _run(code: str, tmp_path, **env: str) -> subprocess.CompletedProcess[str]:
    import os
    import sys

    return subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_the_app_is_fusion_even_made_without_a_program_name_and_with_a_style_override(tmp_path) -> None:
    """The style is chosen by name on the command line (no Python style object, issue 21): with an empty
    argument list, a misplaced "-style" would be taken for the program's name and the override would win."""
    done = _run(
        "from planner.ui.app import make_application; print(make_application([]).style().name())",
        tmp_path,
        QT_STYLE_OVERRIDE="windows",
    )
    assert done.stdout.strip() == "fusion", done.stderr


def test_a_start_without_the_data_layer_says_so_in_one_line(tmp_path) -> None:
    """The data layer loads before Qt (PySide's import hook): a broken install missing peewee still gets the
    start-failure line and exit code, not a traceback."""
    done = _run(
        "import sys; sys.modules['peewee'] = None\n"
        "from planner.cli.main import main; sys.exit(main(['--data-dir', sys.argv[1]]))",
        tmp_path,
    )
    assert done.returncode == EXIT_START_FAILED, done.stderr
    assert done.stderr.startswith("runlift: ")
    assert "Traceback" not in done.stderr
