"""TCX (Garmin Training Center) files, parsed with defusedxml: one Activity per <Activity>.

Duration is the laps' TotalTimeSeconds; distance the last cumulative trackpoint distance (the device's
running total), else the laps' DistanceMeters; average heart rate over the trackpoints, else the laps'
averages weighted by their time; elevation gain sums the rises between trackpoints.
"""

from __future__ import annotations

import itertools
from datetime import datetime
from xml.etree.ElementTree import Element

from planner.io.activity import (
    Activity,
    ImportFileError,
    content_fingerprint,
    heart_rate_reading,
    make_activity,
    numbered_fingerprint,
    sport_name,
)
from planner.io.safe_xml import local_name, parse_xml


def parse_tcx(data: bytes, name: str) -> list[Activity]:
    root = parse_xml(data, name)
    if local_name(root) != "TrainingCenterDatabase":
        raise ImportFileError(f"{name} is XML but not TCX (its root is <{local_name(root)}>)")
    elements = [e for e in root.iter() if local_name(e) == "Activity"]
    if not elements:
        raise ImportFileError(f"{name} holds no activity (courses and workouts alone are not activities)")
    digest = content_fingerprint(data)
    return [_activity(e, digest, name, i) for i, e in enumerate(elements)]


def _activity(element: Element, digest: str, name: str, index: int) -> Activity:
    laps = [e for e in element if local_name(e) == "Lap"]
    if not laps:
        raise ImportFileError(f"{name} has an activity without laps")
    start_text = laps[0].get("StartTime") or _text(_child(element, "Id"))
    try:
        start = datetime.fromisoformat((start_text or "").replace("Z", "+00:00"))
    except ValueError as exc:
        raise ImportFileError(f"{name} has no readable start time ({start_text!r})") from exc
    lap_times = [_number(_child(lap, "TotalTimeSeconds")) for lap in laps]
    lap_distances = [_number(_child(lap, "DistanceMeters")) for lap in laps]
    lap_hrs = [heart_rate_reading(_number(_child(_child(lap, "AverageHeartRateBpm"), "Value"))) for lap in laps]
    points = [p for lap in laps for p in lap.iter() if local_name(p) == "Trackpoint"]
    point_distances = [d for p in points if (d := _number(_child(p, "DistanceMeters"))) is not None]
    readings = (heart_rate_reading(_number(_child(_child(p, "HeartRateBpm"), "Value"))) for p in points)
    point_hrs = [hr for hr in readings if hr is not None]
    altitudes = [a for p in points if (a := _number(_child(p, "AltitudeMeters"))) is not None]

    timed = [t for t in lap_times if t is not None and t > 0]  # a negative lap time is damage, not a time
    duration = sum(timed) if timed else None
    if point_distances:
        distance: float | None = max(point_distances)
    else:
        distance = sum(d for d in lap_distances if d is not None) if any(d is not None for d in lap_distances) else None
    if point_hrs:
        avg_hr: float | None = sum(point_hrs) / len(point_hrs)
    else:
        # laps with a time: a negative one (a damaged file) would weigh against the others, or cancel them to 0
        weighted = [(t, hr) for t, hr in zip(lap_times, lap_hrs, strict=True) if t is not None and t > 0 and hr]
        avg_hr = sum(t * hr for t, hr in weighted) / sum(t for t, _ in weighted) if weighted else None
    climb = sum(max(0.0, b - a) for a, b in itertools.pairwise(altitudes)) if altitudes else None
    return make_activity(
        sport=sport_name(element.get("Sport")),
        started=start,
        distance_m=distance,
        duration_s=duration,
        avg_hr=avg_hr,
        elevation_gain_m=climb,
        fingerprint=numbered_fingerprint(digest, index),
        source_name=name,
        laps=list(zip(lap_distances, lap_times, lap_hrs, strict=True)),
    )


def _child(element: Element | None, tag: str) -> Element | None:
    if element is None:
        return None
    return next((c for c in element if local_name(c) == tag), None)


def _text(element: Element | None) -> str | None:
    return element.text.strip() if element is not None and element.text else None


def _number(element: Element | None) -> float | None:
    text = _text(element)
    try:
        return float(text) if text else None
    except ValueError:
        return None
