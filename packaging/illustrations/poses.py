"""Pose data for the exercise illustrations: a start and an end pose per exercise, its equipment and worked muscles.

Read by ``make_illustrations.py``, which turns each entry into a two-panel SVG. Only data and the small types that
hold it live here, so a pose can be tuned without touching the drawing code.

Conventions (chosen so a pose can be read off a photo of the lift):

* World units are centimetres, x forward (the way a side-view figure faces), y up, the floor at y = 0. The body
  proportions below are fixed, so equipment written in centimetres is automatically to scale.
* Limb angles are absolute, in degrees, measured in the picture: 0 points straight down and angles grow
  counter-clockwise, so 90 points forward, 180 straight up and -90 backwards. "The shin leans 30 degrees
  forward" is ``shin=-30`` (knee ahead of the ankle). A knee bends when ``thigh - shin`` is positive, an elbow when
  ``fore - upper`` is; the generator refuses a side-view knee that bends backwards.
* The trunk is a forward lean from upright: 0 upright, 90 horizontal with the head forward, -90 lying on the back
  with the head behind. ``neck`` tilts the head further forward (positive) or back.
* A limb either has angles, or a target its hand or foot must reach (solved as a two-link chain): targets keep feet
  on the floor and hands on the bar without trigonometry in this file. A target is ``(x, y)`` or a landmark of the
  same pose plus an offset, ``("upper_back", dx, dy)``.
* The pose is placed by its hip (``hip``), or by ``anchor = (landmark, x, y)`` to pin an angle-driven landmark
  instead - a hand on a pull-up bar, an elbow on the mat.
* "near" limbs are on the viewer's side and drawn in front, "far" limbs behind and lighter. Front views
  (``view="front"``, for the sideways movements) spread the hips and shoulders apart and shorten the feet.

Landmarks: hip, shoulder, head, waist, near_/far_ + hip, shoulder, knee, ankle, heel, toe, elbow, hand, and the
equipment spots upper_back (bar on the back), front_rack, chest_front, lap (bar on the hips) and sternum.
"""

from __future__ import annotations

from dataclasses import dataclass

# --- body proportions (cm) ------------------------------------------------------------------------------------------
THIGH = 46.0
SHIN = 44.0
TRUNK = 58.0  # hip joint to shoulder joint
UPPER_ARM = 32.0
FOREARM = 30.0  # elbow to wrist
HAND = 6.0  # wrist to the middle of the grip: hands close round bars at this point
FOOT = 19.0  # ankle to toe tip
HEEL = 4.0
NECK = 19.0  # shoulder joint to the centre of the head
HEAD_R = 10.5
HAND_R = 4.6
ANKLE_H = 4.2  # ankle height with the foot flat on the floor
TOE_R = 3.0  # toe tip radius: a toe target at y = TOE_R touches the floor
FRONT_FOOT_SCALE = 0.45  # feet point at the viewer in front views
LIE = 11.5  # hip and shoulder joint height lying on the floor (the trunk's half depth)
STAND = ANKLE_H + 89.9  # hip height standing tall

# --- equipment sizes (cm) -------------------------------------------------------------------------------------------
PLATE_R = 22.5  # a standard 45 cm plate
MAT_H = 3.0
BENCH_H = 45.0
BOX_H = 45.0
STEP_H = 20.0

Target = tuple  # (x, y) or (landmark, dx, dy)


@dataclass(frozen=True)
class Leg:
    """Thigh, shin and foot angles, or a target for the ankle (or the toe, with the foot angle) to land on."""

    thigh: float = 0.0
    shin: float = 0.0
    foot: float = 90.0
    ankle: Target | None = None
    toe: Target | None = None
    bend: int = 1  # +1: the knee bends the natural way when solving; -1 mirrors it (front views)
    scale: float = 1.0  # foreshortening, for a leg pointing at the viewer


@dataclass(frozen=True)
class Arm:
    """Upper-arm and forearm angles, or a target for the hand."""

    upper: float = 0.0
    fore: float = 0.0
    hand: Target | None = None
    bend: int = 1  # +1: the elbow bends the natural way; -1 for arms seen twisted (hands on a bar on the back)
    scale: float = 1.0
    rel: bool = False  # angles measured from the trunk, for arms that ride along with it


@dataclass(frozen=True)
class Pose:
    """A whole body: trunk lean, head tilt and four limbs, placed by its hip or by an anchored landmark."""

    hip: tuple[float, float] = (0.0, STAND)
    trunk: float = 2.0
    neck: float = 0.0
    near_leg: Leg = Leg()
    far_leg: Leg = Leg()
    near_arm: Arm = Arm(4.0, 12.0)
    far_arm: Arm = Arm(-2.0, 8.0)
    anchor: tuple[str, float, float] | None = None
    view: str = "side"


# --- equipment ------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Barbell:
    at: Target  # the bar; the plates are drawn face on round it


@dataclass(frozen=True)
class Dumbbell:
    at: Target
    angle: float = 0.0  # 0: handle horizontal (a neutral grip seen from the side)
    layer: str = "front"


@dataclass(frozen=True)
class Kettlebell:
    at: Target  # the handle
    angle: float = 0.0  # direction from handle to bell, in limb-angle degrees (0 hangs straight down)
    layer: str = "front"


@dataclass(frozen=True)
class Box:
    x0: float
    x1: float
    h: float = BOX_H
    name: str = "box"  # "step" for a low one
    layer: str = "back"


@dataclass(frozen=True)
class Bench:
    x0: float
    x1: float
    h: float = BENCH_H
    layer: str = "back"


@dataclass(frozen=True)
class Wall:
    x: float  # the face the body touches
    side: int = -1  # the wall's thickness goes this way from x
    layer: str = "back"


@dataclass(frozen=True)
class Mat:
    x0: float
    x1: float
    layer: str = "back"


@dataclass(frozen=True)
class Rack:
    x: float
    h: float = 150.0
    bar: float | None = None  # height of a bar across the uprights
    layer: str = "back"


@dataclass(frozen=True)
class PullupBar:
    at: Target
    reach: float = 40.0  # how far behind the bar its upright stands
    layer: str = "back"


@dataclass(frozen=True)
class Band:
    points: tuple[Target, ...]
    layer: str = "top"


@dataclass(frozen=True)
class Arrow:
    """Movement arrow in the end panel: from a point of the start pose to a point of the end pose.

    ``bend`` curves it: the control point sits this fraction of its length to the left of the straight line.
    """

    frm: Target
    to: Target
    bend: float = 0.0


EQUIPMENT_NAMES = {
    "Barbell": "barbell",
    "Dumbbell": "dumbbell",
    "Kettlebell": "kettlebell",
    "Box": "box",
    "Bench": "bench",
    "Wall": "wall",
    "Mat": "mat",
    "Rack": "rack",
    "PullupBar": "pull-up-bar",
    "Band": "band",
}


@dataclass(frozen=True)
class Exercise:
    """One picture: the two poses, what is drawn with them, and what gets highlighted."""

    start: Pose
    end: Pose
    muscles: tuple[str, ...]  # primary muscles, drawn in the accent colour
    props: tuple = ()  # equipment drawn in both panels (positions may follow landmarks of each pose)
    arrows: tuple[Arrow, ...] = ()
    worked: str = "both"  # which limbs carry the highlight: "both", "near" or "far" (single-leg work)
    hold: bool = False  # an isometric hold: the panels show the set-up and the hold
    equipment: tuple[str, ...] = ()  # the library's names for the kit; taken from the props when left empty

    def __post_init__(self) -> None:
        if not self.equipment:
            names = [getattr(p, "name", EQUIPMENT_NAMES[type(p).__name__]) for p in self.props]
            object.__setattr__(self, "equipment", tuple(dict.fromkeys(names)) or ("none",))


# --- helpers for writing poses --------------------------------------------------------------------------------------
def flat(x: float, y: float = 0.0, foot: float = 90.0, **kw: float) -> Leg:
    """A foot flat on a surface at height y, ankle above x."""
    return Leg(ankle=(x, y + ANKLE_H), foot=foot, **kw)


def toes(x: float, y: float = 0.0, foot: float = 45.0, **kw: float) -> Leg:
    """A foot on its toes: the toe tip touches height y at x, the foot pointing ``foot`` degrees."""
    return Leg(toe=(x, y + TOE_R), foot=foot, **kw)


def hold(target: Target, bend: int = 1) -> Arm:
    """A hand placed on a target: a bar, a bench, the floor."""
    return Arm(hand=target, bend=bend)


def straight(angle: float, foot: float | None = None, **kw: float) -> Leg:
    """A straight leg pointing ``angle``; the foot at right angles unless told."""
    return Leg(angle, angle, angle + 90.0 if foot is None else foot, **kw)


HANG = Arm(3.0, 10.0)
HANG_FAR = Arm(-3.0, 6.0)
FORWARD = Arm(84.0, 92.0)  # arms held out in front for balance


def standing(x: float = 0.0, trunk: float = 2.0, near_arm: Arm = HANG, far_arm: Arm = HANG_FAR, **kw: object) -> Pose:
    """Standing tall, feet under the hips."""
    return Pose(
        hip=(x, STAND),
        trunk=trunk,
        near_leg=flat(x + 1.0),
        far_leg=flat(x + 3.5),
        near_arm=near_arm,
        far_arm=far_arm,
        **kw,
    )


def squat(hip: tuple[float, float], trunk: float, x: float = 0.0, **kw: object) -> Pose:
    """Both feet flat at x, the hips placed: the knees follow."""
    return Pose(hip=hip, trunk=trunk, near_leg=flat(x + 1.0), far_leg=flat(x + 3.5), **kw)


ON_BACK = Arm(hand=("upper_back", -3.0, 0.0), bend=-1, scale=0.6)  # elbows down and back, hands up at the bar
RACK = Arm(84.0, 258.0, rel=True, scale=0.8)  # front rack: elbows high in front, hands back at the shoulders


EXERCISES: dict[str, Exercise] = {}


def add(slug: str, exercise: Exercise) -> None:
    EXERCISES[slug] = exercise


# --- squat ----------------------------------------------------------------------------------------------------------
add(
    "back-squat",
    Exercise(
        start=standing(trunk=5.0, near_arm=ON_BACK, far_arm=ON_BACK),
        end=squat((-22.0, 46.0), 44.0, near_arm=ON_BACK, far_arm=ON_BACK),
        muscles=("quadriceps", "glutes"),
        props=(Barbell(("upper_back", 0.0, 0.0)),),
        arrows=(Arrow(("upper_back", -42.0, 10.0), ("upper_back", -42.0, 10.0)),),
    ),
)
add(
    "goblet-squat",
    Exercise(
        start=standing(trunk=4.0, near_arm=hold(("chest_front", 2.0, 4.0)), far_arm=hold(("chest_front", 0.0, 4.0))),
        end=squat(
            (-16.0, 42.0), 26.0, near_arm=hold(("chest_front", 2.0, 4.0)), far_arm=hold(("chest_front", 0.0, 4.0))
        ),
        muscles=("quadriceps", "glutes"),
        props=(Dumbbell(("chest_front", 2.0, -4.0), 90.0),),
        arrows=(Arrow(("hip", -32.0, 30.0), ("hip", -32.0, 30.0)),),
    ),
)
add(
    "front-squat",
    Exercise(
        start=standing(trunk=3.0, near_arm=RACK, far_arm=RACK),
        end=squat((-15.0, 44.0), 26.0, near_arm=RACK, far_arm=RACK),
        muscles=("quadriceps",),
        props=(Barbell(("front_rack", 0.0, 0.0)),),
        arrows=(Arrow(("hip", -32.0, 30.0), ("hip", -32.0, 30.0)),),
    ),
)
add(
    "bodyweight-squat",
    Exercise(
        start=standing(),
        end=squat((-20.0, 45.0), 38.0, near_arm=FORWARD, far_arm=Arm(80.0, 88.0)),
        muscles=("quadriceps", "glutes"),
        arrows=(Arrow(("hip", -32.0, 30.0), ("hip", -32.0, 30.0)),),
    ),
)
add(
    "box-squat",
    Exercise(
        start=standing(near_arm=FORWARD, far_arm=Arm(80.0, 88.0)),
        end=squat((-27.0, 57.0), 34.0, near_arm=FORWARD, far_arm=Arm(80.0, 88.0)),
        muscles=("quadriceps", "glutes"),
        props=(Box(-68.0, -24.0, 45.0),),
        arrows=(Arrow((-30.0, 130.0), (-48.0, 80.0)),),
    ),
)
add(
    "wall-sit",
    Exercise(
        start=Pose(hip=(-42.0, 84.0), trunk=-2.0, near_leg=flat(2.0), far_leg=flat(4.0)),
        end=Pose(
            hip=(-44.0, 49.0),
            trunk=0.0,
            near_leg=flat(0.0),
            far_leg=flat(2.5),
            near_arm=hold(("near_knee", -12.0, 9.0)),
            far_arm=hold(("far_knee", -16.0, 9.0)),
        ),
        muscles=("quadriceps",),
        props=(Wall(-56.0),),
        arrows=(Arrow((-32.0, 150.0), (-32.0, 112.0)),),
        hold=True,
    ),
)

# --- hinge ----------------------------------------------------------------------------------------------------------
add(
    "deadlift",
    Exercise(
        start=Pose(
            trunk=58.0,
            neck=-18.0,
            near_arm=Arm(-9.0, -9.0),
            far_arm=Arm(-9.0, -9.0),
            near_leg=flat(0.0),
            far_leg=flat(2.5),
            anchor=("near_hand", 10.0, PLATE_R),
        ),
        end=standing(trunk=-3.0, near_arm=Arm(6.0, 6.0), far_arm=Arm(6.0, 6.0)),
        muscles=("glutes", "hamstrings"),
        props=(Barbell(("near_hand", 0.0, 0.0)),),
        arrows=(Arrow((44.0, 30.0), (44.0, 92.0)),),
    ),
)
add(
    "romanian-deadlift",
    Exercise(
        start=standing(trunk=-2.0, near_arm=Arm(6.0, 6.0), far_arm=Arm(6.0, 6.0)),
        end=Pose(
            hip=(-24.0, 86.0),
            trunk=72.0,
            neck=-15.0,
            near_leg=flat(0.0),
            far_leg=flat(2.5),
            near_arm=Arm(-15.0, -15.0),
            far_arm=Arm(-15.0, -15.0),
        ),
        muscles=("hamstrings", "glutes"),
        props=(Barbell(("near_hand", 0.0, 0.0)),),
        arrows=(Arrow(("near_hand", 36.0, 0.0), ("near_hand", 36.0, 0.0)),),
    ),
)
_THRUST_BENCH = Bench(-74.0, -32.0, 42.0)
add(
    "hip-thrust",
    Exercise(
        start=Pose(
            hip=(4.0, 26.0),
            trunk=-60.0,
            neck=20.0,
            near_leg=flat(54.0),
            far_leg=flat(56.0),
            near_arm=hold(("lap", 0.0, 0.0)),
            far_arm=hold(("lap", 0.0, 0.0)),
        ),
        end=Pose(
            hip=(12.0, 56.0),
            trunk=-90.0,
            neck=30.0,
            near_leg=flat(54.0),
            far_leg=flat(56.0),
            near_arm=hold(("lap", 0.0, 0.0)),
            far_arm=hold(("lap", 0.0, 0.0)),
        ),
        muscles=("glutes",),
        props=(_THRUST_BENCH, Barbell(("lap", 0.0, 0.0))),
        arrows=(Arrow((28.0, 8.0), (28.0, 34.0)),),
    ),
)
add(
    "glute-bridge",
    Exercise(
        start=Pose(
            hip=(0.0, LIE),
            trunk=-90.0,
            near_leg=flat(46.0),
            far_leg=flat(48.0),
            near_arm=hold((9.0, HAND_R + 1.0), bend=-1),
            far_arm=hold((11.0, HAND_R + 1.0), bend=-1),
        ),
        end=Pose(
            hip=(-7.0, 41.0),
            trunk=-120.0,
            neck=30.0,
            near_leg=flat(46.0),
            far_leg=flat(48.0),
            near_arm=hold((9.0, HAND_R + 1.0), bend=-1),
            far_arm=hold((11.0, HAND_R + 1.0), bend=-1),
        ),
        muscles=("glutes",),
        arrows=(Arrow((10.0, 3.0), (10.0, 29.0)),),
    ),
)
add(
    "kettlebell-swing",
    Exercise(
        start=Pose(
            hip=(-22.0, 84.0),
            trunk=62.0,
            neck=-20.0,
            near_leg=flat(0.0),
            far_leg=flat(2.5),
            near_arm=Arm(-22.0, -22.0),
            far_arm=Arm(-22.0, -22.0),
        ),
        end=standing(trunk=-3.0, near_arm=Arm(84.0, 84.0), far_arm=Arm(84.0, 84.0)),
        muscles=("glutes", "hamstrings"),
        props=(Kettlebell(("near_hand", 0.0, 0.0), 0.0),),
        arrows=(Arrow((34.0, 40.0), (70.0, 110.0), 0.35),),
    ),
)
add(
    "good-morning",
    Exercise(
        start=standing(trunk=4.0, near_arm=ON_BACK, far_arm=ON_BACK),
        end=Pose(
            hip=(-18.0, 88.0),
            trunk=76.0,
            neck=-20.0,
            near_leg=flat(0.0),
            far_leg=flat(2.5),
            near_arm=ON_BACK,
            far_arm=ON_BACK,
        ),
        muscles=("hamstrings",),
        props=(Barbell(("upper_back", 0.0, 0.0)),),
        arrows=(Arrow(("shoulder", 22.0, 22.0), ("shoulder", 16.0, 30.0), -0.25),),
    ),
)

# --- lunge ----------------------------------------------------------------------------------------------------------
add(
    "reverse-lunge",
    Exercise(
        start=standing(),
        end=Pose(
            hip=(-26.0, 55.0),
            trunk=6.0,
            near_leg=flat(14.0),
            far_leg=toes(-58.0, foot=38.0),
            near_arm=Arm(10.0, 30.0),
            far_arm=Arm(-10.0, 10.0),
        ),
        muscles=("quadriceps", "glutes"),
        arrows=(Arrow((-10.0, 40.0), (-60.0, 40.0), 0.25),),
    ),
)
_DB_NEAR = Dumbbell(("near_hand", 0.0, 0.0))
_DB_FAR = Dumbbell(("far_hand", 0.0, 0.0), layer="mid")
add(
    "walking-lunge",
    Exercise(
        start=standing(near_arm=Arm(2.0, 4.0), far_arm=Arm(-2.0, 2.0)),
        end=Pose(
            hip=(36.0, 55.0),
            trunk=6.0,
            near_leg=flat(76.0),
            far_leg=toes(18.0, foot=38.0),
            near_arm=Arm(0.0, 3.0),
            far_arm=Arm(-3.0, 0.0),
        ),
        muscles=("quadriceps", "glutes"),
        props=(_DB_FAR, _DB_NEAR),
        arrows=(Arrow((58.0, 108.0), (100.0, 108.0)),),
    ),
)
add(
    "split-squat",
    Exercise(
        start=Pose(
            hip=(-20.0, 87.0),
            trunk=3.0,
            near_leg=flat(14.0),
            far_leg=toes(-54.0, foot=45.0),
            near_arm=Arm(2.0, 4.0),
            far_arm=Arm(-2.0, 2.0),
        ),
        end=Pose(
            hip=(-26.0, 55.0),
            trunk=6.0,
            near_leg=flat(14.0),
            far_leg=toes(-54.0, foot=38.0),
            near_arm=Arm(0.0, 3.0),
            far_arm=Arm(-3.0, 0.0),
        ),
        muscles=("quadriceps", "glutes"),
        props=(_DB_FAR, _DB_NEAR),
        arrows=(Arrow(("hip", -28.0, 10.0), ("hip", -28.0, 10.0)),),
    ),
)
_CLASP = (hold(("sternum", 3.0, -14.0), bend=-1), hold(("sternum", -3.0, -14.0)))
add(
    "lateral-lunge",
    Exercise(
        start=Pose(
            hip=(0.0, STAND),
            trunk=0.0,
            near_leg=flat(10.0, foot=90.0),
            far_leg=flat(-10.0, foot=-90.0),
            near_arm=_CLASP[0],
            far_arm=_CLASP[1],
            view="front",
        ),
        end=Pose(
            hip=(26.0, 60.0),
            trunk=-6.0,
            near_leg=flat(66.0, foot=90.0),
            far_leg=flat(-46.0, foot=-90.0),
            near_arm=_CLASP[0],
            far_arm=_CLASP[1],
            view="front",
        ),
        muscles=("adductors", "glutes"),
        arrows=(Arrow((22.0, 24.0), (64.0, 24.0)),),
    ),
)

# --- single leg -----------------------------------------------------------------------------------------------------
add(
    "bulgarian-split-squat",
    Exercise(
        start=Pose(
            hip=(-12.0, 84.0),
            trunk=4.0,
            near_leg=flat(26.0),
            far_leg=toes(-72.0, BENCH_H, foot=-62.0),
        ),
        end=Pose(
            hip=(-18.0, 53.0),
            trunk=14.0,
            near_leg=flat(26.0),
            far_leg=toes(-72.0, BENCH_H, foot=-62.0),
            near_arm=Arm(8.0, 24.0),
        ),
        muscles=("quadriceps", "glutes"),
        props=(Bench(-104.0, -58.0),),
        arrows=(Arrow(("hip", -34.0, 40.0), ("hip", -34.0, 40.0)),),
        worked="near",
    ),
)
add(
    "step-up",
    Exercise(
        start=Pose(
            hip=(-2.0, 86.0),
            trunk=22.0,
            near_leg=flat(30.0, BOX_H),
            far_leg=flat(-14.0),
            near_arm=Arm(-25.0, 0.0),
            far_arm=Arm(30.0, 70.0),
        ),
        end=Pose(
            hip=(28.0, BOX_H + STAND - 0.5),
            trunk=4.0,
            near_leg=flat(30.0, BOX_H),
            far_leg=Leg(78.0, -5.0, 80.0),
            near_arm=Arm(30.0, 70.0),
            far_arm=Arm(-25.0, 0.0),
        ),
        muscles=("quadriceps", "glutes"),
        props=(Box(12.0, 66.0),),
        arrows=(Arrow((-30.0, 120.0), (0.0, 170.0), -0.3),),
        worked="near",
    ),
)
add(
    "single-leg-rdl",
    Exercise(
        start=Pose(
            hip=(0.0, STAND),
            trunk=2.0,
            near_leg=flat(1.0),
            far_leg=toes(-16.0, foot=40.0),
            near_arm=Arm(3.0, 3.0),
            far_arm=Arm(0.0, 12.0),
        ),
        end=Pose(
            hip=(-14.0, 88.0),
            trunk=84.0,
            neck=-10.0,
            near_leg=flat(1.0),
            far_leg=straight(-86.0, foot=8.0),
            near_arm=Arm(0.0, 0.0),
            far_arm=Arm(30.0, 40.0),
        ),
        muscles=("hamstrings", "glutes"),
        props=(_DB_NEAR,),
        arrows=(Arrow(("shoulder", 20.0, 16.0), ("shoulder", 10.0, 32.0), -0.25),),
        worked="near",
    ),
)
add(
    "pistol-squat-to-box",
    Exercise(
        start=Pose(
            hip=(0.0, STAND),
            trunk=6.0,
            near_leg=flat(1.0),
            far_leg=Leg(35.0, 32.0, 115.0),
            near_arm=FORWARD,
            far_arm=Arm(80.0, 88.0),
        ),
        end=Pose(
            hip=(-27.0, 57.0),
            trunk=38.0,
            near_leg=flat(1.0),
            far_leg=Leg(84.0, 82.0, 160.0),
            near_arm=FORWARD,
            far_arm=Arm(80.0, 88.0),
        ),
        muscles=("quadriceps",),
        props=(Box(-68.0, -24.0, 45.0),),
        arrows=(Arrow((-30.0, 130.0), (-48.0, 80.0)),),
        worked="near",
    ),
)
add(
    "single-leg-glute-bridge",
    Exercise(
        start=Pose(
            hip=(0.0, LIE),
            trunk=-90.0,
            near_leg=flat(46.0),
            far_leg=Leg(130.0, 128.0, 200.0),
            near_arm=hold((9.0, HAND_R + 1.0), bend=-1),
            far_arm=hold((11.0, HAND_R + 1.0), bend=-1),
        ),
        end=Pose(
            hip=(-7.0, 41.0),
            trunk=-120.0,
            neck=30.0,
            near_leg=flat(46.0),
            far_leg=Leg(86.0, 84.0, 170.0),
            near_arm=hold((9.0, HAND_R + 1.0), bend=-1),
            far_arm=hold((11.0, HAND_R + 1.0), bend=-1),
        ),
        muscles=("glutes",),
        arrows=(Arrow((10.0, 3.0), (10.0, 29.0)),),
        worked="near",
    ),
)
add(
    "skater-squat",
    Exercise(
        start=Pose(
            hip=(0.0, STAND),
            trunk=4.0,
            near_leg=flat(1.0),
            far_leg=Leg(-4.0, -92.0, -40.0),
            near_arm=Arm(10.0, 20.0),
            far_arm=Arm(-8.0, 0.0),
        ),
        end=Pose(
            hip=(-18.0, 50.0),
            trunk=42.0,
            near_leg=flat(1.0),
            far_leg=Leg(-36.0, -100.0, -30.0),
            near_arm=FORWARD,
            far_arm=Arm(80.0, 88.0),
        ),
        muscles=("quadriceps", "glutes"),
        arrows=(Arrow(("hip", -26.0, 40.0), ("hip", -26.0, 40.0)),),
        worked="near",
    ),
)

# --- calf and foot --------------------------------------------------------------------------------------------------
_STEP = Box(-4.0, 46.0, STEP_H, name="step")


def _calf(foot: float, thigh: float = 2.0, shin: float = 0.0, trunk: float = 2.0, **kw: object) -> Pose:
    """Standing on the step's edge on the balls of the feet; the foot angle is the whole movement."""
    return Pose(
        trunk=trunk,
        near_leg=Leg(thigh, shin, foot),
        far_leg=Leg(thigh + 1.0, shin + 1.0, foot),
        anchor=("near_toe", 10.0, STEP_H + TOE_R),
        **kw,
    )


add(
    "straight-knee-calf-raise",
    Exercise(
        start=_calf(108.0),
        end=_calf(52.0),
        muscles=("calves",),
        props=(_STEP,),
        arrows=(Arrow((38.0, 90.0), (38.0, 112.0)),),
    ),
)
add(
    "bent-knee-calf-raise",
    Exercise(
        start=_calf(104.0, 34.0, -10.0, 12.0),
        end=_calf(52.0, 34.0, -10.0, 12.0),
        muscles=("calves",),
        props=(_STEP,),
        arrows=(Arrow((46.0, 76.0), (46.0, 98.0)),),
    ),
)
add(
    "tibialis-raise",
    Exercise(
        start=Pose(hip=(-36.0, 86.0), trunk=-4.0, near_leg=flat(0.0), far_leg=flat(2.0)),
        end=Pose(
            hip=(-36.0, 86.0), trunk=-4.0, near_leg=flat(0.0, 2.2, foot=122.0), far_leg=flat(2.0, 2.2, foot=122.0)
        ),
        muscles=("tibialis",),
        props=(Wall(-48.0),),
        arrows=(Arrow(("near_toe", 8.0, -4.0), ("near_toe", 8.0, 6.0), 0.3),),
    ),
)
add(
    "single-leg-calf-raise",
    Exercise(
        start=Pose(
            near_leg=Leg(2.0, 0.0, 108.0),
            far_leg=Leg(4.0, -70.0, 0.0),
            anchor=("near_toe", 10.0, STEP_H + TOE_R),
            near_arm=Arm(40.0, 60.0),
        ),
        end=Pose(
            near_leg=Leg(2.0, 0.0, 52.0),
            far_leg=Leg(4.0, -70.0, 0.0),
            anchor=("near_toe", 10.0, STEP_H + TOE_R),
            near_arm=Arm(40.0, 60.0),
        ),
        muscles=("calves",),
        props=(_STEP,),
        arrows=(Arrow((38.0, 90.0), (38.0, 112.0)),),
        worked="near",
    ),
)

# --- plyometric -----------------------------------------------------------------------------------------------------
add(
    "pogo-hops",
    Exercise(
        start=Pose(
            trunk=3.0,
            near_leg=Leg(3.0, 0.0, 50.0),
            far_leg=Leg(5.0, 2.0, 50.0),
            near_arm=Arm(0.0, 75.0),
            far_arm=Arm(-4.0, 70.0),
            anchor=("near_toe", 12.0, TOE_R),
        ),
        end=Pose(
            trunk=3.0,
            near_leg=Leg(3.0, 0.0, 40.0),
            far_leg=Leg(5.0, 2.0, 40.0),
            near_arm=Arm(0.0, 75.0),
            far_arm=Arm(-4.0, 70.0),
            anchor=("near_toe", 12.0, TOE_R + 14.0),
        ),
        muscles=("calves",),
        arrows=(Arrow((40.0, 8.0), (40.0, 40.0)),),
    ),
)
add(
    "box-jump",
    Exercise(
        start=squat((-20.0, 68.0), 42.0, near_arm=Arm(-55.0, -40.0), far_arm=Arm(-60.0, -45.0)),
        end=Pose(
            hip=(52.0, BOX_H + 58.0),
            trunk=36.0,
            near_leg=flat(72.0, BOX_H),
            far_leg=flat(74.5, BOX_H),
            near_arm=Arm(70.0, 95.0),
            far_arm=Arm(64.0, 90.0),
        ),
        muscles=("quadriceps", "glutes"),
        props=(Box(46.0, 100.0, 50.0),),
        arrows=(Arrow((-6.0, 110.0), (40.0, 150.0), -0.35),),
    ),
)
add(
    "bounding",
    Exercise(
        start=Pose(
            trunk=10.0,
            near_leg=Leg(-30.0, -40.0, 28.0),
            far_leg=Leg(72.0, 8.0, 95.0),
            near_arm=Arm(50.0, 120.0),
            far_arm=Arm(-45.0, -10.0),
            anchor=("near_toe", 0.0, TOE_R),
        ),
        end=Pose(
            trunk=8.0,
            near_leg=Leg(-28.0, -95.0, -20.0),
            far_leg=Leg(62.0, 14.0, 95.0),
            near_arm=Arm(-45.0, -10.0),
            far_arm=Arm(50.0, 120.0),
            anchor=("hip", 80.0, 104.0),
        ),
        muscles=("glutes", "calves"),
        arrows=(Arrow((-6.0, 34.0), (44.0, 34.0), 0.25),),
    ),
)
add(
    "jump-squat",
    Exercise(
        start=squat((-20.0, 46.0), 40.0, near_arm=Arm(-40.0, -30.0), far_arm=Arm(-44.0, -34.0)),
        end=Pose(
            trunk=4.0,
            near_leg=Leg(2.0, 0.0, 35.0),
            far_leg=Leg(4.0, 2.0, 35.0),
            near_arm=Arm(100.0, 110.0),
            far_arm=Arm(95.0, 105.0),
            anchor=("near_toe", 12.0, TOE_R + 24.0),
        ),
        muscles=("quadriceps", "glutes"),
        arrows=(Arrow((42.0, 40.0), (42.0, 100.0)),),
    ),
)
add(
    "a-skip",
    Exercise(
        start=Pose(
            trunk=4.0,
            near_leg=Leg(4.0, 0.0, 60.0),
            far_leg=Leg(-18.0, -40.0, 40.0),
            near_arm=Arm(-20.0, 40.0),
            far_arm=Arm(20.0, 100.0),
            anchor=("near_toe", 10.0, TOE_R),
        ),
        end=Pose(
            trunk=2.0,
            near_leg=Leg(2.0, 0.0, 55.0),
            far_leg=Leg(92.0, 2.0, 95.0),
            near_arm=Arm(40.0, 125.0),
            far_arm=Arm(-35.0, 20.0),
            anchor=("near_toe", 10.0, TOE_R + 4.0),
        ),
        muscles=("hip_flexors", "calves"),
        arrows=(Arrow((52.0, 40.0), (66.0, 96.0), 0.2),),
    ),
)
add(
    "b-skip",
    Exercise(
        start=Pose(
            trunk=2.0,
            near_leg=Leg(2.0, 0.0, 55.0),
            far_leg=Leg(92.0, 2.0, 95.0),
            near_arm=Arm(40.0, 125.0),
            far_arm=Arm(-35.0, 20.0),
            anchor=("near_toe", 10.0, TOE_R + 4.0),
        ),
        end=Pose(
            trunk=2.0,
            near_leg=Leg(2.0, 0.0, 55.0),
            far_leg=Leg(78.0, 70.0, 150.0),
            near_arm=Arm(40.0, 125.0),
            far_arm=Arm(-35.0, 20.0),
            anchor=("near_toe", 10.0, TOE_R + 4.0),
        ),
        muscles=("hamstrings", "hip_flexors"),
        arrows=(Arrow(("far_toe", 14.0, 8.0), ("far_toe", 0.0, -44.0), -0.5),),
    ),
)
add(
    "lateral-bound",
    Exercise(
        start=Pose(
            hip=(-30.0, 82.0),
            trunk=-8.0,
            near_leg=Leg(12.0, -4.0, 90.0, scale=0.72),
            far_leg=flat(-44.0, foot=-90.0, bend=-1, scale=0.92),
            near_arm=Arm(-4.0, -8.0),
            far_arm=Arm(-35.0, -45.0),
            view="front",
        ),
        end=Pose(
            hip=(52.0, 82.0),
            trunk=8.0,
            near_leg=flat(66.0, foot=90.0, scale=0.92),
            far_leg=Leg(-12.0, 4.0, -90.0, scale=0.72),
            near_arm=Arm(35.0, 45.0),
            far_arm=Arm(4.0, 8.0),
            view="front",
        ),
        muscles=("glute_med", "glutes"),
        arrows=(Arrow((-26.0, 120.0), (26.0, 112.0), 0.3),),
    ),
)
add(
    "depth-drop",
    Exercise(
        start=Pose(
            hip=(-36.0, BOX_H + STAND),
            trunk=4.0,
            near_leg=flat(-33.0, BOX_H),
            far_leg=flat(-31.0, BOX_H),
            near_arm=HANG,
            far_arm=HANG_FAR,
        ),
        end=squat((12.0, 62.0), 34.0, x=32.0, near_arm=Arm(40.0, 60.0), far_arm=Arm(36.0, 56.0)),
        muscles=("quadriceps", "calves"),
        props=(Box(-70.0, -14.0),),
        arrows=(Arrow((-14.0, 70.0), (28.0, 30.0), -0.3),),
    ),
)

# --- core -----------------------------------------------------------------------------------------------------------
_PLANK_ARMS = {"near_arm": Arm(0.0, 90.0), "far_arm": Arm(2.0, 92.0)}
add(
    "front-plank",
    Exercise(
        start=Pose(
            trunk=74.0,
            near_leg=Leg(-72.5, -150.0, -85.0),
            far_leg=Leg(-71.5, -146.0, -82.0),
            anchor=("near_elbow", 0.0, MAT_H + 4.4),
            **_PLANK_ARMS,
        ),
        end=Pose(
            trunk=82.0,
            neck=4.0,
            near_leg=straight(-82.0, foot=50.0),
            far_leg=straight(-81.0, foot=50.0),
            anchor=("near_elbow", 0.0, MAT_H + 4.4),
            **_PLANK_ARMS,
        ),
        muscles=("core",),
        props=(Mat(-160.0, 36.0),),
        arrows=(Arrow(("hip", 0.0, -28.0), ("hip", 0.0, -16.0)),),
        hold=True,
    ),
)
# Side-lying exercises are drawn from the front with the head to the left: the near limbs are then on top.
_SIDE_ELBOW = ("far_elbow", 0.0, MAT_H + 4.4)
_PROP_ARM = Arm(0.0, -90.0)  # the bottom arm: elbow under the shoulder, forearm on the mat
add(
    "side-plank",
    Exercise(
        start=Pose(
            trunk=-55.2,
            near_leg=straight(87.0, foot=177.0),
            far_leg=straight(87.0, foot=177.0),
            near_arm=Arm(58.0, 60.0),
            far_arm=_PROP_ARM,
            anchor=_SIDE_ELBOW,
            view="front",
        ),
        end=Pose(
            trunk=-74.8,
            near_leg=straight(74.8, foot=164.8),
            far_leg=straight(74.8, foot=164.8),
            near_arm=Arm(178.0, 178.0),
            far_arm=_PROP_ARM,
            anchor=_SIDE_ELBOW,
            view="front",
        ),
        muscles=("obliques",),
        props=(Mat(-30.0, 160.0),),
        arrows=(Arrow(("hip", 0.0, -30.0), ("hip", 0.0, -18.0)),),
        hold=True,
    ),
)
_POST = Rack(-78.0, 150.0)
add(
    "pallof-press",
    Exercise(
        start=Pose(
            hip=(0.0, 90.0),
            trunk=4.0,
            near_leg=flat(4.0),
            far_leg=flat(6.0),
            near_arm=hold(("chest_front", 4.0, 0.0)),
            far_arm=hold(("chest_front", 2.0, 0.0)),
        ),
        end=Pose(
            hip=(0.0, 90.0),
            trunk=4.0,
            near_leg=flat(4.0),
            far_leg=flat(6.0),
            near_arm=hold(("chest_front", 44.0, 0.0)),
            far_arm=hold(("chest_front", 42.0, 0.0)),
        ),
        muscles=("obliques", "core"),
        props=(_POST, Band(((-78.0, 118.0), ("near_hand", 0.0, 0.0)))),
        equipment=("band",),
        arrows=(Arrow(("chest_front", 4.0, 16.0), ("chest_front", 44.0, 16.0)),),
    ),
)
_BUG_NEAR_LEG = Leg(180.0, 90.0, 175.0)
add(
    "dead-bug",
    Exercise(
        start=Pose(
            hip=(0.0, LIE + MAT_H),
            trunk=-90.0,
            near_leg=_BUG_NEAR_LEG,
            far_leg=Leg(182.0, 92.0, 177.0),
            near_arm=Arm(180.0, 180.0),
            far_arm=Arm(182.0, 182.0),
        ),
        end=Pose(
            hip=(0.0, LIE + MAT_H),
            trunk=-90.0,
            near_leg=_BUG_NEAR_LEG,
            far_leg=straight(97.0, foot=175.0),
            near_arm=Arm(266.0, 266.0),
            far_arm=Arm(182.0, 182.0),
        ),
        muscles=("core",),
        props=(Mat(-120.0, 100.0),),
        arrows=(
            Arrow(("near_hand", -10.0, 8.0), ("near_hand", 6.0, 18.0), 0.35),
            Arrow(("far_toe", 14.0, 4.0), ("far_toe", 6.0, 14.0), 0.35),
        ),
    ),
)
_QUAD = {
    "trunk": 71.0,
    "near_arm": Arm(2.0, 2.0),
    "anchor": ("far_hand", 58.0, MAT_H + HAND_R),
}
_KNEEL = Leg(-1.0, -108.0, 5.0)  # knee on the mat under the hip, toes tucked
add(
    "bird-dog",
    Exercise(
        start=Pose(near_leg=_KNEEL, far_leg=Leg(0.0, -107.0, 6.0), far_arm=Arm(2.0, 2.0), **_QUAD),
        end=Pose(
            near_leg=_KNEEL,
            far_leg=straight(-95.0, foot=-15.0),
            far_arm=Arm(2.0, 2.0),
            **dict(_QUAD, near_arm=Arm(96.0, 96.0)),
        ),
        muscles=("lower_back", "glutes"),
        props=(Mat(-110.0, 120.0),),
        arrows=(
            Arrow(("near_hand", 22.0, 30.0), ("near_hand", 0.0, 16.0), 0.3),
            Arrow(("far_toe", -6.0, 30.0), ("far_toe", 0.0, 16.0), -0.3),
        ),
    ),
)
add(
    "hollow-hold",
    Exercise(
        start=Pose(
            hip=(0.0, LIE + MAT_H),
            trunk=-90.0,
            near_leg=straight(86.0, foot=168.0),
            far_leg=straight(87.0, foot=168.0),
            near_arm=Arm(266.0, 266.0),
            far_arm=Arm(267.0, 267.0),
        ),
        end=Pose(
            hip=(0.0, LIE + MAT_H),
            trunk=-68.0,
            neck=10.0,
            near_leg=straight(112.0, foot=190.0),
            far_leg=straight(113.0, foot=190.0),
            near_arm=Arm(245.0, 245.0),
            far_arm=Arm(246.0, 246.0),
        ),
        muscles=("core",),
        props=(Mat(-120.0, 110.0),),
        arrows=(
            Arrow(("near_toe", 16.0, 4.0), ("near_toe", 16.0, 4.0)),
            Arrow(("near_hand", -14.0, 4.0), ("near_hand", -14.0, 4.0)),
        ),
        hold=True,
    ),
)
_KB_CARRY = Kettlebell(("near_hand", 0.0, 0.0), 0.0)
add(
    "suitcase-carry",
    Exercise(
        start=Pose(
            hip=(0.0, STAND - 1.5),
            trunk=2.0,
            near_leg=flat(22.0),
            far_leg=toes(-20.0, foot=50.0),
            near_arm=Arm(0.0, 2.0),
            far_arm=Arm(-20.0, 10.0),
        ),
        end=Pose(
            hip=(40.0, STAND - 1.5),
            trunk=2.0,
            near_leg=toes(24.0, foot=50.0),
            far_leg=flat(62.0),
            near_arm=Arm(0.0, 2.0),
            far_arm=Arm(20.0, 40.0),
        ),
        muscles=("obliques", "forearms"),
        props=(_KB_CARRY,),
        arrows=(Arrow((58.0, 148.0), (98.0, 148.0)),),
        worked="near",
        hold=True,
    ),
)

# --- hip ------------------------------------------------------------------------------------------------------------
_SIDE_LYING = {
    "hip": (0.0, MAT_H + 19.5),
    "trunk": -86.0,
    "neck": -6.0,
    "near_arm": hold(("shoulder", 14.0, -9.0)),
    "far_arm": Arm(-90.0, -96.0, scale=0.75),
    "far_leg": Leg(78.0, 104.0, 170.0, scale=0.8),
    "view": "front",
}
add(
    "clamshell",
    Exercise(
        start=Pose(near_leg=Leg(78.0, 104.0, 170.0, scale=0.8), **_SIDE_LYING),
        end=Pose(near_leg=Leg(ankle=("far_ankle", 1.0, 17.0), foot=170.0, scale=0.97), **_SIDE_LYING),
        muscles=("glute_med",),
        props=(Mat(-130.0, 90.0), Band((("near_knee", 0.0, 0.0), ("far_knee", 0.0, 0.0)))),
        arrows=(Arrow(("near_knee", 8.0, 10.0), ("near_knee", 8.0, 10.0), 0.3),),
        worked="near",
    ),
)
_WALK_BAND = Band((("near_knee", -2.0, -4.0), ("far_knee", 2.0, -4.0)))
add(
    "lateral-band-walk",
    Exercise(
        start=Pose(
            hip=(0.0, 80.0),
            trunk=0.0,
            near_leg=flat(18.0, foot=90.0, scale=0.95),
            far_leg=flat(-18.0, foot=-90.0, scale=0.95),
            near_arm=hold(("near_hip", 8.0, 8.0), bend=-1),
            far_arm=hold(("far_hip", -8.0, 8.0)),
            view="front",
        ),
        end=Pose(
            hip=(12.0, 80.0),
            trunk=0.0,
            near_leg=flat(44.0, foot=90.0, scale=0.95),
            far_leg=flat(-18.0, foot=-90.0, scale=0.95),
            near_arm=hold(("near_hip", 8.0, 8.0), bend=-1),
            far_arm=hold(("far_hip", -8.0, 8.0)),
            view="front",
        ),
        muscles=("glute_med",),
        props=(_WALK_BAND,),
        arrows=(Arrow((30.0, 140.0), (66.0, 140.0)),),
    ),
)
_ON_BENCH = Leg(ankle=(148.0, BENCH_H + ANKLE_H), foot=180.0)
add(
    "copenhagen-plank",
    Exercise(
        start=Pose(
            trunk=-55.2,
            near_leg=_ON_BENCH,
            far_leg=straight(87.0, foot=177.0),
            near_arm=Arm(58.0, 60.0),
            far_arm=_PROP_ARM,
            anchor=_SIDE_ELBOW,
            view="front",
        ),
        end=Pose(
            trunk=-84.5,
            near_leg=_ON_BENCH,
            far_leg=straight(70.0, foot=160.0),
            near_arm=Arm(94.0, 96.0),
            far_arm=_PROP_ARM,
            anchor=_SIDE_ELBOW,
            view="front",
        ),
        muscles=("adductors", "obliques"),
        props=(Mat(-30.0, 120.0), Bench(132.0, 176.0)),
        arrows=(Arrow(("hip", 0.0, -30.0), ("hip", 0.0, -18.0)),),
        hold=True,
    ),
)

# --- push -----------------------------------------------------------------------------------------------------------
_FLOOR_HAND = ("near_hand", 0.0, HAND_R)
add(
    "push-up",
    Exercise(
        start=Pose(
            trunk=67.2,
            near_leg=straight(-67.2, foot=51.0),
            far_leg=straight(-66.2, foot=51.0),
            near_arm=Arm(-3.0, -3.0),
            far_arm=Arm(-3.0, -3.0),
            anchor=_FLOOR_HAND,
        ),
        end=Pose(
            trunk=88.9,
            neck=-6.0,
            near_leg=straight(-88.9, foot=51.0),
            far_leg=straight(-87.9, foot=51.0),
            near_arm=Arm(-130.0, 20.0),
            far_arm=Arm(-130.0, 20.0),
            anchor=_FLOOR_HAND,
        ),
        muscles=("chest", "triceps"),
        arrows=(Arrow(("shoulder", 36.0, 12.0), ("shoulder", 36.0, 12.0)),),
    ),
)
add(
    "incline-push-up",
    Exercise(
        start=Pose(
            trunk=56.0,
            near_leg=straight(-56.0 - 2.0, foot=35.0),
            far_leg=straight(-56.0 - 1.0, foot=35.0),
            near_arm=hold((0.0, BENCH_H + HAND_R)),
            far_arm=hold((2.0, BENCH_H + HAND_R)),
            anchor=("near_toe", -130.0, TOE_R),
        ),
        end=Pose(
            trunk=64.0,
            neck=-6.0,
            near_leg=straight(-64.0 - 2.0, foot=42.0),
            far_leg=straight(-64.0 - 1.0, foot=42.0),
            near_arm=hold((0.0, BENCH_H + HAND_R)),
            far_arm=hold((2.0, BENCH_H + HAND_R)),
            anchor=("near_toe", -130.0, TOE_R),
        ),
        muscles=("chest", "triceps"),
        props=(Bench(-20.0, 26.0),),
        arrows=(Arrow(("shoulder", 36.0, 14.0), ("shoulder", 36.0, 14.0)),),
    ),
)
add(
    "overhead-press",
    Exercise(
        start=standing(trunk=-2.0, near_arm=hold(("front_rack", 0.0, 4.0)), far_arm=hold(("front_rack", -2.0, 4.0))),
        end=standing(trunk=-3.0, near_arm=hold(("shoulder", 2.0, 70.0)), far_arm=hold(("shoulder", 0.0, 70.0))),
        muscles=("shoulders", "triceps"),
        props=(Barbell(("near_hand", 0.0, 0.0)),),
        arrows=(Arrow((46.0, 150.0), (46.0, 200.0)),),
    ),
)

# --- pull -----------------------------------------------------------------------------------------------------------
_ROW = {
    "hip": (0.0, 90.0),
    "trunk": 70.0,
    "neck": -10.0,
    "near_leg": flat(8.0),
    "far_leg": Leg(-24.0, -92.0, -40.0),
    "far_arm": hold((50.0, 40.0 + HAND_R)),
}
add(
    "dumbbell-row",
    Exercise(
        start=Pose(near_arm=Arm(0.0, 0.0), **_ROW),
        end=Pose(near_arm=Arm(-64.0, 2.0), **_ROW),
        muscles=("upper_back", "lats"),
        props=(Bench(-70.0, 70.0, 40.0), _DB_NEAR),
        arrows=(Arrow(("near_hand", 20.0, 0.0), ("near_hand", 20.0, 0.0)),),
        worked="near",
    ),
)
_ROW_BAR = 105.0
add(
    "inverted-row",
    Exercise(
        start=Pose(
            trunk=-76.0,
            near_leg=straight(76.0 + 2.0, foot=172.0),
            far_leg=straight(76.0 + 3.0, foot=172.0),
            near_arm=hold((0.0, _ROW_BAR)),
            far_arm=hold((0.0, _ROW_BAR)),
            anchor=("near_heel", 150.0, ANKLE_H),
        ),
        end=Pose(
            trunk=-56.0,
            near_leg=straight(56.0 + 2.0, foot=150.0),
            far_leg=straight(56.0 + 3.0, foot=150.0),
            near_arm=hold((0.0, _ROW_BAR)),
            far_arm=hold((0.0, _ROW_BAR)),
            anchor=("near_heel", 150.0, ANKLE_H),
        ),
        muscles=("upper_back", "lats"),
        props=(Rack(-8.0, 150.0, _ROW_BAR),),
        arrows=(Arrow(("shoulder", 22.0, -10.0), ("shoulder", 22.0, -10.0)),),
    ),
)
_PULL_BAR = 215.0
add(
    "pull-up",
    Exercise(
        start=Pose(
            trunk=-4.0,
            near_leg=Leg(8.0, -55.0, 40.0),
            far_leg=Leg(10.0, -52.0, 42.0),
            near_arm=Arm(178.0, 178.0),
            far_arm=Arm(178.0, 178.0),
            anchor=("near_hand", 0.0, _PULL_BAR),
        ),
        end=Pose(
            trunk=-10.0,
            neck=-6.0,
            near_leg=Leg(14.0, -55.0, 40.0),
            far_leg=Leg(16.0, -52.0, 42.0),
            near_arm=Arm(26.6, 183.2),
            far_arm=Arm(26.6, 183.2),
            anchor=("near_hand", 0.0, _PULL_BAR),
        ),
        muscles=("lats", "biceps"),
        props=(PullupBar((0.0, _PULL_BAR)),),
        arrows=(Arrow(("hip", 36.0, 0.0), ("hip", 36.0, 0.0)),),
    ),
)
add(
    "band-pull-apart",
    Exercise(
        start=Pose(
            trunk=0.0,
            near_arm=Arm(-4.0, -4.0, scale=0.26),
            far_arm=Arm(4.0, 4.0, scale=0.26),
            near_leg=flat(10.0, foot=90.0),
            far_leg=flat(-10.0, foot=-90.0),
            view="front",
        ),
        end=Pose(
            trunk=0.0,
            near_arm=Arm(90.0, 90.0),
            far_arm=Arm(-90.0, -90.0),
            near_leg=flat(10.0, foot=90.0),
            far_leg=flat(-10.0, foot=-90.0),
            view="front",
        ),
        muscles=("upper_back", "shoulders"),
        props=(Band((("near_hand", 0.0, 0.0), ("far_hand", 0.0, 0.0))),),
        arrows=(Arrow((24.0, 172.0), (66.0, 172.0)), Arrow((-24.0, 172.0), (-66.0, 172.0))),
    ),
)
