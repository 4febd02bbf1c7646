"""Numbered schema migrations: each step runs in one transaction, after a backup copy of the file.

Steps are frozen SQL, never today's model classes, so renaming a model cannot break an old upgrade
(tests/unit/test_migrations.py checks that the steps and the models agree).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from peewee import SqliteDatabase

from planner.store.backups import backup_file
from planner.store.errors import MigrationError

# 'RLFT': marks a file as Runlift's so a foreign SQLite file is recognised and left alone
APPLICATION_ID = 0x524C4654


class Migration(NamedTuple):
    """One numbered schema step, applied in a transaction after a backup (DESIGN §5). A named tuple: every
    start reads this table, and a frozen dataclass costs 0.7 ms to make (issue 21)."""

    version: int
    description: str
    statements: tuple[str, ...]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "initial schema",
        (
            f"PRAGMA application_id = {APPLICATION_ID}",
            'CREATE TABLE "profile" ("id" INTEGER NOT NULL PRIMARY KEY, "mass_unit" VARCHAR(255) NOT NULL, '
            '"distance_unit" VARCHAR(255) NOT NULL, "experience" VARCHAR(255) NOT NULL, '
            '"sessions_per_week" INTEGER NOT NULL, "strategy" VARCHAR(255) NOT NULL, "body_mass_kg" REAL, '
            '"first_weekday" INTEGER NOT NULL)',
            "INSERT INTO \"profile\" VALUES (1, 'kg', 'km', 'novice', 2, 'easy_days', NULL, 0)",
            'CREATE TABLE "session" ("id" INTEGER NOT NULL PRIMARY KEY, "day" DATE NOT NULL, '
            '"position" INTEGER NOT NULL, "kind" VARCHAR(255) NOT NULL, "status" VARCHAR(255) NOT NULL, '
            '"time_of_day" VARCHAR(255), "duration_s" INTEGER, "rpe" REAL, "notes" TEXT NOT NULL, '
            '"source" VARCHAR(255) NOT NULL, "planned_day" DATE)',
            'CREATE INDEX "session_day_position" ON "session" ("day", "position")',
            'CREATE TABLE "run_detail" ("session_id" INTEGER NOT NULL PRIMARY KEY, '
            '"run_type" VARCHAR(255) NOT NULL, "distance_m" REAL, "avg_hr" INTEGER, "elevation_m" REAL, '
            '"file_hash" VARCHAR(255), "start_time" DATETIME, '
            'FOREIGN KEY ("session_id") REFERENCES "session" ("id") ON DELETE CASCADE)',
            'CREATE UNIQUE INDEX "run_detail_file_hash" ON "run_detail" ("file_hash")',
            'CREATE TABLE "lift_detail" ("session_id" INTEGER NOT NULL PRIMARY KEY, '
            '"focus" VARCHAR(255) NOT NULL, "intensity" VARCHAR(255) NOT NULL, '
            'FOREIGN KEY ("session_id") REFERENCES "session" ("id") ON DELETE CASCADE)',
            'CREATE TABLE "exercise" ("id" INTEGER NOT NULL PRIMARY KEY, "slug" VARCHAR(255) NOT NULL, '
            '"name" VARCHAR(255) NOT NULL, "pattern" VARCHAR(255) NOT NULL, "focus" VARCHAR(255) NOT NULL, '
            '"equipment" VARCHAR(255) NOT NULL, "unilateral" INTEGER NOT NULL, "primary_muscles" TEXT NOT NULL, '
            '"secondary_muscles" TEXT NOT NULL, "cues" TEXT NOT NULL, "mistakes" TEXT NOT NULL, '
            '"why" TEXT NOT NULL, "rep_min" INTEGER NOT NULL, "rep_max" INTEGER NOT NULL, '
            '"builtin" INTEGER NOT NULL, "hidden" INTEGER NOT NULL)',
            'CREATE UNIQUE INDEX "exercise_slug" ON "exercise" ("slug")',
            'CREATE TABLE "exercise_image" ("id" INTEGER NOT NULL PRIMARY KEY, "exercise_id" INTEGER NOT NULL, '
            '"kind" VARCHAR(255) NOT NULL, "path" TEXT NOT NULL, "position" INTEGER NOT NULL, '
            'FOREIGN KEY ("exercise_id") REFERENCES "exercise" ("id") ON DELETE CASCADE)',
            'CREATE INDEX "exercise_image_exercise_id" ON "exercise_image" ("exercise_id")',
            'CREATE TABLE "lift_set" ("id" INTEGER NOT NULL PRIMARY KEY, "session_id" INTEGER NOT NULL, '
            '"exercise_id" INTEGER NOT NULL, "position" INTEGER NOT NULL, "set_number" INTEGER NOT NULL, '
            '"target_reps" INTEGER, "target_load_kg" REAL, "target_rir" REAL, "actual_reps" INTEGER, '
            '"actual_load_kg" REAL, "actual_rir" REAL, '
            'FOREIGN KEY ("session_id") REFERENCES "session" ("id") ON DELETE CASCADE, '
            'FOREIGN KEY ("exercise_id") REFERENCES "exercise" ("id") ON DELETE RESTRICT)',
            'CREATE INDEX "lift_set_session_id" ON "lift_set" ("session_id")',
            'CREATE INDEX "lift_set_exercise_id_session_id" ON "lift_set" ("exercise_id", "session_id")',
            'CREATE TABLE "race" ("id" INTEGER NOT NULL PRIMARY KEY, "day" DATE NOT NULL, '
            '"name" VARCHAR(255) NOT NULL, "distance_m" REAL NOT NULL, "priority" VARCHAR(255) NOT NULL)',
            'CREATE INDEX "race_day" ON "race" ("day")',
        ),
    ),
    Migration(
        2,
        "application settings kept with the data",
        ('CREATE TABLE "setting" ("key" VARCHAR(255) NOT NULL PRIMARY KEY, "value" TEXT NOT NULL)',),
    ),
    Migration(
        3,
        "exercise library: default prescriptions, variants, and which built-ins the user edited",
        (
            """ALTER TABLE "exercise" ADD COLUMN "defaults" TEXT NOT NULL DEFAULT '{}'""",
            """ALTER TABLE "exercise" ADD COLUMN "easier" TEXT NOT NULL DEFAULT '[]'""",
            """ALTER TABLE "exercise" ADD COLUMN "harder" TEXT NOT NULL DEFAULT '[]'""",
            """ALTER TABLE "exercise" ADD COLUMN "edited" INTEGER NOT NULL DEFAULT 0""",
            """ALTER TABLE "exercise" ADD COLUMN "content_version" INTEGER NOT NULL DEFAULT 0""",
            'CREATE INDEX "exercise_pattern" ON "exercise" ("pattern")',
        ),
    ),
    Migration(
        4,
        "daily recovery check-ins: sleep, soreness, energy (one row per day)",
        (
            'CREATE TABLE "checkin" ("id" INTEGER NOT NULL PRIMARY KEY, "day" DATE NOT NULL, '
            '"sleep_hours" REAL NOT NULL, "sleep_quality" INTEGER NOT NULL, "soreness_legs" INTEGER NOT NULL, '
            '"soreness_upper" INTEGER NOT NULL, "energy" INTEGER NOT NULL, "body_mass_kg" REAL, '
            '"resting_hr" INTEGER, "note" TEXT NOT NULL)',
            'CREATE UNIQUE INDEX "checkin_day" ON "checkin" ("day")',
        ),
    ),
    Migration(
        5,
        "warm-up sets (a flag on each set); the planner's reasons kept apart from the user's notes",
        (
            """ALTER TABLE "lift_set" ADD COLUMN "warmup" INTEGER NOT NULL DEFAULT 0""",
            """ALTER TABLE "session" ADD COLUMN "reasons" TEXT NOT NULL DEFAULT ''""",
            # a suggestion's notes were the planner's reasons: moved, not lost
            """UPDATE "session" SET "reasons" = "notes", "notes" = '' WHERE "source" = 'suggested'""",
        ),
    ),
    Migration(
        6,
        "structured runs (steps as JSON), what was planned before an import completed a run, recorded laps",
        (
            """ALTER TABLE "run_detail" ADD COLUMN "workout" TEXT NOT NULL DEFAULT ''""",
            """ALTER TABLE "run_detail" ADD COLUMN "planned_distance_m" REAL""",
            """ALTER TABLE "run_detail" ADD COLUMN "planned_duration_s" INTEGER""",
            """ALTER TABLE "run_detail" ADD COLUMN "laps" TEXT NOT NULL DEFAULT ''""",
        ),
    ),
    Migration(
        7,
        "a covering index on sets by session: the Progress page reads a span's sets from the index alone",
        (
            # leads with session_id, so it serves what lift_set_session_id served (a session's sets, the
            # cascade on delete) and holds every column the Progress sums read: ten years' three scans of the
            # sets went from 70 to 53 ms, for 1.9 MB more on a file of 4.6 (issue 21)
            # IF (NOT) EXISTS: a file whose indexes were changed by hand still upgrades
            'CREATE INDEX IF NOT EXISTS "lift_set_session_sums" ON "lift_set" ("session_id", "exercise_id", '
            '"warmup", "actual_reps", "actual_load_kg", "actual_rir", "target_reps", "target_load_kg", "target_rir")',
            'DROP INDEX IF EXISTS "lift_set_session_id"',
        ),
    ),
    Migration(
        8,
        "values earlier versions let in and a restore refuses are mended, so every backup can be restored",
        (
            # Before the row rules (planner/store/row_rules.py), imports kept average heart rates up to 260,
            # the sets editor any load, and the calendar ran past 2199. A backup holding one such value was
            # refused whole by a restore, so the file's own backups could not bring it back. The limits are
            # written out, as a step is frozen: domain.session.AVG_HR_RANGE, domain.units.MAX_LOAD_KG and
            # domain.dates.EARLIEST_DAY to LATEST_DAY when this step was written.
            # An impossible reading is left out, as an import leaves it out today; the run or set stays.
            'UPDATE "run_detail" SET "avg_hr" = NULL WHERE "avg_hr" NOT BETWEEN 20 AND 250',
            'UPDATE "lift_set" SET "target_load_kg" = NULL WHERE "target_load_kg" NOT BETWEEN 0 AND 1000',
            'UPDATE "lift_set" SET "actual_load_kg" = NULL WHERE "actual_load_kg" NOT BETWEEN 0 AND 1000',
            # A session on a day the calendar cannot show moves to the nearest day it can (2199-12-31 or
            # 1900-01-01), where the runner sees it and can move or delete it: after that day's own sessions,
            # in its old order. Dates are ISO text, so text order is date order.
            'CREATE TEMP TABLE "moved_session" ("id" INTEGER PRIMARY KEY, "day" TEXT, "position" INTEGER, "edge" TEXT)',
            'INSERT INTO "moved_session" SELECT "id", "day", "position", '
            "CASE WHEN \"day\" > '2199-12-31' THEN '2199-12-31' ELSE '1900-01-01' END "
            "FROM \"session\" WHERE \"day\" NOT BETWEEN '1900-01-01' AND '2199-12-31'",
            'CREATE INDEX "temp"."moved_session_order" ON "moved_session" ("edge", "day", "position", "id")',
            'UPDATE "session" SET '
            '"position" = (SELECT coalesce(max(kept."position"), -1) + 1 FROM "session" AS kept, "moved_session" AS me '
            'WHERE me."id" = "session"."id" AND kept."day" = me."edge" '
            'AND kept."id" NOT IN (SELECT "id" FROM "moved_session")) '
            '+ (SELECT count(*) FROM "moved_session" AS other, "moved_session" AS me WHERE me."id" = "session"."id" '
            'AND other."edge" = me."edge" AND (other."day" < me."day" OR (other."day" = me."day" '
            'AND (other."position" < me."position" OR (other."position" = me."position" AND other."id" < me."id"))))), '
            '"day" = (SELECT "edge" FROM "moved_session" AS me WHERE me."id" = "session"."id") '
            'WHERE "id" IN (SELECT "id" FROM "moved_session")',
            'DROP TABLE "moved_session"',
            'UPDATE "session" SET "planned_day" = NULL WHERE "planned_day" NOT BETWEEN \'1900-01-01\' AND \'2199-12-31\'',
            'UPDATE "run_detail" SET "start_time" = NULL WHERE substr("start_time", 1, 10) NOT BETWEEN \'1900-01-01\' '
            "AND '2199-12-31'",
            'UPDATE "race" SET "day" = max(\'1900-01-01\', min(\'2199-12-31\', "day")) '
            "WHERE \"day\" NOT BETWEEN '1900-01-01' AND '2199-12-31'",
            # A day has one check-in, so each past an edge takes the nearest day the calendar shows that has
            # none, in their old order: past the end the latest goes on 2199-12-31 and the ones before it on
            # the free days before; before the start the earliest on 1900-01-01 and the others after it.
            'CREATE TEMP TABLE "moved_checkin" ("id" INTEGER PRIMARY KEY, "day" TEXT, "edge" TEXT, "rank" INTEGER)',
            'INSERT INTO "moved_checkin" ("id", "day", "edge") SELECT "id", "day", '
            "CASE WHEN \"day\" > '2199-12-31' THEN '2199-12-31' ELSE '1900-01-01' END "
            "FROM \"checkin\" WHERE \"day\" NOT BETWEEN '1900-01-01' AND '2199-12-31'",
            # the days are unique, so a count of the ones nearer the edge's side numbers them 1, 2, ...
            'UPDATE "moved_checkin" SET "rank" = 1 + (SELECT count(*) FROM "moved_checkin" AS other '
            'WHERE other."edge" = "moved_checkin"."edge" AND CASE WHEN "moved_checkin"."edge" = \'2199-12-31\' '
            'THEN other."day" > "moved_checkin"."day" ELSE other."day" < "moved_checkin"."day" END)',
            'CREATE TEMP TABLE "free_day" ("n" INTEGER PRIMARY KEY, "edge" TEXT, "day" TEXT)',
            # walking inward from each edge for as many days as there are check-ins finds enough free ones
            'INSERT INTO "free_day" ("edge", "day") WITH RECURSIVE walk("edge", "day", "depth") AS ('
            'SELECT DISTINCT "edge", "edge", 0 FROM "moved_checkin" UNION ALL '
            "SELECT \"edge\", date(\"day\", CASE WHEN \"edge\" = '2199-12-31' THEN '-1 day' ELSE '+1 day' END), "
            '"depth" + 1 FROM walk WHERE "depth" < (SELECT count(*) FROM "checkin")) '
            'SELECT "edge", "day" FROM walk WHERE "day" NOT IN (SELECT "day" FROM "checkin" '
            'WHERE "id" NOT IN (SELECT "id" FROM "moved_checkin")) ORDER BY "edge", "depth"',
            'UPDATE "checkin" SET "day" = (SELECT free."day" FROM "free_day" AS free, "moved_checkin" AS me '
            'WHERE me."id" = "checkin"."id" AND free."edge" = me."edge" '
            'AND free."n" = (SELECT min("n") FROM "free_day" WHERE "edge" = me."edge") + me."rank" - 1) '
            'WHERE "id" IN (SELECT "id" FROM "moved_checkin")',
            'DROP TABLE "free_day"',
            'DROP TABLE "moved_checkin"',
        ),
    ),
    Migration(
        9,
        "an index on runs' recorded start: an import finds a run already in without reading every run",
        (
            # each imported activity asks for the runs that started within minutes of it: without an index
            # that read every run, so a file of thousands of runs took time in the square of their number
            'CREATE INDEX IF NOT EXISTS "run_detail_start_time" ON "run_detail" ("start_time")',
        ),
    ),
)

SCHEMA_VERSION = MIGRATIONS[-1].version


def schema_version(db: SqliteDatabase) -> int:
    return int(db.execute_sql("PRAGMA user_version").fetchone()[0])


def pending(current: int) -> tuple[Migration, ...]:
    return tuple(m for m in MIGRATIONS if m.version > current)


def migrate(
    db: SqliteDatabase,
    path: Path,
    backup_dir: Path | None,
    *,
    before_step: Callable[[Migration], None] | None = None,
) -> Path | None:
    """Bring ``db`` up to SCHEMA_VERSION; returns the backup made first, if the file held data.

    ``before_step`` is a test seam that lets a step fail on purpose.
    """
    current = schema_version(db)
    steps = pending(current)
    if not steps:
        return None
    backup = None
    if current > 0 and backup_dir is not None:
        backup = backup_file(db.connection(), backup_dir, f"before-v{steps[-1].version}-from-v{current}")
    for step in steps:
        try:
            with db.atomic():
                if before_step is not None:
                    before_step(step)
                for statement in step.statements:
                    db.execute_sql(statement)
                # user_version lives in the file header and is part of the transaction
                db.execute_sql(f"PRAGMA user_version = {step.version:d}")
        except Exception as exc:
            raise MigrationError(path, step.version, str(exc), backup) from exc
    return backup
