"""Every input control's edge stands out from the window by at least 3:1 (WCAG 2.2, 1.4.11), in both themes.

Fusion draws these borders from the control's window colour darkened by 140 %: on the theme's own window colour
that measured 1.13-1.16:1 (dark) and 1.65-2.09:1 (light). The contrast is read off the drawn pixels, as a user
would see them, not from the palette.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from planner.services.app_settings import Theme
from planner.ui.look.theme import apply_theme


def luminance(color: QColor) -> float:
    def channel(value: int) -> float:
        v = value / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.red()) + 0.7152 * channel(color.green()) + 0.0722 * channel(color.blue())


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def edge_contrast(image: QImage, control: QWidget, window: QColor, width: int) -> float:
    """The most contrasting pixel against the window along the control's left edge, at its middle height
    (``width`` px: a frame's two, a check box's whole indicator)."""
    box = control.geometry()
    middle = box.center().y()
    return max(contrast(image.pixelColor(x, middle), window) for x in range(box.left(), box.left() + width))


@pytest.fixture
def restore_light() -> Iterator[None]:
    yield
    apply_theme(Theme.LIGHT)


@pytest.mark.parametrize(("before", "theme"), [(Theme.LIGHT, Theme.DARK), (Theme.DARK, Theme.LIGHT)])
def test_every_input_controls_edge_has_3_to_1_against_the_window(
    qtbot: QtBot, before: Theme, theme: Theme, restore_light: None
) -> None:
    apply_theme(before)
    apply_theme(theme)  # a switch, as from Settings: the application palette is set again, then the controls'
    apply_theme(theme)  # and again: a no-op that must leave the controls' palette in place
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    combo = QComboBox()
    combo.addItems(["Monday", "Sunday"])
    controls = {
        "text field": (QLineEdit("42"), 2),
        "spin box": (QSpinBox(), 2),
        "drop-down": (combo, 2),
        "notes": (QPlainTextEdit("windy"), 2),
        "check box": (QCheckBox("Plyometric"), 16),
        "radio button": (QRadioButton("Easy days"), 16),
    }
    for control, _ in controls.values():
        layout.addWidget(control)
    page.resize(260, 300)
    page.show()
    qtbot.waitExposed(page)
    page.setFocus()  # no control focused: a focused one is ringed in the highlight colour instead
    QApplication.processEvents()
    image = page.grab().toImage()
    window = QApplication.palette().color(QPalette.ColorRole.Window)
    measured = {name: edge_contrast(image, control, window, width) for name, (control, width) in controls.items()}
    assert all(value >= 3.0 for value in measured.values()), measured
