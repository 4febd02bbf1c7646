"""Damaged copies of real activity files (bit flips, truncation, insertions) only ever raise ImportFileError."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.io.activity import ImportFileError
from planner.io.activity_files import parse_activity_bytes
from tests.conftest import SHARED_DATA, TEST_DATA

SAMPLES = [
    SHARED_DATA / "fit" / "garmin-fenix-5-run.fit",
    SHARED_DATA / "fit" / "garmin-fenix-5-bike.fit",
    SHARED_DATA / "gpx" / "korita-zbevnica.gpx",
    SHARED_DATA / "tcx" / "test.tcx",
    TEST_DATA / "strava_activities.csv",
]
pytestmark = pytest.mark.skipif(not SHARED_DATA.is_dir(), reason="../shared/data (sample device files) is absent")


@st.composite
def damaged(draw: st.DrawFn) -> tuple[bytes, str]:
    path: Path = draw(st.sampled_from(SAMPLES))
    data = bytearray(path.read_bytes())
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["flip", "truncate", "insert", "delete"]))
        at = draw(st.integers(0, max(0, len(data) - 1)))
        if kind == "flip" and data:
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif kind == "truncate":
            del data[at:]
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
        elif data:
            del data[at : at + draw(st.integers(1, 64))]
    return bytes(data), path.suffix


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(damaged())
def test_damaged_files_raise_only_import_file_error(sample: tuple[bytes, str]) -> None:
    data, suffix = sample
    try:
        activities = parse_activity_bytes(data, f"damaged{suffix}", suffix)
    except ImportFileError as exc:
        reason = str(exc)
        activities = []
        assert "damaged" in reason  # the reason names the file
    for activity in activities:  # what survives is still sane
        assert activity.distance_m is None or activity.distance_m >= 0
        assert activity.duration_s is None or activity.duration_s >= 0
        assert activity.avg_hr is None or 20 <= activity.avg_hr <= 260
