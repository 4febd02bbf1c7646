"""The wrapping tool row: one line when it fits, the middle group on a line of its own when not."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from planner.ui.widgets.wrapping_row import WrappingRow, group


def make_row(qtbot: QtBot) -> tuple[WrappingRow, QLineEdit, list[QCheckBox], QPushButton]:
    search = QLineEdit()
    search.setMinimumWidth(120)
    boxes = [QCheckBox(f"A rather long filter label {n}") for n in range(3)]
    button = QPushButton("Grid")
    row = WrappingRow(search, group(*boxes), group(button))
    qtbot.addWidget(row)
    return row, search, boxes, button


def test_a_wide_row_keeps_everything_on_one_line(qtbot: QtBot) -> None:
    row, search, boxes, button = make_row(qtbot)
    row.resize(row.one_line_width() + 50, 40)
    row.show()
    qtbot.waitExposed(row)
    assert not row.wrapped
    tops = {search.mapTo(row, search.rect().topLeft()).y(), button.mapTo(row, button.rect().topLeft()).y()}
    assert abs(boxes[0].mapTo(row, boxes[0].rect().topLeft()).y() - min(tops)) < search.height()


def test_a_narrow_row_moves_the_middle_below_and_clips_no_label(qtbot: QtBot) -> None:
    row, search, boxes, _button = make_row(qtbot)
    row.resize(row.one_line_width() - 100, 80)
    row.show()
    qtbot.waitExposed(row)
    qtbot.waitUntil(lambda: row.wrapped)
    QApplication.processEvents()  # the layout settles after the move
    below = boxes[0].mapTo(row, boxes[0].rect().topLeft()).y()
    assert below >= search.mapTo(row, search.rect().bottomLeft()).y()
    for box in boxes:
        assert box.width() >= box.sizeHint().width()  # the whole label is drawn


def test_widening_again_brings_the_middle_back_up(qtbot: QtBot) -> None:
    row, *_ = make_row(qtbot)
    row.resize(row.one_line_width() - 100, 80)
    row.show()
    qtbot.waitUntil(lambda: row.wrapped)
    row.resize(row.one_line_width() + 100, 80)
    qtbot.waitUntil(lambda: not row.wrapped)


def test_tab_goes_through_the_row_in_reading_order(qtbot: QtBot) -> None:
    _row, search, boxes, button = make_row(qtbot)
    order = []
    widget = search
    for _ in range(len(boxes) + 1):
        widget = widget.nextInFocusChain()
        while not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            widget = widget.nextInFocusChain()
        order.append(widget)
    assert order == [*boxes, button]
