"""Settings > Equipment (issue 20): the runner's bar, plates, dumbbells and kettlebells, kg and lb
defaults, a one-line message for a size that is not a number, and the "already trained" choice (R9)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from planner.domain.enums import MassUnit
from planner.domain.equipment import Equipment
from planner.domain.profile import Profile
from planner.domain.usual_week import UsualWeek
from planner.services import app_settings, equipment
from planner.services.workspace import Workspace
from planner.ui.dialogs.settings_dialog import SettingsDialog, SettingsValues


def dialog(qtbot: QtBot, tmp_path: Path, values: SettingsValues | None = None) -> SettingsDialog:
    values = values or SettingsValues(Profile(), UsualWeek(), app_settings.Theme.SYSTEM, 7)
    made = SettingsDialog(values, tmp_path, tmp_path)
    qtbot.addWidget(made)
    return made


def test_the_tab_shows_the_defaults_of_the_profiles_unit(qtbot: QtBot, tmp_path: Path) -> None:
    values = SettingsValues(Profile(mass_unit=MassUnit.LB), UsualWeek(), app_settings.Theme.SYSTEM, 7)
    shown = dialog(qtbot, tmp_path, values)
    assert shown.equipment() == Equipment.defaults(MassUnit.LB)
    assert shown.bar.value() == 45


def test_edited_sizes_come_back_as_equipment(qtbot: QtBot, tmp_path: Path) -> None:
    shown = dialog(qtbot, tmp_path)
    shown.dumbbells.setText("2.5, 5, 7.5, 10")
    shown.kettlebells.setText("8; 12; 16; 20")
    shown.trained.setChecked(True)
    got: list[SettingsValues] = []
    shown.applied.connect(got.append)
    assert shown.apply()
    (values,) = got
    assert values.equipment is not None
    assert values.equipment.dumbbells == (2.5, 5.0, 7.5, 10.0)
    assert values.equipment.kettlebells == (8.0, 12.0, 16.0, 20.0)
    assert values.already_trained


def test_a_size_that_is_not_a_number_is_named_and_nothing_is_applied(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = dialog(qtbot, tmp_path)
    shown.plates.setText("25, twenty")
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **_kw: said.append(args[2]))
    got: list[SettingsValues] = []
    shown.applied.connect(got.append)
    assert not shown.apply()
    assert got == []
    assert said == ["Plates: write the sizes as numbers separated by commas, e.g. 2, 4, 6"]


def test_lb_defaults_button(qtbot: QtBot, tmp_path: Path) -> None:
    shown = dialog(qtbot, tmp_path)
    buttons = [b for b in shown.findChildren(type(shown.apply_button)) if b.accessibleName().endswith("pounds")]
    buttons[0].click()
    assert shown.equipment() == Equipment.defaults(MassUnit.LB)


def test_the_setting_is_kept_in_the_database_per_unit(workspace: Workspace) -> None:
    assert equipment.equipment(MassUnit.KG) == Equipment.defaults(MassUnit.KG)
    kit = Equipment(MassUnit.KG, 15.0, (10.0, 5.0, 0.5), (4.0, 8.0), (16.0, 24.0))
    equipment.set_equipment(kit)
    assert equipment.equipment(MassUnit.KG) == kit
    assert equipment.bar_and_plates(MassUnit.KG) == (15.0, (10.0, 5.0, 0.5))  # the plate calculator's too
    assert equipment.equipment(MassUnit.LB) == Equipment.defaults(MassUnit.LB)  # each unit keeps its own
    assert not app_settings.already_trained()
    app_settings.set_already_trained(True)
    assert app_settings.already_trained()


def test_the_window_saves_the_equipment_and_tells_the_pages(qtbot: QtBot, workspace: Workspace) -> None:
    """The Settings dialog's equipment reaches the store through the settings controller, and the change is
    published (live suggestions recompute their loads)."""
    from tests.qt.window_helpers import main_window

    with main_window(qtbot, workspace) as window:
        heard: list[object] = []
        window.hub.subscribe(lambda changes, _initiator=None: heard.append(changes))
        shown = window.preferences.make_dialog()
        assert shown.equipment() == equipment.equipment(MassUnit.KG)
        shown.dumbbells.setText("2, 4, 6, 8, 10")
        shown.trained.setChecked(True)
        assert shown.apply()
        assert equipment.equipment(MassUnit.KG).dumbbells == (2.0, 4.0, 6.0, 8.0, 10.0)
        assert app_settings.already_trained()
        assert heard
        assert window.preferences.values().equipment == equipment.equipment(MassUnit.KG)


def test_the_training_tabs_fields_line_up_in_one_column(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QComboBox

    shown = dialog(qtbot, tmp_path)
    shown.resize(700, 600)
    shown.show()
    qtbot.waitExposed(shown)
    fields = [shown.units.mass, shown.units.distance, shown.first_weekday, shown.lifting.experience]
    assert all(isinstance(f, QComboBox) for f in fields)
    lefts = {f.mapTo(shown, f.rect().topLeft()).x() for f in fields}
    assert len(lefts) == 1, lefts  # once three forms, three columns


def test_a_long_size_list_shows_its_start(qtbot: QtBot, tmp_path: Path) -> None:
    """Twenty dumbbell sizes do not fit the field: it showed the end ("5, 18, 20…"), now the first sizes,
    also after a Defaults button fills the fields again."""
    shown = dialog(qtbot, tmp_path)
    shown.show()
    qtbot.waitExposed(shown)
    fields = (shown.plates, shown.dumbbells, shown.kettlebells)
    assert all(field.cursorPosition() == 0 for field in fields)
    shown._show_kit(Equipment.defaults(MassUnit.LB))
    assert all(field.cursorPosition() == 0 for field in fields)


def test_the_dialog_fits_a_640_px_screen_and_its_sections_scroll(qtbot: QtBot, tmp_path: Path) -> None:
    """Training alone made the dialog 599 px tall: under a 640-px screen's panel, OK was out of reach."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QDialogButtonBox

    shown = dialog(qtbot, tmp_path)
    assert shown.minimumSizeHint().height() < 300
    shown.resize(shown.width(), 640 - 48)  # a 1024 x 640 screen less its panel and the title bar
    shown.show()
    qtbot.waitExposed(shown)
    ok = shown.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert shown.rect().contains(QRect(ok.mapTo(shown, QPoint(0, 0)), ok.size()))
    training = shown.tabs.widget(0)
    assert training.verticalScrollBar().maximum() > 0  # the rest of Training is a scroll away, not cut off
