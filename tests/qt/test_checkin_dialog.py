"""The check-in dialog: filled and saved with the keyboard alone; the calendar shows it and listens."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from planner.domain.checkin import CheckIn
from planner.domain.enums import Experience, RunType
from planner.domain.profile import Profile
from planner.services import app_settings, checkins, sessions
from planner.services.workspace import Workspace
from planner.store.profile_rows import save_profile
from planner.ui.calendar.week_page import CalendarPage
from planner.ui.dialogs.checkin_dialog import NOT_GIVEN, CheckInDialog
from tests.helpers import MONDAY, day, run


def type_answers(qtbot: QtBot, dialog: QDialog, *answers: str) -> None:
    """Each answer typed over the focused field's selected text, then Tab; Enter at the end."""
    for answer in answers:
        focused = dialog.focusWidget()
        assert focused is not None
        if answer:
            qtbot.keyClicks(focused, answer)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)


def test_keyboard_only_fill_and_enter_saves(qtbot: QtBot) -> None:
    dialog = CheckInDialog(CheckIn(day=MONDAY, sleep_hours=8.0), exists=False)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)  # Tab selects a field's text only when active
    assert dialog.focusWidget() is dialog.sleep
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        type_answers(qtbot, dialog, "6.5", "2", "7", "1", "3", "68.5", "48", "late flight")
    assert dialog.checkin() == CheckIn(
        day=MONDAY, sleep_hours=6.5, sleep_quality=2, soreness_legs=7, soreness_upper=1, energy=3,
        body_mass_kg=68.5, resting_hr=48, note="late flight",
    )  # fmt: skip
    assert not dialog.delete_requested
    assert not dialog.delete_button.isVisible()


def test_defaults_shown_and_optional_fields_read_not_given(qtbot: QtBot) -> None:
    start = CheckIn(day=MONDAY, sleep_hours=7.25, sleep_quality=4, soreness_legs=3, energy=5)
    dialog = CheckInDialog(start, exists=True)
    qtbot.addWidget(dialog)
    assert dialog.body_mass.text() == NOT_GIVEN
    assert dialog.resting_hr.text() == NOT_GIVEN
    assert dialog.checkin() == start  # untouched: the same answers back
    dialog.show()
    assert dialog.delete_button.isVisible()
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert dialog.delete_requested
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_values_the_boxes_cannot_hold_are_clamped(qtbot: QtBot) -> None:
    dialog = CheckInDialog(CheckIn(day=MONDAY, sleep_hours=8.0), exists=False)
    qtbot.addWidget(dialog)
    dialog.legs.lineEdit().setText("15")
    dialog.legs.interpretText()
    assert dialog.legs.value() <= 10
    assert dialog.checkin().soreness_legs <= 10


def _fill_when_open(qtbot: QtBot, *answers: str) -> None:
    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, CheckInDialog)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
        type_answers(qtbot, dialog, *answers)

    QTimer.singleShot(0, fill)


def test_the_calendar_saves_shows_and_re_suggests(qtbot: QtBot, page: CalendarPage, workspace: Workspace) -> None:
    save_profile(Profile(experience=Experience.INTERMEDIATE))
    app_settings.set_already_trained(True)  # no logged lifts yet would mean form-first weeks (R9)
    for n, kind in enumerate(["easy", "intervals", "easy", "easy", "tempo", "easy", "long"]):
        sessions.create(run(day(n), RunType(kind)))
    page.refresh()
    page.controller.suggest_lifts()
    heavy = next(g for g in page.model.ghosts if g.intensity.value == "heavy")
    assert heavy.day == day(2)
    column = page.week_view.columns[2]
    assert column.checkin_line.isHidden()

    _fill_when_open(qtbot, "5.5")  # only the hours differ from the defaults
    with qtbot.waitSignal(page.hub.changed, timeout=3000):
        column.checkin_requested.emit(day(2))
    assert checkins.on(day(2)) == CheckIn(id=1, day=day(2), sleep_hours=5.5)
    assert column.checkin_line.text().replace("\u00a0", " ") == "⚠ Slept 5.5 h · legs 0/10"
    assert "heavy lower body waits" in column.checkin_line.toolTip()
    moved = next(g for g in page.model.ghosts if g.focus.value in ("lower", "full"))
    assert moved.day > day(2)
    assert moved.reasons[0].startswith("Slept 5.5 h on Wednesday: heavy lower body moved to")
    assert "Slept 5.5 h on Wednesday" in page.suggestion_text.text()
    assert "Tip: No rest day" in page.suggestion_text.text()


def test_the_menu_action_opens_todays_check_in(qtbot: QtBot, page: CalendarPage, workspace: Workspace) -> None:
    action = page.actions_by_name["checkin"]
    assert action.shortcut().toString() == "Ctrl+Shift+K"
    checkins.save(CheckIn(day=date(2020, 1, 1), sleep_hours=6.0, soreness_legs=4))
    _fill_when_open(qtbot, "", "", "2")  # yesterday's answers, legs now 2
    action.trigger()
    today = checkins.on(MONDAY)  # the page's today
    assert today is not None
    assert (today.sleep_hours, today.soreness_legs) == (6.0, 2)


def test_a_check_in_does_not_widen_its_day(qtbot: QtBot, page: CalendarPage) -> None:
    page.resize(1024, 640)
    qtbot.wait(10)
    widths = [c.width() for c in page.week_view.columns]
    sunday = day(6)
    long_night = CheckIn(day=sunday, sleep_hours=6.25, soreness_legs=7, note="a long note " * 10)
    page.week_view.show_checkins({sunday: long_night})
    qtbot.wait(10)
    assert [c.width() for c in page.week_view.columns] == widths


def _wrapped_lines(text: str, font: QFont, width: int) -> list[str]:
    """The lines a word-wrapped label of ``width`` pixels shows ``text`` in."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()].strip())
    layout.endLayout()
    return lines


def test_a_narrow_day_wraps_its_check_in_at_the_dot(qtbot: QtBot, page: CalendarPage, workspace: Workspace) -> None:
    """At 1024 x 640 a day is too narrow for the whole line: it read "Slept 8 h · legs" over "2/10"."""
    checkins.save(CheckIn(day=day(2), sleep_hours=8.0, soreness_legs=2))
    page.refresh()
    label = page.week_view.columns[2].checkin_line
    text = label.text()
    metrics = QFontMetrics(label.font())
    narrow = metrics.horizontalAdvance("Slept 8 h · legs 2/1")  # one character short of the whole line
    lines = [line.replace("\u00a0", " ") for line in _wrapped_lines(text, label.font(), narrow)]
    assert lines == ["Slept 8 h ·", "legs 2/10"]


def test_a_day_after_the_last_day_runlift_keeps_takes_no_check_in(
    qtbot: QtBot, page: CalendarPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The week of 31 Dec 2199 shows 1-5 Jan 2200: a check-in there made every later backup unrestorable."""
    opened: list[object] = []
    monkeypatch.setattr(CheckInDialog, "exec", lambda dialog: opened.append(dialog) or QDialog.DialogCode.Accepted)
    page.open_checkin(date(2200, 1, 1))
    assert opened == []
    assert checkins.between(date(2199, 12, 1), date(2200, 1, 31)) == []
    with pytest.raises(ValueError, match="outside the dates Runlift keeps"):
        checkins.save(CheckIn(day=date(2200, 1, 1), sleep_hours=7.0))
    assert checkins.between(date(2199, 12, 1), date(2200, 1, 31)) == []


@pytest.mark.parametrize(("exists", "words"), [(True, "This day's check-in"), (False, "your last check-in")])
def test_the_hint_says_where_the_answers_come_from(qtbot: QtBot, exists: bool, words: str) -> None:
    """Editing the day's own check-in said it started from the last one."""
    from PySide6.QtWidgets import QLabel

    dialog = CheckInDialog(CheckIn(day=MONDAY, sleep_hours=7.0), exists=exists)
    qtbot.addWidget(dialog)
    hint = dialog.findChild(QLabel, "checkinHint")
    assert hint is not None
    assert words in hint.text()
