"""Cards never hide a number: at any window width each part of a card's numbers is drawn whole (wrapped
between parts, not inside one), and a wide card uses its room for the exercises, planned against done."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from planner.domain.session import LiftSet, Session
from planner.services import sessions
from planner.store.exercise_rows import id_by_slug
from planner.ui.calendar.card_delegate import CardDelegate, flow
from planner.ui.calendar.card_text import card_parts, compact_part
from planner.ui.calendar.week_model import Role
from planner.ui.calendar.week_page import CalendarPage
from tests.helpers import MONDAY, lift, run


def card_lines(page: CalendarPage, session: Session) -> tuple[list[str], list[str], int]:
    """The number lines and detail lines the delegate draws for a card, and the card's height."""
    assert session.id is not None
    index = page.model.session_index(session.id)
    view = page.week_view.views[index.parent().row()]
    delegate = page.week_view.delegate
    assert isinstance(delegate, CardDelegate)
    fonts = delegate.fonts(view.font())
    width = view.viewport().width() - 6
    numbers = delegate._numbers(index.data(Role.SESSION), fonts, width)
    details = delegate._details(index, fonts, width)
    return numbers, details, view.visualRect(index).height()


@pytest.mark.parametrize("size", [(700, 600), (1024, 640), (1600, 1000)])
def test_every_part_of_a_cards_numbers_is_drawn_whole(page: CalendarPage, size: tuple[int, int]) -> None:
    long_run = sessions.create(run(MONDAY, km=20.3, duration_s=110 * 60))
    squat = id_by_slug()["back-squat"]
    sets = tuple(LiftSet(exercise_id=squat, set_number=n, target_reps=5, target_load_kg=100.0) for n in (1, 2, 3))
    heavy = sessions.create(lift(MONDAY + timedelta(days=1), sets=sets, duration_s=47 * 60))
    page.resize(*size)
    page.refresh()
    for session in (long_run, heavy):
        numbers, _, height = card_lines(page, session)
        drawn = " · ".join(numbers)
        for part in card_parts(session):
            assert part in drawn or compact_part(part) in drawn, (size, part, numbers)
        assert "…" not in drawn
        assert height >= len(numbers) * page.week_view.views[0].fontMetrics().height()
    assert "1h50" in " · ".join(card_lines(page, long_run)[0])
    assert "47 min" in " · ".join(card_lines(page, heavy)[0])


def test_a_wide_card_lists_the_exercises_and_a_narrow_one_leaves_them_to_the_tooltip(page: CalendarPage) -> None:
    squat = id_by_slug()["back-squat"]
    sets = tuple(LiftSet(exercise_id=squat, set_number=n, target_reps=5, target_load_kg=100.0) for n in (1, 2, 3))
    heavy = sessions.create(lift(MONDAY, sets=sets))
    page.resize(1600, 1000)
    page.refresh()
    _, details, _ = card_lines(page, heavy)
    assert details == ["Back squat 3\u00d75 · 100 kg"]
    page.resize(700, 600)
    page.refresh()
    assert card_lines(page, heavy)[1] == []
    assert heavy.id is not None
    tooltip = page.model.session_index(heavy.id).data(Qt.ItemDataRole.ToolTipRole)
    assert "Back squat 3\u00d75 · 100 kg" in tooltip


def test_flow_wraps_between_parts_and_elides_only_a_part_wider_than_the_card(page: CalendarPage) -> None:
    metrics = page.fontMetrics()
    parts = ["Moderate", "4 exercises", "1h50"]
    for width in range(40, 400, 7):
        lines = flow(parts, metrics, width)
        assert all(metrics.horizontalAdvance(line) <= width for line in lines)
        for part in parts:
            if metrics.horizontalAdvance(part) <= width:
                assert any(part in line.split(" · ") for line in lines), (width, lines)
            elif metrics.horizontalAdvance(compact_part(part)) <= width:
                assert any(compact_part(part) in line.split(" · ") for line in lines), (width, lines)


def test_a_narrow_cards_footer_keeps_whole_parts(page: CalendarPage) -> None:
    """At 1024 x 640 a done morning run's footer read "Done…": it now drops "am" whole and says "Done"."""
    from planner.ui.calendar.card_delegate import footer_line

    metrics = page.fontMetrics()
    parts = ["Done", "am", "from Tue"]
    assert footer_line(parts, metrics, 1000) == "Done · am · from Tue"
    for width in range(metrics.horizontalAdvance("Done"), metrics.horizontalAdvance("Done · am")):
        assert footer_line(parts, metrics, width) == "Done"
    narrow = footer_line(parts, metrics, metrics.horizontalAdvance("Done") - 2)
    assert narrow.endswith("…")  # only a first part wider than the room loses letters
    assert metrics.horizontalAdvance(narrow) <= metrics.horizontalAdvance("Done") - 2


def test_a_footer_word_too_wide_for_its_day_takes_its_short_form(page: CalendarPage) -> None:
    """At 1024 x 640 a past lift's footer read "Not l…" and a suggestion's "Sugg…"."""
    from planner.ui.calendar.card_delegate import footer_line
    from planner.ui.calendar.card_text import NOT_LOGGED, SUGGESTED

    metrics = page.fontMetrics()
    room = metrics.horizontalAdvance(NOT_LOGGED) - 1
    assert footer_line([NOT_LOGGED, "pm"], metrics, room).startswith("Log it")  # whole, then what else fits
    assert footer_line([NOT_LOGGED], metrics, room) == "Log it"
    assert footer_line([NOT_LOGGED, "pm"], metrics, 1000) == "Not logged · pm"
    assert footer_line([SUGGESTED], metrics, metrics.horizontalAdvance(SUGGESTED) - 1) == ""
    assert footer_line([SUGGESTED], metrics, 1000) == "Suggested"
