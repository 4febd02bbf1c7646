"""Hypothesis against every importer and the restore (issue 19): whatever a file holds, the import either
stores a plausible activity or skips the file with a reason, and a restore either stores only what the app
reads back or changes nothing. Nothing ever raises past the service.

A short run is part of every test run; ``pytest -m slow`` also runs the long one.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.config import Paths
from planner.services import example_week, full_backup, importing, profile, sessions
from planner.services.full_backup import BackupFormatError
from planner.services.workspace import open_workspace
from planner.store import models as m
from planner.store.row_rules import first_problem
from tests.helpers import MONDAY, db_fingerprint

TODAY = date(2026, 12, 6)
SHORT, LONG = 40, 1500

moments = st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30))
text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12)


@st.composite
def gpx_files(draw: st.DrawFn) -> bytes:
    start = draw(moments)
    points = []
    for _ in range(draw(st.integers(0, 12))):
        lat = draw(st.floats(-90, 90, allow_nan=False))
        lon = draw(st.floats(-180, 180, allow_nan=False))
        step = draw(st.integers(-(10**6), 10**6))
        when = draw(st.one_of(st.none(), st.just(start)))
        if when is not None:
            try:
                when = when + timedelta(seconds=step)
            except OverflowError:
                when = start
        time = f"<time>{when.isoformat()}Z</time>" if when else ""
        points.append(f'<trkpt lat="{lat}" lon="{lon}">{time}</trkpt>')
    sport = draw(st.sampled_from(["", "<type>running</type>", "<type>cycling</type>", "<type>swim</type>"]))
    nest = draw(st.integers(0, 80))
    return (
        f'<?xml version="1.0"?><gpx version="1.1">{"<x>" * nest}{"</x>" * nest}'
        f"<trk>{sport}<trkseg>{''.join(points)}</trkseg></trk></gpx>"
    ).encode()


@st.composite
def tcx_files(draw: st.DrawFn) -> bytes:
    start = draw(moments)
    seconds = draw(st.floats(-1e9, 1e9, allow_nan=False))
    metres = draw(st.floats(-1e9, 1e9, allow_nan=False))
    sport = draw(st.sampled_from(["Running", "Biking", "Other", ""]))
    return (
        '<?xml version="1.0"?><TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/'
        f'TrainingCenterDatabase/v2"><Activities><Activity Sport="{sport}"><Id>{start.isoformat()}Z</Id>'
        f'<Lap StartTime="{start.isoformat()}Z"><TotalTimeSeconds>{seconds}</TotalTimeSeconds>'
        f"<DistanceMeters>{metres}</DistanceMeters></Lap></Activity></Activities></TrainingCenterDatabase>"
    ).encode()


@st.composite
def strava_files(draw: st.DrawFn) -> bytes:
    rows = ["Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance"]
    for i in range(draw(st.integers(0, 5))):
        when = draw(moments)
        kind = draw(st.sampled_from(["Run", "Ride", "Swim", "Walk", "Yoga", ""]))
        elapsed = draw(st.one_of(st.integers(-(10**9), 10**9), text))
        distance = draw(st.one_of(st.floats(allow_nan=True), text))
        rows.append(f'{i},"{when:%b %d, %Y, %I:%M:%S %p}",x,{kind},{elapsed},{distance}')
    return ("\n".join(rows) + "\n").encode()


MEMBER_NAMES = ["activities/1.gpx", "activities/2.tcx.gz", "activities.csv", "../up.gpx", "/abs.tcx",
                "C:/x.gpx", "a\nb.gpx", "inner.zip", "photo.jpg", "x" * 1100 + ".gpx"]  # fmt: skip


@st.composite
def zip_files(draw: st.DrawFn) -> bytes:
    """An export archive (issue 24): members with hostile and ordinary names, fuzzed or random contents,
    stored or deflated, sometimes a zip inside, sometimes not a zip at all."""
    import gzip
    import io
    import warnings
    import zipfile

    if draw(st.booleans()) and draw(st.booleans()):
        return draw(st.binary(max_size=200))  # not a zip, or a damaged one
    buffer = io.BytesIO()
    method = draw(st.sampled_from([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED]))
    with warnings.catch_warnings(), zipfile.ZipFile(buffer, "w", method) as archive:
        warnings.simplefilter("ignore")  # a name twice is one more hostile case, not a mistake here
        for name in draw(st.lists(st.sampled_from(MEMBER_NAMES), max_size=5)):
            kind = ".csv" if name.endswith(".csv") else ".tcx" if ".tcx" in name else ".gpx"
            data = draw(st.one_of(FILES[kind], st.binary(max_size=100)))
            if name.endswith(".gz"):
                data = gzip.compress(data)
            if name.endswith(".zip"):
                inner = io.BytesIO()
                with zipfile.ZipFile(inner, "w") as nested:
                    nested.writestr("x.gpx", data)
                data = inner.getvalue()
            archive.writestr(name, data)
    return buffer.getvalue()


FILES = {".gpx": gpx_files(), ".tcx": tcx_files(), ".csv": strava_files()}
FILES[".zip"] = zip_files()


def _fuzz_imports(folder: Path, examples: int) -> None:
    workspace = open_workspace(Paths(folder / "data"))
    try:

        @settings(max_examples=examples, deadline=None, database=None,
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])  # fmt: skip
        @given(st.sampled_from(sorted(FILES)).flatmap(lambda suffix: st.tuples(st.just(suffix), FILES[suffix])))
        def one(sample: tuple[str, bytes]) -> None:
            suffix, data = sample
            path = folder / ("activities" + suffix if suffix == ".csv" else "fuzzed" + suffix)
            path.write_bytes(data)
            for result in importing.import_path(path, TODAY):  # an archive gives one result a member
                if result.skipped:
                    assert result.reason
                    assert "\n" not in result.reason
                    assert "\n" not in str(result.path)
            assert first_problem(m.database.connection()) is None
            for session in sessions.sessions_between(date(1990, 1, 1), TODAY + timedelta(days=1)):
                assert session.duration_s is None or session.duration_s > 0

        one()
    finally:
        workspace.close()


def test_fuzzed_activity_files_import_plausibly_or_skip_short(tmp_path: Path) -> None:
    _fuzz_imports(tmp_path, SHORT)


@pytest.mark.slow
@pytest.mark.timeout(3600)
def test_fuzzed_activity_files_import_plausibly_or_skip_long(tmp_path: Path, request: pytest.FixtureRequest) -> None:
    if "slow" not in (request.config.getoption("markexpr") or ""):
        pytest.skip("the long fuzzing run goes with: pytest -m slow")
    _fuzz_imports(tmp_path, LONG)


# --- restore ---------------------------------------------------------------------------------------------

values = st.one_of(
    st.none(), st.integers(-(2**63), 2**63 - 1), st.floats(allow_nan=False, allow_infinity=False), text,
    st.sampled_from(["0001-01-01", "9999-12-31", "2026-11-23", "[]", "{}", "[1]", "bogus", "user:../x.png",
                     "builtin:back-squat.svg", "run", "lift", "done", "kg", "A", "\ud800"]),
)  # fmt: skip


def _mutation(document: dict[str, Any]) -> st.SearchStrategy[Callable[[dict[str, Any]], None]]:
    tables = sorted(name for name, table in document["tables"].items() if table["rows"])

    @st.composite
    def change(draw: st.DrawFn) -> Callable[[dict[str, Any]], None]:
        table = draw(st.sampled_from(tables))
        rows = document["tables"][table]["rows"]
        row = draw(st.integers(0, len(rows) - 1))
        column = draw(st.integers(0, len(rows[0]) - 1))
        value = draw(values)

        def apply(target: dict[str, Any]) -> None:
            target["tables"][table]["rows"][row][column] = value

        return apply

    return change()


def _fuzz_restore(folder: Path, examples: int) -> None:
    source = open_workspace(Paths(folder / "source"))
    try:
        example_week.add_example_week(MONDAY, 0)
        text_backup = full_backup.backup_text(datetime(2026, 12, 6, tzinfo=UTC))
    finally:
        source.close()
    document = json.loads(text_backup)
    target = open_workspace(Paths(folder / "target"))
    try:

        @settings(max_examples=examples, deadline=None, database=None,
                  suppress_health_check=[HealthCheck.too_slow])  # fmt: skip
        @given(st.lists(_mutation(document), min_size=1, max_size=3))
        def one(changes: list[Callable[[dict[str, Any]], None]]) -> None:
            mutated = json.loads(text_backup)
            for change in changes:
                change(mutated)
            before = db_fingerprint()
            try:
                full_backup.restore(json.dumps(mutated).encode("utf-8", "surrogatepass"), folder / "b", replace=True)
            except BackupFormatError:
                assert db_fingerprint() == before
                return
            # restored: the app reads every bit of it back
            assert first_problem(m.database.connection()) is None
            profile.current()
            sessions.sessions_between(date(1900, 1, 1), date(2199, 12, 31))

        one()
    finally:
        target.close()


def test_fuzzed_backups_restore_readably_or_change_nothing_short(tmp_path: Path) -> None:
    _fuzz_restore(tmp_path, SHORT)


@pytest.mark.slow
@pytest.mark.timeout(3600)
def test_fuzzed_backups_restore_readably_or_change_nothing_long(tmp_path: Path, request: pytest.FixtureRequest) -> None:
    if "slow" not in (request.config.getoption("markexpr") or ""):
        pytest.skip("the long fuzzing run goes with: pytest -m slow")
    _fuzz_restore(tmp_path, LONG)
