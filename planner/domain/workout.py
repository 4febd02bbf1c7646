"""A structured run: steps (warm-up, work, recovery, cool-down) and repeats, by distance or time, each
with a target pace or a training zone.

Stored as JSON on the run (SI: metres, seconds, seconds per km); written and read in words in the
runner's units, one block a line, so the editor, the .ics and CSV exports and the card all say the same:

    2 km warm-up
    6 x 800 m @ 3:50, 400 m jog
    2 km cool-down

The zones are Daniels' (Daniels' Running Formula, 3rd ed., 2014): E easy, M marathon, T threshold,
I interval, R repetition; planner/engine/pace_zones.py turns them into paces from a race result.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from enum import StrEnum

from planner.domain.enums import DistanceUnit
from planner.domain.units import format_pace, metres_per, pace_to_seconds_per_km

ZONES = {"E": "easy", "M": "marathon", "T": "threshold", "I": "interval", "R": "repetition"}
MAX_REPEATS = 50
MAX_STEPS = 40  # blocks, and steps inside one repeat: a workout is read on a watch, not a spreadsheet
MAX_STEP_M = 100_000.0
MAX_STEP_S = 12 * 3600
# a whole workout's distance steps: the most one session holds (the store's limit, 1,000 km); past it the
# steps read back fine and the save then failed naming a column in metres
MAX_WORKOUT_M = 1_000_000.0
PACE_RANGE_S_PER_KM = (120.0, 1200.0)  # 2:00/km (faster than any world record) to 20:00/km (a walk)
TRACK_METRES = 2000.0  # steps shorter than this, in whole 100 m, are said in metres ("800 m"), as on a track


class StepKind(StrEnum):
    WARMUP = "warmup"
    WORK = "work"
    RECOVERY = "recovery"
    COOLDOWN = "cooldown"


_KIND_WORDS = {StepKind.WARMUP: "warm-up", StepKind.RECOVERY: "jog", StepKind.COOLDOWN: "cool-down"}
_WORD_KINDS = {
    "warm-up": StepKind.WARMUP,
    "warmup": StepKind.WARMUP,
    "wu": StepKind.WARMUP,
    "cool-down": StepKind.COOLDOWN,
    "cooldown": StepKind.COOLDOWN,
    "cd": StepKind.COOLDOWN,
    "jog": StepKind.RECOVERY,
    "recovery": StepKind.RECOVERY,
    "rest": StepKind.RECOVERY,
    "float": StepKind.RECOVERY,
    "easy": StepKind.RECOVERY,
}


class WorkoutError(ValueError):
    """A workout that cannot be read, with a one-line reason naming the line."""


@dataclass(frozen=True, slots=True)
class Step:
    """One step: a distance or a duration (exactly one), with at most one target (a pace or a zone)."""

    kind: StepKind = StepKind.WORK
    distance_m: float | None = None
    duration_s: int | None = None
    pace_s_per_km: float | None = None
    zone: str | None = None

    def __post_init__(self) -> None:
        if (self.distance_m is None) == (self.duration_s is None):
            raise WorkoutError("a step is a distance or a time, not both or neither")
        if self.distance_m is not None and not 0 < self.distance_m <= MAX_STEP_M:
            raise WorkoutError(f"a step's distance must be above 0 and at most {MAX_STEP_M / 1000:.0f} km")
        if self.duration_s is not None and not 0 < self.duration_s <= MAX_STEP_S:
            raise WorkoutError(f"a step's time must be above 0 and at most {MAX_STEP_S // 3600} hours")
        if self.pace_s_per_km is not None and self.zone is not None:
            raise WorkoutError("a step has a pace or a zone, not both")
        low, high = PACE_RANGE_S_PER_KM
        if self.pace_s_per_km is not None and not low <= self.pace_s_per_km <= high:
            raise WorkoutError("a pace must be between 2:00 and 20:00 per km")
        if self.zone is not None and self.zone not in ZONES:
            raise WorkoutError(f"a zone is one of {', '.join(ZONES)} (Daniels)")


@dataclass(frozen=True, slots=True)
class Repeat:
    """A block run several times (6 x 400 m), kept as one block so the card and the export say it once."""

    times: int
    steps: tuple[Step, ...]

    def __post_init__(self) -> None:
        if not 1 <= self.times <= MAX_REPEATS:
            raise WorkoutError(f"a repeat runs 1 to {MAX_REPEATS} times")
        if not 1 <= len(self.steps) <= MAX_STEPS:
            raise WorkoutError(f"a repeat holds 1 to {MAX_STEPS} steps")


Block = Step | Repeat


@dataclass(frozen=True, slots=True)
class Workout:
    """A structured run's steps in order; validated on creation so a bad one never reaches the store."""

    blocks: tuple[Block, ...]

    def __post_init__(self) -> None:
        if not 1 <= len(self.blocks) <= MAX_STEPS:
            raise WorkoutError(f"a workout holds 1 to {MAX_STEPS} lines")
        distance = sum(s.distance_m or 0.0 for s in self.flat_steps())
        if distance > MAX_WORKOUT_M:
            raise WorkoutError(
                f"the steps add up to {distance / 1000:,.0f} km; a session holds at most {MAX_WORKOUT_M / 1000:,.0f} km"
            )

    def flat_steps(self) -> list[Step]:
        """Every step in the order it is run, repeats unrolled (what a watch's laps follow)."""
        out: list[Step] = []
        for block in self.blocks:
            out.extend(block.steps * block.times if isinstance(block, Repeat) else (block,))
        return out

    def total_distance_m(self) -> float | None:
        """The whole distance when every step is given by distance; None when some are by time."""
        steps = self.flat_steps()
        if any(s.distance_m is None for s in steps):
            return None
        return sum(s.distance_m or 0.0 for s in steps)

    # ---- stored form
    def to_json(self) -> str:
        return json.dumps([_block_dict(b) for b in self.blocks], separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> Workout:
        try:
            raw = json.loads(text)
            if not isinstance(raw, list):
                raise WorkoutError("a workout is a list of steps")
            return cls(tuple(_block_from(item) for item in raw))
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise WorkoutError(f"not a stored workout ({exc})") from exc


def _block_dict(block: Block) -> dict[str, object]:
    if isinstance(block, Repeat):
        return {"repeat": block.times, "steps": [_block_dict(s) for s in block.steps]}
    out: dict[str, object] = {"kind": block.kind.value}
    for key in ("distance_m", "duration_s", "pace_s_per_km", "zone"):
        if (value := getattr(block, key)) is not None:
            out[key] = value
    return out


def _block_from(item: object) -> Block:
    if not isinstance(item, dict):
        raise WorkoutError("a step is an object")
    if "repeat" in item:
        times, steps = item["repeat"], item["steps"]
        if not isinstance(times, int) or isinstance(times, bool) or not isinstance(steps, list):
            raise WorkoutError("a repeat has a whole count and a list of steps")
        inner = tuple(_block_from(s) for s in steps)
        if any(isinstance(s, Repeat) for s in inner):
            raise WorkoutError("repeats do not nest")
        return Repeat(times, inner)  # type: ignore[arg-type]  # checked just above
    if set(item) - {"kind", "distance_m", "duration_s", "pace_s_per_km", "zone"}:
        raise WorkoutError("a step has unknown fields")
    return Step(
        kind=StepKind(item["kind"]),
        distance_m=_number(item.get("distance_m")),
        duration_s=int(d) if (d := _number(item.get("duration_s"))) is not None else None,
        pace_s_per_km=_number(item.get("pace_s_per_km")),
        zone=str(item["zone"]) if item.get("zone") is not None else None,
    )


def _number(value: object) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise WorkoutError(f"{value!r} is not a number")
    return float(value)


# ---- in words, in the runner's units
def step_words(step: Step, unit: DistanceUnit, with_unit: bool = True) -> str:
    """``800 m @ 3:50/km``, ``2 km warm-up``, ``20 min @ T``, ``400 m jog``."""
    parts = [_amount(step, unit)]
    if step.kind is not StepKind.WORK:
        parts.append(_KIND_WORDS[step.kind])
    if step.pace_s_per_km is not None:
        parts.append(f"@ {format_pace(step.pace_s_per_km, unit, with_unit)}")
    elif step.zone is not None:
        parts.append(f"@ {step.zone}")
    return " ".join(parts)


def block_words(block: Block, unit: DistanceUnit, with_unit: bool = True) -> str:
    if isinstance(block, Repeat):
        return f"{block.times} x " + ", ".join(step_words(s, unit, with_unit) for s in block.steps)
    return step_words(block, unit, with_unit)


def in_words(workout: Workout, unit: DistanceUnit) -> list[str]:
    """One line a block, as typed in the editor (and read back by parse_workout)."""
    return [block_words(b, unit) for b in workout.blocks]


def short_form(workout: Workout, unit: DistanceUnit) -> str:
    """The card's line: the work only, ``6 x 800 m @ 3:50``, ``20 min @ T``, ``14 km @ E + 4 km @ M``."""
    parts = []
    for block in workout.blocks:
        if isinstance(block, Repeat):
            work = [s for s in block.steps if s.kind is StepKind.WORK]
            if work:
                parts.append(f"{block.times} x " + ", ".join(step_words(s, unit, False) for s in work))
        elif block.kind is StepKind.WORK:
            parts.append(step_words(block, unit, False))
    return " + ".join(parts)


def workout_line(workout: Workout | None, unit: DistanceUnit) -> str:
    """The card's short form of a run's workout; empty for a plain run (the card's one call)."""
    return short_form(workout, unit) if workout is not None else ""


def zone_legend(workout: Workout) -> str:
    """ "T = threshold, I = interval (Daniels)" for the zones the workout uses; empty when none."""
    used = [z for z in ZONES if any(s.zone == z for s in workout.flat_steps())]
    return ", ".join(f"{z} = {ZONES[z]}" for z in used) + " (Daniels)" if used else ""


def _amount(step: Step, unit: DistanceUnit) -> str:
    if step.duration_s is not None:
        minutes, seconds = divmod(step.duration_s, 60)
        if seconds:
            return f"{minutes}:{seconds:02d} min" if minutes else f"{seconds} s"
        return f"{minutes} min"
    metres = step.distance_m or 0.0
    if metres < TRACK_METRES and abs(metres / 100 - round(metres / 100)) < 1e-6:
        return f"{metres:.0f} m"
    value = metres / metres_per(unit)
    return f"{value:.2f}".rstrip("0").rstrip(".") + f" {unit.value}"


# ---- typed in the editor
_AMOUNT = re.compile(
    r"^(?P<number>\d+(?:[.,]\d+)?)\s*(?P<unit>km|mi|m|min|s|h)\b|^(?P<clock>\d+:\d{2})\s*min\b", re.IGNORECASE
)
_REPEAT = re.compile(r"^(?P<times>\d+)\s*[x×]\s*(?P<rest>.+)$", re.IGNORECASE)


def parse_workout(text: str, unit: DistanceUnit) -> Workout | None:
    """The workout typed one block a line (None for empty text), or WorkoutError naming the line.

    Paces are per the runner's unit (``3:50`` is per km for km, per mile for mi); ``m`` is always metres.
    """
    blocks: list[Block] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        try:
            blocks.append(_parse_block(line, unit))
        except WorkoutError as exc:
            raise WorkoutError(f"line {number} ({line[:40]}): {exc}") from None
    return Workout(tuple(blocks)) if blocks else None


def _parse_block(line: str, unit: DistanceUnit) -> Block:
    repeat = _REPEAT.match(line)
    if repeat and not _AMOUNT.match(line):
        inner = repeat["rest"].strip().removeprefix("(").removesuffix(")")
        return Repeat(int(repeat["times"]), tuple(_parse_step(p.strip(), unit) for p in re.split(r"[,+]", inner)))
    return _parse_step(line, unit)


def _parse_step(text: str, unit: DistanceUnit) -> Step:
    amount, _, target = text.partition("@")
    found = _AMOUNT.match(amount.strip())
    if not found:
        raise WorkoutError(f"'{text}' starts with no distance or time (800 m, 2 km, 20 min, 1:30 min)")
    words = amount.strip()[found.end() :].strip().lower()
    kind = _WORD_KINDS.get(words, StepKind.WORK) if words else StepKind.WORK
    if words and words not in _WORD_KINDS:
        raise WorkoutError(f"'{words}' is not warm-up, cool-down or jog")
    distance, duration = _distance_or_time(found)
    pace, zone = _target(target.strip(), unit) if target.strip() else (None, None)
    return Step(kind=kind, distance_m=distance, duration_s=duration, pace_s_per_km=pace, zone=zone)


def _distance_or_time(found: re.Match[str]) -> tuple[float | None, int | None]:
    if found["clock"]:
        minutes, seconds = found["clock"].split(":")
        return None, int(minutes) * 60 + int(seconds)
    value = float(found["number"].replace(",", "."))
    unit = found["unit"].lower()
    if unit in ("min", "s", "h"):
        return None, round(value * {"min": 60, "s": 1, "h": 3600}[unit])
    return value * {"m": 1.0, "km": 1000.0, "mi": metres_per(DistanceUnit.MI)}[unit], None


def _target(text: str, unit: DistanceUnit) -> tuple[float | None, str | None]:
    if text.upper() in ZONES:
        return None, text.upper()
    clock = re.fullmatch(r"(\d{1,2}):(\d{2})\s*(?:/\s*(km|mi))?", text, re.IGNORECASE)
    if not clock or int(clock[2]) >= 60:
        raise WorkoutError(f"'{text}' is neither a pace (3:50) nor a zone ({', '.join(ZONES)})")
    per = DistanceUnit(clock[3].lower()) if clock[3] else unit
    return pace_to_seconds_per_km(int(clock[1]) * 60 + int(clock[2]), per), None


# ---- templates for the common sessions (the paces are zones, so they fit any runner)
TEMPLATES: dict[str, str] = {
    # Daniels' I pace in repeats of 3-5 minutes with equal jog recoveries (Daniels' Running Formula, ch. 4)
    "Intervals: 6 x 800 m": "2 km warm-up\n6 x 800 m @ I, 400 m jog\n2 km cool-down",
    # a steady 20 minutes at T pace, Daniels' "tempo run"
    "Tempo: 20 min at threshold": "15 min warm-up\n20 min @ T\n10 min cool-down",
    # short uphill efforts, jogging back down
    "Hills: 8 x 60 s uphill": "15 min warm-up\n8 x 1 min @ R, 2 min jog\n10 min cool-down",
    # the last part of a long run at marathon pace (Daniels' "fast finish" long run)
    "Long run with fast finish": "14 km @ E\n4 km @ M",
}


def template(name: str) -> Workout:
    parsed = parse_workout(TEMPLATES[name], DistanceUnit.KM)
    assert parsed is not None
    return parsed
