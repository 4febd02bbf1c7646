"""The chosen button in a row of choices stands out from the others by 3:1 or more (WCAG 2.2, 1.4.11: a
control's state), in both themes, read off the drawn pixels. Fusion's own checked face measured about 1.1:1."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QHBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from planner.services.app_settings import Theme
from planner.ui.look.theme import apply_theme
from planner.ui.shell.main_window import MainWindow
from planner.ui.widgets.choice_buttons import ChoicePushButton, ChoiceToolButton
from tests.qt.test_control_contrast import contrast


@pytest.fixture
def restore_light() -> Iterator[None]:
    yield
    apply_theme(Theme.LIGHT)


def face(button: QAbstractButton):
    """The face's colour half-way between the text's end and the button's right edge."""
    image = button.grab().toImage()
    return image.pixelColor(button.width() - 4, button.height() // 2)


@pytest.mark.parametrize("theme", [Theme.LIGHT, Theme.DARK])
@pytest.mark.parametrize("kind", [ChoiceToolButton, ChoicePushButton])
def test_the_chosen_button_stands_out_at_3_to_1(qtbot: QtBot, restore_light: None, theme: Theme, kind: type) -> None:
    apply_theme(theme)
    row = QWidget()
    qtbot.addWidget(row)
    layout = QHBoxLayout(row)
    buttons = []
    for text in ("4 weeks", "12 weeks"):
        button = kind()
        button.setText(text)
        button.setCheckable(True)
        button.setAutoExclusive(True)
        button.setMinimumWidth(90)
        layout.addWidget(button)
        buttons.append(button)
    buttons[1].setChecked(True)
    row.show()
    qtbot.waitExposed(row)
    QApplication.processEvents()
    other, chosen = face(buttons[0]), face(buttons[1])
    assert contrast(chosen, other) >= 3.0, (chosen.name(), other.name())
    text = buttons[1].grab().toImage()
    glyphs = max(contrast(text.pixelColor(x, text.height() // 2), chosen) for x in range(text.width() - 8))
    assert glyphs >= 4.5  # the chosen button's label reads on its face
    buttons[0].setChecked(True)  # the choice moves: the mark follows
    QApplication.processEvents()
    assert contrast(face(buttons[0]), face(buttons[1])) >= 3.0
    assert face(buttons[1]).name() == other.name()


def test_the_pages_rows_of_choices_use_them(qtbot: QtBot, window: MainWindow) -> None:
    """The range of the Progress page and the library's Grid / List are such buttons, so they show the choice."""
    from planner.engine.chart_range import ChartRange

    window.show_page("progress")
    ranges = window.progress.range_buttons.buttons()
    assert len(ranges) == len(ChartRange)
    assert all(isinstance(button, ChoiceToolButton) for button in ranges)
    window.show_page("library")
    assert isinstance(window.library.grid_button, ChoicePushButton)
    assert isinstance(window.library.list_button, ChoicePushButton)
