"""Why a suggestion sits on its day: the chosen day against its runner-up, and why that one lost.

DESIGN §3 asks for reasons built from the real comparison. The runner-up is the best other day for the
same session, scored by the same rules; what it lost on are its penalties (placement.Candidate keeps
each in words) that the chosen day does not carry, or, when it scores as well or better on its own, what
made the week as a whole better without it (another session holds it, or lifts for the same muscles
would land on consecutive days). A day that scored better is never called worse.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from planner.domain.enums import LiftFocus
from planner.engine import placement as pl
from planner.engine.suggestion import RunnerUp
from planner.engine.week_facts import Facts, regions_of

EPSILON = 1e-6
FOCUS_WORDS = {
    LiftFocus.LOWER: "lower-body",
    LiftFocus.UPPER: "upper-body",
    LiftFocus.FULL: "full-body",
    LiftFocus.PLYOMETRIC: "plyometrics",
    LiftFocus.CORE: "core",
}


def compare(
    chosen: pl.Candidate,
    per_day: dict[date, pl.Candidate],
    plan: Sequence[pl.Candidate],
    free_days: Sequence[date],
    facts: Facts,
    top: dict[date, pl.Variant],
    fixed: Sequence[tuple[date, frozenset[str]]] = (),
) -> RunnerUp:
    """``per_day`` holds the session's best candidate per day, ``plan`` every chosen session, ``top``
    the session's first-choice variant per free day (to say which hard rule ruled a day out)."""
    others = [c for d, c in per_day.items() if d != chosen.day]
    if not others:
        ruled_out = []
        for day in free_days:
            if day == chosen.day or day not in top:
                continue
            why = pl.hard_rule(chosen.role, top[day], facts, day)
            if why:
                ruled_out.append(why)
        text = "No other free day takes this session"
        text += f": {'; '.join(ruled_out[:2])}." if ruled_out else "."
        return RunnerUp(None, None, chosen.cost, text)
    runner = min(others, key=lambda c: (c.cost, -c.preferred, c.day))
    name = f"{runner.day:%A}"
    holder = next((c for c in plan if c.day == runner.day and c.role is not chosen.role), None)
    if runner.cost <= chosen.cost + EPSILON:
        same = abs(runner.cost - chosen.cost) <= EPSILON
        alone = f"{name} scores the same for this session" if same else f"{name} alone scores better for it"
        if holder is not None:
            text = f"{alone}, but it holds the {FOCUS_WORDS[holder.variant.focus]} session, which fits there best."
        elif _spacing_with(chosen, runner.day, plan, fixed) > _spacing_with(chosen, chosen.day, plan, fixed):
            text = f"{alone}, but there it would put lifts for the same muscles on consecutive days."
        elif same and chosen.preferred and not runner.preferred:
            text = f"{alone}; {chosen.day:%A} wins the tie as R3's kind of day for it."
        elif same:
            text = f"{alone}; the tie goes to the earlier day."
        else:
            text = f"{alone}, but the week as a whole scores better this way."
        return RunnerUp(runner.day, runner.cost, chosen.cost, text)
    kept = {why for _, why in chosen.penalties}
    lost = sorted(((p, why) for p, why in runner.penalties if why not in kept), key=lambda item: -item[0])
    words = []
    for _, why in lost[:2]:
        if why == runner.variant.why and runner.day in top:
            ruled = pl.hard_rule(chosen.role, top[runner.day], facts, runner.day)
            why = f"it would be {why} there" + (f" ({ruled})" if ruled else "")
        words.append(why)
    because = " and ".join(words) if words else "the same rules weigh more on it"
    return RunnerUp(runner.day, runner.cost, chosen.cost, f"Next best: {name}, which lost because {because}.")


def _spacing_with(
    moved: pl.Candidate, day: date, plan: Sequence[pl.Candidate], fixed: Sequence[tuple[date, frozenset[str]]]
) -> float:
    placed = [(c.day, regions_of(c.variant.focus)) for c in plan if c is not moved]
    placed.append((day, regions_of(moved.variant.focus)))
    return pl.spacing(placed, fixed)
