"""Recovery tips (DESIGN R14: tips, never rules): at most two short lines, only when the week calls for them.

Sources: protein 1.2-2.0 g/kg/day and carbohydrate 1-4 g/kg in the 1-4 h before exercise longer than an
hour, 30-60 g/h during 1-2.5 h of exercise: Thomas, Erdman & Burke, "Nutrition and Athletic
Performance", joint position stand of the ACSM, the Academy of Nutrition and Dietetics and Dietitians of
Canada, MSSE 2016. A rest day every week: R14 and the seed articles (recovery is where training pays off).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from planner.domain.checkin import CheckIn
from planner.domain.enums import RunType, SessionKind, Status
from planner.domain.session import Session

PROTEIN_G_PER_KG = (1.2, 2.0)  # ACSM/AND/DC 2016
CARB_BEFORE_G_PER_KG = (1, 4)  # 1-4 h before exercise over 60 min, ACSM/AND/DC 2016
CARB_DURING_G_PER_H = (30, 60)  # during 1-2.5 h of exercise, ACSM/AND/DC 2016
MAX_TIPS = 2


def _active(session: Session) -> bool:
    return session.status is not Status.SKIPPED and session.kind is not SessionKind.REST


def rest_day_missing(days: Sequence[date], sessions: Sequence[Session]) -> bool:
    """True when each of ``days`` (a full week) holds a run, lift or cross-training session."""
    busy = {s.day for s in sessions if _active(s)}
    return len(days) >= 7 and all(d in busy for d in days)


def recovery_tips(
    days: Sequence[date],
    sessions: Sequence[Session],
    checkins: Sequence[CheckIn] = (),
    body_mass_kg: float | None = None,
    limit: int = MAX_TIPS,
) -> tuple[str, ...]:
    """The most useful tips for this week, most important first: a missing rest day, fuel for the long
    run, protein on lifting weeks. ``sessions`` are the week's sessions (suggestions included)."""
    in_week = [s for s in sessions if s.day in set(days) and _active(s)]
    tips: list[str] = []
    if rest_day_missing(days, in_week):
        tips.append(
            f"No rest day from {days[0]:%a %d %b} to {days[-1]:%a %d %b}: plan one; "
            "fitness is built while recovering (R14)."
        )
    masses = [c.body_mass_kg for c in sorted(checkins, key=lambda c: c.day) if c.body_mass_kg is not None]
    mass = masses[-1] if masses else body_mass_kg
    long_runs = [s for s in in_week if s.run is not None and s.run.run_type is RunType.LONG]
    if long_runs:
        low, high = CARB_BEFORE_G_PER_KG
        amount = f"{low}-{high} g per kg" + (f" ({low * mass:.0f}-{high * mass:.0f} g)" if mass else "")
        tips.append(
            f"Long run on {long_runs[0].day:%A}: {amount} of carbohydrate in the 1-4 h before, and "
            f"{CARB_DURING_G_PER_H[0]}-{CARB_DURING_G_PER_H[1]} g an hour during it (ACSM/AND/DC 2016)."
        )
    if any(s.kind is SessionKind.LIFT for s in in_week):
        low_p, high_p = PROTEIN_G_PER_KG
        amount = f"{low_p:g}-{high_p:g} g per kg a day" + (
            f" ({low_p * mass:.0f}-{high_p * mass:.0f} g)" if mass else ""
        )
        tips.append(f"Protein for running and lifting: {amount}, spread over 3-4 meals (ACSM/AND/DC 2016).")
    return tuple(tips[:limit])
