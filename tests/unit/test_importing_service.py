"""Importing activities into the calendar: done sessions, completed plans, duplicates, bad files."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from defusedxml.ElementTree import parse as parse_xml
from peewee import SqliteDatabase

from planner.domain.enums import RunType, SessionKind, Source, Status
from planner.domain.session import RunDetails, Session
from planner.engine.run_type_guess import guess_run_type
from planner.services import importing, sessions
from tests.conftest import SHARED_DATA, TEST_DATA
from tests.helpers import db_fingerprint, run

needs_shared = pytest.mark.skipif(not SHARED_DATA.is_dir(), reason="../shared/data (sample device files) is absent")
RUN_FIT = SHARED_DATA / "fit" / "garmin-fenix-5-run.fit"
RUN_DAY = date(2017, 6, 11)  # the fenix 5 run's local day (its file carries the device's offset)
TCX = SHARED_DATA / "tcx" / "test.tcx"


def day_sessions(day: date) -> list:
    return sessions.sessions_between(day, day)


@needs_shared
def test_a_run_becomes_a_done_imported_run(db: SqliteDatabase) -> None:
    (result,) = importing.import_paths([RUN_FIT])
    assert result.summary == "imported"
    (saved,) = day_sessions(RUN_DAY)
    assert saved.kind is SessionKind.RUN
    assert saved.status is Status.DONE
    assert saved.source is Source.IMPORTED
    assert saved.run.distance_m == pytest.approx(157.56)
    assert saved.run.avg_hr == 90
    assert saved.run.elevation_m == 2
    assert saved.duration_s == 57
    assert saved.run.start_time == datetime(2017, 6, 11, 14, 34, 9)  # UTC
    assert saved.run.run_type is RunType.EASY


@needs_shared
@pytest.mark.parametrize(
    ("name", "sport"), [("garmin-fenix-5-bike.fit", "Cycling"), ("garmin-fenix-5-walk.fit", "Walking")]
)
def test_other_sports_become_cross_training(db: SqliteDatabase, name: str, sport: str) -> None:
    (result,) = importing.import_paths([SHARED_DATA / "fit" / name])
    assert result.summary == "imported"
    (saved,) = [s for s in sessions.sessions_between(date(2017, 6, 1), date(2017, 6, 30))]
    assert saved.kind is SessionKind.CROSS
    assert saved.run is None
    assert saved.notes.startswith(sport)
    assert saved.status is Status.DONE


@needs_shared
def test_the_same_file_twice_is_a_duplicate_and_changes_nothing(db: SqliteDatabase) -> None:
    importing.import_paths([RUN_FIT, SHARED_DATA / "fit" / "garmin-fenix-5-bike.fit"])
    before = db_fingerprint()
    again = importing.import_paths([RUN_FIT, SHARED_DATA / "fit" / "garmin-fenix-5-bike.fit"])
    assert [r.summary for r in again] == ["duplicate", "duplicate"]
    assert db_fingerprint() == before


def tcx_as_gpx(tcx: Path) -> bytes:
    """The TCX's own trackpoints written as GPX: the same recording in the other format."""
    points = []
    for element in parse_xml(tcx).getroot().iter():
        if element.tag.endswith("}Trackpoint"):
            values = {child.tag.rpartition("}")[2]: child for child in element}
            if "Position" not in values:
                continue
            position = {c.tag.rpartition("}")[2]: c.text for c in values["Position"]}
            points.append(
                f'<trkpt lat="{position["LatitudeDegrees"]}" lon="{position["LongitudeDegrees"]}">'
                f"<ele>{values['AltitudeMeters'].text}</ele><time>{escape(values['Time'].text)}</time></trkpt>"
            )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><gpx version="1.1" creator="test" '
        f'xmlns="http://www.topografix.com/GPX/1/1"><trk><trkseg>{"".join(points)}</trkseg></trk></gpx>'
    ).encode()


@needs_shared
def test_the_same_activity_from_another_format_is_a_duplicate(db: SqliteDatabase, tmp_path: Path) -> None:
    gpx = tmp_path / "same-run.gpx"
    gpx.write_bytes(tcx_as_gpx(TCX))
    first, second = importing.import_paths([TCX, gpx])
    assert first.summary == "imported"
    assert second.summary == "duplicate"
    assert len(sessions.sessions_between(date(2012, 12, 1), date(2012, 12, 31))) == 1


@needs_shared
def test_strava_row_of_a_fit_run_is_a_duplicate(db: SqliteDatabase) -> None:
    importing.import_paths([RUN_FIT])
    (result,) = importing.import_paths([TEST_DATA / "strava_activities.csv"])
    assert result.summary == "imported 3, duplicate 1"


def test_strava_csv_imports_runs_and_cross_training(db: SqliteDatabase) -> None:
    (result,) = importing.import_paths([TEST_DATA / "strava_activities.csv"])
    assert result.summary == "imported 4"
    saved = sessions.sessions_between(date(2017, 6, 1), date(2017, 6, 30))
    assert [s.kind for s in saved] == [SessionKind.RUN, SessionKind.CROSS, SessionKind.CROSS, SessionKind.RUN]
    assert saved[-1].run.run_type is RunType.LONG  # 21.1 km, longer than anything before it
    assert saved[-1].run.distance_m == pytest.approx(21_100)
    again = importing.import_paths([TEST_DATA / "strava_activities.csv"])
    assert again[0].summary == "duplicate 4"


@needs_shared
@pytest.mark.parametrize(("planned_km", "completes"), [(None, True), (0.18, True), (0.25, False)])
def test_a_run_completes_the_matching_planned_run(
    db: SqliteDatabase, planned_km: float | None, completes: bool
) -> None:
    draft = run(RUN_DAY, RunType.TEMPO, km=planned_km or 0.0, notes="with the club")
    if planned_km is None:
        draft = replace(draft, run=RunDetails(RunType.TEMPO))
    planned = sessions.create(draft)
    (result,) = importing.import_paths([RUN_FIT])
    todays = day_sessions(RUN_DAY)
    if completes:
        assert result.summary == "completed planned run"
        (done,) = todays
        assert done.id == planned.id
        assert done.status is Status.DONE
        assert done.run.run_type is RunType.TEMPO  # the plan knew what the run was for
        assert done.run.distance_m == pytest.approx(157.56)
        assert done.notes.startswith("with the club\nImported from")
    else:  # 0.25 km planned, 0.158 km run: more than 25 % short, so a second card
        assert result.summary == "imported"
        assert [s.status for s in todays] == [Status.PLANNED, Status.DONE]


@needs_shared
def test_a_batch_imports_the_good_files_and_skips_the_bad(db: SqliteDatabase, tmp_path: Path) -> None:
    empty = tmp_path / "empty.tcx"
    empty.write_bytes(b"")
    results = importing.import_paths([SHARED_DATA / "fit" / "bad-activity-unexpected-eof.fit", RUN_FIT, empty, TCX])
    assert [r.skipped for r in results] == [True, False, True, False]
    assert results[0].summary.startswith("skipped: bad-activity-unexpected-eof.fit is cut short")
    assert len(sessions.sessions_between(date(2012, 1, 1), date(2017, 12, 31))) == 2


@needs_shared
def test_a_bad_file_changes_nothing(db: SqliteDatabase) -> None:
    before = db_fingerprint()
    (result,) = importing.import_paths([SHARED_DATA / "fit" / "bad-activity-settings-corruptheader.fit"])
    assert result.skipped
    assert db_fingerprint() == before


@needs_shared
def test_revert_and_reapply_restore_the_database_exactly(db: SqliteDatabase) -> None:
    sessions.create(run(RUN_DAY, km=0.16))
    before = db_fingerprint()
    results = importing.import_paths([RUN_FIT, SHARED_DATA / "fit" / "garmin-fenix-5-walk.fit", TCX])
    after = db_fingerprint()
    deleted = importing.revert(results)
    assert db_fingerprint() == before
    importing.reapply(results, deleted)
    assert db_fingerprint() == after


def test_run_type_guess() -> None:
    assert guess_run_type(9_000, []) is RunType.EASY  # too short to be long, whatever the history
    assert guess_run_type(16_000, []) is RunType.LONG
    assert guess_run_type(16_000, [30_000, 12_000]) is RunType.EASY
    assert guess_run_type(26_000, [30_000, None]) is RunType.LONG
    assert guess_run_type(None, [30_000]) is RunType.EASY


@needs_shared
def test_a_richer_second_copy_merges_its_heart_rate_in_and_undo_takes_it_out(db: SqliteDatabase) -> None:
    # python-tcxparser's no_hr.tcx is test.tcx's run without heart rate (average 156 in test.tcx)
    (first,) = importing.import_paths([SHARED_DATA / "tcx" / "no_hr.tcx"])
    assert first.summary == "imported"
    (kept,) = sessions.sessions_between(date(2012, 1, 1), date(2013, 12, 31))
    sessions.update(replace(kept, notes="my own note", run=replace(kept.run, run_type=RunType.TEMPO)))
    (second,) = importing.import_paths([TCX])
    assert second.summary == "duplicate, its heart rate merged into the copy already in"
    assert second.changed
    (merged,) = sessions.sessions_between(date(2012, 1, 1), date(2013, 12, 31))
    assert merged.id == kept.id
    assert merged.run.avg_hr == pytest.approx(156, abs=1)
    assert (merged.notes, merged.run.run_type) == ("my own note", RunType.TEMPO)  # the rest stays the user's
    deleted = importing.revert([second])
    assert deleted == []
    assert sessions.get(kept.id).run.avg_hr is None
    importing.reapply([second], deleted)
    assert sessions.get(kept.id).run.avg_hr == pytest.approx(156, abs=1)


@needs_shared
def test_a_poorer_second_copy_is_a_plain_duplicate_and_the_richer_stays(db: SqliteDatabase) -> None:
    importing.import_paths([TCX])
    (second,) = importing.import_paths([SHARED_DATA / "tcx" / "no_hr.tcx"])
    assert second.summary == "duplicate"
    assert not second.changed
    (kept,) = sessions.sessions_between(date(2012, 1, 1), date(2013, 12, 31))
    assert kept.run.avg_hr == pytest.approx(156, abs=1)


def test_only_runs_done_in_the_weeks_before_tell_a_long_run(db: SqliteDatabase) -> None:
    """What the importer reads of the history: the distances of runs done in the window, in one query (it
    built every session of six weeks for each activity: 9 s for 2,000 runs logged close together)."""
    from planner.store.session_rows import done_run_distances_between

    day = date(2024, 5, 20)
    sessions.create(run(day - timedelta(days=3), km=10, status=Status.DONE))
    sessions.create(run(day - timedelta(days=5), km=30))  # planned only
    sessions.create(run(day - timedelta(days=6), km=40, status=Status.SKIPPED))
    sessions.create(run(day - timedelta(days=60), km=50, status=Status.DONE))  # before the window
    sessions.create(Session(day=day - timedelta(days=2), kind=SessionKind.CROSS, status=Status.DONE))
    assert done_run_distances_between(day - timedelta(days=42), day) == [10_000]


def test_a_file_of_many_activities_is_hashed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each activity of a TCX file hashed the whole file again: 5,000 activities of a 3.7 MB file took 2.6 s."""
    from planner.io import activity as activity_module
    from planner.io.activity_files import parse_activity_bytes

    hashed: list[int] = []
    real = activity_module.hashlib.sha256

    def counting(data: bytes) -> object:
        hashed.append(len(data))
        return real(data)

    monkeypatch.setattr(activity_module.hashlib, "sha256", counting)
    laps = "".join(
        f'<Activity Sport="Running"><Id>2024-05-0{i}T06:00:00Z</Id><Lap StartTime="2024-05-0{i}T06:00:00Z">'
        "<TotalTimeSeconds>1800</TotalTimeSeconds><DistanceMeters>5000</DistanceMeters></Lap></Activity>"
        for i in range(1, 6)
    )
    data = (
        '<?xml version="1.0"?><TrainingCenterDatabase '
        'xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2"><Activities>'
        + laps
        + "</Activities></TrainingCenterDatabase>"
    ).encode()
    found = parse_activity_bytes(data, "five.tcx", ".tcx")
    assert len(found) == 5
    assert hashed == [len(data)]
    digest = real(data).hexdigest()
    assert [a.fingerprint for a in found] == [digest, *(f"{digest}:{i}" for i in range(1, 5))]  # as before
