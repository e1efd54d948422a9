"""A body that is over water is in it: whatever its clip says, a person standing, walking or running where a
pond, a lake or the sea lies goes down into it, and swims when it goes on moving there.

Clips know nothing of the ground under them (a walk keeps the height it started at), so a girl who swam out
would walk back across the lake's top, and a father running after her would run on it. ``in_water`` is applied
to each body after its clip: the water's depth under the body (``depth_share``: nothing at the shore, rising
over the first ``_WADE_M`` past the edge to full depth) sinks it, so a walk from the beach into the lake wades
in and goes down to the chest, and a walk out of it comes up onto the bank. A body that travels where the water
is deep swims (the arms wheel, the body at the surface); one standing there treads water (the arms out). Jumps,
falls and climbs into and out of water stage their own heights (``autark.motion.plunges``) and are left alone,
and so is anyone riding (a boat carries its crew above the water).
"""

from __future__ import annotations

import math
from bisect import bisect_right

import numpy as np

from autark.motion import reach
from autark.motion.acts import floor_body
from autark.motion.chain import Segment
from autark.motion.kinematics import BodyState, Foot, RigInfo
from autark.motion.plunges import SUNK_SHARE, can_fall_into
from autark.scene.geometry import world_bbox
from autark.scene.model import SceneObject

__all__ = ["depth_share", "in_water", "waters_of", "SWIM_KINDS"]

_WADE_M = 0.9  # past the edge this far the water is deep (as deep as a plunge's spot, ``plunges._INSIDE_M``)
_SWIM_DEPTH = 0.6  # at this share of full depth a body moving on swims
# what a body does that, over deep water, becomes swimming
SWIM_KINDS = frozenset({"walk", "run", "chase", "sneak", "swim", "slide", "dance", "hide"})
# acts that set their own height in the water (a plunge, climbing out) or hold the body above it
_OWN_HEIGHT = frozenset({"jump", "fall", "climb", "ride", "fly", "drive", "land", "lie", "sleep", "sit"})
_SURFACE_SHARE = 0.06  # a swimmer lying flat has the hips this share of their height below the surface


def waters_of(objects: dict[str, SceneObject] | list[SceneObject]) -> list[SceneObject]:
    """The things in the set a body can be in (a pond, the lake, the sea): ``plunges.can_fall_into``."""
    items = objects.values() if isinstance(objects, dict) else objects
    return [o for o in items if can_fall_into(o)]


def depth_share(water: SceneObject, x: float, z: float) -> float:
    """How deep the water is at (x, z), as a share of full depth: 0 outside and at the edge, 1 from ``_WADE_M``
    inside (or at the middle of a small pond)."""
    box = world_bbox(water)
    inside = min(x - float(box.min[0]), float(box.max[0]) - x, z - float(box.min[2]), float(box.max[2]) - z)
    if inside <= 0.0:
        return 0.0
    half = min(float(box.size[0]), float(box.size[2])) / 2
    return min(inside / max(min(_WADE_M, half), 1e-3), 1.0)


def _levels(water: SceneObject) -> tuple[float, float]:
    """(the height of the land round the water, the water's surface: its top, as ``plunges`` sinks to)."""
    box = world_bbox(water)
    return (float(box.min[1]) if float(box.min[1]) > -0.5 else 0.0), float(box.max[1])


def _active_kind(segments: list[Segment], t: float) -> str:
    i = bisect_right([s.action.start_s for s in segments], t) - 1
    if i < 0:
        return "idle"
    a = segments[i].action
    return a.kind if t <= a.end_s else "idle"


def in_water(rig: RigInfo | None, body: BodyState, segments: list[Segment], t: float,
             waters: list[SceneObject]) -> BodyState:
    """``body`` (its clip's at ``t``) put into the water under it: sunk by the depth there, swimming when it
    travels in deep water, treading water when it stands there. Unchanged on land, in the air, or during an act
    that sets its own height (``_OWN_HEIGHT``)."""
    if not waters or rig is None or not rig.has_legs:
        return body
    kind = _active_kind(segments, t)
    if kind in _OWN_HEIGHT:
        return body
    x, y, z = (float(v) for v in body.position)
    share, water = max(((depth_share(w, x, z), w) for w in waters), key=lambda p: p[0])
    height = 1.7 * reach.size_of(rig)
    ground, surface = _levels(water)
    sunk_y = surface - SUNK_SHARE * height
    # only a body at the land's level or already down in the water: one on a rock, a boat or a bridge stays
    if not sunk_y - 0.25 <= y <= ground + 0.2:
        return body
    swimming = (kind in SWIM_KINDS and share >= _SWIM_DEPTH) or (kind == "swim" and share > 0.0)
    # from the land's level at the shore down to (swimming: lying in) the water's surface less the depth
    deep = surface - (_SURFACE_SHARE if swimming else SUNK_SHARE) * height
    want = ground + (deep - ground) * share
    if share <= 0.0 and abs(want - y) < 1e-4:
        return body
    if swimming:
        return _swimming(rig, body, want, share, t)
    # the whole body by how far its origin with its pelvis drop is from where it should be: a gait that set off
    # below the ground drops its feet and its pelvis by that depth once more, which this takes back as well
    return _sunk(rig, body, want - y - float(body.lift[1]), share, t)


def _shifted_feet(body: BodyState, dy: float) -> dict[str, Foot] | None:
    if body.feet is None:
        return None
    return {k: Foot(f.pos + np.array([0.0, dy, 0.0]), f.yaw) for k, f in body.feet.items()}


def _sunk(rig: RigInfo, body: BodyState, dy: float, share: float, t: float) -> BodyState:
    """Down by ``dy`` (wading, standing in the water): the arms out on the water, sculling, as deep as it is."""
    pose = dict(body.pose)
    scull = math.sin(2 * math.pi * 0.8 * t)
    out = share * (55.0 + 10.0 * scull)
    for bone, sign in (("upper_arm_l", 1.0), ("upper_arm_r", -1.0)):
        if bone in rig.bones:
            base = pose.get(bone, np.zeros(3))
            pose[bone] = np.array([float(base[0]) * (1 - share), 0.0, float(base[2]) * (1 - share) + sign * out])
    pos = np.array(body.position, float) + np.array([0.0, dy, 0.0])
    return BodyState(pos, body.heading, np.array(body.lift, float), pose, _shifted_feet(body, dy))


def _swimming(rig: RigInfo, body: BodyState, hip_y: float, share: float, t: float) -> BodyState:
    """Front crawl at the surface (``approach.swim``'s pose): flat, face down, the arms wheeling in turn."""
    k = reach.size_of(rig)
    stroke = 360.0 * 0.7 * t
    wrap = lambda v: (v + 180.0) % 360.0 - 180.0  # noqa: E731
    kick = math.sin(2 * math.pi * 2.2 * t)
    pose = {"root": np.array([80.0, 0.0, 6.0 * math.sin(math.radians(stroke))]), "neck": np.array([-45.0, 0.0, 0.0]),
            "upper_arm_l": np.array([-wrap(stroke), 0.0, 10.0]),
            "upper_arm_r": np.array([-wrap(stroke + 180.0), 0.0, -10.0]),
            "lower_arm_l": np.array([-20.0, 0.0, 0.0]), "lower_arm_r": np.array([-20.0, 0.0, 0.0]),
            "upper_leg_l": np.array([15.0 * kick, 0.0, 0.0]), "upper_leg_r": np.array([-15.0 * kick, 0.0, 0.0]),
            "lower_leg_l": np.array([12.0, 0.0, 0.0]), "lower_leg_r": np.array([12.0, 0.0, 0.0])}
    # the legs posed by angle (no foot targets), the pelvis lowered to lie flat at 0.3 k over ``pos``
    pos = np.array([float(body.position[0]), hip_y - 0.3 * k, float(body.position[2])])
    return floor_body(rig, pos, body.heading, pose, 0.3 * k - rig.pelvis_y)


# -- a swim begun on land goes to the water first ----------------------------------------------------------
_FAR_M = 25.0  # water further than this from a swimmer on land is not theirs (another shore, the horizon)
_OUT_M = 2.0  # a swim with nowhere named ends this far past full depth


def _into_water(water: SceneObject, frm: np.ndarray) -> tuple[np.ndarray, np.ndarray, float]:
    """(the shore point nearest ``frm`` on ``water``'s edge, the point ``_OUT_M`` past full depth straight in
    from it, the distance from ``frm`` to that shore)."""
    box = world_bbox(water)
    lo, hi = np.array(box.min, float), np.array(box.max, float)
    shore = np.array([min(max(frm[0], lo[0]), hi[0]), frm[1], min(max(frm[2], lo[2]), hi[2])])
    # straight in: across the nearest edge, toward the middle when ``frm`` is off a corner
    gaps = [(shore[0] - lo[0], (1.0, 0.0)), (hi[0] - shore[0], (-1.0, 0.0)),
            (shore[2] - lo[2], (0.0, 1.0)), (hi[2] - shore[2], (0.0, -1.0))]
    _gap, way = min(gaps, key=lambda g: g[0])
    half = min(float(box.size[0]), float(box.size[2])) / 2
    reach_in = min(_WADE_M + _OUT_M, half)
    out = shore + np.array([way[0], 0.0, way[1]]) * reach_in
    return shore, out, float(np.hypot(shore[0] - frm[0], shore[2] - frm[2]))


def swim_into(play, ends):  # type: ignore[no-untyped-def]
    """A swim clip (``play``, ``ends``) that, for a swimmer standing on land with water in the set, walks to the
    nearest shore and swims out into it (or to where it was sent, when that lies in the water); a swim that
    starts in the water, or with no water near, goes as it was. The end keeps the land's height: ``in_water``
    puts the body down into the water as it goes."""
    def ends_in(a, start, objects, rig):  # type: ignore[no-untyped-def]
        end, dest, seat = ends(a, start, objects, rig)
        waters = waters_of(objects)
        p = np.array(start.position, float)
        if not waters or any(depth_share(w, p[0], p[2]) > 0.0 for w in waters):
            return end, dest, seat
        if any(depth_share(w, end.position[0], end.position[2]) >= 1.0 for w in waters):
            shore, out = _into_water(min(waters, key=lambda w: _into_water(w, p)[2]), p)[:2]
            out = np.array(end.position, float)
        else:
            shore, out, far = min((_into_water(w, p) for w in waters), key=lambda s: s[2])
            if far > _FAR_M:
                return end, dest, seat
        stop = (float(out[0]), float(p[1]), float(out[2]))
        from autark.motion.chain import ChainState
        from autark.motion.kinematics import heading_to
        here = (float(shore[0]), float(p[1]), float(shore[2]))
        return ChainState(stop, heading_to(p, np.array(stop), start.heading)), here, None

    def play_in(rig, seg, t, phase):  # type: ignore[no-untyped-def]
        if seg.dest is None or seg.dest == seg.end.position or seg.action.kind != "swim":
            return play(rig, seg, t, phase)
        from autark.motion.approach import _approach  # the walk to the shore, as a plunge's to the edge
        from autark.motion.chain import ChainState
        walking, arrive = _approach(rig, seg, t, seg.dest, 0.5)
        if walking is not None:
            return walking
        swim = Segment(seg.action.model_copy(update={"start_s": arrive}), ChainState(seg.dest, seg.end.heading),
                       seg.end, seg.end.position)
        return play(rig, swim, t, phase)
    play_in.__doc__ = play.__doc__
    return play_in, ends_in
