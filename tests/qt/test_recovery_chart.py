"""The Progress page's Recovery tab: sleep against the 7-9 h band, readiness, and the daily load beside it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import matplotlib.dates as mdates
import numpy as np
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from planner.domain.checkin import CheckIn
from planner.engine.chart_range import ChartRange
from planner.engine.readiness import readiness_score
from planner.services import checkins
from planner.services.workspace import Workspace
from planner.ui.charts.progress_page import ProgressPage
from planner.ui.charts.recovery_chart import NO_CHECKINS
from tests.qt.progress_helpers import TODAY, add_history, bar_heights, bar_lefts, labelled, ydata


def page_on(qtbot: QtBot, tmp_path: Path) -> ProgressPage:
    page = ProgressPage(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(page)
    page.today = TODAY
    page.resize(1000, 700)
    page.set_range(ChartRange.WEEKS_4)
    page.show()
    qtbot.waitExposed(page)
    page.tabs.setCurrentIndex(page.panels.index(page.recovery))
    return page


def test_sleep_readiness_and_load_share_the_days(qtbot: QtBot, workspace: Workspace, tmp_path: Path) -> None:
    add_history()
    good = checkins.save(CheckIn(day=date(2026, 11, 23), sleep_hours=8.0, sleep_quality=4, energy=4))
    short = checkins.save(CheckIn(day=date(2026, 11, 24), sleep_hours=5.5, soreness_legs=7))
    page = page_on(qtbot, tmp_path)
    assert page.tabs.tabText(page.tabs.currentIndex()) == "Recovery"
    sleep_ax, load_ax, score_ax = page.recovery.figure.axes
    assert bar_heights(sleep_ax, "Slept (h)") == [8.0]
    assert bar_lefts(sleep_ax, "Slept (h)") == [mdates.date2num(date(2026, 11, 23))]
    assert bar_heights(sleep_ax, "Slept (h), heavy legs wait") == [5.5]  # hatched, not colour alone
    band = next(p for p in sleep_ax.patches if p.get_label() == "7-9 h aim")
    assert band.get_y() == 7.0  # type: ignore[attr-defined]
    assert band.get_height() == 2.0  # type: ignore[attr-defined]
    scores = [v for v in ydata(labelled(score_ax, "Readiness (0-100)")) if v == v]
    assert scores == [readiness_score(good), readiness_score(short)]
    days = page.data.recovery if page.data else ()
    loads = bar_heights(load_ax, "Daily load (RPE × min)")
    assert len(loads) == len(days) > 0
    by_day = {d.day: d for d in page.data.load.days} if page.data else {}
    done = {day: d.run + d.lift + d.other for day, d in by_day.items()}
    assert loads == [done.get(d.day, 0.0) for d in days]
    assert sum(loads) > 0
    # what is still planned stands on the day's done load, hatched and grey, and only from today on
    ahead = [d for d in days if by_day.get(d.day) and by_day[d.day].planned]
    assert ahead
    assert all(d.day >= TODAY for d in ahead)
    assert bar_heights(load_ax, "Planned load") == [by_day[d.day].planned for d in ahead]
    assert bar_lefts(load_ax, "Planned load") == [mdates.date2num(d.day) for d in ahead]
    planned = next(c for c in load_ax.collections if c.get_label() == "Planned load")
    assert planned.get_hatch() == "//"
    assert sleep_ax.get_shared_x_axes().joined(sleep_ax, load_ax)


def test_no_check_ins_say_how_to_start(qtbot: QtBot, workspace: Workspace, tmp_path: Path) -> None:
    page = page_on(qtbot, tmp_path)
    texts = [t.get_text() for t in page.recovery.figure.axes[0].texts]
    assert NO_CHECKINS in texts


def test_a_long_span_shows_weeks_not_a_block_of_days(qtbot: QtBot, workspace: Workspace, tmp_path: Path) -> None:
    """A year is 365 days on ~900 pixels: daily bars and points ran into one block. Past half a year the chart
    shows each week's means, as the Training load chart's bars do (the values worked by hand)."""
    add_history()
    checkins.save(CheckIn(day=date(2026, 11, 2), sleep_hours=8.0, sleep_quality=4, energy=4))
    checkins.save(CheckIn(day=date(2026, 11, 4), sleep_hours=6.0, soreness_legs=7))  # heavy legs wait
    checkins.save(CheckIn(day=date(2026, 11, 10), sleep_hours=5.0, soreness_legs=8))
    checkins.save(CheckIn(day=date(2026, 11, 12), sleep_hours=5.5, soreness_legs=7))
    page = page_on(qtbot, tmp_path)
    page.set_range(ChartRange.YEAR)
    sleep_ax, load_ax, score_ax = page.recovery.figure.axes
    assert "weekly means" in sleep_ax.get_title(loc="left")
    monday = mdates.date2num(date(2026, 11, 2))
    # the week of 2 Nov: (8 + 6) / 2 h, one heavy-legs day of two, so not marked
    assert bar_lefts(sleep_ax, "Slept (h)") == [monday]
    assert bar_heights(sleep_ax, "Slept (h)") == [7.0]
    # the week of 9 Nov: both check-ins say heavy legs wait, so the week is hatched
    assert bar_lefts(sleep_ax, "Slept (h), heavy legs wait most days") == [monday + 7]
    assert bar_heights(sleep_ax, "Slept (h), heavy legs wait most days") == [5.25]
    lefts = bar_lefts(load_ax, "Load (weekly mean per day, RPE × min)")
    assert len(lefts) > 26
    assert set(np.diff(lefts)) == {7.0}
    scores = [v for v in ydata(labelled(score_ax, "Readiness (0-100)")) if v == v]
    assert len(scores) == 2  # one point a week with check-ins
    assert labelled(score_ax, "Readiness (0-100)").get_marker() == "o"  # a year of weeks is few enough for dots
    week = next(s for s in page.recovery.hover if s.axes is sleep_ax)
    said = week.describe(int(np.searchsorted(week.x, monday)))
    assert said.startswith("Week of Mon 02 Nov 2026: slept 7.0 h on average over 2 check-ins")
    assert "heavy legs wait on 1 of them" in said
