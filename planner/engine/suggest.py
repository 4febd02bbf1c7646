"""The split-suggestion engine (DESIGN §3): lift sessions placed around the runs of a week, prescribed,
progressed and explained; warnings about the plan as it stands. Pure and deterministic."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, timedelta

from planner.domain.dates import EARLIEST_DAY, LATEST_DAY
from planner.domain.enums import DistanceUnit, Experience, Intensity, LiftFocus, RacePriority, Status
from planner.domain.session import RUN_TITLES, Session
from planner.domain.units import format_distance
from planner.engine import placement as pl
from planner.engine.phases import Phase, phase_of, sessions_for
from planner.engine.prescription import Level, Planned, choose_exercises, dose, trimmed
from planner.engine.progression import last_time, next_step
from planner.engine.readiness import Readiness, readiness_of
from planner.engine.readiness_tips import recovery_tips
from planner.engine.reasons import compare
from planner.engine.split_rules import check_rules, fine_days
from planner.engine.suggestion import (
    HISTORY_WEEKS,
    ExerciseDose,
    PlanWarning,
    RunnerUp,
    Suggestion,
    WeekInput,
    WeekSuggestion,
)
from planner.engine.volume import (
    TWO_WEEK_HARD,
    WEEK_SOFT,
    loading_streak,
    running_recovery_week,
    single_run_spikes,
    weekly_jump,
)
from planner.engine.week_facts import Facts, facts_of, regions_of

TAPER_KEEP = 0.5  # R8: volume -40-60 %
DELOAD_KEEP = 0.6  # R12: about 40 % fewer sets
MAINTENANCE_KEEP = 0.7  # R2: a shorter session at the same loads
ALTERNATIVE_MARGIN = 3.0
CONTEXT_BEFORE = timedelta(days=3)
CONTEXT_AFTER = timedelta(days=10)
SET_MINUTES = 2.5
STARTING_WEEKS = 3  # R9: "the first 2-4 weeks" of lifting are form first
STARTING_LOOKBACK = timedelta(weeks=HISTORY_WEEKS)
WARM_UP_MINUTES = 10


def _roles(phase: Phase, count: int) -> list[pl.Role]:
    match phase:
        case Phase.RACE_WEEK:
            return [pl.Role.ACTIVATION][:count]
        case Phase.RECOVERY:
            return [pl.Role.RECOVERY][:count]
        case Phase.PEAK | Phase.TAPER:
            return [pl.Role.MAINTENANCE][:count]
        case _:
            return [pl.Role.STRENGTH, pl.Role.SUPPORT, pl.Role.POWER][:count]


def _covers(role: pl.Role, lift: Session) -> bool:
    assert lift.lift is not None
    focus = lift.lift.focus
    if role in (pl.Role.STRENGTH, pl.Role.MAINTENANCE):
        return focus in (LiftFocus.LOWER, LiftFocus.FULL)
    if role is pl.Role.SUPPORT:
        return focus in (LiftFocus.UPPER, LiftFocus.CORE)
    if role is pl.Role.POWER:
        return focus is LiftFocus.PLYOMETRIC
    return True


def _uncovered(roles: list[pl.Role], existing: Sequence[Session]) -> list[pl.Role]:
    """The roles the runner's own lifts do not fill yet: a lift fills its matching role, else the last."""
    left = list(roles)
    unmatched = []
    for lift in existing:
        match = next((r for r in left if _covers(r, lift)), None)
        if match is not None:
            left.remove(match)
        else:
            unmatched.append(lift)
    for _ in unmatched:
        if left:
            left.pop()
    return left


def suggest_week(data: WeekInput) -> WeekSuggestion:
    days = data.days
    start, end = days[0], days[-1]
    profile = data.profile
    phase = phase_of(start, data.races, profile.first_weekday)
    target = sessions_for(phase.phase, profile.sessions_per_week)
    in_week = set(days)
    everything = [*data.history, *data.sessions]
    nearby = [s for s in everything if start - CONTEXT_BEFORE <= s.day <= end + CONTEXT_AFTER]
    facts = facts_of(nearby, data.races)
    existing = [s for s in data.sessions if s.lift is not None and s.day in in_week and s.status is not Status.SKIPPED]
    roles = _uncovered(_roles(phase.phase, target), existing)

    novice = profile.experience is Experience.NOVICE
    starting = not data.trained and starting_out(data.history, start)
    form_first = novice or starting
    notes = [phase.reason]
    keep = 1.0
    deload = False
    if phase.phase in (Phase.BASE, Phase.BUILD) and not form_first:
        streak = loading_streak(data.history, start)
        lighter_running = running_recovery_week(everything, start)
        if (streak >= 3 and lighter_running) or streak >= 5:
            deload = True
            keep = DELOAD_KEEP
            lined_up = (
                "lined up with this week's lighter running"
                if lighter_running
                else "running did not drop this week, so it stands on its own (every 4-6 weeks)"
            )
            notes.append(
                f"Deload week after {streak} loading weeks, {lined_up}: about 40 % fewer sets, loads moderate (R12)."
            )
    if phase.phase is Phase.TAPER:
        keep = TAPER_KEEP
    elif phase.phase is Phase.PEAK:
        keep = MAINTENANCE_KEEP
    if form_first:
        why = (
            "a novice profile"
            if novice
            else f"your first {STARTING_WEEKS} weeks of logged lifting here; Settings > Equipment skips them "
            "if you already lift regularly"
        )
        notes.append(f"Form first: light loads, 8-12 reps, stopping 3 reps short (R9: {why}).")
    strength_intensity = Intensity.MODERATE if (form_first or deload) else Intensity.HEAVY

    lifts_before = [
        s.day for s in everything if s.lift is not None and s.day < start and s.status is not Status.SKIPPED
    ]
    last_lift = max(lifts_before, default=None)
    # days before today are context (their sessions count for the rules), never places for a suggestion
    free_days = [d for d in days if _open(d, data)]

    def best_on(role: pl.Role, day: date, heavy_lower: bool = True) -> pl.Candidate | None:
        best: pl.Candidate | None = None
        for variant in pl.variants_for(role, strength_intensity, form_first, facts.at(day)):
            if variant.heavy_lower and not heavy_lower:
                continue
            candidate = pl.score(role, variant, facts, day, profile.strategy, last_lift)
            if candidate is not None and (best is None or candidate.cost < best.cost):
                best = candidate
        return best

    options: dict[pl.Role, dict[date, pl.Candidate]] = {}
    for role in roles:
        per_day: dict[date, pl.Candidate] = {}
        for day in free_days:
            best = best_on(role, day)
            if best is not None:
                per_day[day] = best
        options[role] = per_day
    fixed_days = [(s.day, regions_of(s.lift.focus)) for s in existing if s.lift is not None]
    chosen = pl.best_assignment(roles, options, fixed_days)
    chosen.sort(key=lambda c: c.day)
    readiness = readiness_of(data.checkins, days) if data.checkins else Readiness({})
    told: dict[pl.Role, str] = {}
    if readiness:
        chosen, told, options = _listen_to_readiness(chosen, roles, options, fixed_days, readiness, best_on)

    jump, _ = weekly_jump(everything, start)
    suggestions = []
    for candidate in chosen:
        others = sorted(
            d
            for d, c in options[candidate.role].items()
            if d != candidate.day and c.cost <= candidate.cost + ALTERNATIVE_MARGIN and d not in {x.day for x in chosen}
        )
        top = {d: pl.variants_for(candidate.role, strength_intensity, form_first, facts.at(d))[0] for d in free_days}
        runner_up = compare(candidate, options[candidate.role], chosen, free_days, facts, top, fixed_days)
        suggestions.append(
            _suggestion(
                candidate,
                data,
                phase.phase,
                form_first,
                keep,
                jump,
                tuple(others[:2]),
                told.get(candidate.role),
                runner_up,
                facts,
                top.get(candidate.day),
            )
        )

    warnings = _plan_warnings(data, nearby, everything)
    if readiness:
        warnings.extend(_readiness_warnings(readiness, existing))
    placed = len(existing) + len(suggestions)
    if placed < target:
        warnings.append(_shortfall(target, placed, roles, options, free_days, phase.phase))
    tips = recovery_tips(
        days,
        [*data.sessions, *(s.as_session() for s in suggestions)],
        data.checkins,
        profile.body_mass_kg,
    )
    return WeekSuggestion(start, phase, target, tuple(suggestions), tuple(warnings), tuple(notes), tips)


def starting_out(history: Sequence[Session], start: date) -> bool:
    """R9: anyone starting the programme gets its first weeks form-first. Starting means no lift logged
    from STARTING_LOOKBACK up to STARTING_WEEKS before the week: none yet, only recent ones, or a comeback
    after a long break (the database path reads eight weeks back, so the rule looks no further)."""
    oldest = start - STARTING_LOOKBACK
    newest = start - timedelta(weeks=STARTING_WEEKS)
    return not any(
        s.lift is not None and oldest <= s.day < newest and (s.status is Status.DONE or any(x.logged for x in s.sets))
        for s in history
    )


def _open(day: date, data: WeekInput) -> bool:
    """A day a lift may go on: not marked unavailable, not before today, and one the calendar keeps (a week
    at 2199's end runs into 2200, where a suggestion could be neither shown nor stored)."""
    in_calendar = EARLIEST_DAY <= day <= LATEST_DAY
    return in_calendar and day not in data.unavailable and (data.today is None or day >= data.today)


def _listen_to_readiness(
    chosen: list[pl.Candidate],
    roles: Sequence[pl.Role],
    options: dict[pl.Role, dict[date, pl.Candidate]],
    fixed_days: Sequence[tuple[date, frozenset[str]]],
    readiness: Readiness,
    best_on: Callable[[pl.Role, date, bool], pl.Candidate | None],
) -> tuple[list[pl.Candidate], dict[pl.Role, str], dict[pl.Role, dict[date, pl.Candidate]]]:
    """Heavy lower body placed on a caution day (engine/readiness) moves to a later day or gets lighter.

    Heavy lower-body candidates on caution days, and on days before the last such placement (the past,
    usually), give way to their best lighter variant; the assignment is then solved again, so the usual
    costs decide: a heavy session on a later day that passes every rule beats a downgrade (25 points)."""
    hit = [c for c in chosen if c.variant.heavy_lower and c.day in readiness.caution]
    if not hit:
        return chosen, {}, options
    cutoff = max(c.day for c in hit)
    adjusted: dict[pl.Role, dict[date, pl.Candidate]] = {}
    for role, per_day in options.items():
        kept: dict[date, pl.Candidate] = {}
        for day, candidate in per_day.items():
            if candidate.variant.heavy_lower and (day <= cutoff or day in readiness.caution):
                lighter = best_on(role, day, False)
                if lighter is not None:
                    kept[day] = lighter
            else:
                kept[day] = candidate
        adjusted[role] = kept
    again = pl.best_assignment(roles, adjusted, fixed_days)
    again.sort(key=lambda c: c.day)
    told: dict[pl.Role, str] = {}
    for before in hit:
        cause = readiness.caution[before.day]
        cause = cause[0].upper() + cause[1:]
        after = next((c for c in again if c.role is before.role), None)
        if after is None:
            continue  # the shortfall warning says a session is missing
        if after.day == before.day:
            told[after.role] = f"{cause}: heavy lower body made {after.variant.intensity.value} (check-in)."
        elif after.variant.heavy_lower:
            told[after.role] = f"{cause} on {before.day:%A}: heavy lower body moved to {after.day:%A} (check-in)."
        else:
            told[after.role] = (
                f"{cause} on {before.day:%A}: lower body moved to {after.day:%A} "
                f"and made {after.variant.intensity.value} (check-in)."
            )
    return again, told, adjusted


def _readiness_warnings(readiness: Readiness, existing: Sequence[Session]) -> list[PlanWarning]:
    """The runner's own heavy leg sessions on caution days, and streaks of poor days (engine/readiness)."""
    out = []
    for lift in existing:
        assert lift.lift is not None
        heavy_lower = lift.lift.intensity is Intensity.HEAVY and lift.lift.focus in (LiftFocus.LOWER, LiftFocus.FULL)
        cause = readiness.caution.get(lift.day)
        if heavy_lower and cause and lift.status is Status.PLANNED:
            out.append(
                PlanWarning(
                    lift.day,
                    "readiness",
                    f"{cause[0].upper() + cause[1:]}: make {lift.day:%A}'s heavy lower-body lift moderate, "
                    "or move it to a later day (check-in).",
                )
            )
    for streak in readiness.streaks:
        out.append(
            PlanWarning(
                streak.recovery_day,
                "readiness",
                f"{streak.days} poor days in a row ({streak.first:%a}-{streak.last:%a}): make "
                f"{streak.recovery_day:%A} a recovery day, rest or an easy run (check-in).",
            )
        )
    return out


def _suggestion(
    candidate: pl.Candidate,
    data: WeekInput,
    phase: Phase,
    form_first: bool,
    keep: float,
    jump: float | None,
    alternatives: tuple[date, ...],
    readiness_note: str | None,
    runner_up: RunnerUp | None,
    facts: Facts,
    top: pl.Variant | None = None,
) -> Suggestion:
    variant = candidate.variant
    profile = data.profile
    light = variant.intensity is Intensity.LIGHT
    level = Level.LIGHT if light else (Level.FORM if form_first else Level.STRENGTH)
    activation = candidate.role is pl.Role.ACTIVATION
    exercises = choose_exercises(variant.focus, level, data.library, activation=activation)
    advanced = profile.experience is Experience.ADVANCED
    planned = [Planned(e, dose(e, i, variant.intensity, level, advanced)) for i, e in enumerate(exercises)]
    if keep < 1.0:
        planned = trimmed(planned, keep)
    doses = []
    for item in planned:
        step = None
        if item.exercise.id is not None:
            step = next_step(
                item.exercise,
                item.dose,
                last_time(item.exercise.id, data.history),
                profile.mass_unit,
                jump,
                data.equipment,
                hold=("Taper week (R8)" if phase is Phase.TAPER else "Deload week (R12)") if keep < 1.0 else "",
            )
        doses.append(
            ExerciseDose(
                exercise=item.exercise,
                sets=item.dose.sets,
                reps_low=item.dose.reps_low,
                reps_high=item.dose.reps_high,
                rir=item.dose.rir,
                unit=item.dose.unit,
                reps=step.reps if step else item.dose.reps_low,
                load_kg=step.load_kg if step else None,
                note=step.note if step else "",
            )
        )
    reasons = list(candidate.notes)
    if runner_up is not None:
        reasons.insert(1, runner_up.text)
    if readiness_note:
        reasons.insert(0, readiness_note)
    elif variant.why:
        ruled = pl.hard_rule(candidate.role, top, facts, candidate.day) if top is not None else None
        why = f"{ruled}." if ruled else _soft_downgrade_reason(candidate, top, data, facts)
        reasons.append(f"{variant.why.capitalize()}: {why}")
    reasons.append(_dose_reason(candidate.role, variant.intensity, phase, form_first, keep, variant.focus))
    total_sets = sum(d.sets for d in doses)
    minutes = int(WARM_UP_MINUTES + SET_MINUTES * total_sets)
    return Suggestion(
        day=candidate.day,
        focus=variant.focus,
        intensity=variant.intensity,
        timing=candidate.timing,
        time_of_day=candidate.time_of_day,
        exercises=tuple(doses),
        reasons=tuple(reasons),
        alternatives=alternatives,
        duration_min=minutes,
        runner_up=runner_up,
    )


def _soft_downgrade_reason(candidate: pl.Candidate, top: pl.Variant | None, data: WeekInput, facts: Facts) -> str:
    """Why the lighter variant, when the heavier one breaks no hard rule on the chosen day: the soft costs the
    heavier one would add there, as the scoring weighed them (the fallback below said no day allowed it,
    which was false whenever the day itself did)."""
    if top is None:
        return _downgrade_reason(candidate, data, facts)
    heavier = pl.score(candidate.role, top, facts, candidate.day, data.profile.strategy, None)
    if heavier is None:
        return _downgrade_reason(candidate, data, facts)
    lighter = {text for _cost, text in candidate.penalties}
    extra = [text for _cost, text in heavier.penalties if text not in lighter and text != top.why]
    if not extra:
        return _downgrade_reason(candidate, data, facts)
    return f"on {candidate.day:%A} it would weigh more ({'; '.join(extra)})."


def _downgrade_reason(candidate: pl.Candidate, data: WeekInput, facts: Facts) -> str:
    day = candidate.day
    for session in [*data.history, *data.sessions]:
        if session.day == day + timedelta(days=1) and session.run is not None and session.run.run_type.is_key:
            title = RUN_TITLES[session.run.run_type].lower()
            return (
                f"{session.day:%A}'s {title} is the next day, and no free day this week is 24 h clear of key runs (R5)."
            )
    race = facts.race_forbids_heavy_legs(day)
    if race is not None:
        race_day, name, priority = race
        window = "7 days (an A race)" if priority is RacePriority.A else "3 days (a B race's mini-taper)"
        return f"{name} on {race_day:%a %d %b} is within {window} (R7)."
    return "no free day this week allows heavy legs 24 h clear of key runs and 48 h from other heavy leg work (R5, R6)."


def _dose_reason(
    role: pl.Role, intensity: Intensity, phase: Phase, form_first: bool, keep: float, focus: LiftFocus
) -> str:
    if role is pl.Role.ACTIVATION:
        return "Bodyweight only, 2 easy sets each: wake the legs up, do not tire them."
    if role is pl.Role.RECOVERY:
        return "Recovery week after the race: light upper body only, legs rest."
    if intensity is Intensity.LIGHT:  # prescription.dose: 2 sets of each exercise's own range, 3+ in reserve
        return "Light: 2 easy sets of each, stopping 3 or more reps short (holds keep their seconds)."
    if phase is Phase.TAPER:
        return "Taper: about half the sets, the same loads, so strength stays and fatigue goes (R8)."
    if phase is Phase.PEAK:
        return "Maintenance: one shorter session at the same loads keeps the strength gained (R2)."
    if focus is LiftFocus.PLYOMETRIC:
        return "Jumps are counted in ground contacts: every contact quick and light; stop the set when they slow."
    if form_first:
        return (
            "Learn the movements: 2 sets of 8-12 reps, light enough to stop 3 reps short; holds keep their "
            "seconds (R9)."
        )
    if intensity is Intensity.HEAVY:
        return "Heavy: main lifts 3-4 x 4-6, 2 reps in reserve, compound and single-leg work first (R10)."
    if keep < 1.0:
        return "Deload: fewer sets at moderate loads (R12)."
    return "Moderate: 2-3 sets, stopping 2-3 reps short of failure."


def _plan_warnings(data: WeekInput, nearby: Sequence[Session], everything: Sequence[Session]) -> list[PlanWarning]:
    out: list[PlanWarning] = []
    in_week = set(data.days)
    by_id = {s.id: s for s in nearby if s.id is not None}
    for session_id, found in sorted(check_rules(nearby, data.races).items()):
        session = by_id.get(session_id)
        if session is None or session.day not in in_week:
            continue
        good = fine_days(session, nearby, [d for d in data.days if _open(d, data)], data.races)
        hint = f" Fine days: {', '.join(f'{d:%a}' for d in good)}." if good else " No day this week is clear of it."
        for warning in found:
            out.append(PlanWarning(session.day, warning.rule, warning.message + hint, session_id))
    start = data.days[0]
    unit = data.profile.distance_unit.value
    for run, longest in single_run_spikes(everything, data.days):
        assert run.run is not None and run.run.distance_m is not None
        out.append(
            PlanWarning(
                run.day,
                "R13",
                f"{RUN_TITLES[run.run.run_type]} of {_distance(run.run.distance_m, unit)} is over 110 % of your "
                f"longest run in 30 days ({_distance(longest, unit)}): single-run spikes raise injury risk.",
                run.id,
            )
        )
    week_jump, two_week_jump = weekly_jump(everything, start)
    if two_week_jump is not None and two_week_jump > TWO_WEEK_HARD:
        out.append(
            PlanWarning(
                None, "R13", f"Running volume is up {two_week_jump:.0%} over two weeks (more than 30 %): ease it back."
            )
        )
    elif week_jump is not None and week_jump > WEEK_SOFT:
        out.append(
            PlanWarning(
                None, "R13", f"Running volume is up {week_jump:.0%} on last week (more than 10 %): loads held (R11)."
            )
        )
    return out


def _distance(metres: float, unit: str) -> str:
    return format_distance(metres, DistanceUnit(unit))


def _shortfall(
    target: int,
    placed: int,
    roles: Sequence[pl.Role],
    options: dict[pl.Role, dict[date, pl.Candidate]],
    free_days: Sequence[date],
    phase: Phase,
) -> PlanWarning:
    if not free_days:
        why = "no day of it is left that is not unavailable, past or beyond the calendar"
    elif all(not options[r] for r in roles):
        why = "no free day passes the hard rules (R5-R7)"
    else:
        why = "there are not enough free days that pass the hard rules (R5-R7)"
    rule = {Phase.RACE_WEEK: "R7", Phase.PEAK: "R2", Phase.TAPER: "R2"}.get(phase, "R1")
    return PlanWarning(None, rule, f"Only {placed} of {target} lift sessions fit this week: {why}.")


def plan_season(weeks: Sequence[WeekInput]) -> list[WeekSuggestion]:
    """Weeks in order; each week sees the suggestions of the weeks before as planned sessions, so R2's
    10-day gap and R6 across a week boundary hold over the season."""
    results = []
    carried: list[Session] = []
    for week in weeks:
        data = replace(week, history=(*week.history, *carried)) if carried else week
        result = suggest_week(data)
        results.append(result)
        carried.extend(s.as_session() for s in result.suggestions)
        carried.extend(s for s in week.sessions if week.days[0] <= s.day <= week.days[-1])
    return results
