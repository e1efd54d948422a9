"""The candidate framings of the shot planner (``autark.jobs.shots``) and where each puts the camera: a shot size
on a subject (or on everyone, or a group) from a view, with a move; the box it frames (a person's upper body, a
big animal's head, the head where a pose puts it, a held thing with its holder's hands), the camera's place and
aim from it, and the moves' gentle amounts. ``candidates`` lists them in the order the planner tries them (the
planned framing first); ``build`` makes a candidate's camera on the scene. Every function that reads the scene
at a moment takes the planner's ``SceneStates``, shared by every framing tried."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from autark.cinema import LineSpan, SceneStates, ShotMeasures, camera_path
from autark.errors import UserInputError
from autark.jobs.path_shots import path_box, track_group, waist_up_box, wide_box
from autark.scene.model import Scene, Vec3

if TYPE_CHECKING:
    from autark.ops import Operator

__all__ = ["CAMERA_FOV_DEG", "RAISED_VIEW", "Framing", "SceneShots", "build", "candidates", "move_ops", "travels", "wide_box"]

CAMERA_FOV_DEG = 40.0
_WIDER = {"close-up": ["medium", "wide"], "medium": ["wide"], "over-the-shoulder": ["medium", "wide"], "wide": []}
_FILL = {"wide": 0.9, "medium": 0.75, "close-up": 0.6, "over-the-shoulder": 0.75}
_DRIFT_AFTER_S, _DRIFT_SHARE = 2.0, 0.05  # a static hold at least this long drifts in by this share (per 4 s)
_RAISED: Vec3 = (0.0, 0.9, 1.0)
RAISED_VIEW = _RAISED  # a view from above the subject's front (``key_shots`` tries it on a group)
_LOW: Vec3 = (0.0, 0.12, 1.0)  # under a room's ceiling
# from behind a shoulder, three-quarter: the subject who faces a set piece (the keeper before his lighthouse) is
# seen from here when every front camera would stand inside it
_BACK_LEFT: Vec3 = (-0.75, 0.35, -0.55)
_BACK_RIGHT: Vec3 = (0.75, 0.35, -0.55)
_HELD_ABOVE_M, _REACH_M = 0.2, 0.35  # a thing this far off the ground, this near a body, is in its hands
_OTS_BACK = 1.4  # an over-the-shoulder tried again this much further behind and beside the near person
_POSED_HEAD_M = 0.1  # a head this far from its standing place (bent, kneeling, seated) moves the frame with it
_VIEW_NAMES = {_RAISED: "raised", _LOW: "low", _BACK_LEFT: "behind left", _BACK_RIGHT: "behind right"}


@dataclass
class SceneShots:
    """What planning one scene's shots knows and remembers: its cast and props (object ids, in order), its
    character lines, the frame rate, the side of the line of action its cameras keep, who has been seen."""

    characters: list[str]
    props: list[str]
    names: dict[str, str]  # object id -> name, for notes
    fps: int
    new_place: bool = True
    lines: list[LineSpan] = field(default_factory=list)
    check: bool = True  # False: every shot as the screenplay planned it (measured, never changed)
    measures: list[ShotMeasures] = field(default_factory=list)  # of the shots kept, in order
    set_pieces: set[str] = field(default_factory=set)  # props larger than ``rules.SET_PIECE_M``: backdrops
    side: int = 0
    shown: set[str] = field(default_factory=set)
    # cast far larger than a person (``shots.backdrop_cast``) or far from the rest (a dragon, a whale, a bird high up): a wide of
    # everyone frames the others with them partly out of frame or behind (None: not yet known, ``plan_shot``
    # sets it). In the box of a wide, the dragon shrank the knights it threatened to a few pixels
    backdrop: set[str] | None = None
    # the kept shots' cameras at their starts (``autark.jobs.holds.Setup``): a picture the scene showed is not kept again
    setups: list[Any] = field(default_factory=list)
    # who and what the key event just shown was about (``key_shots``): the next shot opens on them, the result
    after_key: tuple[str, ...] = ()

    def axis(self) -> tuple[str, str] | None:
        """The two people whose line of action the dialogue's cameras keep to one side of."""
        speakers = list(dict.fromkeys(ln.speaker for ln in self.lines if ln.speaker in self.characters))
        return (speakers[0], speakers[1]) if len(speakers) >= 2 else None

    def everyone(self) -> list[str]:
        """Who a wide of everyone is about: the cast but its backdrop (all of it when it is all backdrop)."""
        return [c for c in self.characters if c not in (self.backdrop or ())] or list(self.characters) or list(
            self.props[:1])

    def name(self, oid: str | None) -> str:
        return "everyone" if oid is None else self.names.get(oid, oid)


@dataclass(frozen=True)
class Framing:
    """A candidate: a shot size on a subject (None: everyone) from a view, with a move."""

    size: str
    subject: str | None
    move: str = "static"
    view: str | Vec3 = "front"
    over: str | None = None  # over-the-shoulder: whose shoulder
    side: str = "right"
    back: float = 1.0  # distance factor (pull back)
    reaction: bool = False
    group: tuple[str, ...] = ()  # with no subject: these together (a two-shot), not everyone
    whole: bool = False  # a wide of everyone that holds the set pieces whole too (the lighthouse to its lamp)
    path: str = ""  # of a group crossing the set (``path_shots``): "wide" holds its whole path, "track" glides along

    def subjects(self, ctx: SceneShots) -> list[str]:
        if self.subject is not None:
            return [self.subject]
        return list(self.group) or ctx.everyone()

    def describe(self, ctx: SceneShots) -> str:
        view = self.view if isinstance(self.view, str) else _VIEW_NAMES.get(self.view, "the side")
        if self.group:
            what = f"{self.size} of {' and '.join(ctx.name(g) for g in self.group)} from {view.replace('_', ' ')}"
        elif self.over is not None:
            what = f"over {ctx.name(self.over)}'s {self.side} shoulder onto {ctx.name(self.subject)}"
        else:
            what = f"{self.size} of {ctx.name(self.subject)} from {view.replace('_', ' ')}"
        extra = " pulled back" if self.back > 1.0 else " stepped in" if self.back < 1.0 else ""
        extra += " with the set pieces whole" if self.whole else ""
        extra += {"wide": " over their whole path", "track": " gliding beside them"}.get(self.path, "")
        return f"{what}{extra}, {self.move}" + (" (reaction shot)" if self.reaction else "")


# -- moves -----------------------------------------------------------------------------------------------------
def travels(scene: Scene, subject: str, start_s: float, end_s: float, min_m: float = 0.75,
            states: SceneStates | None = None) -> bool:
    """Whether ``subject`` moves more than ``min_m`` metres (on the ground) during the shot."""
    states = states or SceneStates(scene)
    a = states.object(start_s, subject).transform.position
    b = states.object(end_s, subject).transform.position
    return ((a[0] - b[0]) ** 2 + (a[2] - b[2]) ** 2) ** 0.5 > min_m


def move_ops(scene: Scene, move: str, cam: str, subject: str | None, start_s: float, end_s: float,
             size: str, states: SceneStates | None = None) -> list[Operator]:
    """Gentle, readable amounts for each move over the shot's length (``states``: the scene's evaluated
    moments, shared by every camera a planner tries)."""
    from autark.ops import camera_moves as cm

    states = states or SceneStates(scene)
    if subject is not None and move not in ("orbit", "crane", "follow") and travels(scene, subject, start_s, end_s,
                                                                                     states=states):
        # a cinematographer keeps a walking subject in the shot: whatever move was planned, the camera
        # follows (a dolly or static frame would watch the subject walk out of the picture)
        move = "follow"
    if move == "static":
        if end_s - start_s < _DRIFT_AFTER_S:
            return []
        # A held frame with nobody moving in it reads as a hung film after a few seconds (the report fails 4 s
        # of repeated frames): a generated film's "static" shot breathes with a slow, linear push-in of a few
        # per cent of the distance, as a camera operator would on a long hold.
        c = camera_path(scene, cam)(start_s)  # where it stands at the start (its base is a default)
        dist = float(np.linalg.norm(np.subtract(c.position, c.target)))
        return cm.dolly(scene, cam, _DRIFT_SHARE * dist * min(1.0, (end_s - start_s) / 4.0), start_s, end_s,
                        easing="linear", states=states)
    if move in ("orbit", "crane", "follow") and subject is None:
        move = "truck"  # a sideways glide keeps a whole-scene wide shot whole
    if move == "pan":
        return cm.pan(scene, cam, 18.0, start_s, end_s)
    if move == "tilt":
        return cm.tilt(scene, cam, 8.0, start_s, end_s)
    if move == "dolly":
        c = camera_path(scene, cam)(start_s)  # where it stands at the start (its base is a default)
        dist = float(np.linalg.norm(np.subtract(c.position, c.target)))
        return cm.dolly(scene, cam, 0.25 * dist, start_s, end_s, states=states)
    if move == "truck":
        return cm.truck(scene, cam, 0.8, start_s, end_s)
    if move == "zoom":
        return cm.zoom(scene, cam, 1.35, start_s, end_s)
    assert subject is not None  # noqa: S101 - handled above
    if move == "orbit":
        return cm.orbit(scene, cam, subject, 35.0, start_s, end_s,
                        size=size if size in ("wide", "medium", "close-up") else "wide")
    if move == "crane":
        return cm.crane(scene, cam, subject, 1.0, start_s, end_s)
    if move == "follow":
        return cm.follow(scene, cam, subject, start_s, end_s, offset=_lead(scene, cam, subject, start_s, end_s, states),
                         states=states)  # the walk, evaluated once for every camera tried
    raise UserInputError(f"unknown camera move {move!r}")


_LEAD_DEG = 35.0  # how far off the walker's path a leading camera stands: it sees the face, is never walked into


def _lead(scene: Scene, cam: str, subject: str, start_s: float, end_s: float, states: SceneStates) -> Vec3 | None:
    """The offset a follow keeps from someone who walks: ahead of them and ``_LEAD_DEG`` off their path, at the
    framing's distance and height, so the shot leads the walker's face (kept at the start's offset, a walker
    who turned away was followed from behind: a close-up of the back of a head). None: they barely move, or
    toward the camera already."""
    from autark.scene.geometry import world_bbox

    a = np.array(states.object(start_s, subject).transform.position, float)
    b = np.array(states.object(end_s, subject).transform.position, float)
    walk = np.array([b[0] - a[0], 0.0, b[2] - a[2]])
    if np.linalg.norm(walk) < 0.75:
        return None
    c = camera_path(scene, cam)(start_s)
    off = np.array(c.position, float) - np.array(world_bbox(states.object(start_s, subject)).center, float)
    flat = math.hypot(off[0], off[2])
    walk /= np.linalg.norm(walk)
    if flat < 1e-6 or (off[0] * walk[0] + off[2] * walk[2]) / flat > math.cos(math.radians(_LEAD_DEG)):
        return None  # the camera is ahead of the walk already
    side = 1.0 if off[0] * walk[2] - off[2] * walk[0] >= 0 else -1.0  # the side of the path it stood on
    offsets = []
    for deg in (_LEAD_DEG, *_LEAD_WIDER_DEG):
        ang = math.radians(deg) * side
        d = (walk[0] * math.cos(ang) + walk[2] * math.sin(ang), -walk[0] * math.sin(ang) + walk[2] * math.cos(ang))
        offsets.append((float(d[0] * flat), float(off[1]), float(d[1] * flat)))
    # ahead of one who walks toward a wall the camera would pass through it: further round to their side, where
    # the walk keeps it clear (a wide is about them, not their face: a profile is on screen as they speak)
    return next((o for o in offsets if _clear_follow(states, subject, o, start_s, end_s)), offsets[0])


_LEAD_WIDER_DEG = (60.0, 85.0)


def _clear_follow(states: SceneStates, subject: str, offset: Vec3, start_s: float, end_s: float) -> bool:
    """Whether a camera kept at ``offset`` from the subject's middle stays the planner's margin clear of every
    body and wall at the walk's start, middle and end."""
    from autark.cinema import rules
    from autark.cinema.boxes import box_distances
    from autark.scene.geometry import world_bbox

    for t in (start_s, (start_s + end_s) / 2, end_s - 1e-3):
        boxes, _owner = states.keep_out(t)
        pos = np.add(world_bbox(states.object(t, subject)).center, offset)
        if len(boxes) and float(box_distances(pos, boxes).min()) < rules.MIN_CLEARANCE_M:
            return False
    return True


# -- candidates ------------------------------------------------------------------------------------------------
def _direction(states: SceneStates, subject: str | None, view: str | Vec3, t: float,
               heading_deg: float | None = None) -> Vec3:
    """A view direction (from the subject toward the camera), turned with the subject's facing (or with
    ``heading_deg``, the way the view's front looks from)."""
    from autark.assets.framing import VIEW_DIRECTIONS

    d = VIEW_DIRECTIONS[view] if isinstance(view, str) else view
    if subject is None and heading_deg is None:
        return d
    h = math.radians(heading_deg if heading_deg is not None else states.object(t, subject).transform.rotation[1])
    c, s = math.cos(h), math.sin(h)
    return (c * d[0] + s * d[2], d[1], -s * d[0] + c * d[2])


def _holder(state: Scene, ctx: SceneShots, thing: str) -> str | None:
    """The character holding ``thing`` in ``state`` (its middle within reach of their body, off the ground),
    or None (a character is held by nobody)."""
    from autark.scene.geometry import world_bbox

    if thing in ctx.characters or state.find_object(thing) is None:
        return None
    box = world_bbox(state.object(thing))
    if box.min[1] < _HELD_ABOVE_M:
        return None
    c = box.center
    for who in ctx.characters:
        body = state.find_object(who)
        if body is None:
            continue
        b = world_bbox(body)
        if all(b.min[i] - _REACH_M <= c[i] <= b.max[i] + _REACH_M for i in range(3)):
            return who
    return None


def _with_posed_head(states: SceneStates, subject: str, size: str, lo: Vec3, hi: Vec3, start_s: float,
                     end_s: float | None) -> tuple[Vec3, Vec3]:
    """The box a medium or close shot of a figure frames (``lo``, ``hi``: at ``start_s``), grown to follow its
    head where its pose puts it over the shot (bending, kneeling, sitting, getting up): the union of the box
    moved by the head's offset from its place at the start, sampled about once a second (a walk is the follow
    move's, so the body's travel on the ground is left out). Kneeling and getting up in a close-up, the
    grandmother's head had left the frame for half of it."""
    from autark.cinema import subject_points

    if size not in ("close-up", "medium"):
        return lo, hi
    end = start_s if end_s is None else max(start_s, end_s - 1e-3)
    n = max(3, math.ceil(end - start_s) + 1)
    ground = np.array([1.0, 0.0, 1.0])
    first = states.object(start_s, subject)
    figure, standing, _c = subject_points(first.model_copy(update={"pose": {}}))
    if not figure:
        return lo, hi
    # against the head as it stands at the start, the pose taken away: the box is the standing body's (already
    # bent at the start, the grandmother stayed bent all shot and her head was framed at the bottom edge)
    rest = standing["eyes"] - np.array(first.transform.position, float) * ground
    shifts = []
    for k in range(n):
        t = start_s + (end - start_s) * k / (n - 1)
        obj = states.object(t, subject)
        _f, pts, _c = states.points(t, obj)
        shifts.append(pts["eyes"] - np.array(obj.transform.position, float) * ground - rest)
    if max(float(np.linalg.norm(d)) for d in shifts) < _POSED_HEAD_M:
        return lo, hi
    low = np.min([np.asarray(lo) + d for d in shifts], axis=0)
    high = np.max([np.asarray(hi) + d for d in shifts], axis=0)
    return (float(low[0]), float(low[1]), float(low[2])), (float(high[0]), float(high[1]), float(high[2]))


def _place(scene: Scene, ctx: SceneShots, fr: Framing, t: float, end_s: float | None = None,
           states: SceneStates | None = None) -> tuple[Vec3, Vec3]:
    """(position, target) of the framing's camera at t (a shot from t to ``end_s``)."""
    from autark.assets.framing import frame_box, shot_box
    from autark.cinema.shoulder import over_shoulder

    holder: str | None = None
    heading: float | None = None
    states = states or SceneStates(scene)
    aspect = scene.settings.width / scene.settings.height
    mid = t if end_s is None else (t + end_s) / 2
    # one who gets up onto something high in the shot (a cat leaping onto its roof or branch) is framed up there
    t = _up_high_at(states, [fr.subject] if fr.subject is not None else ctx.everyone(), t, mid)
    if fr.over is not None and fr.subject is not None:
        # the camera's height from both people's eyes (a child and an adult, a chef's hat): autark.cinema.shoulder
        state = states.at(t)[0]
        return over_shoulder(state.object(fr.over), state.object(fr.subject), side=fr.side, back=fr.back)
    if fr.group and fr.path == "wide" and end_s is not None:
        lo, hi = path_box(scene, fr.group, t, end_s, states)
        fill = _FILL.get(fr.size, 0.9)
    elif fr.group:
        lo, hi = waist_up_box(states, ctx.characters, fr.group, fr.size, t) or wide_box(scene, fr.group, t, states)
        fill = _FILL.get(fr.size, 0.9)
    elif fr.subject is None:
        # a wide of everyone holds the cast and the props they handle; a set piece (the lighthouse behind the
        # keeper) is their backdrop, not part of the box: framed whole, it shrank the keeper to a speck
        props = [p for p in ctx.props if fr.whole or p not in ctx.set_pieces]
        cast = list(ctx.characters) if fr.whole else ctx.everyone()
        lo, hi = wide_box(scene, cast + props, t, states) if fr.size == "wide" else (
            waist_up_box(states, ctx.characters, cast, fr.size, t) or wide_box(scene, cast, t, states))
        if not fr.whole and ctx.backdrop:
            hi = _up_to_backdrop(states, ctx.backdrop, lo, hi, t)
        fill = _FILL.get(fr.size, 0.9)
    else:
        state = states.at(t)[0]
        box, fill = shot_box(state.object(fr.subject), fr.size)
        lo, hi = _with_posed_head(states, fr.subject, fr.size, box.min, box.max, t, end_s)
        lo = _eyes_high(states, fr.subject, fr.size, lo, hi, t)
        holder = _holder(state, ctx, fr.subject) if fr.size in ("close-up", "medium") else None
        if holder is not None:
            # a thing in someone's hands: framed with the hands' owner from the waist up, the way they hold it
            # to the camera, not on its own (the frame of a held fish alone was the fish and a trouser leg)
            upper, fill = shot_box(state.object(holder), "medium")
            lo = tuple(min(a, b) for a, b in zip(lo, upper.min, strict=True))
            hi = tuple(max(a, b) for a, b in zip(hi, upper.max, strict=True))
        elif fr.subject not in ctx.characters and fr.size in ("close-up", "medium"):
            lo, hi, holder = _insert_context(states, ctx, fr.subject, lo, hi, mid, fill)
            if holder is not None:
                heading = _heading_through(states, holder, fr.subject, mid)
    facing = holder if fr.subject is not None and fr.subject not in ctx.characters and holder is not None else (
        fr.subject)
    # the view turned with where the subject faces halfway through the shot: one who turns to the ship they
    # repair after the cut was framed from the front they had at the cut, and seen from behind while they worked
    direction = _direction(states, facing, fr.view, mid, heading)
    if fr.size in _RISE and fr.subject in ctx.characters and isinstance(fr.view, str):
        # a close-up is near eye level: from the named views' height, a dolly in looked down onto a chef's toque
        # with his face at the bottom of the frame; a medium of a face keeps its eye line near eye height too (from
        # 17 degrees up, a witch's hat brim hid her face)
        direction = (direction[0], direction[1] * _RISE[fr.size], direction[2])
    pos, target = frame_box(lo, hi, direction=direction, fov_deg=CAMERA_FOV_DEG, aspect=aspect, fill=fill)
    if fr.back != 1.0 and fr.over is None:
        pos = tuple(tc + (pc - tc) * fr.back for pc, tc in zip(pos, target, strict=True))  # type: ignore[assignment]
    return pos, target


_BACKDROP_GROW = 1.7  # a wide grows this much taller at most to show a dragon over the knights it stands behind


def _up_to_backdrop(states: SceneStates, backdrop: set[str], lo: Vec3, hi: Vec3, t: float) -> Vec3:
    """The top of a wide's box raised toward the top of the big bodies behind the cast (``_BACKDROP_GROW`` times
    its height at most): the dragon's head over the knights, the knights still a good part of the frame."""
    from autark.scene.geometry import world_bbox

    state = states.at(t)[0]
    tops = [world_bbox(o).max[1] for oid in backdrop if (o := state.find_object(oid)) is not None and o.visible]
    if not tops:
        return hi
    return (hi[0], max(hi[1], min(max(tops), lo[1] + _BACKDROP_GROW * (hi[1] - lo[1]))), hi[2])


# an insert of a small thing (a ball, a cup: no taller than ``_PROP_M``) shows it at about this share of the
# frame's height at most (its near corners, nearer the camera, make it a little more: 0.4 measured), with the one who stands within ``_NEAR_PROP_M`` of it (their legs for a thing on the ground) while it
# stays at least ``_PROP_MIN_SHARE`` of the frame; else the ground around it. The football's close-up was a red
# ball filling the picture with two trouser legs at its top
_PROP_M, _PROP_SHARE, _PROP_MIN_SHARE, _NEAR_PROP_M, _ON_GROUND_M = 1.2, 0.33, 0.14, 1.5, 0.15


def _insert_context(states: SceneStates, ctx: SceneShots, thing: str, lo: Vec3, hi: Vec3, t: float,
                    fill: float) -> tuple[Vec3, Vec3, str | None]:
    """(the box an insert of ``thing`` frames at ``t``, the one it is framed with or None): for a thing no
    taller than ``_PROP_M``, its box grown with the nearest one standing by it and to ``_PROP_SHARE`` of the
    frame's height at most; ``lo``, ``hi`` as they were for anything else."""
    from autark.scene.geometry import world_bbox

    size = np.subtract(hi, lo)
    if max(size) > _PROP_M or size[1] <= 1e-3:
        return lo, hi, None
    state = states.at(t)[0]
    low, high = np.array(lo, float), np.array(hi, float)
    mid = (low + high) / 2
    on_ground = low[1] < _ON_GROUND_M
    best: tuple[float, str, np.ndarray, np.ndarray] | None = None
    for who in ctx.characters:
        body = state.find_object(who)
        if body is None or not body.visible:
            continue
        b = world_bbox(body)
        gap = math.hypot(max(b.min[0] - mid[0], 0.0, mid[0] - b.max[0]), max(b.min[2] - mid[2], 0.0, mid[2] - b.max[2]))
        if gap > _NEAR_PROP_M or b.max[1] - b.min[1] > 2.5 * _PROP_M or (best is not None and gap >= best[0]):
            continue
        top = b.min[1] + 0.55 * (b.max[1] - b.min[1]) if on_ground else b.max[1]  # their legs, or them
        best = (gap, who, np.minimum(low, b.min), np.maximum(high, (b.max[0], max(top, high[1]), b.max[2])))
    with_them = None
    if best is not None and size[1] / (best[3][1] - best[2][1]) * fill >= _PROP_MIN_SHARE:
        with_them, low, high = best[1], best[2], best[3]
    need = size[1] * fill / _PROP_SHARE  # the box's height that leaves the thing its share of the frame
    if high[1] - low[1] < need:
        extra = need - (high[1] - low[1])
        # a thing on the ground sits low in the frame over the ground around it, anything else in the middle
        below = min(extra * (0.15 if on_ground else 0.5), max(0.0, low[1]))
        low[1], high[1] = low[1] - below, high[1] + extra - below
    return tuple(float(v) for v in low), tuple(float(v) for v in high), with_them  # type: ignore[return-value]


def _heading_through(states: SceneStates, who: str, thing: str, t: float) -> float | None:
    """The heading (degrees) of a view from ``who`` through ``thing``: an insert's camera stands beyond the thing
    and looks back at them, the thing in front of them (from their front, the kicker's legs stood between the
    camera and the cup). None when the thing is at their feet (their own facing serves)."""
    from autark.scene.geometry import world_bbox

    a = world_bbox(states.object(t, who)).center
    b = world_bbox(states.object(t, thing)).center
    dx, dz = b[0] - a[0], b[2] - a[2]
    if math.hypot(dx, dz) < 0.3:
        return None
    return math.degrees(math.atan2(dx, dz))


_CLOSE_RISE = 0.4  # a close-up's camera rises this share of a named view's height over its subject
_RISE = {"close-up": _CLOSE_RISE, "medium": 0.6}  # ... and a medium's of a person
_EYES_IN_BOX = 0.4  # a close shot's eyes this share of its box's height below its top at most


def _eyes_high(states: SceneStates, subject: str, size: str, lo: Vec3, hi: Vec3, t: float) -> Vec3:
    """The bottom of a close or medium shot's box lowered so that the eyes sit in its upper part, under a tall
    hat too: the chef's close-up, the box from his neck to the top of his toque, framed his face at the bottom
    of the picture."""
    if size not in ("close-up", "medium"):
        return lo
    figure, points, _corners = states.points(t, states.object(t, subject))
    if not figure or "eyes" not in points:
        return lo
    eyes = float(points["eyes"][1])
    if not lo[1] < eyes < hi[1] or (hi[1] - eyes) <= _EYES_IN_BOX * (hi[1] - lo[1]):
        return lo
    return (lo[0], hi[1] - (hi[1] - eyes) / _EYES_IN_BOX, lo[2])


_UP_HIGH_M = 1.0  # risen this much off the ground by the shot's middle: up on a perch, framed there


def _up_high_at(states: SceneStates, ids: Sequence[str], t: float, mid: float) -> float:
    """``mid`` when one of ``ids`` is ``_UP_HIGH_M`` higher there than at ``t`` (it leapt up onto a roof or
    into a tree early in the shot: framed at its start it left an empty street), else ``t``."""
    from autark.scene.geometry import world_bbox

    if mid <= t:
        return t
    a, b = states.at(t)[0], states.at(mid)[0]
    for i in ids:
        if a.find_object(i) is not None and b.find_object(i) is not None and (
                world_bbox(b.object(i)).min[1] - world_bbox(a.object(i)).min[1] > _UP_HIGH_M):
            return mid
    return t


def build(scene: Scene, ctx: SceneShots, fr: Framing, cam: str, start_s: float, end_s: float,
           states: SceneStates | None = None) -> Scene:
    """The scene with the framing's camera and its move (no timeline shot yet)."""
    from autark.ops import SetCamera, SetTimeline, apply_ops
    from autark.ops import camera_moves as cm
    from autark.scene.model import Camera

    states = states or SceneStates(scene)
    pos, target = _place(scene, ctx, fr, start_s, end_s, states)
    new = Camera(name=cam, fov=CAMERA_FOV_DEG)
    with_cam = apply_ops(scene, [SetCamera(camera=new, activate=False)])
    ops = cm.static(with_cam, cam, start_s, end_s, position=pos, target=target, fov=CAMERA_FOV_DEG)
    with_cam = apply_ops(with_cam, [op for op in ops if not isinstance(op, SetTimeline)])
    if fr.path == "track" and fr.group and isinstance(fr.view, tuple):
        return apply_ops(with_cam, track_group(with_cam, cam, fr.group, start_s, end_s, states, fr.view,
                                               CAMERA_FOV_DEG))
    moved = move_ops(with_cam, fr.move, cam, fr.subject, start_s, end_s, fr.size, states)
    return apply_ops(with_cam, [op for op in moved if not isinstance(op, SetTimeline)]) if moved else with_cam


def candidates(ctx: SceneShots, size: str, move: str, subject: str | None, over: str | None,
                speakers: Sequence[str], story: Sequence[str] = (), things: Sequence[str] = ()) -> list[Framing]:
    """Framings to try, the planned one first (see the module's docstring). ``story``: who the story says the
    part is about (``autark.cinema.frame_faults.story_subjects``); a shot of its subject with the others of them
    comes right after the planned framing. ``things``: what the part's hand acts are about
    (``autark.cinema.event_things``): a medium of each with the hands that act on it comes next."""
    out: list[Framing] = []
    views = ("front", "front_left", "front_right")

    def subject_variants(sz: str, subj: str, mv: str, ovr: str | None, reaction: bool = False) -> None:
        if sz == "over-the-shoulder" and ovr is not None:
            for m in dict.fromkeys((mv, "static")):
                out.extend(Framing(sz, subj, m, over=ovr, side=sd, reaction=reaction) for sd in ("right", "left"))
            # further back: the near body (a tall adult over a child) smaller at the frame's edge
            out.extend(Framing(sz, subj, "static", over=ovr, side=sd, back=_OTS_BACK, reaction=reaction)
                       for sd in ("right", "left"))
            sz = "medium"
        for m in dict.fromkeys((mv, "static")):
            out.extend(Framing(sz, subj, m, view=v, reaction=reaction) for v in views)
        raised = Framing(sz, subj, "static", view=_RAISED, reaction=reaction)
        if sz != "close-up" and subj not in ctx.characters:
            out.append(raised)
        # nearer on the same line: where a wall or a set piece stands behind the planned camera, an operator
        # steps in rather than through it (the frame holds less of the body, never the inside of a wall); before
        # a profile or a view from behind, which a close shot keeps only when nothing shows the face
        out.extend(Framing(sz, subj, "static", view=v, back=0.7, reaction=reaction) for v in views)
        out.extend(Framing(sz, subj, "static", view=v, reaction=reaction) for v in ("left", "right"))
        if sz != "close-up" and subj in ctx.characters:
            # a person from 40 degrees up is a hat's brim or the top of a head over a face: after the profiles
            out.append(raised)
        out.extend(Framing(sz, subj, "static", view=v, reaction=reaction) for v in (_BACK_LEFT, _BACK_RIGHT))
        if sz == "close-up":  # a close-up from 40 degrees up is the top of a head or a helmet: a profile first
            out.append(raised)
        for wider in _WIDER.get(sz, []):
            out.extend(Framing(wider, subj, "static", view=v, reaction=reaction) for v in views)
            out.extend(Framing(wider, subj, "static", view=v, reaction=reaction) for v in (_BACK_LEFT, _BACK_RIGHT))
        out.append(Framing("wide", subj, "static", back=1.4, reaction=reaction))

    def group_variants(members: Sequence[str], sz: str, sides: bool = False) -> None:
        group = tuple(dict.fromkeys(members))
        # ``sides``: from either side too, where one of them stands behind another seen from the front (a girl
        # behind the robot on its bench)
        more = ("left", "right") if sides else ()
        out.extend(Framing(sz, None, "static", view=v, group=group) for v in (*views, _RAISED, _LOW, *more))

    others = [sp for sp in dict.fromkeys(speakers) if sp != subject]
    if subject is None and size == "wide" and ctx.set_pieces:
        # the place with its landmark seen whole, when the cast stays usable in that frame
        out.extend(Framing(size, None, m, whole=True) for m in dict.fromkeys((move, "static")))
    out.append(Framing(size, subject, move, over=over))  # as planned
    for thing in (t for t in things if t != subject):
        # the thing the act is about with the hands on it (``_place`` frames a held thing with its holder from the
        # waist up, one on a table with whoever reaches for it): a wide of the wizard left his teapot a speck
        out.extend(Framing(sz, thing, "static", view=v) for sz in ("medium", "close-up") for v in views)
    with_story = [s for s in story if s != subject and s in ctx.characters]
    if with_story and subject is not None and size != "wide":
        # the one it frames with the ones the story is about beside them (the boy building while his grandmother
        # talks), before any single of either: the planned single left the boy off screen
        group_variants([*([subject] if subject in ctx.characters else []), *with_story], "medium")
    story_things = [s for s in story if s != subject and s not in ctx.characters]
    if story_things and subject in ctx.characters:
        # and with the big thing they act on (the car a grandfather repairs, the boat a fisherman paints): a
        # medium of him alone left the car off screen for the whole shot
        group_variants([subject, *with_story, *story_things], "medium")
    if subject is None:
        for m in dict.fromkeys((move, "static")):
            out.extend(Framing(size, None, m, view=v) for v in views)
        out.append(Framing(size, None, "static", view=_RAISED))
        out.append(Framing("wide", None, "static", back=1.3))
    elif not others:
        subject_variants(size, subject, move, over)
    elif len(others) == 1 and subject not in speakers:
        # someone else speaks: show them (over the listener's shoulder, or on their own)
        speaker = others[0]
        if subject not in ctx.characters and speaker in ctx.shown:
            # an insert of the thing they speak of (the flower the robot finds), once the speaker was seen: the
            # story planned it, so it stays, as a reaction shot, before any cut away to the speaker
            subject_variants(size, subject, move, over, reaction=True)
        if subject in ctx.characters:
            out.extend(Framing("over-the-shoulder", speaker, "static", over=subject, side=sd, back=b)
                       for b in (1.0, _OTS_BACK) for sd in ("right", "left"))
            # the two together: the one the shot is about stays on screen while the other speaks (the dog that
            # waits, not the man's close-ups alone)
            group_variants([subject, speaker], "medium")
        subject_variants("close-up" if size == "close-up" else "medium", speaker, "static", None)
    else:  # several speak in a part too short to cut: a shot of them together
        group_variants([*([subject] if subject in ctx.characters else []), *others], "medium")
        group_variants([*([subject] if subject in ctx.characters else []), *others], "wide")
    if subject is not None and others and all(o in ctx.shown for o in others):
        # every speaker was seen before: the planned framing may stay, as a reaction shot
        subject_variants(size, subject, move, over, reaction=True)
    out.append(Framing("wide", None, "static"))
    out.append(Framing("wide", None, "static", view=_RAISED, back=1.2))
    if len(ctx.characters) > 0:
        group_variants(ctx.characters, "wide", sides=len(ctx.characters) > 1)
    if subject is None and (len(ctx.characters) > 1 or any(sp in ctx.characters for sp in speakers)):
        # last: no frame holds everyone usable (a cat asleep at the back of the room is a speck in any shot that
        # also holds the man at the front), or one walks away while speaking (the robot leaving the station, its
        # back to every still camera): the wide of one of them, the speakers first, followed if they walk
        for who in dict.fromkeys([*(sp for sp in speakers if sp in ctx.characters), *ctx.characters]):
            out.extend(Framing(sz, who, "static", view=v) for sz in ("wide", "medium") for v in views)
    return list(dict.fromkeys(out))
