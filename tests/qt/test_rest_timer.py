"""The rest timer against a clock moved by hand: countdown, +30 s, skip, and one cue at zero."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from planner.domain.enums import Intensity
from planner.engine.rest import rest_range, rest_seconds
from planner.ui.calendar.rest_timer import RestTimer, clock_text


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def timer(qtbot: QtBot) -> tuple[RestTimer, FakeClock]:
    clock = FakeClock()
    widget = RestTimer(clock)
    qtbot.addWidget(widget)
    return widget, clock


def test_rest_lengths_follow_the_prescription() -> None:
    assert rest_range(Intensity.HEAVY) == (120, 180)  # heavy: 2-3 min
    assert rest_range(Intensity.MODERATE) == (60, 90)
    assert 120 <= rest_seconds(Intensity.HEAVY) <= 180
    assert 60 <= rest_seconds(Intensity.MODERATE) <= 90
    assert rest_seconds(Intensity.LIGHT, plyometric=True) >= 120  # jumps rest for quality


def test_it_counts_down_and_cues_once_at_zero(timer: tuple[RestTimer, FakeClock], qtbot: QtBot) -> None:
    widget, clock = timer
    cues: list[bool] = []
    widget.finished.connect(lambda: cues.append(True))
    widget.start(150)
    assert widget.label.text() == "Rest 2:30"
    clock.now += 25.5
    widget.refresh()
    assert widget.label.text() == "Rest 2:05"  # 124.5 s left reads as 2:05: zero means over
    clock.now += 124.5
    widget.refresh()
    widget.refresh()
    assert cues == [True]
    assert widget.label.text() == "Rest over: next set"
    assert not widget.running
    assert not widget.skip.isEnabled()


def test_plus_thirty_and_skip(timer: tuple[RestTimer, FakeClock]) -> None:
    widget, clock = timer
    cues: list[bool] = []
    widget.finished.connect(lambda: cues.append(True))
    widget.start(60)
    clock.now += 50
    widget.more.click()
    assert widget.remaining() == pytest.approx(40)
    widget.skip.click()
    clock.now += 100
    widget.refresh()
    assert cues == []  # skipping is no cue
    assert widget.label.text() == "Rest: —"
    assert widget.remaining() == 0


def test_clock_text() -> None:
    assert [clock_text(s) for s in (0, 0.2, 59.1, 60, 125)] == ["0:00", "0:01", "1:00", "1:00", "2:05"]
