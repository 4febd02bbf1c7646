"""GPX tracks read with gpxpy, after defusedxml has checked the bytes (gpxpy's own parser is not hardened).

A GPX track without timestamps (a route drawn on a map, or a recording stripped of times) is refused, as is
one where most points have none: its day and duration are unknown, and a run with a made-up day or duration
would skew every weekly total and pace it lands in.
A track that names no sport (``<type>``) is taken as a run.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from planner.io.activity import (
    Activity,
    ImportFileError,
    content_fingerprint,
    heart_rate_reading,
    make_activity,
    sport_name,
)
from planner.io.safe_xml import local_name, parse_xml, xml_text

if TYPE_CHECKING:
    import gpxpy.gpx


def parse_gpx(data: bytes, name: str) -> list[Activity]:
    root = parse_xml(data, name)
    if local_name(root) != "gpx":
        raise ImportFileError(f"{name} is XML but not GPX (its root is <{local_name(root)}>)")
    del root  # gpxpy builds its own tree: do not hold two
    import gpxpy  # here, not at module level: it pulls in urllib, http.client and ssl (15 ms at start-up)

    try:
        gpx = gpxpy.parse(xml_text(data, name))
    except ImportFileError:
        raise
    except Exception as exc:  # gpxpy raises its own and plain errors on odd content
        raise ImportFileError(f"{name} is not a readable GPX file ({exc})") from exc
    points = [p for track in gpx.tracks for segment in track.segments for p in segment.points]
    if not points:
        raise ImportFileError(f"{name} has no recorded track (routes and waypoints alone are not an activity)")
    timed = [p.time for p in points if p.time is not None]
    if not timed:
        raise ImportFileError(
            f"{name} has no timestamps, so the day it was done and its duration are unknown; "
            "export it again from the watch or app with times"
        )
    if len(timed) * 2 < len(points):
        raise ImportFileError(
            f"{name} has timestamps on only {len(timed)} of its {len(points)} track points, so its duration "
            "is unknown; export it again from the watch or app with times"
        )
    if len(timed) < 2:
        raise ImportFileError(f"{name} has fewer than two timed track points: too short to be an activity")
    try:
        duration = (max(timed) - min(timed)).total_seconds()
        climb = gpx.get_uphill_downhill().uphill if any(p.elevation is not None for p in points) else None
        distance = gpx.length_2d()
    except (TypeError, ValueError, OverflowError, ZeroDivisionError) as exc:
        raise ImportFileError(f"{name} has track points that cannot be measured ({exc})") from exc
    heart_rates = [hr for p in points if (hr := heart_rate_reading(_heart_rate(p))) is not None]
    sport = next((t.type for t in gpx.tracks if t.type), None)
    return [
        make_activity(
            sport=sport_name(sport),
            started=min(timed),
            distance_m=distance,
            duration_s=duration,
            avg_hr=sum(heart_rates) / len(heart_rates) if heart_rates else None,
            elevation_gain_m=climb,
            fingerprint=content_fingerprint(data),
            source_name=name,
        )
    ]


def _heart_rate(point: gpxpy.gpx.GPXTrackPoint) -> int | None:
    """Garmin's TrackPointExtension <hr> (Strava and most apps write it too)."""
    for extension in point.extensions:
        for element in extension.iter():
            if isinstance(element.tag, str) and element.tag.rpartition("}")[2] == "hr":
                try:
                    return int(float(element.text or ""))
                except (ValueError, OverflowError):  # not a number, or 1e400
                    return None
    return None
