"""Where each lift session goes: every candidate (session role x day x variant) is scored, hard rules
(R5 24 h, R6, R7, unavailable days, race days) exclude, soft rules add penalties; the best assignment
of days to roles is found by exhaustive search (at most 7 x 6 x 5 day orders for three sessions).

Penalties are in "points" chosen so the rule order of DESIGN §3 holds: a hard rule always wins, then
keeping the session heavy (25), then the 48 h margin before key runs (8), then strategy and timing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from itertools import pairwise, permutations

from planner.domain.enums import Intensity, LiftFocus, Strategy, TimeOfDay
from planner.engine.suggestion import Timing
from planner.engine.week_facts import DayFacts, Facts


class Role(StrEnum):
    STRENGTH = "strength"  # the week's main lower-body session (R1, R10)
    SUPPORT = "support"  # upper body and core (R3)
    POWER = "power"  # a third session: plyometrics, or core for novices
    MAINTENANCE = "maintenance"  # peak and taper (R2, R8)
    ACTIVATION = "activation"  # race week (R7)
    RECOVERY = "recovery"  # the week after an A race


@dataclass(frozen=True, slots=True)
class Variant:
    focus: LiftFocus
    intensity: Intensity
    cost: float = 0.0
    why: str = ""  # said when this variant is chosen over a better one

    @property
    def heavy_legs(self) -> bool:
        """R5/R7: heavy lower-body or plyometric work."""
        return self.focus is LiftFocus.PLYOMETRIC or self.heavy_lower

    @property
    def heavy_lower(self) -> bool:
        return self.intensity is Intensity.HEAVY and self.focus in (LiftFocus.LOWER, LiftFocus.FULL)

    @property
    def legs(self) -> bool:
        return self.focus in (LiftFocus.LOWER, LiftFocus.FULL, LiftFocus.PLYOMETRIC)


HARD = float("inf")
DOWNGRADE = 25.0
SOFT_48H = 8.0
SOFT_RACE_10D = 10.0
NEAR_KEY_MODERATE = 5.0
SAME_DAY_AS_LIFT = 20.0
BACK_TO_BACK = 3.0
AFTER_RACE = 20.0
R2_GAP = 15.0
R2_MAX_GAP = 10
PLYO_UNDER_3H = 15.0
LONG_RUN_LEGS = 12.0  # legs after a long run: the run was the leg session


@dataclass(frozen=True, slots=True)
class Candidate:
    role: Role
    day: date
    variant: Variant
    cost: float
    timing: Timing
    time_of_day: TimeOfDay | None
    notes: tuple[str, ...]  # reasons for the day, in plain words with the rule


def variants_for(role: Role, strength_intensity: Intensity, form_first: bool, day: DayFacts) -> list[Variant]:
    """The shapes a role can take on a day, best first; R3 sets the focus by the kind of day."""
    run_free = not day.runs
    lower = LiftFocus.FULL if run_free else LiftFocus.LOWER
    match role:
        case Role.STRENGTH | Role.MAINTENANCE:
            top = strength_intensity
            options = [Variant(lower, top)]
            if top is Intensity.HEAVY:
                options.append(Variant(lower, Intensity.MODERATE, DOWNGRADE, "moderate instead of heavy"))
            options.append(Variant(lower, Intensity.LIGHT, DOWNGRADE * 1.8, "light instead of heavier"))
            return options
        case Role.SUPPORT:
            return [Variant(LiftFocus.UPPER, Intensity.MODERATE), Variant(LiftFocus.CORE, Intensity.LIGHT, 6.0)]
        case Role.POWER:
            if form_first:
                return [Variant(LiftFocus.CORE, Intensity.LIGHT)]
            return [
                Variant(LiftFocus.PLYOMETRIC, Intensity.MODERATE),
                Variant(LiftFocus.CORE, Intensity.LIGHT, DOWNGRADE, "core instead of plyometrics"),
            ]
        case Role.ACTIVATION:
            return [Variant(LiftFocus.FULL, Intensity.LIGHT)]
        case _:
            return [Variant(LiftFocus.UPPER, Intensity.LIGHT)]


def score(
    role: Role, variant: Variant, facts: Facts, day: date, strategy: Strategy, last_lift: date | None
) -> Candidate | None:
    """None when a hard rule excludes the candidate; else its cost and the reasons for the day."""
    here = facts.at(day)
    if here.race:
        return None
    notes: list[str] = []
    cost = variant.cost
    name = f"{day:%A}"

    # R5: heavy legs need 24 h before a key run (hard), 48 h is better (soft)
    nxt = facts.next_key(day, within=2)
    if nxt is not None:
        key_day, _what = nxt
        hours = (key_day - day).days * 24
        if variant.heavy_legs and hours <= 24:
            return None
        if variant.heavy_legs and hours <= 48:
            cost += SOFT_48H
        if not variant.heavy_legs and variant.legs and hours <= 24 and variant.intensity is not Intensity.LIGHT:
            cost += NEAR_KEY_MODERATE
    # R6: 48 h between heavy lower-body sessions
    if variant.heavy_lower and any(abs((d - day).days) < 2 for d in facts.heavy_lower_days):
        return None
    # R7: no heavy legs with a race within 7 days; 8-10 days out is discouraged
    if variant.heavy_legs:
        if facts.race_within(day, 0, 7) is not None:
            return None
        if facts.race_within(day, 8, 10) is not None:
            cost += SOFT_RACE_10D
    if role is Role.ACTIVATION:
        race = facts.race_within(day, 2, 4)
        if race is None:
            return None
        notes.append(
            f"{(race[0] - day).days} days before {race[1]}: a light activation session keeps legs fresh "
            "(R7, a coaching convention rather than a trial result)."
        )
    if facts.race_within(day, -1, -1) is not None:
        cost += AFTER_RACE
    if role is Role.RECOVERY and facts.race_within(day, -2, -1) is not None:
        return None

    # R3: the kind of day decides the focus, and strategy which days suit legs
    cost += _strategy_cost(variant, here, strategy)
    if variant.legs and here.long:
        cost += LONG_RUN_LEGS
    if day in facts.lift_days:
        cost += SAME_DAY_AS_LIFT
    # R2: a maintenance session never more than 10 days after the last one
    if role is Role.MAINTENANCE and last_lift is not None and (day - last_lift).days > R2_MAX_GAP:
        cost += R2_GAP
    timing, time_of_day, timing_cost, timing_note = _timing(variant, here)
    cost += timing_cost

    notes.insert(0, _day_reason(name, here, facts, day, variant, strategy))
    if timing_note:
        notes.append(timing_note)
    return Candidate(role, day, variant, cost, timing, time_of_day, tuple(notes))


def _strategy_cost(variant: Variant, here: DayFacts, strategy: Strategy) -> float:
    key = here.key_run is not None
    if not variant.legs:
        # upper body and core: best on rest, cross-training or run-free days, fine after an easy run
        return 0.0 if not here.runs else (2.0 if not key else 4.0)
    if strategy is Strategy.HARD_DAYS_HARD:
        if key:
            return 0.0 if here.run_time is TimeOfDay.AM else 3.0
        return 8.0 if here.runs else 10.0
    if key:
        return 12.0
    return 0.0 if here.runs else 1.0


def _timing(variant: Variant, here: DayFacts) -> tuple[Timing, TimeOfDay | None, float, str]:
    """R4: run first, 6 h apart when possible; no plyometrics within 3 h of a run."""
    if not here.runs:
        return Timing.RUN_FREE, None, 0.0, ""
    when = here.run_time
    if when is TimeOfDay.AM:
        return Timing.SEPARATE, TimeOfDay.PM, 0.0, "Run in the morning, lift in the evening: 6 h or more apart (R4)."
    plyo = variant.focus is LiftFocus.PLYOMETRIC
    note = "Run first, then lift; 6 h apart is better when the day allows (R4)."
    if plyo:
        note = "Jumps after a run: leave 3 h or more in between (R4)."
    if when is TimeOfDay.PM:  # lifting straight after an evening run
        return Timing.AFTER_RUN, when, PLYO_UNDER_3H if plyo else 2.0, note
    return Timing.AFTER_RUN, None, 3.0 if plyo else 1.0, note


def _day_reason(name: str, here: DayFacts, facts: Facts, day: date, variant: Variant, strategy: Strategy) -> str:
    kind = here.describe()
    nxt = facts.next_key(day, within=3)
    parts = [f"{name} is {kind}"]
    if nxt is not None:
        key_day, what = nxt
        verb = "are" if what.endswith("s") else "is"  # "intervals are", "the tempo run is"
        parts.append(f"{key_day:%A}'s {what} {verb} {(key_day - day).days * 24} h away")
    else:
        parts.append("no key run in the next three days")
    text = " and ".join(parts)
    if variant.legs and here.key_run is not None and strategy is Strategy.HARD_DAYS_HARD:
        rule = "hard days hard: legs on the quality day, after the run (R3, R5)"
    elif variant.legs and here.key_run is not None:
        rule = "no easy day suits the legs better this week, so they follow the key run (R3, R5)"
    elif variant.legs and here.runs:
        rule = "legs after an easy run keep the key runs fresh (R3, R5)"
    elif variant.legs:
        rule = "a run-free day suits a full-body session (R3, R5)"
    else:
        rule = "upper body and core do not tire the running legs (R3)"
    return f"{text}: {rule}."


def best_assignment(
    roles: Sequence[Role],
    options: dict[Role, dict[date, Candidate]],
    fixed_lift_days: Sequence[date],
) -> list[Candidate]:
    """The cheapest placement of as many roles as fit, on distinct days; earlier roles matter more.

    Exhaustive over day orders; ties go to the earliest days so the result is deterministic.
    """
    for count in range(len(roles), 0, -1):
        for subset in _subsets(roles, count):
            best: tuple[float, tuple[date, ...]] | None = None
            pools = [sorted(options[r]) for r in subset]
            all_days = sorted({d for pool in pools for d in pool})
            for days in permutations(all_days, count):
                total = 0.0
                feasible = True
                for role, day in zip(subset, days, strict=True):
                    candidate = options[role].get(day)
                    if candidate is None:
                        feasible = False
                        break
                    total += candidate.cost
                if not feasible:
                    continue
                total += _spacing(days, fixed_lift_days)
                key = (total, days)
                if best is None or key < best:
                    best = key
            if best is not None:
                return [options[r][d] for r, d in zip(subset, best[1], strict=True)]
    return []


def _subsets(roles: Sequence[Role], count: int) -> list[tuple[Role, ...]]:
    """Subsets of ``count`` roles, keeping the most important (earliest) ones first."""
    if count == len(roles):
        return [tuple(roles)]
    from itertools import combinations

    return list(combinations(roles, count))


def _spacing(days: Sequence[date], fixed: Sequence[date]) -> float:
    """Lifts on consecutive days cost a little: spread sessions through the week."""
    every = sorted([*days, *fixed])
    cost = 0.0
    for a, b in pairwise(every):
        if b - a == timedelta(days=1):
            cost += BACK_TO_BACK
    return cost
