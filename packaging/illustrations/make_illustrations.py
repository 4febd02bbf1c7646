"""Draw the exercise illustrations: one two-panel SVG per exercise, from the pose data in ``poses.py``.

    python packaging/illustrations/make_illustrations.py [OUT_DIR]

Writes ``resources/exercises/images/<slug>.svg`` (or into OUT_DIR). Standard library only, and deterministic: the
same poses give byte-identical files (one-decimal numbers, no timestamps, no randomness), so regenerating shows up
in a diff only where a pose really changed.

The model is deliberately small. A pose is a handful of segment angles; forward kinematics from the hip gives the
joints, and a two-link solver places any limb whose hand or foot must land on something (a bar, a box, the floor).
Every body segment is a tapered capsule, which reads as a person at 64 px and still looks tidy at 400 px. Each
picture has two panels in one 400 x 200 view box - the start position on the left, the end position on the right
with an arrow for the movement - on a transparent background, in colours that hold up on light and dark themes.
"""

from __future__ import annotations

import importlib.util
import math
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import NamedTuple

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE.parent.parent / "resources" / "exercises" / "images"


def _load_poses() -> ModuleType:
    """Import poses.py from beside this file, whatever the working directory (``packaging`` is taken on PyPI)."""
    name = "runlift_illustration_poses"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, HERE / "poses.py")
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {HERE / 'poses.py'}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the classes are built
    spec.loader.exec_module(module)
    return module


poses = _load_poses()

Vec = tuple[float, float]

# --- look -----------------------------------------------------------------------------------------------------------
# Mid-tone fills with a darker rim read on white and on near-black alike; the background stays transparent.
BODY, BODY_LINE = "#6f86a6", "#4b5d78"
BODY_FAR, BODY_FAR_LINE = "#9aaac1", "#6d7f99"  # far limbs: lighter, so they sit behind
ACCENT, ACCENT_LINE = "#e0812a", "#a65c17"  # segments carrying the worked muscles
ACCENT_FAR, ACCENT_FAR_LINE = "#eaa86b", "#bf7a37"
EQUIP, EQUIP_FACE = "#4a4f5a", "#9ea5b1"  # dark rims, light faces: equipment shows on either background
GROUND = "#8a909c"
BAND = "#3aa46a"
ARROW = "#2f8fd0"

VIEW_W, VIEW_H = 400, 200
PANEL_W = 200
GROUND_Y = 186.0  # where the floor (world y = 0) sits in the view box
TOP_MARGIN = 8.0
SIDE_MARGIN = 10.0
MAX_SCALE = 1.05  # view-box units per centimetre: lying figures may grow a little, never balloon
OUTLINE = 2.4  # rim width in cm; drawn under the fill, so half of it shows
MIN_ARROW = 26.0  # a shorter arrow (cm) is stretched about its middle so that its head still reads
WALL_H = 190.0

# Segment radii (cm) at the proximal and the distal end: one tapered capsule per segment.
RADII: dict[str, tuple[float, float]] = {
    "thigh": (9.0, 6.6),
    "shin": (6.2, 4.2),
    "foot": (4.0, 3.0),
    "upper": (5.6, 4.5),
    "fore": (4.4, 3.5),
    "pelvis": (11.5, 11.0),
    "chest": (11.0, 12.5),
    "neck": (4.8, 4.8),
}
FRONT_RADII = {"pelvis": (14.0, 13.0), "chest": (13.0, 15.0)}  # the trunk is wider seen from the front
HIP_HALF, SHOULDER_HALF = 8.5, 15.5  # half the hip and shoulder width, for front views
WAIST = 0.42  # the pelvis segment runs this far up the trunk
GROUPS = ("far_arm", "far_leg", "trunk", "near_leg", "near_arm")  # drawing order, back to front

# Segments a muscle lights up. Arm and leg segments go per side; the trunk's pelvis and chest belong to both.
MUSCLE_PARTS: dict[str, tuple[str, ...]] = {
    "quadriceps": ("thigh",),
    "hamstrings": ("thigh",),
    "adductors": ("thigh",),
    "glutes": ("pelvis", "thigh"),
    "glute_med": ("pelvis", "thigh"),
    "hip_flexors": ("pelvis", "thigh"),
    "calves": ("shin",),
    "tibialis": ("shin",),
    "feet": ("foot",),
    "core": ("pelvis", "chest"),
    "obliques": ("pelvis", "chest"),
    "lower_back": ("pelvis", "chest"),
    "chest": ("chest",),
    "upper_back": ("chest",),
    "lats": ("chest", "upper"),
    "shoulders": ("upper",),
    "triceps": ("upper",),
    "biceps": ("upper",),
    "forearms": ("fore",),
}
TRUNK_PARTS = ("pelvis", "chest")


# --- vectors --------------------------------------------------------------------------------------------------------
def direction(theta: float) -> Vec:
    """Unit vector for a pose angle: 0 straight down, counter-clockwise, so 90 is forward (+x) and 180 up."""
    r = math.radians(theta)
    return (math.sin(r), -math.cos(r))


def angle_of(v: Vec) -> float:
    """Inverse of :func:`direction`."""
    return math.degrees(math.atan2(v[0], -v[1]))


def add(a: Vec, b: Vec, k: float = 1.0) -> Vec:
    return (a[0] + k * b[0], a[1] + k * b[1])


def sub(a: Vec, b: Vec) -> Vec:
    return (a[0] - b[0], a[1] - b[1])


def length(v: Vec) -> float:
    return math.hypot(v[0], v[1])


def wrap(angle: float) -> float:
    """Angle folded into (-180, 180], to tell how far a joint bends."""
    a = math.fmod(angle, 360.0)
    if a > 180.0:
        a -= 360.0
    elif a <= -180.0:
        a += 360.0
    return a


def num(v: float) -> str:
    """One decimal, without the noise ("12" not "12.0", never "-0"): small files that stay byte-stable."""
    text = f"{v:.1f}"
    if text.endswith(".0"):
        text = text[:-2]
    return "0" if text == "-0" else text


# --- kinematics -----------------------------------------------------------------------------------------------------
class PoseError(ValueError):
    """A pose that cannot be drawn as written: an unreachable target, a knee bent backwards, a foot in the floor."""


class Part(NamedTuple):
    """One drawn segment: a capsule from ``a`` (radius ``ra``) to ``b`` (radius ``rb``); a circle when a == b."""

    group: str  # one of GROUPS
    name: str  # upper, fore, hand, thigh, shin, foot, pelvis, chest, neck, head
    side: str  # near, far, or mid for the trunk and head
    a: Vec
    ra: float
    b: Vec
    rb: float


@dataclass
class Body:
    """A solved pose: named landmarks (world cm, y up), the limb angles it ended with, and its segments."""

    points: dict[str, Vec]
    angles: dict[str, float]
    parts: list[Part]


def two_link(root: Vec, target: Vec, l1: float, l2: float, bend: int) -> tuple[float, float, float]:
    """Angles of a two-segment limb reaching from ``root`` to ``target``, and how far (cm) it falls short.

    ``bend`` picks one of the two mirror solutions: +1 turns the first segment counter-clockwise off the line to the
    target, which puts a knee in front of a side-view leg; arms pass the opposite sign for an elbow behind.
    """
    v = sub(target, root)
    d = length(v)
    miss = max(0.0, d - (l1 + l2), abs(l1 - l2) - d)
    reach = min(max(d, abs(l1 - l2) + 1e-6), l1 + l2 - 1e-9)
    phi = angle_of(v) if d > 1e-9 else 0.0
    cos_beta = (l1 * l1 + reach * reach - l2 * l2) / (2 * l1 * reach)
    first = phi + bend * math.degrees(math.acos(max(-1.0, min(1.0, cos_beta))))
    rest = sub(target, add(root, direction(first), l1))
    return first, (angle_of(rest) if length(rest) > 1e-9 else first), miss


def resolve(target: tuple, points: dict[str, Vec]) -> Vec:
    """A target is a world point ``(x, y)`` or a landmark plus an offset ``(name, dx, dy)``."""
    if isinstance(target[0], str):
        base = points[target[0]]
        return (base[0] + target[1], base[1] + target[2])
    return (float(target[0]), float(target[1]))


def solve(pose: poses.Pose, where: str = "pose") -> Body:
    """Forward kinematics from the hip, then the two-link solver for limbs that must land on a target.

    Angle-driven limbs come first so that ``pose.anchor`` can pin one of their landmarks (a hand on a bar) and move
    the whole figure with it; solved limbs come after, once their targets are known in the world.
    """
    p = poses
    front = pose.view == "front"
    foot_len = p.FOOT * (p.FRONT_FOOT_SCALE if front else 1.0)
    trunk_angle = 180.0 - pose.trunk
    t = direction(trunk_angle)
    side_dir = (t[1], -t[0])  # towards the figure's near side, for front views
    pts: dict[str, Vec] = {"hip": (0.0, 0.0), "shoulder": add((0.0, 0.0), t, p.TRUNK)}
    pts["waist"] = add(pts["hip"], t, p.TRUNK * WAIST)
    pts["head"] = add(pts["shoulder"], direction(trunk_angle - pose.neck), p.NECK)
    for side, sign in (("near", 1.0), ("far", -1.0)):
        pts[f"{side}_hip"] = add(pts["hip"], side_dir, sign * HIP_HALF if front else 0.0)
        pts[f"{side}_shoulder"] = add(pts["shoulder"], side_dir, sign * SHOULDER_HALF if front else 0.0)
    angles: dict[str, float] = {}
    legs = {"near": pose.near_leg, "far": pose.far_leg}
    arms = {"near": pose.near_arm, "far": pose.far_arm}

    def place_leg(side: str, thigh: float, shin: float) -> None:
        leg = legs[side]
        knee = add(pts[f"{side}_hip"], direction(thigh), p.THIGH * leg.scale)
        ankle = add(knee, direction(shin), p.SHIN * leg.scale)
        foot = direction(leg.foot)
        pts[f"{side}_knee"], pts[f"{side}_ankle"] = knee, ankle
        pts[f"{side}_toe"] = add(ankle, foot, foot_len)
        pts[f"{side}_heel"] = add(ankle, foot, -p.HEEL * (0.5 if front else 1.0))
        angles.update({f"{side}_thigh": thigh, f"{side}_shin": shin, f"{side}_foot": leg.foot})

    def place_arm(side: str, upper: float, fore: float) -> None:
        arm = arms[side]
        elbow = add(pts[f"{side}_shoulder"], direction(upper), p.UPPER_ARM * arm.scale)
        pts[f"{side}_elbow"] = elbow
        pts[f"{side}_hand"] = add(elbow, direction(fore), (p.FOREARM + p.HAND) * arm.scale)
        angles.update({f"{side}_upper": upper, f"{side}_fore": fore})

    for side, leg in legs.items():
        if leg.ankle is None and leg.toe is None:
            place_leg(side, leg.thigh, leg.shin)
    for side, arm in arms.items():
        if arm.hand is None:
            lean = pose.trunk if arm.rel else 0.0
            place_arm(side, arm.upper - lean, arm.fore - lean)

    if pose.anchor is None:
        shift = pose.hip
    else:
        name, x, y = pose.anchor
        if name not in pts:
            raise PoseError(f"{where}: anchor {name!r} is not placed by angles")
        shift = sub((x, y), pts[name])
    for key, point in pts.items():
        pts[key] = add(point, shift)
    _trunk_landmarks(pts, t)

    for side, leg in legs.items():
        if leg.ankle is None and leg.toe is None:
            continue
        if leg.toe is None:
            ankle = resolve(leg.ankle, pts)
        else:  # back from the toe along the foot
            ankle = add(resolve(leg.toe, pts), direction(leg.foot), -foot_len)
        thigh, shin, miss = two_link(pts[f"{side}_hip"], ankle, p.THIGH * leg.scale, p.SHIN * leg.scale, leg.bend)
        if miss > 2.5:
            raise PoseError(f"{where}: {side} foot misses its target by {miss:.1f} cm")
        place_leg(side, thigh, shin)
    for side, arm in arms.items():
        if arm.hand is None:
            continue
        lengths = (p.UPPER_ARM * arm.scale, (p.FOREARM + p.HAND) * arm.scale)
        upper, fore, miss = two_link(pts[f"{side}_shoulder"], resolve(arm.hand, pts), *lengths, -arm.bend)
        if miss > 2.5:
            raise PoseError(f"{where}: {side} hand misses its target by {miss:.1f} cm")
        place_arm(side, upper, fore)

    body = Body(pts, angles, _segments(pts, front))
    _check(pose, body, where)
    return body


def _trunk_landmarks(pts: dict[str, Vec], t: Vec) -> None:
    """Named spots on the trunk where equipment sits: the bar on the back, the front rack, the lap, the chest."""
    back = (-t[1], t[0])  # outward normal of the back (for an upright figure facing +x: -x)
    front = (-back[0], -back[1])
    shoulder, hip = pts["shoulder"], pts["hip"]
    pts["upper_back"] = add(add(shoulder, t, -4.0), back, 9.0)
    pts["front_rack"] = add(add(shoulder, t, 1.0), front, 12.0)
    pts["chest_front"] = add(add(shoulder, t, -15.0), front, 17.0)
    pts["lap"] = add(add(hip, t, 3.0), front, 14.0)
    pts["sternum"] = add(shoulder, t, -12.0)


def _segments(pts: dict[str, Vec], front: bool) -> list[Part]:
    """The capsules to draw, back to front: far arm, far leg, trunk and head, near leg, near arm."""
    radii = dict(RADII, **(FRONT_RADII if front else {}))

    def seg(group: str, name: str, side: str, a: str, b: str) -> Part:
        return Part(group, name, side, pts[a], radii[name][0], pts[b], radii[name][1])

    def dot(group: str, name: str, side: str, a: str, r: float) -> Part:
        return Part(group, name, side, pts[a], r, pts[a], r)

    parts: list[Part] = []
    for side in ("far", "near"):
        arm, leg = f"{side}_arm", f"{side}_leg"
        parts.extend(
            (
                seg(arm, "upper", side, f"{side}_shoulder", f"{side}_elbow"),
                seg(arm, "fore", side, f"{side}_elbow", f"{side}_hand"),
                dot(arm, "hand", side, f"{side}_hand", poses.HAND_R),
                seg(leg, "thigh", side, f"{side}_hip", f"{side}_knee"),
                seg(leg, "shin", side, f"{side}_knee", f"{side}_ankle"),
                seg(leg, "foot", side, f"{side}_heel", f"{side}_toe"),
            )
        )
    parts.extend(
        (
            seg("trunk", "pelvis", "mid", "hip", "waist"),
            seg("trunk", "neck", "mid", "shoulder", "head"),
            seg("trunk", "chest", "mid", "waist", "shoulder"),
            dot("trunk", "head", "mid", "head", poses.HEAD_R),
        )
    )
    return sorted(parts, key=lambda part: GROUPS.index(part.group))  # stable: keeps the order within a group


def _check(pose: poses.Pose, body: Body, where: str) -> None:
    """Refuse poses a viewer would flag at once: knees bending backwards, twisted ankles, limbs sunk into the floor."""
    if pose.view == "side":  # front views bend knees sideways on purpose
        for side in ("near", "far"):
            knee = wrap(body.angles[f"{side}_thigh"] - body.angles[f"{side}_shin"])
            if not -3.0 <= knee <= 165.0:
                raise PoseError(f"{where}: {side} knee bends {knee:.0f} degrees")
            ankle = wrap(body.angles[f"{side}_foot"] - body.angles[f"{side}_shin"])
            if not 15.0 <= ankle <= 150.0:
                raise PoseError(f"{where}: {side} ankle at {ankle:.0f} degrees")
    lowest = min(min(part.a[1] - part.ra, part.b[1] - part.rb) for part in body.parts)
    if lowest < -2.0:
        raise PoseError(f"{where}: the figure sinks {-lowest:.1f} cm into the floor")


# --- drawing --------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Frame:
    """World (cm, y up) to view box (y down) for one panel; both panels share scale and centre, so they line up."""

    scale: float
    cx: float  # world x drawn at the panel's centre
    ox: float  # view-box x of the panel's centre

    def pt(self, p: Vec) -> Vec:
        return (self.ox + (p[0] - self.cx) * self.scale, GROUND_Y - p[1] * self.scale)

    def xy(self, p: Vec) -> str:
        x, y = self.pt(p)
        return f"{num(x)} {num(y)}"


def capsule_path(a: Vec, ra: float, b: Vec, rb: float) -> str:
    """Closed outline of a tapered capsule (two circles joined by their outer tangents), in view-box units.

    Every capsule and circle winds the same way, so many of them can share one path and fill as their union.
    """
    u = sub(b, a)
    d = length(u)
    if d < 1e-6 or d <= abs(ra - rb):  # a circle, or one end swallows the other
        centre, r = (a, ra) if ra >= rb else (b, rb)
        a, b, ra, rb, u, d = centre, centre, r, r, (1.0, 0.0), 1.0
    ux, uy = u[0] / d, u[1] / d
    nx, ny = -uy, ux
    sin_a = (ra - rb) / d if d > abs(ra - rb) else 0.0
    cos_a = math.sqrt(max(0.0, 1.0 - sin_a * sin_a))
    m1 = (nx * cos_a + ux * sin_a, ny * cos_a + uy * sin_a)
    m2 = (-nx * cos_a + ux * sin_a, -ny * cos_a + uy * sin_a)
    a1, b1, a2, b2 = add(a, m1, ra), add(b, m1, rb), add(a, m2, ra), add(b, m2, rb)

    def arc(r: float, centre: Vec, start: Vec, mid: Vec, end: Vec) -> str:
        s, m = sub(start, centre), sub(mid, centre)
        half = math.atan2(s[0] * m[1] - s[1] * m[0], s[0] * m[0] + s[1] * m[1])
        large, sweep = int(abs(half) * 2 > math.pi), int(half > 0)
        return f"A{num(r)} {num(r)} 0 {large} {sweep} {num(end[0])} {num(end[1])}"

    return (
        f"M{num(a1[0])} {num(a1[1])}L{num(b1[0])} {num(b1[1])}"
        + arc(rb, b, b1, add(b, (ux, uy), rb), b2)
        + f"L{num(a2[0])} {num(a2[1])}"
        + arc(ra, a, a2, add(a, (ux, uy), -ra), a1)
        + "Z"
    )


def lit_parts(exercise: poses.Exercise) -> set[tuple[str, str]]:
    """(segment, side) pairs to highlight, from the worked muscles and which limbs do the work."""
    sides = {"both": ("near", "far"), "near": ("near",), "far": ("far",)}[exercise.worked]
    lit: set[tuple[str, str]] = set()
    for muscle in exercise.muscles:
        for name in MUSCLE_PARTS[muscle]:
            lit.update([(name, "mid")] if name in TRUNK_PARTS else [(name, side) for side in sides])
    return lit


def part_colours(part: Part, lit: set[tuple[str, str]], shade_far: bool) -> tuple[str, str]:
    """Fill and rim of a segment: accent where a worked muscle is, lighter on the far side of a side view."""
    far = shade_far and part.side == "far"
    if (part.name, part.side) in lit:
        return (ACCENT_FAR, ACCENT_FAR_LINE) if far else (ACCENT, ACCENT_LINE)
    return (BODY_FAR, BODY_FAR_LINE) if far else (BODY, BODY_LINE)


def draw_group(body: Body, group: str, frame: Frame, lit: set[tuple[str, str]], shade_far: bool) -> list[str]:
    """One limb (or the trunk): every rim first, then the fills, so it reads as one shape with one outline."""
    rims: list[list[str]] = []
    fills: list[list[str]] = []
    for part in body.parts:
        if part.group != group:
            continue
        fill, rim = part_colours(part, lit, shade_far)
        path = capsule_path(frame.pt(part.a), part.ra * frame.scale, frame.pt(part.b), part.rb * frame.scale)
        for runs, colour in ((rims, rim), (fills, fill)):
            if runs and runs[-1][0] == colour:
                runs[-1][1] += path
            else:
                runs.append([colour, path])
    width = num(OUTLINE * frame.scale)
    return [f'<path fill="{c}" stroke="{c}" stroke-width="{width}" d="{d}"/>' for c, d in rims] + [
        f'<path fill="{c}" d="{d}"/>' for c, d in fills
    ]


# --- equipment ------------------------------------------------------------------------------------------------------
def prop_layers(prop: object) -> tuple[str, ...]:
    """Where a prop is drawn: a barbell's plates go behind the figure and the bar's end in front of it."""
    return ("back", "front") if isinstance(prop, poses.Barbell) else (prop.layer,)


def prop_extent(prop: object, points: dict[str, Vec]) -> list[Vec]:
    """Points spanning a prop (world cm), for fitting the picture into its panel."""
    if isinstance(prop, (poses.Barbell, poses.Dumbbell, poses.Kettlebell)):
        c = resolve(prop.at, points)
        r = {poses.Barbell: poses.PLATE_R, poses.Dumbbell: 14.0, poses.Kettlebell: 28.0}[type(prop)]
        return [(c[0] - r, c[1] - r), (c[0] + r, c[1] + r)]
    if isinstance(prop, (poses.Box, poses.Bench)):
        return [(prop.x0, 0.0), (prop.x1, prop.h)]
    if isinstance(prop, poses.Mat):
        return [(prop.x0, 0.0), (prop.x1, poses.MAT_H)]
    if isinstance(prop, poses.Wall):
        return [(prop.x + 10.0 * prop.side, 0.0), (prop.x, WALL_H)]
    if isinstance(prop, poses.Rack):
        return [(prop.x - 4.0, 0.0), (prop.x + 4.0, prop.h)]
    if isinstance(prop, poses.PullupBar):
        c = resolve(prop.at, points)
        return [(c[0] - prop.reach - 4.0, 0.0), (c[0] + 4.0, c[1] + 8.0)]
    if isinstance(prop, poses.Band):
        return [resolve(t, points) for t in prop.points]
    raise TypeError(f"unknown prop {prop!r}")


def draw_prop(prop: object, layer: str, points: dict[str, Vec], frame: Frame) -> list[str]:
    """SVG for one piece of equipment, in centimetres like the figure, so it is drawn to scale."""
    s = frame.scale

    def rect(x0: float, y0: float, x1: float, y1: float, fill: str, rx: float = 2.0) -> str:
        x, y = frame.pt((x0, y1))
        return (
            f'<rect x="{num(x)}" y="{num(y)}" width="{num((x1 - x0) * s)}" height="{num((y1 - y0) * s)}" '
            f'rx="{num(rx * s)}" fill="{fill}" stroke="{EQUIP}" stroke-width="{num(2.0 * s)}"/>'
        )

    def circle(c: Vec, r: float, fill: str, stroke: str = EQUIP, width: float = 2.0) -> str:
        x, y = frame.pt(c)
        return (
            f'<circle cx="{num(x)}" cy="{num(y)}" r="{num(r * s)}" fill="{fill}" stroke="{stroke}" '
            f'stroke-width="{num(width * s)}"/>'
        )

    def capsule(a: Vec, b: Vec, r: float, fill: str, rim: float = 0.0) -> str:
        stroke = f' stroke="{EQUIP}" stroke-width="{num(rim * s)}"' if rim else ""
        return f'<path fill="{fill}"{stroke} d="{capsule_path(frame.pt(a), r * s, frame.pt(b), r * s)}"/>'

    if isinstance(prop, poses.Barbell):
        c = resolve(prop.at, points)
        if layer == "back":  # the plate, seen face on
            return [
                circle(c, poses.PLATE_R, EQUIP_FACE, width=3.0),
                circle(c, poses.PLATE_R * 0.62, "none", width=1.6),
                circle(c, 4.0, EQUIP, width=0.0),
            ]
        return [circle(c, 3.2, EQUIP, EQUIP_FACE, 1.4)]  # the bar's end, where the hands hold it
    if isinstance(prop, poses.Dumbbell):
        c = resolve(prop.at, points)
        u = direction(prop.angle + 90.0)  # angle 0: handle level
        n = (-u[1], u[0])
        heads = [add(c, u, 9.5 * k) for k in (-1.0, 1.0)]
        return [capsule(add(c, u, -8.0), add(c, u, 8.0), 1.8, EQUIP)] + [
            capsule(add(h, n, -5.5), add(h, n, 5.5), 4.0, EQUIP_FACE, 1.8) for h in heads
        ]
    if isinstance(prop, poses.Kettlebell):
        c = resolve(prop.at, points)
        down = direction(prop.angle)
        return [circle(add(c, down, 4.0), 6.0, "none", EQUIP, 3.2), circle(add(c, down, 16.5), 10.5, EQUIP_FACE)]
    if isinstance(prop, poses.Box):
        return [rect(prop.x0, 0.0, prop.x1, prop.h, EQUIP_FACE)]
    if isinstance(prop, poses.Bench):
        pad = 9.0
        legs = [rect(x - 3.0, 0.0, x + 3.0, prop.h - pad, EQUIP, 1.0) for x in (prop.x0 + 7.0, prop.x1 - 7.0)]
        return [*legs, rect(prop.x0, prop.h - pad, prop.x1, prop.h, EQUIP_FACE, 3.0)]
    if isinstance(prop, poses.Mat):
        return [rect(prop.x0, 0.0, prop.x1, poses.MAT_H, EQUIP_FACE, 1.5)]
    if isinstance(prop, poses.Wall):
        x0, x1 = sorted((prop.x, prop.x + 10.0 * prop.side))
        return [rect(x0, 0.0, x1, WALL_H, EQUIP_FACE, 0.0)]
    if isinstance(prop, poses.Rack):
        out = [rect(prop.x - 4.0, 0.0, prop.x + 4.0, prop.h, EQUIP_FACE, 1.0)]
        if prop.bar is not None:
            out.append(circle((prop.x, prop.bar), 3.4, EQUIP, EQUIP_FACE, 1.4))
        return out
    if isinstance(prop, poses.PullupBar):  # the bar on a frame: an upright behind the figure and an arm out to it
        c = resolve(prop.at, points)
        post = c[0] - prop.reach
        return [
            rect(post - 4.0, 0.0, post + 4.0, c[1] + 8.0, EQUIP_FACE, 1.0),
            rect(post, c[1] + 1.0, c[0], c[1] + 7.0, EQUIP_FACE, 1.0),
            circle(c, 3.4, EQUIP, EQUIP_FACE, 1.4),
        ]
    if isinstance(prop, poses.Band):
        line = " ".join(frame.xy(resolve(t, points)) for t in prop.points)
        return [
            f'<polyline points="{line}" fill="none" stroke="{BAND}" stroke-width="{num(3.0 * s)}" '
            'stroke-linecap="round" stroke-linejoin="round"/>'
        ]
    raise TypeError(f"unknown prop {prop!r}")


# --- arrows ---------------------------------------------------------------------------------------------------------
def arrow_curve(arrow: poses.Arrow, start: Body, end: Body) -> tuple[Vec, Vec, Vec]:
    """Tail, control point and tip of a movement arrow (world cm): tail on the start pose, tip on the end pose."""
    a = resolve(arrow.frm, start.points)
    b = resolve(arrow.to, end.points)
    chord = sub(b, a)
    d = length(chord)
    if d < MIN_ARROW:
        u = (chord[0] / d, chord[1] / d) if d > 1e-6 else (0.0, 1.0)
        mid = add(a, chord, 0.5)
        a, b = add(mid, u, -MIN_ARROW / 2), add(mid, u, MIN_ARROW / 2)
        chord = sub(b, a)
    left = (-chord[1], chord[0])
    return a, add(add(a, chord, 0.5), left, arrow.bend), b


def draw_arrow(curve: tuple[Vec, Vec, Vec], frame: Frame) -> list[str]:
    """A quadratic curve with a solid head; the shaft stops inside the head so that the tip stays sharp."""
    s = frame.scale
    a, c, b = (frame.pt(p) for p in curve)
    tangent = sub(b, c) if length(sub(b, c)) > 1e-6 else sub(b, a)
    u = (tangent[0] / length(tangent), tangent[1] / length(tangent))
    n = (-u[1], u[0])
    head_len, head_w = 13.0 * s, 7.5 * s
    base, shaft_end = add(b, u, -head_len), add(b, u, -head_len * 0.6)
    left, right = add(base, n, head_w), add(base, n, -head_w)
    shaft = f"M{num(a[0])} {num(a[1])}Q{num(c[0])} {num(c[1])} {num(shaft_end[0])} {num(shaft_end[1])}"
    head = f"M{num(b[0])} {num(b[1])}L{num(left[0])} {num(left[1])}L{num(right[0])} {num(right[1])}Z"
    return [
        f'<path d="{shaft}" fill="none" stroke="{ARROW}" stroke-width="{num(4.4 * s)}" stroke-linecap="round"/>',
        f'<path d="{head}" fill="{ARROW}" stroke="{ARROW}" stroke-width="{num(1.2 * s)}" stroke-linejoin="round"/>',
    ]


# --- composition ----------------------------------------------------------------------------------------------------
def fit(bodies: list[Body], exercise: poses.Exercise, curves: list[tuple[Vec, Vec, Vec]]) -> tuple[float, float]:
    """One scale and centre for both panels, so the start and the end stand on the same floor at the same size."""
    spots: list[Vec] = [(0.0, 0.0)]
    for body in bodies:
        for part in body.parts:
            for (x, y), r in ((part.a, part.ra), (part.b, part.rb)):
                spots += [(x - r, y - r), (x + r, y + r)]
        for prop in exercise.props:
            spots += prop_extent(prop, body.points)
    for a, c, b in curves:
        spots += [a, b, (0.25 * a[0] + 0.5 * c[0] + 0.25 * b[0], 0.25 * a[1] + 0.5 * c[1] + 0.25 * b[1])]
    xs = [x for x, _ in spots]
    top = max(y for _, y in spots)
    width = max(xs) - min(xs) + 8.0
    scale = min(MAX_SCALE, (PANEL_W - 2 * SIDE_MARGIN) / width, (GROUND_Y - TOP_MARGIN) / (top + 4.0))
    return scale, (max(xs) + min(xs)) / 2.0


def render(slug: str) -> str:
    """The SVG text for one exercise: the start pose on the left, the end pose and the movement on the right."""
    exercise = poses.EXERCISES[slug]
    bodies = [solve(exercise.start, f"{slug} start"), solve(exercise.end, f"{slug} end")]
    curves = [arrow_curve(arrow, *bodies) for arrow in exercise.arrows]
    scale, cx = fit(bodies, exercise, curves)
    lit = lit_parts(exercise)
    size = f'viewBox="0 0 {VIEW_W} {VIEW_H}" width="{VIEW_W}" height="{VIEW_H}"'
    lines = [f'<svg xmlns="http://www.w3.org/2000/svg" {size}>']
    for panel, (pose, body) in enumerate(zip((exercise.start, exercise.end), bodies, strict=True)):
        frame = Frame(scale, cx, PANEL_W * panel + PANEL_W / 2)
        x0 = PANEL_W * panel
        lines.append("<g>")
        lines.append(
            f'<path d="M{num(x0 + 6)} {num(GROUND_Y)}H{num(x0 + PANEL_W - 6)}" stroke="{GROUND}" '
            'stroke-width="1.6" stroke-linecap="round"/>'
        )
        for step in ("back", "far_arm", "far_leg", "mid", "trunk", "near_leg", "front", "near_arm", "top"):
            if step in GROUPS:
                lines += draw_group(body, step, frame, lit, shade_far=pose.view == "side")
            else:
                for prop in exercise.props:
                    if step in prop_layers(prop):
                        lines += draw_prop(prop, step, body.points, frame)
        if panel == 1:
            for curve in curves:
                lines += draw_arrow(curve, frame)
        lines.append("</g>")
    lines.append("</svg>")
    return "\n".join(lines) + "\n"


def main(out_dir: Path | None = None) -> list[Path]:
    """Write every exercise's SVG into ``out_dir`` (default resources/exercises/images); return the paths."""
    target = Path(out_dir) if out_dir is not None else DEFAULT_OUT
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for slug in sorted(poses.EXERCISES):
        path = target / f"{slug}.svg"
        path.write_text(render(slug), encoding="utf-8", newline="\n")
        written.append(path)
    return written


if __name__ == "__main__":
    paths = main(Path(sys.argv[1]) if len(sys.argv) > 1 else None)
    print(f"wrote {len(paths)} illustrations to {paths[0].parent if paths else '-'}")
