"""Export archives: Strava's bulk export and Garmin's zip of zips import member by member, one CLI line
each, and every member is held to a file's caps (size, count, total unpacked, bombs, names)."""

from __future__ import annotations

import gzip
import io
import zipfile
from pathlib import Path

import pytest

from planner.cli import main
from planner.exit_codes import EXIT_OK, EXIT_SKIPPED
from planner.io import archive
from planner.io.activity_files import activity_files_in
from tests.conftest import SHARED_DATA, TEST_DATA

needs_shared = pytest.mark.skipif(not SHARED_DATA.is_dir(), reason="../shared/data (sample device files) is absent")
RUN_FIT = SHARED_DATA / "fit" / "garmin-fenix-5-run.fit"
WALK_FIT = SHARED_DATA / "fit" / "garmin-fenix-5-walk.fit"
TCX = SHARED_DATA / "tcx" / "test.tcx"


def make_zip(path: Path, members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", method) as out:
        for name, data in members.items():
            out.writestr(name, data)
    return path


def zip_bytes(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in members.items():
            out.writestr(name, data)
    return buffer.getvalue()


def run_cli(tmp_path: Path, *args: str) -> int:
    return main(["--data-dir", str(tmp_path / "data"), "--today", "2026-12-06", "import", *args])


def lines(capsys: pytest.CaptureFixture[str]) -> list[str]:
    return capsys.readouterr().out.splitlines()


@needs_shared
def test_a_strava_bulk_export_imports_its_files_then_the_rest_of_activities_csv(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = make_zip(
        tmp_path / "export_12345678.zip",
        {
            "activities.csv": (TEST_DATA / "strava_activities.csv").read_bytes(),  # listed first, read last
            "activities/1001.fit.gz": gzip.compress(RUN_FIT.read_bytes()),
            "activities/2001.tcx.gz": gzip.compress(TCX.read_bytes()),
            "profile.csv": b"Athlete ID,Email Address\n1,a@example.com\n",
            "media/photo.jpg": b"\xff\xd8\xff\xe0 not an activity",
        },
    )
    assert run_cli(tmp_path, str(export)) == EXIT_OK
    assert lines(capsys) == [
        f"{export}/activities/1001.fit.gz: imported",
        f"{export}/activities/2001.tcx.gz: imported",
        # row 1001 is the FIT file's run (same start, 157.6 m): a duplicate; the ride, swim and long run are new
        f"{export}/activities.csv: imported 3, duplicate 1",
    ]
    assert run_cli(tmp_path, str(export)) == EXIT_OK  # the same export again changes nothing
    assert [line.rpartition(": ")[2] for line in lines(capsys)] == ["duplicate", "duplicate", "duplicate 4"]


@needs_shared
def test_garmins_zip_of_zips_is_opened_inside(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    inner = zip_bytes(
        {"someone@example.com_101.fit": RUN_FIT.read_bytes(), "someone@example.com_102.fit": WALK_FIT.read_bytes()}
    )
    part = "DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip"
    export = make_zip(
        tmp_path / "garmin-export.zip",
        {"DI_CONNECT/DI-Connect-Fitness/someone_summarizedActivities.json": b"[]", part: inner},
    )
    assert run_cli(tmp_path, str(export)) == EXIT_OK
    assert lines(capsys) == [
        f"{export}/{part}/someone@example.com_101.fit: imported",
        f"{export}/{part}/someone@example.com_102.fit: imported",
    ]


@needs_shared
def test_a_folder_holding_an_export_zip_opens_it(tmp_path: Path) -> None:
    folder = tmp_path / "downloads"
    folder.mkdir()
    make_zip(folder / "export.zip", {"activities/1.fit": RUN_FIT.read_bytes()})
    (folder / "notes.txt").write_text("not an activity")
    assert activity_files_in([folder]) == [folder / "export.zip"]


@needs_shared
def test_hostile_members_are_refused_one_line_each_and_the_good_one_still_imports(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bomb = b"\0" * (8 * 2**20)  # 8 MB of zeros packs about 1,000 to 1
    export = make_zip(
        tmp_path / "hostile.zip",
        {
            "../../escape.fit": RUN_FIT.read_bytes(),
            "/etc/absolute.gpx": b"<gpx/>",
            "C:/Windows/drive.tcx": b"<tcx/>",
            "line\nbreak.fit": RUN_FIT.read_bytes(),
            "bomb.gpx": bomb,
            "a.zip": zip_bytes({"b.zip": zip_bytes({"c.zip": zip_bytes({"deep.fit": RUN_FIT.read_bytes()})})}),
            "good/run.fit": RUN_FIT.read_bytes(),
        },
    )
    with zipfile.ZipFile(export) as listed:
        packed = listed.getinfo("bomb.gpx")
    ratio = packed.file_size // packed.compress_size
    assert ratio > archive.MAX_RATIO
    assert run_cli(tmp_path, str(export)) == EXIT_SKIPPED
    assert lines(capsys) == [
        f"{export}/../../escape.fit: skipped: hostile.zip has a member with a name climbing out of the archive (..); "
        "it was not read",
        f"{export}/etc/absolute.gpx: skipped: hostile.zip has a member with an absolute path; it was not read",
        f"{export}/C:/Windows/drive.tcx: skipped: hostile.zip has a member with an absolute path; it was not read",
        f"{export}/line?break.fit: skipped: hostile.zip has a member with control characters in its name; "
        "it was not read",
        f"{export}/bomb.gpx: skipped: bomb.gpx is packed {ratio:,} to 1, a zip bomb; it was not unpacked",
        f"{export}/a.zip/b.zip/c.zip: skipped: c.zip is nested more than 3 zips deep; it was not read",
        f"{export}/good/run.fit: imported",
    ]


def test_a_member_over_the_file_cap_is_refused_on_the_bytes_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(archive, "MAX_FILE_BYTES", 1000)
    export = make_zip(tmp_path / "big.zip", {"big.gpx": b"<gpx>" + b" " * 2000 + b"</gpx>"}, zipfile.ZIP_STORED)
    assert run_cli(tmp_path, str(export)) == EXIT_SKIPPED
    assert lines(capsys) == [f"{export}/big.gpx: skipped: big.gpx unpacks to over 0 MB; it was not read"]


def test_a_listing_that_understates_a_members_size_is_caught_by_its_checksum(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = bytearray(zip_bytes({"run.gpx": b"<gpx>" + b"x" * 5000 + b"</gpx>"}))
    central = data.rindex(b"PK\x01\x02")
    data[central + 24 : central + 28] = (100).to_bytes(4, "little")  # the listing claims 100 bytes unpacked
    export = tmp_path / "lying.zip"
    export.write_bytes(bytes(data))
    assert run_cli(tmp_path, str(export)) == EXIT_SKIPPED
    (line,) = lines(capsys)
    assert line.startswith(f"{export}/run.gpx: skipped: run.gpx ")  # unpacking stops at 100 bytes, whose CRC fails


def test_too_many_members_refuse_the_whole_archive(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(archive, "MAX_MEMBERS", 5)
    export = make_zip(tmp_path / "many.zip", {f"activities/{i}.gpx": b"<gpx/>" for i in range(6)})
    assert run_cli(tmp_path, str(export)) == EXIT_SKIPPED
    assert lines(capsys) == [f"{export}: skipped: many.zip holds over 5 entries; it was not read"]


def test_the_total_unpacked_is_capped_across_nested_zips(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(archive, "MAX_UNPACKED_BYTES", 3000)
    member = b"<gpx>" + b"y" * 1200 + b"</gpx>"
    export = make_zip(tmp_path / "total.zip", {"1.gpx": member, "2.gpx": member, "3.gpx": member, "4.gpx": member})
    assert run_cli(tmp_path, str(export)) == EXIT_SKIPPED
    outcomes = [line.partition(": ")[2] for line in lines(capsys)]
    assert len(outcomes) == 3  # two read (and skipped as bad GPX), the third over the total: the fourth never opened
    assert outcomes[2] == "skipped: the archive unpacks to over 0 GB; the rest of it was not read"


def test_not_a_zip_and_an_empty_zip_say_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fake = tmp_path / "fake.zip"
    fake.write_bytes(b"this is not a zip")
    empty = make_zip(tmp_path / "photos.zip", {"a.jpg": b"jpeg"})
    assert run_cli(tmp_path, str(fake), str(empty)) == EXIT_SKIPPED
    assert lines(capsys) == [
        f"{fake}: skipped: fake.zip is not a readable zip archive (File is not a zip file)",
        f"{empty}: skipped: photos.zip holds no activity files (.fit, .gpx, .tcx, activities.csv)",
    ]


def test_an_encrypted_member_is_not_read(tmp_path: Path) -> None:
    data = bytearray(zip_bytes({"run.gpx": b"<gpx/>"}))
    for signature, flag_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = data.index(signature)
        data[at + flag_at] |= 0x1
    export = tmp_path / "locked.zip"
    export.write_bytes(bytes(data))
    (member,) = archive.archive_members(export, lambda name: True)
    assert member.reason == "run.gpx is encrypted; it was not read"
