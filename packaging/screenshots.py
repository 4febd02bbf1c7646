"""Regenerate the README screenshots from a throw-away data folder holding the example week.

    python packaging/screenshots.py [OUT_DIR]

Runs offscreen unless a display is set (under xvfb-run the window gets real window-manager-free
geometry). Marks the first sessions done so the cards show both states.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent / "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtWidgets import QApplication

    from planner.config import Paths
    from planner.domain.enums import Status
    from planner.services import example_week, sessions
    from planner.services.workspace import open_workspace
    from planner.ui.app import make_application
    from planner.ui.shell.main_window import MainWindow

    with tempfile.TemporaryDirectory() as folder:
        workspace = open_workspace(Paths(Path(folder)))
        added = example_week.add_example_week(date.today())
        # a week under way: the first three sessions done, and one lift dropped where a rule flags it
        for session in added[:3]:
            sessions.set_status(session.id, Status.DONE)  # type: ignore[arg-type]
        saturday = added[-1].day - timedelta(days=1)
        make_application([])
        window = MainWindow(workspace)
        window.resize(1280, 760)
        window.show()
        # dropped through the calendar's own path, so the card flag and the status-bar warning are real
        window.calendar.controller.create("lift-plyometric-moderate", saturday, 99)
        # four weeks at a glance (View > Four weeks), with the next weeks' example copies
        for weeks in (1, 2, 3):
            example_week.add_example_week(date.today() + timedelta(weeks=weeks))
        window.four_weeks_action.setChecked(True)
        QApplication.processEvents()
        window.grab().save(str(out / "four-weeks.png"))
        print(out / "four-weeks.png")
        window.four_weeks_action.setChecked(False)
        from planner.domain.week import week_start

        next_week = week_start(date.today()) + timedelta(weeks=1)  # the copies go again: the other shots show one week
        for session in sessions.sessions_between(next_week, next_week + timedelta(weeks=4)):
            sessions.delete(session.id)  # type: ignore[arg-type]
        for page in ("calendar", "library"):
            window.show_page(page)
            if page == "library":
                window.library.select_slug("bulgarian-split-squat")  # type: ignore[attr-defined]
                window.statusBar().clearMessage()
            QApplication.processEvents()
            window.grab().save(str(out / f"{page}.png"))
            print(out / f"{page}.png")
        # the same week without its lifts, as an intermediate lifter asks for suggestions
        from dataclasses import replace

        from planner.domain.enums import Experience
        from planner.store.profile_rows import get_profile, save_profile

        save_profile(replace(get_profile(), experience=Experience.INTERMEDIATE))
        for session in sessions.sessions_between(added[0].day, added[-1].day):
            if session.lift is not None:
                sessions.delete(session.id)  # type: ignore[arg-type]
        window.show_page("calendar")
        window.calendar.refresh()
        window.calendar.controller.suggest_lifts()
        QApplication.processEvents()
        window.grab().save(str(out / "suggestions.png"))
        print(out / "suggestions.png")
        # the same window in the dark theme, switched live as Settings does
        from planner.services.app_settings import Theme
        from planner.ui.look.theme import apply_theme

        apply_theme(Theme.DARK)
        for page in ("calendar", "library"):
            window.show_page(page)
            window.statusBar().clearMessage()
            QApplication.processEvents()
            window.grab().save(str(out / f"{page}-dark.png"))
            print(out / f"{page}-dark.png")
        apply_theme(Theme.LIGHT)
        window.close()
        workspace.close()
    progress_shots(out)
    living_plan_shots(out)
    logging_shot(out)
    structured_run_shot(out)
    return 0


def structured_run_shot(out: Path) -> None:
    """The run editor on an interval session typed as steps, with pace zones from a 10 km race (VDOT 50)."""
    from dataclasses import replace

    from PySide6.QtWidgets import QApplication

    from planner.config import Paths
    from planner.domain.enums import DistanceUnit, RunType, SessionKind, TimeOfDay
    from planner.domain.pace_source import PaceSource
    from planner.domain.session import RunDetails, Session
    from planner.domain.workout import parse_workout
    from planner.services import pace_settings, sessions
    from planner.services.workspace import open_workspace
    from planner.ui.app import make_application
    from planner.ui.calendar.session_editor import SessionEditor

    steps = "2 km warm-up\n6 x 800 m @ I, 400 m jog\n10 min @ T\n2 km cool-down"
    with tempfile.TemporaryDirectory() as folder:
        workspace = open_workspace(Paths(Path(folder)))
        pace_settings.set_source(PaceSource(distance_m=10_000, seconds=41 * 60 + 21))
        run = RunDetails(RunType.INTERVALS, distance_m=13_000, workout=parse_workout(steps, DistanceUnit.KM))
        session = Session(date.today(), SessionKind.RUN, run=run, time_of_day=TimeOfDay.PM, duration_s=70 * 60)
        session = sessions.create(replace(session, notes="Track, lane 2"))
        make_application([])
        editor = SessionEditor(session, [], DistanceUnit.KM, zones=pace_settings.zones())
        editor.show()
        editor.resize(560, editor.sizeHint().height())
        QApplication.processEvents()
        editor.grab().save(str(out / "structured-run.png"))
        print(out / "structured-run.png")
        editor.close()
        workspace.close()


def logging_shot(out: Path) -> None:
    """The session editor logging a heavy lower-body lift: last week's sets beside today's, two sets ticked."""
    from dataclasses import replace

    from PySide6.QtWidgets import QApplication

    from planner.config import Paths
    from planner.domain.enums import Experience, Intensity, LiftFocus, SessionKind, Status
    from planner.domain.profile import Profile
    from planner.domain.session import LiftDetails, LiftSet, Session
    from planner.services import equipment, exercise_history, library, sessions, suggestions
    from planner.services import profile as profiles
    from planner.services.workspace import open_workspace
    from planner.ui.app import make_application
    from planner.ui.calendar.session_editor import SessionEditor

    plan = (("back-squat", 4, 5, 100.0), ("romanian-deadlift", 3, 8, 70.0), ("bulgarian-split-squat", 3, 8, 16.0))
    plan += (("single-leg-calf-raise", 3, 12, None), ("pogo-hops", 3, 20, None))
    with tempfile.TemporaryDirectory() as folder:
        workspace = open_workspace(Paths(Path(folder)))
        profiles.save(replace(Profile(), experience=Experience.INTERMEDIATE))
        ids = {e.slug: e.id for e in library.exercises()}
        today = date.today()

        def sets(done: bool) -> tuple[LiftSet, ...]:
            made: list[LiftSet] = []
            for slug, count, reps, kg in plan:
                for n in range(1, count + 1):
                    planned = LiftSet(ids[slug], n, len(made), reps, kg, 2.0)  # type: ignore[arg-type]
                    made.append(
                        replace(planned, actual_reps=reps, actual_load_kg=kg, actual_rir=2.0) if done else planned
                    )
            return tuple(made)

        heavy = LiftDetails(LiftFocus.LOWER, Intensity.HEAVY)
        last_week = Session(today - timedelta(days=7), SessionKind.LIFT, Status.DONE, lift=heavy, sets=sets(True))
        sessions.create(last_week)
        reasons = "Easy days: lower body after Tuesday's easy run (R3)\n48 h before Thursday's intervals (R5)"
        session = sessions.create(Session(today, SessionKind.LIFT, lift=heavy, sets=sets(False), reasons=reasons))
        make_application([])
        editor = SessionEditor(
            session,
            library.exercises(),
            experience=Experience.INTERMEDIATE,
            progression=suggestions.progression_for(session),
            last_time=exercise_history.last_time(session),
            kit=equipment.bar_and_plates(profiles.current().mass_unit),
        )
        editor.resize(1180, 760)
        editor.show()
        assert editor.sets_editor is not None
        for index in (0, 1):
            editor.sets_editor.tick(index)
        assert editor.why_button is not None
        editor.why_button.click()
        editor.sets_editor.focus_field(2, "done reps")
        QApplication.processEvents()
        editor.grab().save(str(out / "session-editor.png"))
        print(out / "session-editor.png")
        editor.close()
        workspace.close()


def progress_shots(out: Path) -> None:
    """The Progress page on three years of generated training history with an A race ahead."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from PySide6.QtWidgets import QApplication

    from planner.config import Paths
    from planner.domain.enums import RacePriority
    from planner.domain.profile import Race
    from planner.engine.chart_range import ChartRange
    from planner.services import races
    from planner.services.workspace import open_workspace
    from planner.ui.shell.main_window import MainWindow
    from tests.perf.history import generate

    with tempfile.TemporaryDirectory() as folder:
        workspace = open_workspace(Paths(Path(folder)))
        generate(workspace, years=3)
        today = date.today()
        races.add(Race(today + timedelta(weeks=5), "City half", 21097.5, RacePriority.A))
        races.add(Race(today - timedelta(weeks=10), "Park 10k", 10000.0, RacePriority.B))
        window = MainWindow(workspace)
        window.resize(1280, 760)
        window.show()
        window.show_page("progress")
        page = window.progress
        for name, tab, span in (("progress", 2, ChartRange.WEEKS_12), ("progress-volume", 1, ChartRange.SEASON)):
            page.tabs.setCurrentIndex(tab)  # type: ignore[attr-defined]
            page.set_range(span)  # type: ignore[attr-defined]
            QApplication.processEvents()
            window.grab().save(str(out / f"{name}.png"))
            print(out / f"{name}.png")
        from planner.services.app_settings import Theme
        from planner.ui.look.theme import apply_theme

        apply_theme(Theme.DARK)
        page.tabs.setCurrentIndex(2)  # type: ignore[attr-defined]
        page.set_range(ChartRange.WEEKS_12)  # type: ignore[attr-defined]
        QApplication.processEvents()
        window.grab().save(str(out / "progress-dark.png"))
        print(out / "progress-dark.png")
        apply_theme(Theme.LIGHT)
        window.close()
        workspace.close()


def living_plan_shots(out: Path) -> None:
    """A new user's plan on Thursday 3 December: runs to a half marathon on 28 February, the long run moved
    from Sunday to Saturday, the lifts suggested around it; then the season to race day."""
    from PySide6.QtWidgets import QApplication

    from planner.config import Paths
    from planner.domain.enums import Experience, RacePriority, RunType, TimeOfDay
    from planner.domain.profile import Profile, Race
    from planner.domain.usual_week import UsualRun, UsualWeek
    from planner.services import first_run, sessions
    from planner.services.workspace import open_workspace
    from planner.ui.dialogs.season_dialog import SeasonDialog
    from planner.ui.shell.main_window import MainWindow

    thursday, sunday = date(2026, 12, 3), date(2026, 12, 6)
    usual = UsualWeek(
        {
            0: UsualRun(RunType.EASY, 8000),
            1: UsualRun(RunType.INTERVALS, 10000, TimeOfDay.AM),
            3: UsualRun(RunType.EASY, 8000),
            6: UsualRun(RunType.LONG, 18000),
        }
    )
    race = Race(day=date(2027, 2, 28), name="Spring Half", distance_m=21100, priority=RacePriority.A)
    with tempfile.TemporaryDirectory() as folder:
        workspace = open_workspace(Paths(Path(folder)))
        answers = first_run.SetupAnswers(Profile(experience=Experience.INTERMEDIATE), usual, race)
        first_run.apply_setup(answers, date(2026, 11, 30))
        window = MainWindow(workspace, today=thursday)
        window.resize(1280, 760)
        window.show()
        window.calendar.show_week(thursday)
        window.calendar.controller.suggest_lifts()
        long_run = next(s for s in sessions.sessions_between(sunday, sunday) if s.run is not None)
        window.calendar.controller.move([long_run.id], sunday - timedelta(days=1), 0)  # type: ignore[list-item]
        QApplication.processEvents()
        window.grab().save(str(out / "living-week.png"))
        print(out / "living-week.png")
        dialog = SeasonDialog(date(2026, 11, 30), today=thursday, parent=window)
        dialog.resize(1100, 760)
        dialog.show()
        QApplication.processEvents()
        dialog.grab().save(str(out / "season.png"))
        print(out / "season.png")
        dialog.close()
        window.close()
        workspace.close()


if __name__ == "__main__":
    sys.exit(main())
