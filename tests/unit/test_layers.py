"""DESIGN §1: the core imports no Qt, peewee or matplotlib; start-up imports no matplotlib."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_import_linter_contracts_hold() -> None:
    linter = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or shutil.which("lint-imports")
    assert linter, "import-linter is part of the test extras"
    result = subprocess.run([linter], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.slow
@pytest.mark.parametrize(
    ("module", "forbidden"),
    [
        ("planner.domain.session", ("PySide6", "peewee", "matplotlib")),
        ("planner.engine.week_totals", ("PySide6", "peewee", "matplotlib")),
        ("planner.services.sessions", ("PySide6", "matplotlib")),
        ("planner.cli", ("PySide6", "matplotlib", "peewee")),
        # File > Import and Export are built at start; their parsers load when a file is read (issue 21)
        ("planner.ui.shell.main_window", ("matplotlib", "icalendar", "gpxpy", "fitdecode")),
        # nor what only a later click needs: the importers, the set-up and settings services, the overview
        (
            "planner.ui.shell.main_window",
            (
                "planner.services.importing",
                "planner.io.activity_files",
                "planner.services.first_run",
                "planner.services.pace_settings",
                "planner.services.equipment",
                "planner.ui.calendar.four_week_view",
                "planner.io.images",
                "planner.engine.readiness",
            ),
        ),
        ("planner.io.builtin_library", ("PySide6", "peewee")),
        # the app's start path: the problem dialog and the failure report load only when something is wrong
        ("planner.ui.app", ("planner.ui.dialogs.database_problem", "planner.start_failure")),
    ],
)
def test_modules_load_without_heavy_imports(module: str, forbidden: tuple[str, ...]) -> None:
    code = f"import sys, {module}; print(','.join(m for m in {forbidden!r} if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.strip() == ""


def in_a_started_window(folder: Path, probe: str) -> list[str]:
    """Lines printed by ``probe`` run in a fresh interpreter once the main window is shown (as ``w``)."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "import PySide6.QtWidgets as widgets\n"
        "from planner.config import Paths\n"
        "from planner.services.workspace import open_workspace\n"
        "from planner.ui.app import make_application\n"
        "from planner.ui.shell.main_window import MainWindow\n"
        "app = make_application([])\n"
        f"w = MainWindow(open_workspace(Paths(Path({str(folder)!r}))))\n"
        "w.show(); app.processEvents()\n" + probe
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True, env=env
    )
    return result.stdout.strip().splitlines()


@pytest.mark.slow
def test_matplotlib_waits_for_the_progress_page(tmp_path: Path) -> None:
    probe = (
        "print('matplotlib' in sys.modules, 'planner.engine.suggest' in sys.modules)\n"
        "w.show_page('progress'); app.processEvents()\n"
        "print('matplotlib' in sys.modules, type(w.progress).__name__)\n"
    )
    # matplotlib waits for the Progress page, the suggestion engine for the first suggestion
    started, opened = in_a_started_window(tmp_path, probe)
    assert started == "False False"
    assert opened == "True ProgressPage"


@pytest.mark.slow
def test_the_file_dialog_waits_for_a_file_to_be_asked_for(tmp_path: Path) -> None:
    """PySide sets a class up when a module first names it: QFileDialog's took 3.5 ms of the start (issue 21)."""
    assert in_a_started_window(tmp_path, "print('QFileDialog' in vars(widgets))\n") == ["False"]


# one forbidden import per contract, each in a module of its own: the contract must report it broken
FORBIDDEN_IMPORTS = [
    ("planner/engine/probe_forbidden.py", "import PySide6.QtCore", "Domain and engine are pure"),
    ("planner/io/probe_forbidden.py", "import PySide6.QtCore", "Store and services import no Qt"),
    ("planner/io/probe_forbidden.py", "import planner.services.sessions", "Layers:"),
    ("planner/ui/probe_forbidden.py", "import planner.store.session_rows", "reach data only through the services"),
    ("planner/cli/probe_forbidden.py", "import planner.store.models", "reach data only through the services"),
    ("planner/services/probe_forbidden.py", "import peewee", "Services ask the store"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("where", "statement", "contract"), FORBIDDEN_IMPORTS)
def test_each_contract_breaks_on_a_forbidden_import(tmp_path: Path, where: str, statement: str, contract: str) -> None:
    """The contracts cannot go slack unnoticed: a copy of the package with one bad import fails lint-imports."""
    linter = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or shutil.which("lint-imports")
    assert linter
    shutil.copytree(ROOT / "planner", tmp_path / "planner", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    (tmp_path / where).write_text(f'"""A forbidden import, for the test."""\n\n{statement}\n')
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    result = subprocess.run(
        [linter, "--no-cache"], cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False, env=env
    )
    assert result.returncode != 0, result.stdout
    broken = [line for line in result.stdout.splitlines() if line.endswith(" BROKEN")]
    assert len(broken) == 1, result.stdout
    assert contract in broken[0]
