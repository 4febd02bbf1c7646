"""Importing recorded activities: each file in its own transaction, with a per-file outcome.

A run becomes a done run session on its local start day, or completes the planned run it matches; other
sports become done cross-training with the sport in the notes. An activity already in the database (the
same file again, or the same activity from another format: a start within START_TOLERANCE and a
similar distance) is a duplicate and changes nothing, unless it brings heart rate, elevation or laps the
run already in lacks: those are merged into that run (MERGED), so the richer copy wins whichever came first.
``run_detail.start_time`` holds the start in UTC (naive), so the same run from a FIT file (device offset)
and a GPX file (UTC) compares equal. A file that cannot be read changes nothing either.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum
from functools import partial
from pathlib import Path

from planner.domain.enums import SessionKind, Source, Status, TimeOfDay
from planner.domain.session import RunDetails, Session
from planner.engine.run_type_guess import HISTORY_DAYS, guess_run_type
from planner.io.activity import Activity, ImportFileError, implausible
from planner.io.activity_files import (
    activity_files_in,
    is_archive_activity_name,
    read_activity_bytes,
    read_activity_file,
)
from planner.io.archive import archive_members, is_archive_name
from planner.services import sessions
from planner.store import import_rows
from planner.store import session_rows as rows
from planner.store.transaction import transaction

START_TOLERANCE = timedelta(minutes=2)  # devices and apps round or shift a start by seconds, not minutes
SAME_DISTANCE = 0.05  # the same activity measured by two apps differs by a few per cent at most
PLANNED_DISTANCE = 0.25  # a run within a quarter of the planned distance is that planned run


class Outcome(StrEnum):
    IMPORTED = "imported"
    COMPLETED = "completed planned"
    MERGED = "duplicate merged"  # a second copy that brought what the first lacked (heart rate, elevation)
    DUPLICATE = "duplicate"
    SKIPPED = "skipped"


CHANGING = (Outcome.IMPORTED, Outcome.COMPLETED, Outcome.MERGED)  # the outcomes an undo takes back


@dataclass(frozen=True, slots=True)
class ActivityOutcome:
    """What became of one activity; ``before``/``after`` are the session around the change (for undo)."""

    outcome: Outcome
    activity: Activity
    after: Session | None = None
    before: Session | None = None
    reason: str | None = None  # why a SKIPPED activity could not have happened as recorded
    merged: tuple[str, ...] = ()  # what a MERGED duplicate brought: "heart rate", "elevation", "laps"


@dataclass(frozen=True, slots=True)
class FileOutcome:
    path: Path
    activities: tuple[ActivityOutcome, ...] = ()
    reason: str | None = None
    unread: tuple[str, ...] = ()  # rows of the file that could not be read, each with its line and reason

    @property
    def skipped(self) -> bool:
        return self.reason is not None

    @property
    def any_skipped(self) -> bool:
        """The whole file, or some of its activities or rows (a Strava CSV with an impossible or unreadable row)."""
        return self.skipped or bool(self.unread) or any(a.outcome is Outcome.SKIPPED for a in self.activities)

    @property
    def part_reasons(self) -> tuple[str, ...]:
        """Why each row or activity of the file was left out, beyond a skipped file's own reason (each names
        its file): unreadable rows, then activities that cannot have happened."""
        return self.unread + tuple(a.reason for a in self.activities if a.reason is not None)

    @property
    def changed(self) -> bool:
        return any(a.outcome in CHANGING for a in self.activities)

    @property
    def summary(self) -> str:
        """ "imported", "completed planned run", "duplicate", "skipped: <reason>"; counts for several."""
        if self.reason is not None:
            return f"skipped: {self.reason}"
        counts = {o: sum(1 for a in self.activities if a.outcome is o) for o in Outcome}
        counts[Outcome.SKIPPED] += len(self.unread)
        if len(self.activities) == 1 and not self.unread:
            only = self.activities[0]
            if only.outcome is Outcome.MERGED:
                return f"duplicate, its {merged_words(only.merged)} merged into the copy already in"
            return "completed planned run" if only.outcome is Outcome.COMPLETED else only.outcome.value
        return ", ".join(f"{o.value} {n}" for o, n in counts.items() if n)


MERGEABLE = ("heart rate", "elevation", "laps")


def merged_words(merged: Iterable[str]) -> str:
    """ "heart rate", "heart rate and laps", "heart rate, elevation and laps": in a fixed order."""
    words = [w for w in MERGEABLE if w in set(merged)]
    return " and ".join(words) if len(words) < 3 else f"{', '.join(words[:-1])} and {words[-1]}"


def import_paths(paths: Iterable[Path], today: date | None = None) -> list[FileOutcome]:
    """Every file in order (folders searched, archives opened); a bad file is skipped, the rest imported."""
    return [result for path in activity_files_in(paths) for result in import_path(path, today)]


def import_path(path: Path, today: date | None = None) -> Iterator[FileOutcome]:
    """One outcome for a file; one for each activity file in an export archive (``.zip``), as it is
    imported, each in its own transaction. Stop iterating to stop the import: what finished stays."""
    if not is_archive_name(path):
        yield import_file(path, today)
        return
    for member in archive_members(path, is_archive_activity_name):
        shown = Path(member.name)
        if member.data is None:
            yield FileOutcome(shown, reason=member.reason or "not read")
            continue
        yield _import_read(shown, member.file_name, partial(read_activity_bytes, member.data, member.file_name), today)


def import_file(path: Path, today: date | None = None) -> FileOutcome:
    """One file in one transaction."""
    return _import_read(path, path.name, lambda: read_activity_file(path), today)


def _import_read(path: Path, name: str, read: Callable[[], list[Activity]], today: date | None) -> FileOutcome:
    """Anything that goes wrong reading (a hostile file can trip any parser path) skips this file with the
    reason, so the rest of a batch still goes in; activities that cannot have happened as recorded
    (DESIGN §5) are skipped one by one."""
    try:
        activities = read()
    except ImportFileError as exc:
        return FileOutcome(path, reason=str(exc))
    except Exception as exc:  # RecursionError and MemoryError included
        return FileOutcome(path, reason=f"{name} could not be read ({type(exc).__name__})")
    today = today or date.today()
    problems = {id(a): implausible(a, today) for a in activities}
    unread = getattr(activities, "unread", ())
    if activities and all(problems.values()):
        return FileOutcome(path, reason=problems[id(activities[0])], unread=unread)
    with transaction():
        done = tuple(
            _import_one(a) if problems[id(a)] is None else ActivityOutcome(Outcome.SKIPPED, a, reason=problems[id(a)])
            for a in sorted(activities, key=lambda a: a.start)
        )
    return FileOutcome(path, done, unread=unread)


def revert(outcomes: Iterable[FileOutcome]) -> list[Session]:
    """Undo an import in one transaction: added sessions deleted, completed plans back as planned."""
    gone: list[Session] = []
    with transaction():
        for result in reversed([a for f in outcomes for a in f.activities]):
            if result.outcome is Outcome.IMPORTED and result.after is not None and result.after.id is not None:
                gone.append(sessions.delete(result.after.id))
                _unmark(result)
            elif result.outcome in (Outcome.COMPLETED, Outcome.MERGED) and result.before is not None:
                sessions.update(result.before, checked=False)  # the plan as it was stored
    return gone


def reapply(outcomes: Iterable[FileOutcome], deleted: list[Session]) -> None:
    """Redo an import reverted by revert(): the very same rows come back."""
    by_id = {s.id: s for s in deleted}
    with transaction():
        for result in (a for f in outcomes for a in f.activities):
            if result.after is None or result.after.id is None:
                continue
            if result.outcome is Outcome.IMPORTED and result.after.id in by_id:
                sessions.restore(by_id[result.after.id])
                _mark(result.activity, result.after)
            elif result.outcome in (Outcome.COMPLETED, Outcome.MERGED):
                sessions.update(result.after)


def _import_one(activity: Activity) -> ActivityOutcome:
    existing = _existing_copy(activity)
    if existing is not None:
        return _merge_richer(activity, existing)
    if not activity.is_run:
        created = sessions.create(_cross_session(activity))
        _mark(activity, created)
        return ActivityOutcome(Outcome.IMPORTED, activity, after=created)
    planned = _matching_planned_run(activity)
    if planned is not None:
        return ActivityOutcome(Outcome.COMPLETED, activity, after=sessions.update(_completed(planned, activity)),
                               before=planned)  # fmt: skip
    return ActivityOutcome(Outcome.IMPORTED, activity, after=sessions.create(_run_session(activity)))


def _existing_copy(activity: Activity) -> int | None:
    """The id of the session already holding this activity (same file, or the same start and distance)."""
    found = import_rows.run_with_fingerprint(activity.fingerprint)
    if found is None:
        found = import_rows.marked_with_fingerprint(activity.fingerprint)
    if found is not None:
        return found
    near = import_rows.runs_started_near(activity.start_utc, START_TOLERANCE)
    near += import_rows.marked_near(activity.start_utc, START_TOLERANCE)
    return next((sid for sid, distance in near if _similar(activity.distance_m, distance, SAME_DISTANCE)), None)


def _merge_richer(activity: Activity, session_id: int) -> ActivityOutcome:
    """A duplicate; when it has heart rate, elevation or laps the copy already in lacks, those are merged in
    (the rest of the session, its type, notes and numbers, stays as it is): the richer copy wins."""
    before = sessions.get(session_id)
    if before.run is None:
        return ActivityOutcome(Outcome.DUPLICATE, activity)  # cross-training keeps no heart rate or elevation
    merged, run = [], before.run
    if run.avg_hr is None and activity.avg_hr is not None:
        merged.append("heart rate")
        run = replace(run, avg_hr=activity.avg_hr)
    if run.elevation_m is None and activity.elevation_gain_m is not None:
        merged.append("elevation")
        run = replace(run, elevation_m=activity.elevation_gain_m)
    if not run.laps and activity.laps:
        merged.append("laps")
        run = replace(run, laps=activity.laps)
    if not merged:
        return ActivityOutcome(Outcome.DUPLICATE, activity)
    after = sessions.update(replace(before, run=run))
    return ActivityOutcome(Outcome.MERGED, activity, after=after, before=before, merged=tuple(merged))


def _similar(a: float | None, b: float | None, share: float) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= share * max(a, b, 1.0)


def _matching_planned_run(activity: Activity) -> Session | None:
    """The planned run that day this run fulfils: the closest within PLANNED_DISTANCE, else one with no distance."""
    planned = [
        (s, s.run.distance_m)
        for s in rows.sessions_between(activity.day, activity.day, with_sets=False)
        if s.kind is SessionKind.RUN and s.status is Status.PLANNED and s.run is not None
    ]
    if activity.distance_m is not None:
        done = activity.distance_m
        close = [(abs(d - done), s) for s, d in planned if d and abs(d - done) <= PLANNED_DISTANCE * d]
        if close:
            return min(close, key=lambda pair: pair[0])[1]
    return next((s for s, d in planned if not d), None)


def _details(activity: Activity, base: RunDetails) -> RunDetails:
    return replace(
        base,
        distance_m=activity.distance_m,
        avg_hr=activity.avg_hr,
        elevation_m=activity.elevation_gain_m,
        file_hash=activity.fingerprint,
        start_time=activity.start_utc,
        laps=activity.laps,
    )


def _completed(planned: Session, activity: Activity) -> Session:
    """The planned run, done, with the real numbers; its type and notes stay the user's."""
    assert planned.run is not None
    note = f"Imported from {activity.source_name}"
    return replace(
        planned,
        status=Status.DONE,
        duration_s=_seconds(activity),
        time_of_day=planned.time_of_day or _time_of_day(activity),
        notes=f"{planned.notes}\n{note}" if planned.notes else note,
        # what was planned stays beside what was done (planned against done, in the editor)
        run=_details(activity, replace(planned.run, planned_distance_m=planned.run.distance_m,
                                       planned_duration_s=planned.duration_s)),
    )  # fmt: skip


def _run_session(activity: Activity) -> Session:
    recent = rows.done_run_distances_between(activity.day - timedelta(days=HISTORY_DAYS), activity.day)
    run_type = guess_run_type(activity.distance_m, recent)
    return Session(
        day=activity.day,
        kind=SessionKind.RUN,
        status=Status.DONE,
        time_of_day=_time_of_day(activity),
        duration_s=_seconds(activity),
        notes=f"Imported from {activity.source_name}",
        source=Source.IMPORTED,
        run=_details(activity, RunDetails(run_type=run_type)),
    )


def _cross_session(activity: Activity) -> Session:
    parts = [activity.sport_label]
    if activity.distance_m:
        parts.append(f"{activity.distance_m / 1000:.1f} km")
    parts.append(f"imported from {activity.source_name}")
    return Session(
        day=activity.day,
        kind=SessionKind.CROSS,
        status=Status.DONE,
        time_of_day=_time_of_day(activity),
        duration_s=_seconds(activity),
        notes=" · ".join(parts),
        source=Source.IMPORTED,
    )


def _mark(activity: Activity, session: Session) -> None:
    if session.kind is SessionKind.CROSS and session.id is not None:
        import_rows.add_mark(activity.start_utc, activity.fingerprint, session.id, activity.distance_m)


def _unmark(result: ActivityOutcome) -> None:
    if result.after is not None and result.after.kind is SessionKind.CROSS:
        import_rows.remove_mark(result.activity.start_utc, result.activity.fingerprint)


def _seconds(activity: Activity) -> int | None:
    return round(activity.duration_s) if activity.duration_s is not None else None


def _time_of_day(activity: Activity) -> TimeOfDay:
    return TimeOfDay.AM if activity.start.hour < 12 else TimeOfDay.PM
