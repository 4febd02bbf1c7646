"""The bests logged before a date, for personal records: best Epley e1RM per exercise, most reps per load.

Why a cache and not one query per week: the answer is an aggregate over an exercise's whole history, and
on ten years (60,000 sets) even the leanest fixed SQL for it takes 20-40 ms, more than a week switch's
whole frame. So each exercise's logged history is read once (one query, when a week first needs it) into
per-session facts sorted by day with running maxima; a week then costs a bisect per exercise.

The first read of that history is the slow part (0.1-0.3 s for 10-30 years, most of it SQLite joining sets to their
sessions), so ``warm_up`` starts it on a thread with its own read-only connection while the window opens; SQLite
lets go of the GIL while it reads, and the first week's records then find the histories ready (issue 21: it froze
the window just after it opened). Sessions edited meanwhile are marked by the triggers below and read again when
the warm histories are taken in.

The cache stays exact through edits by way of TEMP triggers on this connection (never part of the stored
schema): any insert, update or delete of a set, and any change of a session's day or status, marks that session
dirty, and the next read re-reads just those sessions. Another connection's commit (PRAGMA data_version)
or a new connection drops the cache. Inside an open transaction the cache is neither trusted with
uncommitted marks nor updated (a rollback would leave it wrong): the plain SQL answers instead.
"""

from __future__ import annotations

import sqlite3
import threading
from bisect import bisect_left
from collections.abc import Iterable, Mapping
from datetime import date
from pathlib import Path
from typing import NamedTuple

from planner.store import models as m

# the same arithmetic as planner.engine.records (load_key, Epley for 1-10 reps), so values compare exactly
_LOAD_KEY = "CAST(ls.actual_load_kg * 100 + 0.5 AS INTEGER)"
_EPLEY = (
    "CASE WHEN ls.actual_reps > 10 THEN NULL WHEN ls.actual_reps = 1 THEN ls.actual_load_kg "
    "ELSE ls.actual_load_kg * (1 + ls.actual_reps / 30.0) END"
)
# only sessions marked done: sets typed into a planned or skipped session were not lifted (yet)
# warm-ups never count towards a record
_LOGGED = "ls.actual_reps > 0 AND ls.actual_load_kg > 0 AND s.status = 'done' AND ls.warmup = 0"
# one row per exercise, session and load: a session's sets at one load collapse in SQL (issue 21: the first
# read of ten years made the window freeze for 90 ms just after it opened)
_FACTS = f"""
SELECT ls.exercise_id, ls.session_id, s.day, {_LOAD_KEY} AS load_key, MAX(ls.actual_reps), MAX({_EPLEY})
FROM lift_set AS ls JOIN session AS s ON s.id = ls.session_id
WHERE {{column}} IN ({{marks}}) AND {_LOGGED}
GROUP BY ls.exercise_id, ls.session_id, load_key
"""
_ALL_FACTS = _FACTS.replace("{column} IN ({marks}) AND ", "")
_BEST_E1RM = f"""
SELECT ls.exercise_id, MAX({_EPLEY})
FROM lift_set AS ls JOIN session AS s ON s.id = ls.session_id
WHERE ls.exercise_id IN ({{marks}}) AND s.day < ? AND {_LOGGED} AND ls.actual_reps <= 10
GROUP BY ls.exercise_id
"""
_BEST_REPS = f"""
SELECT ls.exercise_id, {_LOAD_KEY} AS load_key, MAX(ls.actual_reps)
FROM lift_set AS ls JOIN session AS s ON s.id = ls.session_id
WHERE ls.exercise_id IN ({{marks}}) AND s.day < ? AND {_LOGGED}
GROUP BY ls.exercise_id, load_key
"""
_TRIGGERS = """
CREATE TEMP TABLE IF NOT EXISTS record_dirty (session_id INTEGER PRIMARY KEY);
CREATE TEMP TRIGGER IF NOT EXISTS record_set_added AFTER INSERT ON main.lift_set
BEGIN INSERT OR IGNORE INTO record_dirty VALUES (NEW.session_id); END;
CREATE TEMP TRIGGER IF NOT EXISTS record_set_removed AFTER DELETE ON main.lift_set
BEGIN INSERT OR IGNORE INTO record_dirty VALUES (OLD.session_id); END;
CREATE TEMP TRIGGER IF NOT EXISTS record_set_changed AFTER UPDATE ON main.lift_set
BEGIN
  INSERT OR IGNORE INTO record_dirty VALUES (OLD.session_id);
  INSERT OR IGNORE INTO record_dirty VALUES (NEW.session_id);
END;
CREATE TEMP TRIGGER IF NOT EXISTS record_session_changed AFTER UPDATE OF day, status ON main.session
BEGIN INSERT OR IGNORE INTO record_dirty VALUES (NEW.id); END;
"""
_CHUNK = 900  # under SQLite's bound-parameter limit


class PreviousBests(NamedTuple):
    e1rm: dict[int, float]  # exercise id -> best Epley e1RM, kg
    reps: dict[tuple[int, int], int]  # (exercise id, load in hundredths of a kg) -> most reps


def bests_before(day: date, wanted: Mapping[int, Iterable[int]]) -> PreviousBests:
    """The bests logged on days before ``day``, for the exercises in ``wanted`` (exercise id -> the load
    keys whose rep bests are asked for); exercises with no logged history are left out."""
    if not wanted:
        return PreviousBests({}, {})
    cache = _current_cache()
    if cache is None:
        return bests_before_uncached(day, wanted)
    return cache.bests(day.isoformat(), wanted)


def bests_before_uncached(day: date, wanted: Mapping[int, Iterable[int]]) -> PreviousBests:
    """The same answer straight from the tables (two aggregate queries over the exercises' history)."""
    keys = {exercise_id: set(loads) for exercise_id, loads in wanted.items()}
    ids = list(keys)
    e1rm: dict[int, float] = {}
    reps: dict[tuple[int, int], int] = {}
    for i in range(0, len(ids), _CHUNK):
        chunk = ids[i : i + _CHUNK]
        marks = ", ".join("?" * len(chunk))
        args = [*chunk, day.isoformat()]
        for exercise_id, best in m.database.execute_sql(_BEST_E1RM.format(marks=marks), args).fetchall():
            if best is not None:
                e1rm[exercise_id] = best
        for exercise_id, key, most in m.database.execute_sql(_BEST_REPS.format(marks=marks), args).fetchall():
            if key in keys[exercise_id]:
                reps[(exercise_id, key)] = most
    return PreviousBests(e1rm, reps)


def warm_up() -> None:
    """Start reading the logged history for personal records in the background, if it is not cached yet:
    for a caller that will want records soon but must not wait now (the window's first week)."""
    cache = _current_cache()
    if cache is not None:
        cache.warm_up(str(m.database.database))


def warm_up_running() -> bool:
    """Whether a background read started by ``warm_up`` is still running: a caller that can wait a little (a timer
    on the event loop) asks this before reading bests, which would otherwise wait for it."""
    cache = _CACHE
    return cache is not None and cache.warming


def forget() -> None:
    """Drop the cached history (it is rebuilt on the next read)."""
    global _CACHE
    _CACHE = None


# ---- the cache


class _Facts:
    """One session's logged work on one exercise.

    This and ``_History`` are plain classes: the module loads at each start, where a dataclass's generated
    methods cost about 0.5 ms each to compile on Python 3.11 (issue 21), and neither is compared or printed."""

    __slots__ = ("day", "e1rm", "reps")

    def __init__(self, day: str, e1rm: float | None = None, reps: dict[int, int] | None = None) -> None:
        self.day = day
        self.e1rm = e1rm
        self.reps: dict[int, int] = {} if reps is None else reps  # load key -> most reps


_Found = dict[tuple[int, int], _Facts]  # (exercise id, session id) -> facts


class _Series:
    """Values by day, kept sorted, with their running maximum worked out lazily.

    An edit only cuts the running maximum back to the place it changed, and a read extends it only as far
    as its day: a change in the shown week costs a few steps, not a pass over ten years.
    """

    def __init__(self, items: list[tuple[str, int, float]] | None = None) -> None:
        self.items: list[tuple[str, int, float]] = sorted(items) if items else []  # (day, session id, value)
        self.top: list[float] = []  # running maximum of items[: len(top)]

    def add(self, day: str, session_id: int, value: float) -> None:
        item = (day, session_id, value)
        i = bisect_left(self.items, item)
        self.items.insert(i, item)
        del self.top[i:]

    def remove(self, day: str, session_id: int, value: float) -> None:
        item = (day, session_id, value)
        i = bisect_left(self.items, item)
        if i < len(self.items) and self.items[i] == item:
            del self.items[i]
            del self.top[i:]

    def best_before(self, day: str) -> float | None:
        i = bisect_left(self.items, (day,))  # items[:i] are the days before ``day``
        top, items = self.top, self.items
        for j in range(len(top), i):
            top.append(max(items[j][2], top[-1]) if top else items[j][2])
        return top[i - 1] if i else None


class _History:
    """One exercise's logged sessions, as series of e1RMs and of reps per load."""

    __slots__ = ("e1rm", "loads", "sessions")

    def __init__(
        self,
        sessions: dict[int, _Facts] | None = None,
        e1rm: _Series | None = None,
        loads: dict[int, _Series] | None = None,
    ) -> None:
        self.sessions: dict[int, _Facts] = {} if sessions is None else sessions
        self.e1rm = _Series() if e1rm is None else e1rm
        self.loads: dict[int, _Series] = {} if loads is None else loads

    @classmethod
    def built(cls, sessions: dict[int, _Facts]) -> _History:
        """An exercise's history from all its sessions at once: each series sorted once, not kept sorted
        through thousands of inserts."""
        loads: dict[int, list[tuple[str, int, float]]] = {}
        for session_id, facts in sessions.items():
            for key, reps in facts.reps.items():
                loads.setdefault(key, []).append((facts.day, session_id, reps))
        e1rm = [(f.day, session_id, f.e1rm) for session_id, f in sessions.items() if f.e1rm is not None]
        return cls(sessions, _Series(e1rm), {key: _Series(items) for key, items in loads.items()})

    def add(self, session_id: int, facts: _Facts) -> None:
        self.drop(session_id)
        self.sessions[session_id] = facts
        if facts.e1rm is not None:
            self.e1rm.add(facts.day, session_id, facts.e1rm)
        for key, reps in facts.reps.items():
            self.loads.setdefault(key, _Series()).add(facts.day, session_id, reps)

    def drop(self, session_id: int) -> None:
        facts = self.sessions.pop(session_id, None)
        if facts is None:
            return
        if facts.e1rm is not None:
            self.e1rm.remove(facts.day, session_id, facts.e1rm)
        for key, reps in facts.reps.items():
            self.loads[key].remove(facts.day, session_id, reps)

    def best_e1rm(self, before: str) -> float | None:
        return self.e1rm.best_before(before)

    def best_reps(self, key: int, before: str) -> int | None:
        series = self.loads.get(key)
        best = series.best_before(before) if series is not None else None
        return None if best is None else int(best)


def _collect(rows: Iterable[tuple[int, int, str, int, int, float | None]], exercises: set[int] | None) -> _Found:
    """Each (exercise, session)'s logged facts from ``_FACTS`` rows (``exercises``: only these; None: all)."""
    found: _Found = {}
    for exercise_id, session_id, day, key, reps, e1rm in rows:
        if exercises is not None and exercise_id not in exercises:
            continue
        facts = found.get((exercise_id, session_id))
        if facts is None:
            facts = found[(exercise_id, session_id)] = _Facts(day)
        if e1rm is not None and (facts.e1rm is None or e1rm > facts.e1rm):
            facts.e1rm = e1rm
        if reps > facts.reps.get(key, 0):
            facts.reps[key] = reps
    return found


def _histories(found: _Found, exercise_ids: Iterable[int] = ()) -> dict[int, _History]:
    """Histories built from ``found``, with an empty one for each of ``exercise_ids`` that logged nothing."""
    by_exercise: dict[int, dict[int, _Facts]] = {exercise_id: {} for exercise_id in exercise_ids}
    for (exercise_id, session_id), facts in found.items():
        by_exercise.setdefault(exercise_id, {})[session_id] = facts
    return {exercise_id: _History.built(sessions) for exercise_id, sessions in by_exercise.items()}


class _Cache:
    def __init__(self, connection: sqlite3.Connection, data_version: int) -> None:
        self.connection = connection
        self.data_version = data_version
        self.exercises: dict[int, _History] = {}
        self._warming: threading.Thread | None = None
        self._warm: dict[int, _History] = {}  # written by the warm-up thread, read after joining it
        self._edited: set[int] = set()  # sessions re-read while the warm-up ran: its snapshot may predate them

    def warm_up(self, path: str) -> None:
        """Read every logged exercise's history on a thread, from a read-only connection of its own."""
        if self._warming is not None or self.exercises or path in ("", ":memory:"):
            return
        self._warming = threading.Thread(target=self._read_all, args=(path,), name="records-warm-up", daemon=True)
        self._warming.start()

    def _read_all(self, path: str) -> None:
        try:
            reader = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
            try:
                self._warm = _histories(_collect(reader.execute(_ALL_FACTS), None))
            finally:
                reader.close()
        except (sqlite3.Error, OSError):  # the file moved or went: the first read on the app's connection does it
            self._warm = {}

    @property
    def warming(self) -> bool:
        """Whether the background read is still running (taking it in now would wait for it)."""
        return self._warming is not None and self._warming.is_alive()

    def _take_warm(self) -> None:
        """Take in what the warm-up read (waiting for it if it is not done), then re-read what changed since."""
        if self._warming is None:
            return
        self._warming.join()
        warm, self._warm = self._warm, {}
        adopted = {exercise_id: history for exercise_id, history in warm.items() if exercise_id not in self.exercises}
        self.exercises.update(adopted)
        if self._edited and adopted:
            for history in adopted.values():
                for session_id in self._edited:
                    history.drop(session_id)
            for (exercise_id, session_id), facts in self._read(
                "ls.session_id", list(self._edited), set(adopted)
            ).items():
                self.exercises[exercise_id].add(session_id, facts)
        self._edited.clear()
        self._warming = None

    def bests(self, before: str, wanted: Mapping[int, Iterable[int]]) -> PreviousBests:
        self._take_warm()
        self._load([e for e in wanted if e not in self.exercises])
        e1rm: dict[int, float] = {}
        reps: dict[tuple[int, int], int] = {}
        for exercise_id, keys in wanted.items():
            history = self.exercises[exercise_id]
            best = history.best_e1rm(before)
            if best is not None:
                e1rm[exercise_id] = best
            for key in keys:
                most = history.best_reps(key, before)
                if most is not None:
                    reps[(exercise_id, key)] = most
        return PreviousBests(e1rm, reps)

    def _load(self, exercise_ids: list[int]) -> None:
        found = self._read("ls.exercise_id", exercise_ids, set(exercise_ids))
        self.exercises.update(_histories(found, exercise_ids))

    def refresh(self, dirty: list[int]) -> None:
        """Re-read the sessions whose sets or day changed, for the exercises already cached."""
        if self._warming is not None:
            self._edited.update(dirty)
        for history in self.exercises.values():
            for session_id in dirty:
                history.drop(session_id)
        for (exercise_id, session_id), facts in self._read("ls.session_id", dirty, set(self.exercises)).items():
            self.exercises[exercise_id].add(session_id, facts)

    def _read(self, column: str, ids: list[int], exercises: set[int]) -> _Found:
        """Each (exercise, session)'s logged facts, for sessions or exercises ``ids`` in ``column``."""
        found: _Found = {}
        for i in range(0, len(ids), _CHUNK):
            chunk = ids[i : i + _CHUNK]
            query = _FACTS.format(column=column, marks=", ".join("?" * len(chunk)))
            found.update(_collect(self.connection.execute(query, chunk), exercises))
        return found


_CACHE: _Cache | None = None


def _current_cache() -> _Cache | None:
    """The cache brought up to date with this connection's changes, or None inside a transaction
    with uncommitted changes to sets (the caller then asks the tables)."""
    global _CACHE
    connection: sqlite3.Connection = m.database.connection()
    in_transaction = connection.in_transaction
    version = connection.execute("PRAGMA data_version").fetchone()[0]
    cache = _CACHE
    if cache is None or cache.connection is not connection or cache.data_version != version:
        if in_transaction:
            return None
        connection.executescript(_TRIGGERS)
        connection.execute("DELETE FROM temp.record_dirty")
        _CACHE = cache = _Cache(connection, version)
        return cache
    try:
        dirty = [row[0] for row in connection.execute("SELECT session_id FROM temp.record_dirty")]
    except sqlite3.OperationalError:  # the temp table went with a rolled-back transaction: start again
        _CACHE = None
        return None if in_transaction else _current_cache()
    if dirty:
        if in_transaction:
            return None
        cache.refresh(dirty)
        connection.execute("DELETE FROM temp.record_dirty")
    return cache
