"""DESIGN §5 for imports: activities that cannot have happened are skipped with the reason, parsing is
bounded in depth, size and time, only regular files are read, and one bad file never stops a batch."""

from __future__ import annotations

import os
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from planner.cli import main
from planner.exit_codes import EXIT_SKIPPED
from planner.io.activity import MAX_TRACK_POINTS, ImportFileError
from planner.io.safe_xml import MAX_DEPTH
from planner.services import importing
from planner.store import models as m

TODAY = date(2026, 12, 6)


def gpx(start: str, seconds: int = 1800, km: float = 5.0, points: int = 30) -> bytes:
    """A straight track northwards: ``km`` over ``seconds``, ``points`` timed points from ``start``."""
    t0 = datetime.fromisoformat(start)
    rows = []
    for i in range(points):
        lat = 52.0 + (km / 111.2) * i / (points - 1)
        moment = t0 + timedelta(seconds=seconds * i / (points - 1))
        rows.append(f'<trkpt lat="{lat:.7f}" lon="13.0"><time>{moment.isoformat()}Z</time></trkpt>')
    return (
        '<?xml version="1.0"?><gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">'
        f"<trk><type>running</type><trkseg>{''.join(rows)}</trkseg></trk></gpx>"
    ).encode()


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def strava_csv(folder: Path, rows: str) -> Path:
    """A Strava export with the columns the reader needs and ``rows`` under them."""
    header = "Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance\n"
    return write(folder, "activities.csv", (header + rows).encode())


def sessions_count() -> int:
    return m.Session.select().count()


@pytest.mark.parametrize(
    ("start", "seconds", "km", "reason"),
    [
        ("1901-12-13T20:45:52", 1800, 2.7, "dated 1901-12-13, outside 1990 to tomorrow"),
        ("1970-01-01T00:00:00", 1800, 5.0, "outside 1990"),
        ("2100-06-01T07:00:00", 1800, 5.0, "outside 1990"),
        ("9999-12-30T07:00:00", 1800, 5.0, "outside 1990"),
        ("2026-11-23T07:00:00", 1, 5.6, "km/h), faster than running can be"),
    ],
    ids=["1901", "1970", "2100", "9999", "5.6 km in 1 s"],
)
def test_an_activity_that_cannot_have_happened_is_skipped_with_the_reason(
    db: SqliteDatabase, tmp_path: Path, start: str, seconds: int, km: float, reason: str
) -> None:
    path = write(tmp_path, "odd.gpx", gpx(start, seconds, km))
    result = importing.import_file(path, TODAY)
    assert result.skipped
    assert reason in (result.reason or "")
    assert sessions_count() == 0


def test_a_zero_duration_is_skipped(db: SqliteDatabase, tmp_path: Path) -> None:
    path = write(tmp_path, "zero.gpx", gpx("2026-11-23T07:00:00", 0, 0.0))
    result = importing.import_file(path, TODAY)
    assert "no duration" in (result.reason or "")


def test_a_duration_that_rounds_to_no_second_is_skipped(db: SqliteDatabase, tmp_path: Path) -> None:
    """Sessions keep whole seconds: a 0.4 s ride was stored as a 0 s session (found by the fuzz test)."""
    rows = '1,"Feb 25, 2000, 7:00:00 AM",Blip,Ride,0.4,\n2,"Feb 26, 2000, 7:00:00 AM",Spin,Ride,0.6,\n'
    result = importing.import_file(strava_csv(tmp_path, rows), TODAY)
    assert result.summary == "imported 1, skipped 1"
    durations = [row[0] for row in m.database.execute_sql("SELECT duration_s FROM session").fetchall()]
    assert durations == [1]


def test_timestamps_in_year_1_or_9999_are_skipped_not_raised(db: SqliteDatabase, tmp_path: Path) -> None:
    for start in ("0001-01-01T00:00:00", "9999-12-31T23:00:00"):
        path = write(tmp_path, f"edge-{start[:4]}.gpx", gpx(start, 1800, 5.0))
        assert importing.import_file(path, TODAY).skipped


def test_a_plausible_run_is_imported(db: SqliteDatabase, tmp_path: Path) -> None:
    path = write(tmp_path, "fine.gpx", gpx("2026-11-23T07:00:00", 1800, 5.0))
    assert importing.import_file(path, TODAY).summary == "imported"
    # tomorrow is allowed (a device a time zone ahead), the day after is not
    later = write(tmp_path, "tomorrow.gpx", gpx("2026-12-07T07:00:00", 1800, 5.0))
    assert importing.import_file(later, TODAY).summary == "imported"


def test_tomorrow_past_the_last_day_runlift_keeps_is_skipped_not_stored(db: SqliteDatabase, tmp_path: Path) -> None:
    """With today 31 Dec 2199 (`--today`), "tomorrow" is in 2200: a session there would make every later
    backup one that a restore refuses."""
    path = write(tmp_path, "y2200.gpx", gpx("2200-01-01T07:00:00", 1800, 5.0))
    result = importing.import_file(path, date(2199, 12, 31))
    assert result.skipped
    assert "outside 1990" in (result.reason or "")
    assert sessions_count() == 0


def test_an_average_heart_rate_a_backup_cannot_hold_is_dropped(tmp_path: Path) -> None:
    """A run averaging 255 bpm (a bad optical reading) was stored as is, and a restore refuses over 250:
    every later backup was unrestorable. The rate is dropped like any impossible value; the run comes in."""
    with_hr = gpx("2026-11-23T07:00:00").replace(
        b"</time></trkpt>", b"</time><extensions><hr>255</hr></extensions></trkpt>"
    )
    path = write(tmp_path, "hr255.gpx", with_hr)
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "--today", "2026-12-06", "import", str(path)]) == 0
    backup = tmp_path / "backup.json"
    assert main(["--data-dir", str(data), "export", "json", "-o", str(backup)]) == 0
    assert main(["--data-dir", str(tmp_path / "fresh"), "restore", str(backup)]) == 0


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_a_utf16_gpx_is_read_like_its_utf8_twin(db: SqliteDatabase, tmp_path: Path, encoding: str) -> None:
    """XML saved as UTF-16 with its byte-order mark (Windows tools do) was refused as 'not XML'."""
    text = (
        gpx("2026-11-23T07:00:00").decode().replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-16"?>')
    )
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    result = importing.import_file(write(tmp_path, "utf16.gpx", data), TODAY)
    assert result.summary == "imported"
    assert sessions_count() == 1


def test_xml_nested_deeper_than_any_activity_is_refused_unparsed(db: SqliteDatabase, tmp_path: Path) -> None:
    deep = b'<?xml version="1.0"?><gpx>' + b"<a>" * 200_000 + b"</a>" * 200_000 + b"</gpx>"
    result = importing.import_file(write(tmp_path, "deep.gpx", deep), TODAY)
    assert f"over {MAX_DEPTH} levels" in (result.reason or "")


def test_more_points_than_any_activity_is_refused(db: SqliteDatabase, tmp_path: Path) -> None:
    many = b'<?xml version="1.0"?><gpx><trk><trkseg>' + b'<trkpt lat="1" lon="2"/>' * (MAX_TRACK_POINTS + 1)
    result = importing.import_file(write(tmp_path, "many.gpx", many + b"</trkseg></trk></gpx>"), TODAY)
    assert f"over {MAX_TRACK_POINTS:,} track points" in (result.reason or "")


@pytest.mark.timeout(20)
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_skipped_not_waited_on(db: SqliteDatabase, tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.gpx"
    os.mkfifo(pipe)
    result = importing.import_file(pipe, TODAY)
    assert "not a regular file" in (result.reason or "")


def test_a_reader_crash_skips_the_file_and_the_batch_goes_on(
    db: SqliteDatabase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from planner.io import activity_files

    real = activity_files.READERS[".gpx"]

    def explode(data: bytes, name: str) -> list[object]:
        if name == "bad.gpx":
            raise RecursionError("maximum recursion depth exceeded")
        return real(data, name)  # type: ignore[return-value]

    monkeypatch.setitem(activity_files.READERS, ".gpx", explode)
    bad = write(tmp_path, "bad.gpx", gpx("2026-11-23T07:00:00"))
    good = write(tmp_path, "good.gpx", gpx("2026-11-24T07:00:00"))
    results = importing.import_paths([bad, good], TODAY)
    assert [r.summary for r in results] == ["skipped: bad.gpx could not be read (RecursionError)", "imported"]


def test_the_command_goes_on_past_every_kind_of_bad_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = tmp_path / "in"
    files.mkdir()
    write(files, "a-deep.gpx", b"<gpx>" + b"<a>" * 100_000 + b"</a>" * 100_000 + b"</gpx>")
    write(files, "b-old.gpx", gpx("1901-12-13T20:45:52"))
    os.mkfifo(files / "c-pipe.gpx")
    write(files, "d-good.gpx", gpx("2026-11-23T07:00:00"))
    paths = [str(p) for p in sorted(files.iterdir())]
    code = main(["--data-dir", str(tmp_path / "data"), "--today", "2026-12-06", "import", *paths])
    lines = capsys.readouterr().out.splitlines()
    assert code == EXIT_SKIPPED
    assert [line.split(": ")[1] for line in lines] == ["skipped", "skipped", "skipped", "imported"]


def test_a_strava_csv_skips_only_its_impossible_rows(db: SqliteDatabase, tmp_path: Path) -> None:
    rows = '1,"Nov 23, 2026, 7:00:00 AM",Run,Run,1800,5.0\n2,"Nov 24, 2026, 7:00:00 AM",Blink,Run,1,5.6\n'
    result = importing.import_file(strava_csv(tmp_path, rows), TODAY)
    assert result.summary == "imported 1, skipped 1"
    assert result.any_skipped
    assert sessions_count() == 1


def test_a_strava_csv_row_with_an_unreadable_date_is_left_out_not_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = '1,"Feb 25, 2024, 7:00:00 AM",Easy,Run,1800,5.0\n2,25/02/2024,Odd,Run,1800,5.0\n'
    path = strava_csv(tmp_path, rows)
    assert (
        main(["--data-dir", str(tmp_path / "data"), "--today", TODAY.isoformat(), "import", str(path)]) == EXIT_SKIPPED
    )
    out, err = capsys.readouterr()
    assert out == f"{path}: imported 1, skipped 1\n"
    assert err == "runlift: activities.csv, line 3: cannot read the date '25/02/2024'\n"


def test_the_service_names_the_rows_and_activities_it_left_out(db: SqliteDatabase, tmp_path: Path) -> None:
    rows = (
        '1,"Feb 25, 2024, 7:00:00 AM",Easy,Run,1800,5.0\n'
        "2,someday,Odd,Run,1800,5.0\n"
        '3,"Feb 26, 2024, 7:00:00 AM",Blip,Run,1,5.6\n'
    )
    result = importing.import_file(strava_csv(tmp_path, rows), TODAY)
    assert not result.skipped
    assert result.any_skipped
    assert result.summary == "imported 1, skipped 2"
    assert result.part_reasons[0] == "activities.csv, line 3: cannot read the date 'someday'"
    assert "faster than running can be" in result.part_reasons[1]
    assert sessions_count() == 1


def test_rows_left_out_are_still_named_when_every_readable_row_is_impossible(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = '1,"Feb 26, 2024, 7:00:00 AM",Blip,Run,1,5.6\n2,someday,Odd,Run,1800,5.0\n'
    path = strava_csv(tmp_path, rows)
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "--today", TODAY.isoformat(), "import", str(path)]) == EXIT_SKIPPED
    out, err = capsys.readouterr()
    assert "skipped: " in out
    assert "faster than running can be" in out
    assert err == "runlift: activities.csv, line 3: cannot read the date 'someday'\n"


def test_a_csv_of_countless_empty_lines_is_refused_without_reading_them_all(monkeypatch: pytest.MonkeyPatch) -> None:
    """A header and 50 MB of newlines took 60 s and 9 GB: every row was held before the row limit was checked."""
    from planner.io import strava_csv as module

    monkeypatch.setattr(module, "MAX_ROWS", 10)
    text = "Activity ID,Activity Date,Activity Type\n" + "\n" * 10_000
    assert len(module._rows_by_line(text)) == 11  # one past the limit, then it stops
    with pytest.raises(ImportFileError, match="more than 10 rows"):
        module.parse_strava_csv(text.encode(), "activities.csv")
