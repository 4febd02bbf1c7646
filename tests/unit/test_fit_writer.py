"""The benchmark's FIT encoder writes files fitdecode reads with CRCs checked, holding what it was given."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta

import fitdecode
import pytest

from planner.io.activity import ImportFileError
from planner.io.fit_activity import parse_fit
from tests.perf.fit_writer import run_file


def test_written_run_reads_back() -> None:
    data = run_file(datetime(2026, 5, 3, 7, 0, tzinfo=UTC), 600, offset=timedelta(hours=2))
    (activity,) = parse_fit(data, "written.fit")
    assert activity.is_run
    assert activity.duration_s == 600
    assert activity.start_utc == datetime(2026, 5, 3, 7, 0)
    assert activity.start == datetime(2026, 5, 3, 9, 0)
    assert activity.avg_hr == 150
    assert 1_600 < activity.distance_m < 1_900  # about 2.8 m/s for 10 minutes
    with fitdecode.FitReader(io.BytesIO(data), check_crc=fitdecode.CrcCheck.RAISE) as reader:
        records = [f for f in reader if f.frame_type == fitdecode.FIT_FRAME_DATA and f.name == "record"]
    assert len(records) == 601
    assert records[-1].get_value("heart_rate") in range(140, 161)


def test_a_flipped_byte_breaks_the_crc() -> None:
    data = bytearray(run_file(datetime(2026, 5, 3, 7, 0, tzinfo=UTC), 60))
    data[200] ^= 0x01
    with pytest.raises(ImportFileError, match="checksum"):
        parse_fit(bytes(data), "flipped.fit")
