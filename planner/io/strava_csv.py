"""The ``activities.csv`` of a Strava bulk export: one Activity per row.

Strava writes some headers twice. The first ``Distance`` is in kilometres for runs and rides (but metres
for swims), the second in metres for every sport; the first ``Elapsed Time`` and the later ``Moving Time``
are seconds. So the metre column is used when present, else the first one times 1,000. ``Activity Date``
("Mar 2, 2019, 2:42:04 PM") is UTC; it becomes this computer's local time.
"""

from __future__ import annotations

import csv
import hashlib
import io
from datetime import UTC, datetime

from planner.io.activity import Activity, ImportFileError, ReadActivities, make_activity, sport_name

REQUIRED = ("Activity Date", "Activity Type")
DATE_FORMATS = ("%b %d, %Y, %I:%M:%S %p", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%SZ")
MAX_ROWS = 100_000
SHOWN_AT_MOST = 40  # characters of a cell quoted in a reason


def looks_like_strava_csv(data: bytes) -> bool:
    first_line = data[:4096].split(b"\n", 1)[0]
    return all(column.encode() in first_line for column in REQUIRED)


def parse_strava_csv(data: bytes, name: str) -> ReadActivities:
    """The rows as activities. A row that cannot be read (a date in no known form, a line cut short) is passed
    over with its line number and reason; a file none of whose rows can be read is refused with the first."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFileError(f"{name} is not UTF-8 text") from exc
    try:
        rows = _rows_by_line(text)
    except csv.Error as exc:
        raise ImportFileError(f"{name} is not a readable CSV file ({exc})") from exc
    if not rows or any(column not in rows[0][1] for column in REQUIRED):
        raise ImportFileError(f"{name} is not Strava's activities.csv (no 'Activity Date' and 'Activity Type' columns)")
    if len(rows) > MAX_ROWS:  # _rows_by_line stopped reading one row past the limit
        raise ImportFileError(f"{name} has more than {MAX_ROWS:,} rows")
    header = rows[0][1]
    columns = _Columns(header)
    activities: list[Activity] = []
    unread: list[str] = []
    for line, row in rows[1:]:
        if not any(cell.strip() for cell in row):
            continue
        try:
            if len(row) != len(header):
                raise ImportFileError(f"{name}, line {line}: {len(row)} fields where the header has {len(header)}")
            activities.append(columns.activity(row, name, line))
        except ImportFileError as exc:
            unread.append(str(exc))
    if not activities:
        raise ImportFileError(unread[0] if unread else f"{name} lists no activities")
    return ReadActivities(activities, tuple(unread))


def _rows_by_line(text: str) -> list[tuple[int, list[str]]]:
    """Each record with the file line it starts on: a description with line breaks inside its quotes spans
    several lines, so counting records would name the wrong line. Stops one row past MAX_ROWS (blank ones
    count): 50 MB of empty lines, read whole, held 50 million rows in 9 GB before the limit was checked."""
    reader = csv.reader(io.StringIO(text, newline=""))
    rows = []
    start = 1
    for row in reader:
        rows.append((start, row))
        if len(rows) > MAX_ROWS:
            break
        start = reader.line_num + 1
    return rows


class _Columns:
    """Where each value is, minding the headers Strava repeats."""

    def __init__(self, header: list[str]) -> None:
        self.positions: dict[str, list[int]] = {}
        for index, title in enumerate(header):
            self.positions.setdefault(title.strip(), []).append(index)

    def value(self, row: list[str], title: str, occurrence: int = 0) -> str:
        found = self.positions.get(title, [])
        return row[found[occurrence]].strip() if len(found) > occurrence else ""

    def activity(self, row: list[str], name: str, line: int) -> Activity:
        when = self.value(row, "Activity Date")
        start = _utc(when)
        if start is None:
            raise ImportFileError(f"{name}, line {line}: cannot read the date {_shown(when)}")
        metres = _number(self.value(row, "Distance", 1))
        if metres is None and (km := _number(self.value(row, "Distance"))) is not None:
            metres = km * 1000
        duration = _number(self.value(row, "Moving Time")) or _number(self.value(row, "Elapsed Time", 1))
        if duration is None:
            duration = _number(self.value(row, "Elapsed Time"))
        identity = self.value(row, "Activity ID") or ",".join(row)
        return make_activity(
            sport=sport_name(self.value(row, "Activity Type")),
            started=start,
            distance_m=metres,
            duration_s=duration,
            avg_hr=_number(self.value(row, "Average Heart Rate")),
            elevation_gain_m=_number(self.value(row, "Elevation Gain")),
            fingerprint="strava:" + hashlib.sha256(identity.encode()).hexdigest(),
            source_name=name,
            line=line,
        )


def _shown(value: str) -> str:
    """A cell as a reason quotes it: cut short, since a cell can hold a whole essay."""
    return repr(value if len(value) <= SHOWN_AT_MOST else value[:SHOWN_AT_MOST] + "…")


def _utc(text: str) -> datetime | None:
    for pattern in DATE_FORMATS:
        try:
            return datetime.strptime(text, pattern).replace(tzinfo=UTC)
        except ValueError:
            continue
    return None


def _number(text: str) -> float | None:
    try:
        return float(text) if text else None
    except ValueError:
        return None
