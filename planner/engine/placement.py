"""Where each lift session goes: every candidate (session role x day x variant) is scored, hard rules
(R5 24 h, R6, R7, unavailable days, race days) exclude, soft rules add penalties; the best assignment
of days to roles is found by exhaustive search (at most 7 x 6 x 5 day orders for three sessions).

Penalties are in "points" chosen so the rule order of DESIGN §3 holds: a hard rule always wins, then
keeping the session heavy (25), then the 48 h margin before key runs (8), then strategy (R3: the seed's
split, lower body on easy-run days and upper body on rest or cross-training days, outweighs spreading
the week) and timing. Each penalty keeps its words, so a reason can say why the runner-up day lost.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from itertools import pairwise, permutations

from planner.domain.enums import Intensity, LiftFocus, RacePriority, Strategy, TimeOfDay
from planner.engine.split_rules import RACE_WEEK_DAYS
from planner.engine.suggestion import Timing
from planner.engine.week_facts import CLOCK, REGIONS, DayFacts, Facts


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
BACK_TO_BACK = 3.0  # consecutive days working the same muscles (upper after lower works other ones)
LEGS_BACK_TO_BACK = 6.0  # legs two days running: jumps the day after heavy squats come to tired legs
AFTER_RACE = 20.0
R2_GAP = 100.0  # "never more than 10 days apart": beats every soft cost, still finite when no day is in reach
R2_MAX_GAP = 10
PLYO_UNDER_3H = 15.0
LONG_RUN_LEGS = 12.0  # legs after a long run: the run was the leg session
# R3 for upper body and core: rest, cross-training and run-free days; an easy-run day costs more than
# any spacing penalty, so the seed's split wins whenever it is legal
UPPER_ON_EASY_DAY = 7.0
UPPER_ON_KEY_DAY = 9.0


@dataclass(frozen=True, slots=True)
class Candidate:
    role: Role
    day: date
    variant: Variant
    cost: float
    timing: Timing
    time_of_day: TimeOfDay | None
    notes: tuple[str, ...]  # reasons for the day, in plain words with the rule
    penalties: tuple[tuple[float, str], ...] = ()  # what the cost is made of, each in words
    preferred: bool = False  # R3's kind of day for this focus: breaks ties between equal plans


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


def hours_between(day: date, lift_time: TimeOfDay | None, later: date, run_clock: int | None) -> tuple[int, bool]:
    """Hours from a lift to a later run, and whether they rest on known times (am/pm) or on whole days."""
    if lift_time is None or run_clock is None:
        return (later - day).days * 24, False
    return (later - day).days * 24 + run_clock - CLOCK[lift_time], True


def hours_text(hours: int, known: bool) -> str:
    """ "about 38 h" from known times of day; whole days when either time is not known."""
    if known:
        return f"about {hours} h"
    days = hours // 24
    return "a day" if days == 1 else f"{days} days"


def hard_rule(role: Role, variant: Variant, facts: Facts, day: date) -> str | None:
    """Why a hard rule excludes the candidate, in words; None when none does."""
    here = facts.at(day)
    if here.race:
        return f"{day:%A} is race day"
    nxt = facts.next_key(day, within=1)
    if variant.heavy_legs and nxt is not None:
        return f"{day:%A} is the day before {nxt[0]:%A}'s {nxt[1]} (R5: 24 h)"
    if variant.heavy_lower:
        other = next((d for d in sorted(facts.heavy_lower_days) if abs((d - day).days) < 2), None)
        if other is not None:
            return f"{day:%A} is within 48 h of the heavy lower-body lift on {other:%A} (R6)"
    if variant.heavy_legs:
        race = facts.race_forbids_heavy_legs(day)
        if race is not None:
            article = "an" if race[2] is RacePriority.A else "a"
            days = (race[0] - day).days
            when = "the day before" if days == 1 else ("race day" if days == 0 else f"{days} days before")
            return f"{day:%A} is {when} {race[1]}, {article} {race[2].value} race (R7, a coaching convention)"
    if variant.legs and not variant.heavy_legs:
        # R7: within a week of an A race the legs get a light activation session 2-4 days out at most; a
        # moderate lower or full-body lift there took the place of that (found 1-7 days out)
        a_race = facts.race_within(day, 0, RACE_WEEK_DAYS, (RacePriority.A,))
        if a_race is not None:
            out = (a_race[0] - day).days
            if not (variant.intensity is Intensity.LIGHT and 2 <= out <= 4):
                return (
                    f"{day:%A} is {out} days before {a_race[1]}, an A race: within a week of it the legs get a "
                    "light activation session 2-4 days out at most (R7, a coaching convention)"
                )
    if role is Role.ACTIVATION and facts.race_within(day, 2, 4, (RacePriority.A,)) is None:
        return f"{day:%A} is not 2-4 days before the race (R7)"
    if role is Role.RECOVERY and facts.race_within(day, -2, -1) is not None:
        return f"{day:%A} is too soon after the race"
    return None


def score(
    role: Role, variant: Variant, facts: Facts, day: date, strategy: Strategy, last_lift: date | None
) -> Candidate | None:
    """None when a hard rule excludes the candidate; else its cost and the reasons for the day."""
    if hard_rule(role, variant, facts, day) is not None:
        return None
    here = facts.at(day)
    notes: list[str] = []
    penalties: list[tuple[float, str]] = []
    if variant.cost:
        penalties.append((variant.cost, variant.why or "a lighter variant"))  # reasons.compare words it
    timing, time_of_day, timing_cost, timing_note = _timing(variant, here)

    # R5: heavy legs 48 h before a key run is better than 24 h (24 h is the hard rule above)
    nxt = facts.next_key(day, within=2)
    if nxt is not None:
        key_day, what = nxt
        hours, known = hours_between(day, time_of_day, key_day, facts.key_clock(key_day))
        if variant.heavy_legs:
            penalties.append((SOFT_48H, f"{key_day:%A}'s {what} is only {hours_text(hours, known)} later (R5: 48 h)"))
        elif variant.legs and (key_day - day).days == 1 and variant.intensity is not Intensity.LIGHT:
            penalties.append((NEAR_KEY_MODERATE, f"it is the day before {key_day:%A}'s {what} (R5)"))
    # R7: heavy legs 8-10 days before an A race is discouraged
    if variant.heavy_legs:
        race = facts.race_within(day, 8, 10, (RacePriority.A,))
        if race is not None:
            penalties.append((SOFT_RACE_10D, f"{race[1]} is {(race[0] - day).days} days later (R7)"))
    if role is Role.ACTIVATION:
        race = facts.race_within(day, 2, 4, (RacePriority.A,))
        assert race is not None  # hard_rule checked it
        notes.append(
            f"{(race[0] - day).days} days before {race[1]}: a light activation session keeps legs fresh "
            "(R7, a coaching convention rather than a trial result)."
        )
    if facts.race_within(day, -1, -1) is not None:
        penalties.append((AFTER_RACE, "it is the day after a race"))

    # R3: the kind of day decides the focus, and strategy which days suit legs
    r3_cost, r3_why = _strategy_cost(variant, here, strategy)
    if r3_cost:
        penalties.append((r3_cost, r3_why))
    if variant.legs and here.long:
        penalties.append((LONG_RUN_LEGS, "the long run has already worked the legs that day"))
    if day in facts.lift_days:
        penalties.append((SAME_DAY_AS_LIFT, "another lift is already planned that day"))
    # R2: a maintenance session never more than 10 days after the last one
    if role is Role.MAINTENANCE and last_lift is not None and (day - last_lift).days > R2_MAX_GAP:
        penalties.append((R2_GAP, f"it is more than {R2_MAX_GAP} days after the last lift (R2)"))
    if timing_cost:
        if variant.focus is LiftFocus.PLYOMETRIC:
            penalties.append((timing_cost, "the jumps would come within 3 h of the run (R4)"))
        else:
            penalties.append((timing_cost, "the lift would come straight after the run (R4: 6 h apart is better)"))

    notes.insert(0, _day_reason(here, facts, day, variant, strategy, time_of_day))
    if timing_note:
        notes.append(timing_note)
    cost = sum(points for points, _ in penalties)
    return Candidate(
        role, day, variant, cost, timing, time_of_day, tuple(notes), tuple(penalties), r3_cost == 0 and variant.legs
    )


def _strategy_cost(variant: Variant, here: DayFacts, strategy: Strategy) -> tuple[float, str]:
    key = here.key_run is not None
    if not variant.legs:
        # upper body and core: rest, cross-training or run-free days (R3)
        if not here.runs:
            return 0.0, ""
        return (UPPER_ON_KEY_DAY if key else UPPER_ON_EASY_DAY), "it has a run (R3: upper body on rest days)"
    if strategy is Strategy.HARD_DAYS_HARD:
        if key:
            if here.run_time is TimeOfDay.AM:
                return 0.0, ""
            return 3.0, "the key run's time is not known to be morning (R3: 6 h apart)"
        return (8.0 if here.runs else 10.0), "it is not a quality-run day (R3: hard days hard)"
    if key:
        return 12.0, "it is a key-run day (R3: legs on easy days)"
    if here.runs:
        return 0.0, ""
    return 1.0, "it has no easy run to pair the legs with (R3)"


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


def _day_reason(
    here: DayFacts, facts: Facts, day: date, variant: Variant, strategy: Strategy, lift_time: TimeOfDay | None
) -> str:
    """What the day is and how far the next key run is: the facts behind the choice, not the comparison."""
    nxt = facts.next_key(day, within=3)
    parts = [f"{day:%A} is {here.describe()}"]
    if nxt is not None:
        key_day, what = nxt
        verb = "are" if what.endswith("s") else "is"  # "intervals are", "the tempo run is"
        hours, known = hours_between(day, lift_time, key_day, facts.key_clock(key_day))
        parts.append(f"{key_day:%A}'s {what} {verb} {hours_text(hours, known)} away")
    else:
        parts.append("no key run in the next three days")
    text = " and ".join(parts)
    if variant.legs and here.key_run is not None and strategy is Strategy.HARD_DAYS_HARD:
        rule = "hard days hard: legs on the quality day, after the run (R3, R5)"
    elif variant.legs and here.key_run is not None:
        rule = "the legs follow the key run, so the next day can recover (R3, R5)"
    elif variant.legs and here.runs:
        rule = "legs after an easy run keep the key runs fresh (R3, R5)"
    elif variant.focus is LiftFocus.PLYOMETRIC:
        rule = "jumps on a day without a run come to fresh legs, with no key run to spoil (R3, R5)"
    elif variant.legs:
        rule = "a run-free day suits a full-body session (R3, R5)"
    else:
        rule = "upper body and core do not tire the running legs (R3)"
    return f"{text}: {rule}."


def best_assignment(
    roles: Sequence[Role],
    options: dict[Role, dict[date, Candidate]],
    fixed_lifts: Sequence[tuple[date, frozenset[str]]],
) -> list[Candidate]:
    """The cheapest placement of as many roles as fit, on distinct days; earlier roles matter more.

    Exhaustive over day orders. Equal totals go to the plan with more sessions on R3's kind of day
    (legs on easy days), then to the earliest days, so the result is deterministic.
    """
    for count in range(len(roles), 0, -1):
        for subset in _subsets(roles, count):
            best: tuple[float, int, tuple[date, ...]] | None = None
            pools = [sorted(options[r]) for r in subset]
            all_days = sorted({d for pool in pools for d in pool})
            for days in permutations(all_days, count):
                total = 0.0
                preferred = 0
                feasible = True
                placed = []
                for role, day in zip(subset, days, strict=True):
                    candidate = options[role].get(day)
                    if candidate is None:
                        feasible = False
                        break
                    total += candidate.cost
                    preferred += candidate.preferred
                    placed.append((day, REGIONS[candidate.variant.focus]))
                if not feasible:
                    continue
                total += spacing(placed, fixed_lifts)
                key = (round(total, 6), -preferred, days)
                if best is None or key < best:
                    best = key
            if best is not None:
                return [options[r][d] for r, d in zip(subset, best[2], strict=True)]
    return []


def _subsets(roles: Sequence[Role], count: int) -> list[tuple[Role, ...]]:
    """Subsets of ``count`` roles, keeping the most important (earliest) ones first."""
    if count == len(roles):
        return [tuple(roles)]
    from itertools import combinations

    return list(combinations(roles, count))


def spacing(placed: Sequence[tuple[date, frozenset[str]]], fixed: Sequence[tuple[date, frozenset[str]]]) -> float:
    """Lifts on consecutive days cost a little when they work the same muscles; legs two days running more."""
    every = sorted([*placed, *fixed], key=lambda item: item[0])
    cost = 0.0
    for (a, first), (b, second) in pairwise(every):
        if b - a == timedelta(days=1):
            shared = first & second
            if "legs" in shared:
                cost += LEGS_BACK_TO_BACK
            elif shared:
                cost += BACK_TO_BACK
    return cost
