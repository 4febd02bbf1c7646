"""FIT files (Garmin and most watches) read with fitdecode: one Activity per session message.

The session message carries the watch's own totals; laps, then records, fill in when it is missing. Local
time comes from the activity message's ``local_timestamp`` (the device's offset from UTC) when present.
CRCs are checked: a corrupt or truncated file is refused, never half-read.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from planner.io.activity import (
    Activity,
    Deadline,
    ImportFileError,
    content_fingerprint,
    heart_rate_reading,
    make_activity,
    numbered_fingerprint,
    sport_name,
)

if TYPE_CHECKING:
    import fitdecode

MAX_OFFSET = timedelta(hours=14)  # the widest offset any time zone uses
_SESSION_FIELDS = ("sport", "start_time", "total_timer_time", "total_elapsed_time", "total_distance",
                   "avg_heart_rate", "total_ascent")  # fmt: skip
_LAP_FIELDS = ("start_time", "total_timer_time", "total_elapsed_time", "total_distance", "total_ascent",
               "avg_heart_rate")  # fmt: skip


def is_fit(data: bytes) -> bool:
    """A FIT header: its size (12 or 14) then ".FIT" at bytes 8-11."""
    return len(data) >= 12 and data[0] in (12, 14) and data[8:12] == b".FIT"


@dataclass
class _Collected:
    sessions: list[dict[str, Any]] = field(default_factory=list)
    laps: list[dict[str, Any]] = field(default_factory=list)
    sport: object = None
    file_type: object = None
    offset: timedelta | None = None
    first_time: datetime | None = None
    last_time: datetime | None = None
    last_distance: float | None = None
    hr_sum: int = 0
    hr_count: int = 0


def parse_fit(data: bytes, name: str) -> list[Activity]:
    if not is_fit(data):
        raise ImportFileError(f"{name} is not a FIT file (no FIT header)")
    import fitdecode  # here, not at module level: building the File menu must not pay for it (issue 21)

    try:
        found = _collect(data, name)
    except ImportFileError:
        raise
    except fitdecode.FitCRCError as exc:
        raise ImportFileError(f"{name} is damaged: its checksum does not match ({exc})") from exc
    except fitdecode.FitEOFError as exc:
        raise ImportFileError(f"{name} is cut short (truncated download or copy?)") from exc
    except fitdecode.FitError as exc:
        raise ImportFileError(f"{name} is not a readable FIT file ({exc})") from exc
    except Exception as exc:  # hostile bytes can trip any decoder path; refuse the file, never crash
        raise ImportFileError(f"{name} is a damaged FIT file ({type(exc).__name__})") from exc
    if found.file_type not in (None, "activity"):
        raise ImportFileError(f"{name} is a FIT {found.file_type} file, not a recorded activity")
    summaries = found.sessions or ([_laps_total(found.laps)] if found.laps else [])
    if not summaries and found.first_time is None:
        raise ImportFileError(f"{name} holds no activity (no session, lap or record messages)")
    if not summaries:
        summaries = [{}]
    activities = []
    digest = content_fingerprint(data)
    for index, summary in enumerate(summaries):
        start = summary.get("start_time") or found.first_time
        if not isinstance(start, datetime):
            raise ImportFileError(f"{name} has no start time")
        duration = summary.get("total_timer_time") or summary.get("total_elapsed_time")
        if duration is None and found.first_time and found.last_time and len(summaries) == 1:
            duration = (found.last_time - found.first_time).total_seconds()
        distance = summary.get("total_distance")
        if distance is None and len(summaries) == 1:
            distance = found.last_distance
        hr = summary.get("avg_heart_rate")
        if hr is None and found.hr_count and len(summaries) == 1:
            hr = found.hr_sum / found.hr_count
        activities.append(
            make_activity(
                sport=sport_name(summary.get("sport") or found.sport),
                started=start,
                offset=found.offset,
                distance_m=distance,
                duration_s=duration,
                avg_hr=hr,
                elevation_gain_m=summary.get("total_ascent"),
                fingerprint=numbered_fingerprint(digest, index),
                source_name=name,
                laps=_lap_rows(found.laps) if len(summaries) == 1 else (),
            )
        )
    return activities


def _lap_rows(laps: list[dict[str, Any]]) -> list[tuple[float | None, float | None, float | None]]:
    return [
        (
            lap.get("total_distance"),
            lap.get("total_timer_time") or lap.get("total_elapsed_time"),
            lap.get("avg_heart_rate"),
        )
        for lap in laps
    ]


def _collect(data: bytes, name: str) -> _Collected:
    import fitdecode

    found = _Collected()
    deadline = Deadline(name)
    reader = fitdecode.FitReader(
        io.BytesIO(data), check_crc=fitdecode.CrcCheck.RAISE, error_handling=fitdecode.ErrorHandling.RAISE
    )
    with reader:
        for count, frame in enumerate(reader):
            if count % 4096 == 0:
                deadline.check()
            if frame.frame_type != fitdecode.FIT_FRAME_DATA:
                continue
            kind = frame.name
            if kind == "record":  # thousands of these: read only what a missing session needs
                moment = frame.get_value("timestamp", fallback=None)
                if isinstance(moment, datetime):
                    found.first_time = found.first_time or moment
                    found.last_time = moment
                hr = frame.get_value("heart_rate", fallback=None)
                if isinstance(hr, int) and heart_rate_reading(hr) is not None:  # 0: no contact, 255: invalid
                    found.hr_sum += hr
                    found.hr_count += 1
                distance = frame.get_value("distance", fallback=None)
                if isinstance(distance, float | int):
                    found.last_distance = float(distance)
            elif kind == "session":
                found.sessions.append(_values(frame, _SESSION_FIELDS))
            elif kind == "lap":
                found.laps.append(_values(frame, _LAP_FIELDS))
            elif kind == "activity":
                found.offset = _device_offset(frame)
            elif kind == "sport":
                found.sport = frame.get_value("sport", fallback=None)
            elif kind == "file_id":
                found.file_type = frame.get_value("type", fallback=None)
    return found


def _values(frame: fitdecode.FitDataMessage, names: tuple[str, ...]) -> dict[str, Any]:
    return {n: v for n in names if (v := frame.get_value(n, fallback=None)) is not None}


def _laps_total(laps: list[dict[str, Any]]) -> dict[str, Any]:
    """A session's worth of totals from its laps, for files written without a session message."""
    total: dict[str, Any] = {"start_time": laps[0].get("start_time")}
    for key in ("total_timer_time", "total_elapsed_time", "total_distance", "total_ascent"):
        values = [lap[key] for lap in laps if isinstance(lap.get(key), int | float)]
        if values:
            total[key] = sum(values)
    return total


def _device_offset(frame: fitdecode.FitDataMessage) -> timedelta | None:
    """local_timestamp - timestamp: the device's own UTC offset (fitdecode labels both as UTC)."""
    utc = frame.get_value("timestamp", fallback=None)
    local = frame.get_value("local_timestamp", fallback=None)
    if not isinstance(utc, datetime) or not isinstance(local, datetime):
        return None
    offset = local.replace(tzinfo=None) - utc.replace(tzinfo=None)
    return offset if abs(offset) <= MAX_OFFSET else None
