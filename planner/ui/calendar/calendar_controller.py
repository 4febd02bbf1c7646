"""Turns what the calendar's views ask for into undoable commands, and follows the change hub.

The views and the model only emit intent; this is the one place that decides what an intent does. It never
reloads after its own edits: every edit (and its undo and redo) is published on the hub, and the week, its
warnings and its live suggestions reload from there, whoever made the change.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING, TypeAlias

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QWidget

from planner.domain.dates import EARLIEST_DAY, LATEST_DAY, day_problem
from planner.domain.enums import DistanceUnit, Status
from planner.domain.profile import Race
from planner.domain.session import Session
from planner.domain.templates import TEMPLATES_BY_KEY
from planner.services import calendar, checkins, library, profile, records, sessions
from planner.services.calendar import WeekPlan
from planner.services.changes import Changes
from planner.services.errors import NotFoundError
from planner.ui.calendar.live_suggestions import LiveSuggestions
from planner.ui.calendar.mime import SESSIONS_MIME, session_ids_from, sessions_mime
from planner.ui.calendar.week_model import WeekModel
from planner.ui.shell.change_hub import ChangeHub
from planner.ui.undo_commands import (
    AcceptSuggestions,
    AddRace,
    CopySessions,
    CopyWeek,
    CreateSession,
    DeleteRace,
    DeleteSessions,
    EditRace,
    MoveSessions,
    PlanMyRuns,
    SetStatus,
    SetUnavailable,
    UpdateSession,
)
from planner.ui.widgets.modal import run_modal

if TYPE_CHECKING:  # the engine loads on the first suggestion, not at start-up
    from planner.domain.checkin import CheckIn
    from planner.domain.exercise import Exercise
    from planner.engine.records import Record
    from planner.engine.suggestion import Suggestion, WeekSuggestion

# opens the editor (with the library to pick exercises from) and returns the edited session, or None
EditSession: TypeAlias = "Callable[[Session, list[Exercise]], Session | None]"  # a string: Exercise loads later
Today = Callable[[], date]

RECORDS_DELAY_MS = 150


class CalendarController(QObject):
    week_loaded = Signal(object)  # WeekPlan
    message = Signal(str)
    message_withdrawn = Signal(str)  # a warning whose cause is gone (Undo): clear it if it still shows
    select_requested = Signal(list)  # session ids to select once the week is reloaded
    suggestions_changed = Signal(object)  # WeekSuggestion shown as ghost cards, or None

    def __init__(
        self,
        model: WeekModel,
        undo_stack: QUndoStack,
        first_weekday: int = 0,
        edit_session: EditSession | None = None,
        parent: QObject | None = None,
        hub: ChangeHub | None = None,
        today: Today = date.today,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.undo_stack = undo_stack
        self.hub = hub if hub is not None else ChangeHub(self)  # a page on its own (tests) gets a hub of its own
        self.today = today
        self.first_weekday = first_weekday
        self.unit = DistanceUnit.KM
        self.warning_shown: tuple[int, str] | None = None  # the session and text of the last rule warning said
        self.anchor = today()
        self.edit_session = edit_session
        self.live = LiveSuggestions()
        # set by the main window for its first week: personal records are found just after the first paint
        self.defer_records_once = False
        # the deferred re-read with records; owned here so a closed window can stop it (stop_pending)
        self._records_timer = QTimer(self)
        self._records_timer.setSingleShot(True)
        self._records_timer.setInterval(RECORDS_DELAY_MS)
        self._records_timer.timeout.connect(self._reload_with_records)
        self.connect_model(model)
        self.hub.subscribe(self.on_changes)

    def connect_model(self, model: WeekModel) -> None:
        """Take ``model``'s drops as edits: the shown week's, and each week of the four-week overview's."""
        # queued: a drop finishes inside the view's own event handler before the model is reloaded
        queued = Qt.ConnectionType.QueuedConnection
        model.create_requested.connect(self.create, queued)
        model.move_requested.connect(self.move, queued)
        model.copy_requested.connect(self.copy, queued)
        model.add_exercises_requested.connect(self.add_exercises, queued)
        model.accept_requested.connect(self.accept_on, queued)

    # ---- loading
    @property
    def plan(self) -> WeekPlan | None:
        return self.model.plan

    @property
    def suggestion(self) -> WeekSuggestion | None:
        return self.live.result

    def show_week(self, day: date) -> None:
        day = min(max(day, EARLIEST_DAY), LATEST_DAY)  # PageDown past 2199 stays on its last week
        week_changed = self.plan is None or not (self.plan.week.start <= day <= self.plan.week.end)
        self.anchor = day
        if week_changed and self.live.active:
            self.clear_suggestions()  # suggestions belong to the week they were asked for
        self.reload()

    def on_changes(self, changes: Changes, _initiator: object = None) -> None:
        """The hub's news: reload the week when it concerns it, keep the suggestions true, say what moved."""
        if changes.everything:
            self.clear_suggestions()
        if changes.profile or changes.everything:
            saved = profile.current()
            self.unit = saved.distance_unit
            if saved.first_weekday != self.first_weekday:
                self.first_weekday = saved.first_weekday
        plan = self.plan
        if plan is not None and not (changes.everything or changes.affects_plan(plan.week.start, plan.week.end)):
            return
        self.reload()
        self._withdraw_warning()
        if changes.sessions:
            self.select_requested.emit(sorted(changes.sessions))
            self._report_warnings(sorted(changes.sessions))

    # ---- suggestions (ghost cards), live: recomputed whenever the week or its neighbours change
    def suggest_lifts(self) -> WeekSuggestion:
        """Fill the shown week with suggested lifts as ghost cards; nothing is saved until accepted."""
        result = self.live.start(self.anchor, self.today())
        self._show_ghosts()
        count = len(self.model.ghosts)
        if count:
            self.message.emit(
                f"{count} lift session{'s' if count != 1 else ''} suggested: Enter or double-click accepts, "
                "Delete dismisses, drag one to another day to accept it there; hover a card to see why."
            )
        else:
            self.message.emit("No lift sessions to add this week: " + self.live.why_none())
        return result

    def accept(self, chosen: list[Suggestion]) -> None:
        """Accept what is still suggested after a fresh look at the week: never a rule break (DESIGN §3)."""
        chosen = self._kept([g for g in chosen if g in self.model.ghosts])
        if not chosen:
            return
        fresh = self.live.recheck(chosen, self.today())
        if len(fresh) < len(chosen):
            self.message.emit("The week changed: the suggestions were brought up to date first.")
        if fresh:
            self._push(AcceptSuggestions(fresh, self.hub.publish))

    @Slot(object, object)
    def accept_on(self, ghost: Suggestion, day: date) -> None:
        """A dashed card dragged to another day: accept it there (the drop's warnings apply as for any move)."""
        if ghost not in self.model.ghosts or self._outside(day):
            return
        moved = self.live.moved(ghost, day)
        self._push(AcceptSuggestions([moved], self.hub.publish, text=f"accept suggested lift on {day:%A}"))

    def plan_season(self, chosen: list[Suggestion]) -> None:
        """The season dialog's suggestions, saved as one undoable step."""
        chosen = self._kept(chosen)
        if not chosen:
            return
        self._push(AcceptSuggestions(chosen, self.hub.publish, text=f"plan the season ({len(chosen)} lifts)"))
        last = max(s.day for s in chosen)
        self.message.emit(f"Planned {len(chosen)} lift sessions up to {last:%d %b %Y} (Ctrl+Z takes them back).")

    def accept_all(self) -> None:
        self.accept(self.model.ghosts)

    def dismiss(self, chosen: list[Suggestion]) -> None:
        self.live.dismiss(chosen)
        self._show_ghosts()

    def clear_suggestions(self) -> None:
        had = bool(self.model.ghosts)
        self.live.stop()
        self._show_ghosts()
        if had:  # the "… suggested: Enter accepts" hint would still be showing for cards no longer there
            self.message.emit("Suggestions dismissed (Suggest lifts brings them back).")

    def _show_ghosts(self) -> None:
        self.model.set_ghosts(list(self.live.ghosts))
        self.suggestions_changed.emit(self.live.result if self.model.ghosts else None)

    def reload(self) -> None:
        with_records = not self.defer_records_once
        if not with_records:  # the window paints first; the PR badges follow a moment later
            self.defer_records_once = False
            self._records_timer.start()
        plan = calendar.week_plan(self.anchor, self.first_weekday, with_records=with_records)
        self.model.load(plan)
        if self.live.active:
            news = self.live.refresh(self.anchor, self.today(), plan)
            self._show_ghosts()
            if news:
                self.message.emit(news)
        self.week_loaded.emit(plan)

    def _reload_with_records(self) -> None:
        """The first week's records are read on a thread: look again soon rather than wait for it here."""
        if records.warming_up():
            self._records_timer.start()
            return
        self.reload()

    def stop_pending(self) -> None:
        """No more reads once the window closes: the database may be closed (or another one open) by then."""
        self._records_timer.stop()

    # ---- the plan's frame: days off, the runs to race day
    def set_unavailable(self, day: date, unavailable: bool) -> None:
        self._push(SetUnavailable(day, unavailable, self.hub.publish))
        state = "unavailable: no runs or lifts will be planned there" if unavailable else "available again"
        self.message.emit(f"{day:%A %d %b} is {state} (Ctrl+Z undoes it).")

    # ---- races, edited on the day that shows them
    def update_race(self, before: Race, after: Race) -> None:
        """Save a race edited from its flag (a new date moves it) as one undo step."""
        if after == before:
            return
        if not self._race_still_there(before):
            return
        # checked before the push: a command's redo runs inside Qt, where an error would be lost
        if after.distance_m <= 0 or not after.name.strip():
            self.message.emit("The race was not changed: it needs a name and a distance.")
            return
        self._push(EditRace(before, after, self.hub.publish))
        moved = f" moved to {after.day:%A %d %b}" if after.day != before.day else " saved"
        self.message.emit(f"{after.name}{moved} (Ctrl+Z undoes it).")

    def add_race(self, race: Race) -> None:
        """A race from the Season dialog, as one undo step (checked first: a command's redo runs inside Qt)."""
        problem = day_problem(race.day) or ("it needs a distance" if race.distance_m <= 0 else None)
        if problem:
            self.message.emit(f"The race was not added: {problem}.")
            return
        self._push(AddRace(race, self.hub.publish))
        self.message.emit(f"Added the race {race.name} (Ctrl+Z takes it back).")

    def delete_race(self, race: Race) -> None:
        if not self._race_still_there(race):
            return
        self._push(DeleteRace(race, self.hub.publish))
        self.message.emit(f"Deleted the race {race.name} (Ctrl+Z brings it back).")

    def _race_still_there(self, race: Race) -> bool:
        from planner.services import races

        try:
            races.get(race.id if race.id is not None else -1)
        except NotFoundError:
            self.message.emit(f"{race.name} is no longer in your races.")
            return False
        return True

    def plan_my_runs(self, weeks: int | None = None) -> int:
        """The usual week laid out to the A race (or ``weeks`` weeks), on empty days; one undo step."""
        from planner.engine.run_plan import DEFAULT_WEEKS
        from planner.services import run_planning

        plan = run_planning.preview(self.today(), weeks or DEFAULT_WEEKS)
        if not plan.runs:
            self.message.emit("Nothing to plan: every day up to then already holds a session or is unavailable.")
            return 0
        self._push(PlanMyRuns(plan, self.hub.publish))
        goal = f"to {plan.race.name} on {plan.race.day:%d %b %Y}, with a two-week taper" if plan.race else ""
        self.message.emit(
            f"Planned {len(plan.runs)} runs {goal or f'over {plan.weeks} weeks'} (Ctrl+Z: Undo plan my runs)."
        )
        return len(plan.runs)

    # ---- check-ins (not undoable: a dialog saves them; the hub tells the pages)
    def week_checkins(self, start: date, end: date) -> dict[date, CheckIn]:
        return {c.day: c for c in checkins.between(start, end)}

    def checkin_form(self, day: date) -> tuple[CheckIn, bool]:
        """What the check-in dialog opens with for ``day``, and whether the day already has one."""
        return checkins.defaults_for(day), checkins.on(day) is not None

    def save_checkin(self, checkin: CheckIn) -> CheckIn:
        saved = checkins.save(checkin)
        self.hub.publish(Changes(checkins=frozenset({saved.day})), self)
        self.message.emit(f"Check-in saved for {saved.day:%a %d %b}: {saved.summary}.")
        return saved

    def delete_checkin(self, day: date) -> None:
        checkins.delete(day)
        self.hub.publish(Changes(checkins=frozenset({day})), self)
        self.message.emit(f"Deleted the check-in of {day:%a %d %b}.")

    def _report_warnings(self, touched: list[int]) -> None:
        plan = self.plan
        if plan is None:
            return
        for session_id in touched:
            warnings = plan.warnings.get(session_id)
            if not warnings:
                continue
            session = next((s for s in plan.week.sessions if s.id == session_id), None)
            if session is None:
                continue
            fine = plan.fine_days_for(session)
            days = ", ".join(f"{d:%a}" for d in fine) or "none this week"
            text = f"⚠ {session.title} on {session.day:%A}: {warnings[0].message} Fine days: {days}."
            self.warning_shown = (session_id, text)
            self.message.emit(text)
            return

    def _withdraw_warning(self) -> None:
        """The last warning said no longer holds (Undo took the session back, or it moved to a fine day)."""
        plan = self.plan
        if self.warning_shown is None or plan is None:
            return
        session_id, text = self.warning_shown
        if not plan.warnings.get(session_id):
            self.warning_shown = None
            self.message_withdrawn.emit(text)

    def _sessions(self, session_ids: list[int]) -> list[Session]:
        found = []
        for session_id in session_ids:
            try:
                found.append(sessions.get(session_id))
            except NotFoundError:
                continue  # deleted since it was dragged or copied: nothing to do for it
        return found

    def _push(self, command: QUndoCommand) -> None:
        self.undo_stack.push(command)

    def _outside(self, *days: date) -> bool:
        """True, and says so, when a day is past the dates Runlift keeps (1-5 Jan 2200 end its last week):
        the services refuse a session there, since every later backup would be one a restore refuses."""
        problem = next((p for p in map(day_problem, days) if p), None)
        if problem:
            self.message.emit(f"Not done: {problem}.")
        return problem is not None

    def _kept(self, chosen: list[Suggestion]) -> list[Suggestion]:
        kept = [g for g in chosen if day_problem(g.day) is None]
        if len(kept) < len(chosen):
            self._outside(*(g.day for g in chosen))
        return kept

    # ---- intents from the model and views
    @Slot(str, object, int)
    def create(self, key: str, day: date, position: int) -> None:
        template = TEMPLATES_BY_KEY.get(key)
        if template is not None and not self._outside(day):
            self._push(CreateSession(template, day, position, self.hub.publish))

    @Slot(list, object, int)
    def move(self, session_ids: list[int], day: date, position: int) -> None:
        moving = self._sessions(session_ids)
        if not moving or self._outside(day):
            return
        if len(moving) == 1 and moving[0].day == day and moving[0].position == position:
            return  # dropped where it already was
        self._push(MoveSessions(moving, day, position, self.hub.publish))

    @Slot(list, object, int)
    def copy(self, session_ids: list[int], day: date, position: int) -> bool:
        """Copy the sessions to ``day`` at ``position``; whether anything was copied (a day past the kept dates
        is refused, and says so)."""
        originals = self._sessions(session_ids)
        if not originals or self._outside(day):
            return False
        self._push(CopySessions(originals, day, position, self.hub.publish))
        return True

    @Slot(int, list)
    def add_exercises(self, session_id: int, exercise_ids: list[int]) -> None:
        """Add exercises to a lift with their default dose for the runner's experience (R9, R10)."""
        found = self._sessions([session_id])
        if not found or found[0].lift is None:
            return
        from planner.services.prescriptions import with_exercises  # with the first exercise added (issue 21)

        before = found[0]
        chosen = [e for e in library.exercises() if e.id in exercise_ids]
        if not chosen:
            return
        after = with_exercises(before, chosen, profile.current().experience)
        names = ", ".join(e.name for e in chosen) if len(chosen) < 3 else f"{len(chosen)} exercises"
        self._push(UpdateSession(before, after, self.hub.publish, text=f"add {names} to {before.title}"))

    def delete(self, session_ids: list[int]) -> None:
        doomed = self._sessions(session_ids)
        if doomed:
            self._push(DeleteSessions(doomed, self.hub.publish))
            self.message.emit(
                f"Deleted {len(doomed)} session{'s' if len(doomed) != 1 else ''} (Ctrl+Z brings it back)."
            )

    def shift(self, session_ids: list[int], days: int) -> None:
        """Move cards a day earlier or later (keyboard), to the end of that day."""
        moving = self._sessions(session_ids)
        if not moving:
            return
        target = moving[0].day + timedelta(days=days)
        if self._outside(target):
            return
        self._push(MoveSessions(moving, target, self._count_on(target), self.hub.publish))

    def reorder(self, session_ids: list[int], step: int) -> None:
        moving = self._sessions(session_ids)
        if not moving or any(s.day != moving[0].day for s in moving):
            return
        day = moving[0].day
        first = min(s.position for s in moving) + step
        if first < 0 or first + len(moving) > self._count_on(day):
            return
        self._push(MoveSessions(sorted(moving, key=lambda s: s.position), day, first, self.hub.publish))

    def toggle_done(self, session_ids: list[int]) -> None:
        """One click: planned (or skipped) becomes done; done goes back to planned."""
        targets = self._sessions(session_ids)
        if not targets:
            return
        status = Status.PLANNED if all(s.status is Status.DONE for s in targets) else Status.DONE
        self._push(SetStatus(targets, status, self.hub.publish))

    def set_status(self, session_ids: list[int], status: Status) -> None:
        targets = self._sessions(session_ids)
        if targets:
            self._push(SetStatus(targets, status, self.hub.publish))

    def edit(self, session_id: int) -> None:
        if self.edit_session is None:
            return
        found = self._sessions([session_id])
        if not found:
            return
        before = found[0]
        after = self.edit_session(before, library.exercises())
        problem = sessions.unkeepable(after) if after is not None else None
        if problem:  # notes pasted past a million characters, say: the service would refuse it mid-undo-push
            self.message.emit(f"Not saved: {problem}.")
            return
        if after is not None and after != before and self._sessions([session_id]) != [before]:
            # changed or deleted while the editor was open (an import completing it, say): saving would undo that
            self.message.emit(f"Not saved: {before.title} changed while it was open. Open it again to edit it.")
            return
        if after is not None and after != before:
            held = set(records.session_records(session_id)) if before.lift is not None else set()
            self._push(UpdateSession(before, after, self.hub.publish))
            if after.lift is not None:
                self._report_records(session_id, held)

    def _report_records(self, session_id: int, held: set[Record]) -> None:
        """Name the records an edit has just set (those the session did not hold before it)."""
        new = [r for r in records.session_records(session_id) if r not in held]
        if new:
            self.message.emit(records.announcement(new))

    def copy_to_clipboard(self, session_ids: list[int]) -> None:
        chosen = self._sessions(session_ids)
        if chosen:
            ids = [s.id for s in chosen if s.id is not None]
            QApplication.clipboard().setMimeData(sessions_mime(ids, [s.title for s in chosen]))
            self.message.emit(f"Copied {chosen[0].title if len(chosen) == 1 else f'{len(chosen)} sessions'}.")

    def paste(self, day: date) -> None:
        """Paste the copied cards at the end of ``day``; say so when some were deleted since they were copied."""
        ids = session_ids_from(QApplication.clipboard().mimeData())
        if not ids:
            return
        kept = self._sessions(ids)
        gone = len(set(ids)) - len(kept)
        if not kept:
            copied = "session was" if gone == 1 else "sessions were"
            self.message.emit(f"Nothing pasted: the copied {copied} deleted since (undo the delete, or copy again).")
            return
        pasted = self.copy([s.id for s in kept if s.id is not None], day, self._count_on(day))
        if pasted and gone:  # after the copy, whose own status line would cover it
            self.message.emit(
                f"Pasted {len(kept)}; {gone} of the copied sessions {'was' if gone == 1 else 'were'} deleted since."
            )

    @staticmethod
    def release_clipboard() -> None:
        """Before quitting: swap our session payload on the clipboard for plain text.

        Mime data made in Python and left on the clipboard is freed by Qt after Python has shut down,
        which crashes the exit; Qt-made text keeps what the user copied readable elsewhere.
        """
        clipboard = QApplication.clipboard()
        data = clipboard.mimeData()
        if data is not None and data.hasFormat(SESSIONS_MIME):
            clipboard.setText(data.text())

    def copy_week_to_next(self) -> None:
        plan = self.plan
        if plan is None or not plan.week.sessions:
            self.message.emit("This week has nothing to copy.")
            return
        target = plan.week.start + timedelta(days=7)
        if self._outside(target + timedelta(days=6)):
            return
        left_out = calendar.copy_left_out(plan.week.start, target, self.first_weekday)
        skipped = sorted({s.day + timedelta(days=7) for s in plan.week.sessions} & left_out)
        command = CopyWeek(plan.week.start, target, self.first_weekday, self.hub.publish)
        self._push(command)
        days = ", ".join(f"{day:%A}" for day in skipped)
        note = f"; {days} {'is' if len(skipped) == 1 else 'are'} marked unavailable, so left empty" if skipped else ""
        count = len(command.added)
        self.message.emit(f"Copied {count} session{'s' if count != 1 else ''} to the week of {target:%d %B}{note}.")

    def _count_on(self, day: date) -> int:
        return len(sessions.sessions_between(day, day))


def editor_dialog(parent: QWidget) -> EditSession:
    def run_editor(session: Session, exercises: list[Exercise]) -> Session | None:
        from planner.services import equipment, exercise_history, pace_settings, suggestions
        from planner.ui.calendar.session_editor import SessionEditor

        runner = profile.current()  # the units as they are now, not as they were when the page was built
        lifting = session.lift is not None
        steps = suggestions.progression_for(session) if lifting else {}
        dialog = SessionEditor(
            session,
            exercises,
            runner.distance_unit,
            runner.experience,
            parent,
            progression=steps,
            mass_unit=runner.mass_unit,
            last_time=exercise_history.last_time(session) if lifting else None,
            kit=equipment.bar_and_plates(runner.mass_unit),
            zones=pace_settings.zones() if session.run is not None else None,
            keep_problem=sessions.unkeepable,
        )
        return dialog.edited() if run_modal(dialog) else None

    return run_editor
