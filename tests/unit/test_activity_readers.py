"""The activity-file readers on real device files (../shared/data), hostile XML and broken input."""

from __future__ import annotations

import csv
import gzip
import itertools
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from planner.io.activity import MAX_FILE_BYTES, ImportFileError
from planner.io.activity_files import activity_files_in, parse_activity_bytes, read_activity_file
from tests.conftest import SHARED_DATA, TEST_DATA

needs_shared = pytest.mark.skipif(not SHARED_DATA.is_dir(), reason="../shared/data (sample device files) is absent")
FIT = SHARED_DATA / "fit"
GPX = SHARED_DATA / "gpx"
TCX = SHARED_DATA / "tcx"


def only(path: Path):
    found = read_activity_file(path)
    assert len(found) == 1
    return found[0]


@needs_shared
def test_fit_run_matches_its_record_values() -> None:
    activity = only(FIT / "garmin-fenix-5-run.fit")
    with (FIT / "garmin-fenix-5-run-records.csv").open() as handle:
        records = list(csv.DictReader(handle))
    times = [datetime.strptime(r["timestamp"].replace(" PDT", ""), "%a %b %d %H:%M:%S %Y") for r in records]
    spans = [(b - a).total_seconds() for a, b in itertools.pairwise(times)]
    # the watch records when something changes (smart recording), so its average is time-weighted
    weighted_hr = sum(s * int(r["heart_rate"]) for s, r in zip(spans, records, strict=False)) / sum(spans)
    assert activity.is_run
    assert activity.distance_m == pytest.approx(float(records[-1]["distance"]), abs=0.01)
    assert activity.avg_hr == pytest.approx(weighted_hr, abs=2)
    assert activity.duration_s == pytest.approx(56.887)
    # the records are stamped in PDT; the file's local_timestamp gives the same wall-clock start
    assert activity.start == datetime(2017, 6, 11, 7, 34, 9)
    assert activity.start_utc == datetime(2017, 6, 11, 14, 34, 9)


@needs_shared
def test_fit_local_time_uses_the_device_offset() -> None:
    activity = only(FIT / "activity-small-fenix2-run.fit")
    assert activity.start_utc == datetime(2015, 8, 15, 14, 45, 8)
    assert activity.start - activity.start_utc == timedelta(hours=2)
    assert activity.distance_m == pytest.approx(9008.22)
    assert activity.elevation_gain_m == 64


@needs_shared
@pytest.mark.parametrize(
    ("name", "sport"), [("garmin-fenix-5-bike.fit", "cycling"), ("garmin-fenix-5-walk.fit", "walking")]
)
def test_fit_other_sports_are_not_runs(name: str, sport: str) -> None:
    activity = only(FIT / name)
    assert activity.sport == sport
    assert not activity.is_run


@needs_shared
@pytest.mark.parametrize(
    ("name", "words"),
    [("bad-activity-unexpected-eof.fit", "cut short"), ("bad-activity-settings-corruptheader.fit", "not a readable")],
)
def test_bad_fit_files_are_refused(name: str, words: str) -> None:
    with pytest.raises(ImportFileError, match=words):
        read_activity_file(FIT / name)


@needs_shared
def test_tcx_run_matches_the_published_totals() -> None:
    activity = only(TCX / "test.tcx")
    assert activity.is_run
    assert activity.distance_m == pytest.approx(4686.3, abs=0.1)
    assert activity.duration_s == pytest.approx(1992.78)
    assert activity.avg_hr == pytest.approx(156, abs=1)
    assert activity.start_utc == datetime(2012, 12, 26, 21, 29, 53)


@needs_shared
def test_tcx_without_heart_rate() -> None:
    activity = only(TCX / "no_hr.tcx")
    assert activity.avg_hr is None
    assert activity.distance_m == pytest.approx(4686.3, abs=0.1)


@needs_shared
def test_gpx_track_with_times() -> None:
    activity = only(GPX / "korita-zbevnica.gpx")
    assert activity.is_run  # no <type>: a runners' app takes it as a run
    assert 14_000 < activity.distance_m < 16_000
    assert activity.duration_s == pytest.approx(13381)
    assert activity.elevation_gain_m is not None
    assert activity.elevation_gain_m > 0


@needs_shared
def test_gpx_without_times_is_refused_with_the_reason() -> None:
    with pytest.raises(ImportFileError, match="timestamps on only 5 of its 296"):
        read_activity_file(GPX / "cerknicko-without-times.gpx")


@needs_shared
def test_gpx_without_a_track_is_refused() -> None:
    with pytest.raises(ImportFileError, match="no recorded track"):
        read_activity_file(GPX / "unicode_with_bom.gpx")


def gpx_with(points: str, extra_ns: str = "") -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<gpx version="1.1" creator="t" xmlns="http://www.topografix.com/GPX/1/1"{extra_ns}>'
        f"<trk><type>cycling</type><trkseg>{points}</trkseg></trk></gpx>"
    ).encode()


def test_gpx_heart_rate_extension_and_sport() -> None:
    ns = ' xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1"'
    points = "".join(
        f'<trkpt lat="45.0" lon="{14 + i / 1000}"><time>2024-05-01T06:00:{i:02d}Z</time>'
        f"<extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>{120 + i}</gpxtpx:hr>"
        "</gpxtpx:TrackPointExtension></extensions></trkpt>"
        for i in range(3)
    )
    (activity,) = parse_activity_bytes(gpx_with(points, ns), "hr.gpx", ".gpx")
    assert activity.avg_hr == 121
    assert activity.sport == "cycling"
    assert activity.duration_s == 2


@pytest.mark.parametrize(
    ("readings", "average"),
    [(["160", "0", "160", "0"], 160), (["0", "300", "1e400", "nan"], None), (["140", "-5", "150", "251"], 145)],
    ids=["strap drop-outs", "nothing plausible", "glitches"],
)
def test_gpx_heart_rate_leaves_out_impossible_readings(readings: list[str], average: int | None) -> None:
    """Averaged in, drop-outs (0) and glitches (300) made plausible averages of impossible readings: 0 and 160
    gave 80, and 0 and 300 gave 150 (README: 20-250 bpm). 1e400 refused the whole file as an OverflowError."""
    ns = ' xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1"'
    points = "".join(
        f'<trkpt lat="45.0" lon="{14 + i / 1000}"><time>2024-05-01T06:00:{i:02d}Z</time>'
        f"<extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>{hr}</gpxtpx:hr>"
        "</gpxtpx:TrackPointExtension></extensions></trkpt>"
        for i, hr in enumerate(readings)
    )
    (activity,) = parse_activity_bytes(gpx_with(points, ns), "hr.gpx", ".gpx")
    assert activity.avg_hr == average


TCX_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?><TrainingCenterDatabase '
    'xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2"><Activities><Activity Sport="Running">'
    "<Id>2024-05-05T08:00:00Z</Id>"
)


def tcx_lap(seconds: str, hr: str, points: str = "") -> str:
    return (
        f'<Lap StartTime="2024-05-05T08:00:00Z"><TotalTimeSeconds>{seconds}</TotalTimeSeconds>'
        f"<DistanceMeters>5000</DistanceMeters><AverageHeartRateBpm><Value>{hr}</Value></AverageHeartRateBpm>"
        f"<Track>{points}</Track></Lap>"
    )


def test_tcx_trackpoint_heart_rates_outside_20_to_250_are_left_out() -> None:
    points = "".join(
        f"<Trackpoint><Time>2024-05-05T08:00:{i:02d}Z</Time><HeartRateBpm><Value>{hr}</Value></HeartRateBpm>"
        "</Trackpoint>"
        for i, hr in enumerate((0, 300, 150, 0, 154))
    )
    data = (TCX_HEAD + tcx_lap("600", "999", points) + "</Activity></Activities></TrainingCenterDatabase>").encode()
    (activity,) = parse_activity_bytes(data, "points.tcx", ".tcx")
    assert activity.avg_hr == 152


def test_tcx_laps_with_a_negative_time_count_for_neither_time_nor_heart_rate() -> None:
    """Laps of +3600 s and -3000 s were a 10-minute run at the two laps' weighted heart rate (here 100); laps
    that cancelled to 0 s refused the file with a bare ZeroDivisionError."""
    laps = tcx_lap("3600", "150") + tcx_lap("-3000", "160")
    (activity,) = parse_activity_bytes(
        (TCX_HEAD + laps + "</Activity></Activities></TrainingCenterDatabase>").encode(), "laps.tcx", ".tcx"
    )
    assert activity.duration_s == 3600
    assert activity.avg_hr == 150


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<gpx><trk><name>&lol3;</name></trk></gpx>"""


def external_entity(target: Path) -> bytes:
    return (
        f'<?xml version="1.0"?><!DOCTYPE gpx [<!ENTITY xxe SYSTEM "file://{target}">]>'
        '<TrainingCenterDatabase><Activities><Activity Sport="Running"><Id>&xxe;</Id>'
        "</Activity></Activities></TrainingCenterDatabase>"
    ).encode()


@pytest.mark.parametrize("suffix", [".gpx", ".tcx"])
def test_entity_expansion_is_refused(suffix: str) -> None:
    with pytest.raises(ImportFileError, match="declares a DTD"):
        parse_activity_bytes(BILLION_LAUGHS, f"lol{suffix}", suffix)


def test_external_entity_is_refused_unread(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("2024-01-01T00:00:00Z")
    with pytest.raises(ImportFileError, match="refused unread"):
        parse_activity_bytes(external_entity(secret), "xxe.tcx", ".tcx")


def test_malformed_xml() -> None:
    with pytest.raises(ImportFileError, match="not well-formed"):
        parse_activity_bytes(b"<gpx><trk></gpx>", "broken.gpx", ".gpx")


def test_strava_csv_rows() -> None:
    run, ride, swim, long_run = read_activity_file(TEST_DATA / "strava_activities.csv")
    assert run.is_run
    assert run.distance_m == pytest.approx(157.6)
    assert run.avg_hr == 90
    assert run.start_utc == datetime(2017, 6, 11, 14, 34, 9)
    assert ride.sport == "cycling"
    assert ride.distance_m == pytest.approx(45301.2)
    assert ride.duration_s == 5200
    # Strava's first Distance column is metres for swims: the metre column avoids the trap
    assert swim.sport == "swimming"
    assert swim.distance_m == pytest.approx(1500)
    assert swim.avg_hr is None
    # no metre value: the first column is kilometres for runs; no moving time: the elapsed time
    assert long_run.distance_m == pytest.approx(21_100)
    assert long_run.duration_s == 7320
    assert long_run.elevation_gain_m == 180
    assert len({a.fingerprint for a in (run, ride, swim, long_run)}) == 4


def test_strava_csv_with_no_readable_row_is_refused_with_the_first_reason(tmp_path: Path) -> None:
    path = tmp_path / "activities.csv"
    path.write_text("Activity ID,Activity Date,Activity Type\n1,yesterday,Run\n2,today,Run\n")
    with pytest.raises(ImportFileError, match="line 2: cannot read the date 'yesterday'"):
        read_activity_file(path)


def test_a_row_is_named_by_the_file_line_it_starts_on(tmp_path: Path) -> None:
    """Strava's descriptions keep their line breaks inside quotes: the bad row below starts on line 5."""
    path = tmp_path / "activities.csv"
    path.write_text(
        "Activity ID,Activity Date,Activity Type,Activity Description\n"
        '1,"Mar 2, 2019, 2:42:04 PM",Run,"hills\nthen flat\nthen home"\n'
        "2,someday,Run,\n"
    )
    found = read_activity_file(path)
    assert found.unread == ("activities.csv, line 5: cannot read the date 'someday'",)


def test_a_reason_quotes_a_long_cell_cut_short(tmp_path: Path) -> None:
    path = tmp_path / "activities.csv"
    path.write_text(
        f'Activity ID,Activity Date,Activity Type\n1,"Mar 2, 2019, 2:42:04 PM",Run\n2,{"9" * 100_000},Run\n'
    )
    (reason,) = read_activity_file(path).unread
    assert len(reason) < 120
    assert reason.endswith("…'")


def test_strava_csv_rows_that_cannot_be_read_are_left_out_by_line(tmp_path: Path) -> None:
    """One bad date, one line cut short: the other rows are still the file's activities."""
    path = tmp_path / "activities.csv"
    path.write_text(
        "Activity ID,Activity Date,Activity Type\n"
        '1,"Mar 2, 2019, 2:42:04 PM",Run\n'
        "2,yesterday,Run\n"
        '3,"Mar 4, 2019, 7:00:00 AM",Ride\n'
        "4,Mar 5\n"
    )
    found = read_activity_file(path)
    assert [a.start_utc for a in found] == [datetime(2019, 3, 2, 14, 42, 4), datetime(2019, 3, 4, 7, 0)]
    assert found.unread == (
        "activities.csv, line 3: cannot read the date 'yesterday'",
        "activities.csv, line 5: 2 fields where the header has 3",
    )


def test_other_csv_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "expenses.csv"
    path.write_text("date,amount\n2024-01-01,12\n")
    with pytest.raises(ImportFileError, match=r"not Strava's activities\.csv"):
        read_activity_file(path)


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "run.fit"
    path.write_bytes(b"")
    with pytest.raises(ImportFileError, match="is empty"):
        read_activity_file(path)


def test_huge_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.gpx"
    with path.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: costs no disk
    with pytest.raises(ImportFileError, match="over 50 MB"):
        read_activity_file(path)


def test_gzip_bomb_is_cut_off(tmp_path: Path) -> None:
    path = tmp_path / "bomb.gpx.gz"
    with gzip.open(path, "wb") as handle:
        chunk = b" " * 2**20
        for _ in range(MAX_FILE_BYTES // len(chunk) + 2):
            handle.write(chunk)
    with pytest.raises(ImportFileError, match="unpacks to over"):
        read_activity_file(path)


@needs_shared
def test_gzipped_fit_reads_like_the_plain_file(tmp_path: Path) -> None:
    path = tmp_path / "run.fit.gz"
    path.write_bytes(gzip.compress((FIT / "garmin-fenix-5-run.fit").read_bytes()))
    (packed,) = read_activity_file(path)
    (plain,) = read_activity_file(FIT / "garmin-fenix-5-run.fit")
    assert packed.source_name == "run.fit.gz"
    assert replace(packed, source_name=plain.source_name) == plain


def test_unknown_extension(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("ran 10k")
    with pytest.raises(ImportFileError, match="not an activity file"):
        read_activity_file(path)


@needs_shared
def test_wrong_extension_is_caught_by_content(tmp_path: Path) -> None:
    fit_named_gpx = tmp_path / "run.gpx"
    fit_named_gpx.write_bytes((FIT / "garmin-fenix-5-run.fit").read_bytes())
    with pytest.raises(ImportFileError, match=r"named \.gpx but is not XML \(it holds a FIT file\)"):
        read_activity_file(fit_named_gpx)
    xml_named_fit = tmp_path / "run.fit"
    xml_named_fit.write_bytes((TCX / "test.tcx").read_bytes())
    with pytest.raises(ImportFileError, match=r"named \.fit but is not a FIT file \(it holds XML\)"):
        read_activity_file(xml_named_fit)
    tcx_named_gpx = tmp_path / "other.gpx"
    tcx_named_gpx.write_bytes((TCX / "test.tcx").read_bytes())
    with pytest.raises(ImportFileError, match="XML but not GPX"):
        read_activity_file(tcx_named_gpx)


def test_folders_are_searched_for_activity_names_only(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    for name in ("a.fit", "sub/b.GPX", "sub/c.tcx.gz", "notes.txt", "activities.csv", "records.csv", "sub/e.zip"):
        (tmp_path / name).write_bytes(b"x")
    given = tmp_path / "notes.txt"
    found = activity_files_in([tmp_path, given])
    # activities.csv after the files (its rows that came with a file are then duplicates); zips are archives
    assert [p.relative_to(tmp_path).as_posix() for p in found] == [
        "a.fit", "sub/b.GPX", "sub/c.tcx.gz", "sub/e.zip", "activities.csv", "notes.txt",
    ]  # fmt: skip
