"""peewee models: today's picture of the schema, which the numbered migrations must produce exactly.

Enum values are stored as their strings; loads in kilograms and distances in metres, whatever units the
user reads them in.
"""

from __future__ import annotations

from peewee import (
    SQL,
    BooleanField,
    CharField,
    DatabaseProxy,
    DateField,
    DateTimeField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

database = DatabaseProxy()


class BaseModel(Model):
    # peewee makes these at run time (the implicit AutoField, a foreign key's ``<name>_id``); declared here
    # for the type checker only, so its knowledge of peewee's dynamic attributes stays inside the store
    id: int
    session_id: int
    exercise_id: int

    class Meta:
        database = database
        legacy_table_names = False


class Profile(BaseModel):
    """A single row (id 1): units, experience, lift sessions per week, strategy."""

    mass_unit = CharField(default="kg")
    distance_unit = CharField(default="km")
    experience = CharField(default="novice")
    sessions_per_week = IntegerField(default=2)
    strategy = CharField(default="easy_days")
    body_mass_kg = FloatField(null=True)
    first_weekday = IntegerField(default=0)


class Session(BaseModel):
    day = DateField()
    position = IntegerField(default=0)
    kind = CharField()
    status = CharField(default="planned")
    time_of_day = CharField(null=True)
    duration_s = IntegerField(null=True)
    rpe = FloatField(null=True)
    notes = TextField(default="")
    source = CharField(default="manual")
    planned_day = DateField(null=True)
    # the planner's reasons for a suggested session, kept apart from the user's notes
    reasons = TextField(default="", constraints=[SQL("DEFAULT ''")])

    class Meta:
        indexes = ((("day", "position"), False),)


class RunDetail(BaseModel):
    session = ForeignKeyField(Session, primary_key=True, on_delete="CASCADE", backref="run_detail")
    run_type = CharField(default="easy")
    distance_m = FloatField(null=True)
    avg_hr = IntegerField(null=True)
    elevation_m = FloatField(null=True)
    file_hash = CharField(null=True, unique=True)
    start_time = DateTimeField(null=True, index=True)  # an import's duplicate check looks runs up by it (schema 9)
    workout = TextField(default="", constraints=[SQL("DEFAULT ''")])  # Workout.to_json(), '' for none
    planned_distance_m = FloatField(null=True)
    planned_duration_s = IntegerField(null=True)
    laps = TextField(default="", constraints=[SQL("DEFAULT ''")])  # laps_to_json(), '' for none


class LiftDetail(BaseModel):
    session = ForeignKeyField(Session, primary_key=True, on_delete="CASCADE", backref="lift_detail")
    focus = CharField(default="full")
    intensity = CharField(default="moderate")


class Exercise(BaseModel):
    slug = CharField(unique=True)
    name = CharField()
    pattern = CharField()
    focus = CharField()
    equipment = CharField(default="none")
    unilateral = BooleanField(default=False)
    primary_muscles = TextField(default="[]")
    secondary_muscles = TextField(default="[]")
    cues = TextField(default="[]")
    mistakes = TextField(default="[]")
    why = TextField(default="")
    rep_min = IntegerField(default=8)
    rep_max = IntegerField(default=12)
    builtin = BooleanField(default=False)
    hidden = BooleanField(default=False)
    # added by migration 3 with SQL defaults; the constraints keep a fresh schema identical to a migrated one
    defaults = TextField(default="{}", constraints=[SQL("DEFAULT '{}'")])
    easier = TextField(default="[]", constraints=[SQL("DEFAULT '[]'")])
    harder = TextField(default="[]", constraints=[SQL("DEFAULT '[]'")])
    edited = BooleanField(default=False, constraints=[SQL("DEFAULT 0")])
    content_version = IntegerField(default=0, constraints=[SQL("DEFAULT 0")])

    class Meta:
        indexes = ((("pattern",), False),)


class ExerciseImage(BaseModel):
    exercise = ForeignKeyField(Exercise, on_delete="CASCADE", backref="images")
    kind = CharField(default="illustration")
    path = TextField()
    position = IntegerField(default=0)


class LiftSet(BaseModel):
    # indexed by lift_set_session_sums below (migration 7), which leads with the session
    session = ForeignKeyField(Session, on_delete="CASCADE", backref="sets", index=False)
    # no single-column index: the (exercise, session) index below serves "sets of this exercise" too
    exercise = ForeignKeyField(Exercise, on_delete="RESTRICT", backref="sets", index=False)
    position = IntegerField(default=0)
    set_number = IntegerField(default=1)
    target_reps = IntegerField(null=True)
    target_load_kg = FloatField(null=True)
    target_rir = FloatField(null=True)
    actual_reps = IntegerField(null=True)
    actual_load_kg = FloatField(null=True)
    actual_rir = FloatField(null=True)
    warmup = BooleanField(default=False, constraints=[SQL("DEFAULT 0")])

    class Meta:
        indexes = ((("exercise", "session"), False),)


LiftSet.add_index(
    LiftSet.index(
        LiftSet.session,
        LiftSet.exercise,
        LiftSet.warmup,
        LiftSet.actual_reps,
        LiftSet.actual_load_kg,
        LiftSet.actual_rir,
        LiftSet.target_reps,
        LiftSet.target_load_kg,
        LiftSet.target_rir,
        name="lift_set_session_sums",
    )
)


class Race(BaseModel):
    day = DateField(index=True)
    name = CharField()
    distance_m = FloatField()
    priority = CharField(default="A")


class Setting(BaseModel):
    """Small application flags kept with the data (e.g. whether the example week was offered)."""

    key = CharField(primary_key=True)
    value = TextField()


class CheckIn(BaseModel):
    """One row per day: sleep, soreness (0-10), energy and sleep quality (1-5); what readiness reads."""

    day = DateField(unique=True)
    sleep_hours = FloatField()
    sleep_quality = IntegerField()
    soreness_legs = IntegerField()
    soreness_upper = IntegerField()
    energy = IntegerField()
    body_mass_kg = FloatField(null=True)
    resting_hr = IntegerField(null=True)
    note = TextField(default="")

    class Meta:
        table_name = "checkin"


ALL_MODELS: tuple[type[BaseModel], ...] = (
    Profile,
    Session,
    RunDetail,
    LiftDetail,
    Exercise,
    ExerciseImage,
    LiftSet,
    Race,
    Setting,
    CheckIn,
)
