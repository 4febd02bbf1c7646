"""What every activity-file reader returns: one small frozen record per activity, or ImportFileError.

Readers are pure (bytes in, records out). Values a device could not have recorded (a negative distance,
a heart rate of 900) are dropped rather than trusted, so a damaged file can never put nonsense in a session.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from planner.domain.dates import LATEST_DAY
from planner.domain.laps import MAX_LAPS, Lap
from planner.domain.session import AVG_HR_RANGE

MAX_FILE_BYTES = 50 * 1024 * 1024  # a 4-hour FIT file is 1-3 MB, a ten-year Strava CSV a few MB
MAX_DISTANCE_M = 1_000_000.0  # 1,000 km: beyond any single activity
MAX_DURATION_S = 7 * 24 * 3600.0
# one point a second for 41 hours: more than a 24-hour race; gpxpy needs about 2 KB a point, so ~300 MB
MAX_TRACK_POINTS = 150_000
MAX_PARSE_SECONDS = 10.0  # a reader still busy after this gives up: no real activity takes a second
RUNNING = "running"
EARLIEST_ACTIVITY = date(1990, 1, 1)  # before consumer GPS watches and heart-rate straps (DESIGN §5)
# fastest average speed a person keeps over a whole activity, m/s, with a margin over the world records:
# 100 m in 9.58 s (10.4 m/s), the 20 km race walk in 1:16:36 (4.4 m/s), 50 m freestyle in 20.91 s (2.4 m/s)
# (World Athletics and World Aquatics records); cycling allows long descents (90 km/h). Other sports: 40 m/s.
MAX_AVERAGE_SPEED = {RUNNING: 10.5, "walking": 4.5, "hiking": 4.5, "swimming": 2.5, "cycling": 25.0}
OTHER_SPORT_SPEED = 40.0

# the names devices and apps use, folded onto one word per sport; anything else keeps its own name
_SPORT_NAMES = {
    "run": RUNNING,
    "running": RUNNING,
    "trail_run": RUNNING,
    "trail_running": RUNNING,
    "virtual_run": RUNNING,
    "treadmill": RUNNING,
    "treadmill_running": RUNNING,
    "street_running": RUNNING,
    "ride": "cycling",
    "biking": "cycling",
    "cycling": "cycling",
    "virtual_ride": "cycling",
    "e_bike_ride": "cycling",
    "mountain_bike_ride": "cycling",
    "gravel_ride": "cycling",
    "walk": "walking",
    "walking": "walking",
    "hike": "hiking",
    "hiking": "hiking",
    "swim": "swimming",
    "swimming": "swimming",
    "open_water_swimming": "swimming",
}


class ImportFileError(Exception):
    """A file that cannot be imported, with a plain message saying why (shown as the skip reason)."""


@dataclass(frozen=True, slots=True)
class Activity:
    """One recorded activity. ``start`` is the local wall-clock time it began, ``start_utc`` the same moment
    in UTC (both naive): the day comes from the first, duplicate checks across formats use the second."""

    sport: str
    start: datetime
    start_utc: datetime
    distance_m: float | None
    duration_s: float | None
    avg_hr: int | None
    elevation_gain_m: float | None
    fingerprint: str
    source_name: str
    laps: tuple[Lap, ...] = ()  # two or more, as the watch recorded them; () when it kept none
    line: int | None = None  # the row's line in a file of many (Strava's activities.csv), for reasons

    @property
    def where(self) -> str:
        """The activity as a reason names it: the file, and the line in a file of many."""
        return located(self.source_name, self.line)

    @property
    def day(self) -> date:
        return self.start.date()

    @property
    def is_run(self) -> bool:
        return self.sport == RUNNING

    @property
    def sport_label(self) -> str:
        """ "Cycling", "Open water swimming": the sport as a person would write it."""
        return self.sport.replace("_", " ").capitalize()


class ReadActivities(list[Activity]):
    """A file's activities, and why each row of it that could not be read was passed over: one bad row of
    Strava's activities.csv (a date it cannot read) skips that row, not the other years of runs."""

    def __init__(self, activities: list[Activity], unread: tuple[str, ...] = ()) -> None:
        super().__init__(activities)
        self.unread = unread


def implausible(activity: Activity, today: date) -> str | None:
    """Why this activity cannot have happened as recorded (DESIGN §5), or None: a day from 1990 to
    tomorrow, a duration above zero, a distance of zero or more at a speed a person can keep up."""
    name = activity.where
    # tomorrow, but never past the last day Runlift keeps (a restore would refuse a backup holding it)
    if not EARLIEST_ACTIVITY <= activity.day <= min(today + timedelta(days=1), LATEST_DAY):
        return f"{name} is dated {activity.day.isoformat()}, outside {EARLIEST_ACTIVITY.year} to tomorrow"
    # under half a second is kept as 0 s (sessions count whole seconds): no duration either
    if activity.duration_s is None or round(activity.duration_s) <= 0:
        return f"{name} records no duration (or an impossible one)"
    if activity.distance_m is not None:
        speed = activity.distance_m / activity.duration_s
        limit = MAX_AVERAGE_SPEED.get(activity.sport, OTHER_SPORT_SPEED)
        if speed > limit:
            return (
                f"{name} covers {activity.distance_m / 1000:.1f} km in {activity.duration_s:.0f} s "
                f"({speed * 3.6:.0f} km/h), faster than {activity.sport_label.lower()} can be"
            )
    return None


class Deadline:
    """Readers call ``check()`` as they go; past MAX_PARSE_SECONDS the file is refused, not waited for."""

    def __init__(self, name: str, seconds: float = MAX_PARSE_SECONDS) -> None:
        import time

        self._clock = time.monotonic
        self._name = name
        self._seconds = seconds
        self._end = self._clock() + seconds

    def check(self) -> None:
        if self._clock() > self._end:
            raise ImportFileError(f"{self._name} took over {self._seconds:.0f} s to read; it was given up")


def sport_name(raw: object) -> str:
    """A device's or app's sport name folded to ours; no name at all means a run (this is a runners' app)."""
    text = str(raw).strip().lower().replace(" ", "_").replace("-", "_") if raw is not None else ""
    if not text or text in ("none", "generic"):
        return RUNNING
    return _SPORT_NAMES.get(text, text)


def content_fingerprint(data: bytes, index: int = 0) -> str:
    """The same bytes give the same fingerprint; a file holding several activities numbers them."""
    return numbered_fingerprint(hashlib.sha256(data).hexdigest(), index)


def numbered_fingerprint(digest: str, index: int) -> str:
    """Activity ``index`` of a file whose bytes hash to ``digest``: a reader of many activities hashes the
    file once (hashing it again for each of 5,000 activities in a 3.7 MB file took 2.6 s)."""
    return digest if index == 0 else f"{digest}:{index}"


def local_time(moment: datetime, offset: timedelta | None = None) -> datetime:
    """Naive local wall-clock time: with the device's own offset when the file has one, else this computer's."""
    if offset is not None:
        return utc_time(moment) + offset
    return _aware(moment).astimezone().replace(tzinfo=None, microsecond=0)


def utc_time(moment: datetime) -> datetime:
    return _aware(moment).astimezone(UTC).replace(tzinfo=None, microsecond=0)


def _aware(moment: datetime) -> datetime:
    # GPX, TCX and FIT times are UTC unless they say otherwise
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def make_activity(
    *,
    sport: str,
    started: datetime,
    offset: timedelta | None = None,
    distance_m: float | None,
    duration_s: float | None,
    avg_hr: float | None,
    elevation_gain_m: float | None,
    fingerprint: str,
    source_name: str,
    laps: Sequence[tuple[float | None, float | None, float | None]] = (),
    line: int | None = None,
) -> Activity:
    """The record, with impossible values dropped (None) instead of stored.

    ``started`` is an aware time or a naive UTC one; ``offset`` the device's own UTC offset, if known.
    """
    try:
        start, start_utc = local_time(started, offset), utc_time(started)
    except (OverflowError, ValueError, OSError) as exc:
        raise ImportFileError(f"{located(source_name, line)} has an impossible start time") from exc
    return Activity(
        sport=sport,
        start=start,
        start_utc=start_utc,
        distance_m=_within(distance_m, 0.0, MAX_DISTANCE_M),
        duration_s=_within(duration_s, 0.0, MAX_DURATION_S),
        avg_hr=round(hr) if (hr := _within(avg_hr, *AVG_HR_RANGE)) is not None else None,
        elevation_gain_m=_within(elevation_gain_m, 0.0, 20_000.0),
        fingerprint=fingerprint,
        source_name=source_name,
        laps=_laps(laps),
        line=line,
    )


def _laps(raw: Sequence[tuple[float | None, float | None, float | None]]) -> tuple[Lap, ...]:
    """(distance, seconds, heart rate) per lap, checked like the totals; a lap without a time drops them
    all (they would no longer line up with the steps), and one lap alone is the run, not a lap."""
    if not 2 <= len(raw) <= MAX_LAPS:
        return ()
    laps = []
    for distance, seconds, hr in raw:
        duration = _within(seconds, 0.0, MAX_DURATION_S)
        if not duration:
            return ()
        heart = _within(hr, 20.0, 260.0)
        laps.append(Lap(_within(distance, 0.0, MAX_DISTANCE_M), duration, round(heart) if heart is not None else None))
    return tuple(laps)


def located(name: str, line: int | None) -> str:
    """A file as a reason names it, with the line in a file of many activities ("activities.csv, line 7:")."""
    return name if line is None else f"{name}, line {line}:"


def heart_rate_reading(value: float | None) -> float | None:
    """One heart-rate reading, or None outside 20-250 bpm: straps drop out to 0 and glitch to 300, and
    averaged in, a 0 and a 300 make a plausible 150 from two impossible readings."""
    return _within(value, *AVG_HR_RANGE)


def _within(value: float | None, low: float, high: float) -> float | None:
    if value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) and low <= number <= high else None
