"""The first-run setup, the Settings dialog and themes, driven through the main window offscreen."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWizard
from pytestqt.qtbot import QtBot

from planner.config import Paths
from planner.domain.enums import DistanceUnit, RunType, Strategy
from planner.services import app_settings, first_run, profile, sessions
from planner.services.workspace import Workspace, open_workspace
from planner.store import race_rows
from planner.store.profile_rows import get_profile
from planner.ui.charts.chart_theme import theme_for
from planner.ui.look.theme import is_dark
from planner.ui.shell.main_window import MainWindow
from tests.helpers import MONDAY, run

WEDNESDAY = MONDAY + timedelta(days=2)


@pytest.fixture(autouse=True)
def _keep_app_look() -> Iterator[None]:
    """Themes change the whole application: put its palette and style sheet back for the next tests."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette, sheet = QPalette(app.palette()), app.styleSheet()
    yield
    app.setPalette(palette)
    app.setStyleSheet(sheet)


@pytest.fixture
def window(qtbot: QtBot, workspace: Workspace) -> Iterator[MainWindow]:
    main = MainWindow(workspace)
    qtbot.addWidget(main)
    main.preferences.today = lambda: WEDNESDAY
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()


def all_sessions() -> list:
    return sessions.sessions_between(MONDAY - timedelta(weeks=8), MONDAY + timedelta(weeks=30))


def test_the_setup_is_offered_once_on_an_empty_database(window: MainWindow) -> None:
    wizard = window.preferences.offer_setup()
    assert wizard is not None
    wizard.reject()
    assert window.preferences.offer_setup() is None
    assert get_profile().strategy is Strategy.EASY_DAYS


def test_the_setup_is_not_offered_over_existing_data(window: MainWindow) -> None:
    sessions.create(run(MONDAY))
    assert window.preferences.offer_setup() is None


def test_finishing_the_setup_saves_choices_plans_runs_and_suggests_lifts(window: MainWindow) -> None:
    sessions.create(run(MONDAY + timedelta(days=3), RunType.TEMPO))  # Thursday is already taken
    wizard = window.preferences.start_setup()
    wizard.units.distance.setCurrentIndex(1)  # miles
    wizard.lifting.strategy_buttons[Strategy.HARD_DAYS_HARD].setChecked(True)
    wizard.lifting.sessions.setCurrentIndex(0)
    for _ in range(2):
        wizard.next()
    wizard.week.kinds[3].setCurrentIndex(wizard.week.kinds[3].findData(RunType.EASY))
    wizard.week.kinds[5].setCurrentIndex(wizard.week.kinds[5].findData(RunType.LONG))
    wizard.week.distances[5].setValue(10)  # miles
    wizard.next()
    wizard.race_form.has_race.setChecked(True)
    wizard.race_form.name.setText("Spring Half")
    wizard.race_form.preset.setCurrentIndex(2)
    wizard.next()
    assert "to race day" in wizard.summary.text()
    assert "taper" in wizard.summary.text()
    assert not wizard.add_example.isVisibleTo(wizard)
    wizard.accept()

    profile = get_profile()
    assert profile.distance_unit is DistanceUnit.MI
    assert profile.strategy is Strategy.HARD_DAYS_HARD
    assert profile.sessions_per_week == 1
    [race] = race_rows.races_between(WEDNESDAY, WEDNESDAY + timedelta(weeks=20))
    assert race.name == "Spring Half"
    assert race.distance_m == pytest.approx(21097.5, abs=1)
    runs = [s for s in all_sessions() if s.run is not None and s.run.run_type in (RunType.EASY, RunType.LONG)]
    # Thursdays and Saturdays to race day, less the Thursday already taken; the race on its day
    weeks_to_race = (race.day - WEDNESDAY).days // 7
    assert len(runs) in (2 * weeks_to_race - 1, 2 * weeks_to_race, 2 * weeks_to_race + 1)
    assert {s.day.weekday() for s in runs} == {3, 5}
    assert [s.day for s in all_sessions() if s.run is not None and s.run.run_type is RunType.RACE] == [race.day]
    longs = [s for s in runs if s.run is not None and s.run.run_type is RunType.LONG]
    assert longs[0].run is not None
    assert longs[0].run.distance_m == pytest.approx(16093.44)
    assert window.calendar.controller.suggestion is not None  # this week's lifts as ghost cards
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert [s.title for s in all_sessions()] == ["Tempo run"]


def test_an_empty_usual_week_offers_the_example_week(window: MainWindow) -> None:
    wizard = window.preferences.start_setup()
    for _ in range(4):
        wizard.next()
    assert wizard.add_example.isVisibleTo(wizard)
    assert wizard.add_example.isChecked()
    wizard.accept()
    assert any(s.source.value == "example" for s in all_sessions())


def test_the_setup_can_be_finished_by_keyboard_alone(qtbot: QtBot, window: MainWindow) -> None:
    wizard = window.preferences.start_setup()
    qtbot.waitExposed(wizard)
    wizard.units.mass.setFocus()
    qtbot.keyClick(wizard.units.mass, Qt.Key.Key_Down)  # pounds
    for _ in range(4):
        qtbot.keyClick(wizard, Qt.Key.Key_Return)  # Next is the default button
    assert wizard.currentId() == wizard.pageIds()[-1]
    qtbot.keyClick(wizard, Qt.Key.Key_Return)  # Finish
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert get_profile().mass_unit.value == "lb"
    assert not first_run.should_show_setup()


def test_settings_apply_at_once_and_persist_in_a_new_window(
    qtbot: QtBot, window: MainWindow, workspace: Workspace
) -> None:
    dialog = window.preferences.make_dialog()
    dialog.first_weekday.setCurrentIndex(dialog.first_weekday.findData(6))
    dialog.units.distance.setCurrentIndex(1)
    dialog.theme.setCurrentIndex(dialog.theme.findData(app_settings.Theme.DARK))
    dialog.backup_keep.setValue(12)
    dialog.accept()
    assert window.first_weekday_actions[1].isChecked()  # View > Week starts on > Sunday
    assert next(iter(window.calendar.week.days)).weekday() == 6  # type: ignore[union-attr]
    assert is_dark(QApplication.palette())
    assert app_settings.backup_keep() == 12

    again = MainWindow(workspace)
    qtbot.addWidget(again)
    assert profile.current().first_weekday == 6
    assert profile.current().distance_unit is DistanceUnit.MI
    assert again.calendar.unit is DistanceUnit.MI
    assert again.first_weekday_actions[1].isChecked()
    reopened = again.preferences.make_dialog()
    assert reopened.theme.currentData() == app_settings.Theme.DARK
    assert reopened.backup_keep.value() == 12


def test_view_menu_week_start_shows_in_settings(window: MainWindow) -> None:
    window.first_weekday_actions[2].trigger()  # Saturday
    assert window.preferences.make_dialog().first_weekday.currentData() == 5


def test_the_settings_shortcut_is_the_platform_preferences_key(window: MainWindow) -> None:
    assert "Ctrl+," in [k.toString() for k in window.preferences.action.shortcuts()]


def test_a_theme_switch_repaints_the_charts_without_restart(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page("progress")
    progress = window.progress
    progress.draw_all()  # type: ignore[attr-defined]
    light = progress.strength.figure.get_facecolor()  # type: ignore[attr-defined]
    assert not theme_for(progress.palette()).dark
    dialog = window.preferences.make_dialog()
    dialog.theme.setCurrentIndex(dialog.theme.findData(app_settings.Theme.DARK))
    dialog.apply()
    assert is_dark(QApplication.palette())
    # widgets take the application palette as Qt delivers the change; the charts redraw on it
    qtbot.waitUntil(lambda: theme_for(progress.palette()).dark, timeout=2000)
    assert is_dark(window.calendar.week_view.views[0].palette())
    qtbot.waitUntil(lambda: progress.strength.figure.get_facecolor() != light, timeout=2000)  # type: ignore[attr-defined]
    dialog.theme.setCurrentIndex(dialog.theme.findData(app_settings.Theme.LIGHT))
    dialog.apply()
    assert not is_dark(QApplication.palette())


def test_restoring_a_backup_after_confirming(
    window: MainWindow, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    sessions.create(run(MONDAY, RunType.LONG))
    backup = workspace.backup_daily()
    assert backup is not None
    sessions.create(run(MONDAY, RunType.TEMPO))
    asked: list[str] = []

    def answer(button: QMessageBox.StandardButton) -> object:
        return lambda *args, **_kw: asked.append(args[2]) or button

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    assert not window.preferences.restore(backup)
    assert len(sessions.sessions_between(MONDAY, MONDAY)) == 2
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    assert window.preferences.restore(backup)
    assert len(asked) == 2
    assert [s.title for s in sessions.sessions_between(MONDAY, MONDAY)] == ["Long run"]
    assert window.undo_stack.count() == 0
    assert "Restored" in window.statusBar().currentMessage()


def test_the_restore_button_lists_backups_by_date(
    window: MainWindow, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    backup = workspace.backup_daily()
    assert backup is not None
    shown: list[list[str]] = []
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **_k: shown.append(a[3]) or (a[3][0], True))
    dialog = window.preferences.make_dialog()
    chosen: list[Path] = []
    dialog.restore_requested.disconnect()
    dialog.restore_requested.connect(chosen.append)
    dialog.restore_button.click()
    assert chosen == [backup]
    assert str(date.today().year) in shown[0][0]


def test_new_controls_have_accessible_names(window: MainWindow) -> None:
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit

    dialog = window.preferences.make_dialog()
    wizard = window.preferences.start_setup()
    for parent in (dialog, wizard):
        for kind in (QComboBox, QAbstractSpinBox, QLineEdit, QAbstractButton):
            for control in parent.findChildren(kind):
                if control.parent() is not None and type(control.parent()).__name__ in ("QDialogButtonBox",):
                    continue
                if isinstance(control, QAbstractButton) and control.text() and kind is QAbstractButton:
                    continue  # a button's own text is its name
                if isinstance(control, QLineEdit) and isinstance(control.parent(), QAbstractSpinBox | QComboBox):
                    continue
                assert control.accessibleName(), f"{type(control).__name__} has no accessible name"


def test_opening_another_folder_starts_fresh(qtbot: QtBot, tmp_path: Path) -> None:
    other = open_workspace(Paths(tmp_path / "other").ensure())
    try:
        assert first_run.should_show_setup()
        assert app_settings.theme() is app_settings.Theme.SYSTEM
    finally:
        other.close()


def test_enter_on_the_setups_last_page_plans_rather_than_going_back(qtbot: QtBot, workspace: Workspace) -> None:
    from PySide6.QtTest import QTest

    from planner.ui.dialogs.first_run import FirstRunWizard

    wizard = FirstRunWizard(profile.current(), app_settings.usual_week(), MONDAY)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
    for _ in range(len(wizard.pageIds()) - 1):
        QTest.keyClick(QApplication.focusWidget() or wizard, Qt.Key.Key_Return)
    assert wizard.currentId() == wizard.pageIds()[-1]
    QTest.keyClick(QApplication.focusWidget() or wizard, Qt.Key.Key_Return)
    assert wizard.result() == QWizard.DialogCode.Accepted


def test_the_strategy_sentences_have_the_room_they_wrap_to(qtbot: QtBot, workspace: Workspace) -> None:
    from PySide6.QtWidgets import QLabel

    from planner.ui.dialogs.first_run import FirstRunWizard

    wizard = FirstRunWizard(profile.current(), app_settings.usual_week(), MONDAY)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    qtbot.wait(10)
    sentences = [label for label in wizard.lifting.findChildren(QLabel) if label.wordWrap()]
    assert sentences
    for label in sentences:
        assert label.height() >= label.heightForWidth(label.width())  # cut at top and bottom once


def test_a_restore_from_settings_closes_it_so_its_ok_cannot_write_the_old_settings_back(
    window: MainWindow, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup = workspace.backup_daily()  # kilometres
    assert backup is not None
    profile.save(replace(profile.current(), distance_unit=DistanceUnit.MI))
    dialog = window.preferences.make_dialog()  # as open_settings shows it, with miles in its form
    dialog.show()
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    assert window.preferences.restore(backup)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert profile.current().distance_unit is DistanceUnit.KM


def test_a_cancelled_setup_forgets_its_wizard(window: MainWindow) -> None:
    wizard = window.preferences.start_setup()
    wizard.reject()
    assert window.preferences.wizard is None
