"""The week and a lift's workout card on paper: a one-page PDF each, drawn by the same painter Print uses."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtGui import QImage, QPainter

from planner.domain.session import LiftSet
from planner.services import sessions
from planner.store.exercise_rows import id_by_slug
from planner.ui.calendar.week_page import CalendarPage
from planner.ui.calendar.week_print import week_painter, workout_card_painter
from tests.helpers import MONDAY, lift, run


def pages(pdf: Path) -> int:
    return pdf.read_bytes().count(b"/Type /Page\n") + pdf.read_bytes().count(b"/Type /Page ")


def test_the_week_exports_as_one_pdf_page(page: CalendarPage, tmp_path: Path) -> None:
    sessions.create(run(MONDAY, km=20.3, duration_s=110 * 60))
    page.refresh()
    written = page.export_week_pdf(tmp_path / "week.pdf")
    assert written == tmp_path / "week.pdf"
    data = written.read_bytes()
    assert data.startswith(b"%PDF")
    assert pages(written) == 1


def test_a_lift_prints_as_a_workout_card_and_a_run_does_not(page: CalendarPage, tmp_path: Path) -> None:
    squat = id_by_slug()["back-squat"]
    sets = tuple(LiftSet(exercise_id=squat, set_number=n, target_reps=5, target_load_kg=100.0) for n in (1, 2, 3))
    heavy = sessions.create(lift(MONDAY, sets=sets))
    easy = sessions.create(run(MONDAY))
    page.refresh()
    card = page.export_workout_card(heavy.id, tmp_path / "card.pdf")
    assert card is not None
    assert pages(card) == 1
    assert page.export_workout_card(easy.id, tmp_path / "run.pdf") is None
    assert not (tmp_path / "run.pdf").exists()


def test_the_painters_put_ink_on_the_page(page: CalendarPage) -> None:
    # painted on an image as on paper: the page is not left blank
    squat = id_by_slug()["back-squat"]
    heavy = sessions.create(lift(MONDAY, sets=(LiftSet(exercise_id=squat, target_reps=5, target_load_kg=80.0),)))
    page.refresh()
    plan = page.controller.plan
    assert plan is not None
    for draw in (week_painter(plan), workout_card_painter(heavy, plan.exercise_names)):
        image = QImage(800, 560, QImage.Format.Format_RGB32)
        image.fill(0xFFFFFF)
        painter = QPainter(image)
        draw(painter, QRect(0, 0, 800, 560))
        painter.end()
        dark = sum(1 for x in range(0, 800, 4) for y in range(0, 560, 4) if image.pixelColor(x, y).lightness() < 128)
        assert dark > 50


def test_four_weeks_export_on_one_page_with_the_weeks_after_the_shown_one(page: CalendarPage, tmp_path: Path) -> None:
    from datetime import timedelta

    from planner.services.calendar import week_plan
    from planner.ui.calendar.week_print import month_painter

    sessions.create(run(MONDAY + timedelta(weeks=3), km=21.1, duration_s=105 * 60))
    page.refresh()
    written = page.export_month_pdf(tmp_path / "month.pdf")
    assert written is not None
    assert pages(written) == 1
    plans = [week_plan(MONDAY + timedelta(weeks=n)) for n in range(4)]
    assert [p.week.start for p in plans][-1] == MONDAY + timedelta(weeks=3)
    image = QImage(1200, 800, QImage.Format.Format_RGB32)
    image.fill(0xFFFFFF)
    painter = QPainter(image)
    month_painter(plans)(painter, QRect(0, 0, 1200, 800))
    painter.end()
    assert image.pixelColor(5, 799).lightness() > 200  # inside the page


def test_print_draws_the_same_page_on_a_printer(page: CalendarPage, tmp_path: Path) -> None:
    # a printer set to a PDF file stands in for the print dialog's choice
    from PySide6.QtPrintSupport import QPrinter

    from planner.ui.calendar.week_print import paint_page

    squat = id_by_slug()["back-squat"]
    heavy = sessions.create(lift(MONDAY, sets=(LiftSet(exercise_id=squat, target_reps=5, target_load_kg=80.0),)))
    page.refresh()
    plan = page.controller.plan
    assert plan is not None
    assert page._selected_lift(heavy.id) == next(s for s in plan.week.sessions if s.id == heavy.id)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    paint_page(printer, workout_card_painter(heavy, plan.exercise_names), landscape=False)
    assert pages(tmp_path / "printed.pdf") == 1
    assert {a.text() for a in page.week_view.views[0].actions()} >= {"Workout card as PDF…", "Print workout card…"}


def test_in_the_month_view_the_month_goes_on_paper(page: CalendarPage, tmp_path: Path) -> None:
    from datetime import date

    page.show_week(date(2026, 12, 9))
    page.show_month(True)
    messages: list[str] = []
    page.status_message.connect(messages.append)
    written = page.export_month_pdf(tmp_path / "december.pdf")
    assert written is not None
    assert pages(written) == 1
    assert messages[-1] == "Saved December 2026 as december.pdf."
