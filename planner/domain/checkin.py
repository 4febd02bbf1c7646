"""A daily check-in: how the runner slept and feels, the input the readiness rule (engine/readiness) reads."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date

from planner.domain.record import Record, record

SLEEP_HOURS_MAX = 24.0
QUALITY_RANGE = (1, 5)  # sleep quality and energy: 1 very poor .. 5 very good
SORENESS_RANGE = (0, 10)  # 0 none .. 10 worst imaginable (a numeric rating scale, as for DOMS)
BODY_MASS_RANGE_KG = (20.0, 300.0)
RESTING_HR_RANGE = (20, 250)
NOTE_MAX = 2000


@record
class CheckIn(Record):
    """One morning's answers; ``day`` is the day the check-in is for (the night before it)."""

    day: date
    sleep_hours: float
    sleep_quality: int = 3
    soreness_legs: int = 0
    soreness_upper: int = 0
    energy: int = 3
    body_mass_kg: float | None = None
    resting_hr: int | None = None
    note: str = ""
    id: int | None = None

    def __init__(
        self,
        day: date,
        sleep_hours: float,
        sleep_quality: int = 3,
        soreness_legs: int = 0,
        soreness_upper: int = 0,
        energy: int = 3,
        body_mass_kg: float | None = None,
        resting_hr: int | None = None,
        note: str = "",
        id: int | None = None,
    ) -> None:
        init = object.__setattr__  # written out, not generated: see planner.domain.record
        init(self, "day", day)
        init(self, "sleep_hours", sleep_hours)
        init(self, "sleep_quality", sleep_quality)
        init(self, "soreness_legs", soreness_legs)
        init(self, "soreness_upper", soreness_upper)
        init(self, "energy", energy)
        init(self, "body_mass_kg", body_mass_kg)
        init(self, "resting_hr", resting_hr)
        init(self, "note", note)
        init(self, "id", id)
        self._check()

    def _check(self) -> None:
        if not 0.0 <= self.sleep_hours <= SLEEP_HOURS_MAX:
            raise ValueError(f"hours slept must be 0 to {SLEEP_HOURS_MAX:g}, not {self.sleep_hours:g}")
        _within("sleep quality", self.sleep_quality, QUALITY_RANGE)
        _within("energy", self.energy, QUALITY_RANGE)
        _within("leg soreness", self.soreness_legs, SORENESS_RANGE)
        _within("upper-body soreness", self.soreness_upper, SORENESS_RANGE)
        low, high = BODY_MASS_RANGE_KG
        if self.body_mass_kg is not None and not low <= self.body_mass_kg <= high:
            raise ValueError(f"body mass must be {low:g} to {high:g} kg, not {self.body_mass_kg:g}")
        if self.resting_hr is not None:
            _within("resting heart rate", self.resting_hr, RESTING_HR_RANGE)
        if len(self.note) > NOTE_MAX:
            raise ValueError(f"the note is longer than {NOTE_MAX} characters")

    def answers(self) -> dict[str, object]:
        """What the runner answered, by field name (not the day or the row id): stored and exported as is."""
        return {k: v for k, v in asdict(self).items() if k not in ("day", "id")}

    @property
    def summary(self) -> str:
        """The compact line the calendar shows, e.g. "Slept 6.5 h · legs 6/10"."""
        parts = [f"Slept {self.sleep_hours:g} h", f"legs {self.soreness_legs}/10"]
        if self.soreness_upper:
            parts.append(f"upper {self.soreness_upper}/10")
        parts.append(f"energy {self.energy}/5")
        return " · ".join(parts)


def _within(what: str, value: int, bounds: tuple[int, int]) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not bounds[0] <= value <= bounds[1]:
        raise ValueError(f"{what} must be a whole number from {bounds[0]} to {bounds[1]}, not {value!r}")
