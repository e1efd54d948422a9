"""What one object looks like through a camera at one moment, as the shot measure (``autark.cinema.measure``) reads
it at each sample: whether its head (a figure's) or its middle is in the frame, how much of it the frame holds and at
what framing class, whether the frame cuts its head, where its eyes sit, which way it faces, and whether another box
stands between the lens and it (``see``); and which of the story's subjects in the frame something hides
(``blocked_story``). Split from ``measure`` (which loops over the samples) so that each stays readable."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from autark.cinema import rules
from autark.cinema.aboard import carrier as _carrier
from autark.cinema.aboard import riders
from autark.cinema.boxes import camera_axes
from autark.cinema.boxes import contains as _contains
from autark.cinema.boxes import has_surfaces as _has_surfaces
from autark.cinema.boxes import points_in as _points_in
from autark.cinema.boxes import project as _project
from autark.cinema.boxes import segments_hit as _segments_hit
from autark.cinema.figures import figure_framing as _figure_framing
from autark.cinema.own_hands import hands_before_face as _hands_before_face
from autark.cinema.per_moment import PerMoment
from autark.motion import rig_info
from autark.scene.model import Camera, SceneObject

__all__ = ["FACE_FRAMINGS", "Seen", "blocked_story", "see"]

_NOT_OCCLUDING = {"group", "floor", "rug", "carpet"}  # flat things under everyone's feet
_BURIED_M = 0.1  # a point this far inside a large box is hidden by it
FACE_FRAMINGS = frozenset({"medium", "close-up", "extreme close-up"})  # a figure framed from the waist up
_GROUND_M = 0.5  # feet no higher than this: a body standing on the ground (not perched in a tree, on a roof)


def _on_the_ground(pts: dict[str, np.ndarray]) -> bool:
    feet = [float(v[1]) for k, v in pts.items() if k.startswith("foot_")]
    return not feet or min(feet) <= _GROUND_M


_REACH_M = 0.05  # the margin round the rays' bounding box inside which a box is tested against them


class _SolidFacts:
    """What ``see`` reads of a moment's solid objects whichever camera looks: which may hide a body (not flat
    under everyone's feet), which are closed (no surface to be on, no limb), and where each id stands in the list
    (as itself or as a parent). Kept per list of solid objects (``SceneStates.at`` gives one per moment)."""

    __slots__ = ("closed", "open", "rows")

    def __init__(self, solid: list[SceneObject]) -> None:
        self.open = np.array([o.type not in _NOT_OCCLUDING for o in solid], bool)
        self.closed = np.array([not _has_surfaces(o.type) and rig_info(o.type) is None for o in solid], bool)
        self.rows: dict[str, list[int]] = {}
        for k, o in enumerate(solid):
            self.rows.setdefault(o.id, []).append(k)
            if o.parent is not None:
                self.rows.setdefault(o.parent, []).append(k)

    def keep(self, ignore: set[str]) -> np.ndarray:
        """Per solid object, whether it may hide a body: not flat, neither one of ``ignore`` nor a child of one."""
        out = self.open.copy()
        for oid in ignore:
            rows = self.rows.get(oid)
            if rows:
                out[rows] = False
        return out


_solid_facts = PerMoment(_SolidFacts)


@dataclass
class Seen:
    """One object seen through a camera at one moment (``see``)."""

    usable: bool
    occluded: bool
    visible_frames: float  # visible projected height, in frame heights
    full_frames: float
    framing: str
    head_cut: bool
    eyes_from_top: float | None
    figure: bool
    head_depth: float = math.inf  # metres from the camera to the head (a figure) or centre
    away: bool = False  # a figure seen from behind (its face turned from the camera)
    turned: bool = False  # ... or from the side: the camera more than 70 degrees off its face
    behind: bool = False  # ... or its back shown: the camera more than 100 degrees off its face
    face_away: bool = False  # ... the camera more than 100 degrees off where its eyes look (no face shown)


def see(
    obj: SceneObject,
    points: tuple[bool, dict[str, np.ndarray], np.ndarray],
    cam: Camera,
    aspect: float,
    solid: list[SceneObject],
    boxes: np.ndarray,
    owner: np.ndarray,
    ignore: set[str],
    strict: bool = False,
) -> Seen:
    """``obj`` (with its ``points``, ``subject_points``) seen through ``cam`` among ``solid`` (their ``boxes`` and
    each box's ``owner``, as ``SceneStates.at`` gives them), ``ignore`` hiding nothing of it; ``strict``: either
    side of a figure's face blocked hides it (over a shoulder). What does not depend on ``strict`` is worked out
    once per object, moment and camera (``_look``): the shot measure asks again for a key event's faces, a hand
    act's thing and a coarse look's moments looked at in full."""
    key = (id(obj), id(solid), tuple(cam.position), tuple(cam.target), tuple(cam.up), cam.fov, aspect,
           frozenset(ignore))
    hit = _LOOKS.get(key)
    if hit is None or hit.obj is not obj or hit.solid is not solid:
        if len(_LOOKS) >= _LOOKS_KEPT:
            _LOOKS.clear()
        hit = _LOOKS[key] = _look(obj, points, cam, aspect, solid, boxes, owner, ignore)
    return hit.seen(strict)


class _Look:
    """What ``see`` finds whether or not it is ``strict``: the frame's measures, and which rays something
    blocks (``hit``: to the head's centre, its sides, the face, the torso; None where no box is near them)."""

    __slots__ = ("cam", "figure", "framing", "hands", "head", "hit", "in_frame", "inside", "obj", "rest", "solid",
                 "torso", "visible")

    def __init__(self, obj: SceneObject, solid: list[SceneObject], figure: bool, in_frame: bool) -> None:
        self.obj, self.solid, self.figure, self.in_frame = obj, solid, figure, in_frame
        self.rest: tuple[Any, ...] = ()  # full, framing, head_cut, eyes, figure, depth, away, turned, behind, face_away
        self.hit: list[bool] | None = None
        self.torso = False  # chest and hips in the frame, blocked, the body on the ground
        self.hands: bool | None = None  # its own hand before its face (worked out when asked)
        self.head: np.ndarray | None = None
        self.cam: Camera | None = None
        self.framing = ""
        self.inside = self.visible = 0.0

    def seen(self, strict: bool) -> Seen:
        if not self.rest:  # not in front of the camera at all
            return Seen(False, False, 0.0, 0.0, "", False, None, self.figure)
        hit, figure = self.hit, self.figure
        occluded = False
        if hit is not None:
            occluded = (
                (hit[0] or any(hit[3 : len(hit) - 2]) or (any(hit[1:3]) if strict else all(hit[1:3])))
                if figure
                else all(hit)
            )
            # a face seen through a window or beside a tree trunk, the chest and hips in the frame behind the wall or
            # the trunk: the eye reads a body hidden behind the set, however clear the line to the head (over a
            # shoulder, ``strict``, the near shoulder hides the torso by design)
            occluded |= figure and not strict and self.torso
        # its own raised hand (or the arm lifting what it holds) across its face in a close shot hides it too
        if not occluded and figure:
            if self.hands is None:
                self.hands = _hands_before_face(self.obj, self.head, self.cam, self.framing)
            occluded = self.hands
        usable = (
            self.in_frame
            and self.inside >= rules.MIN_INSIDE_FRAC
            and self.visible >= rules.MIN_SUBJECT_FRAC
            and not occluded
        )
        return Seen(usable, occluded and self.in_frame, self.visible, *self.rest)


_LOOKS: dict[tuple[Any, ...], _Look] = {}
_LOOKS_KEPT = 4096


def _look(
    obj: SceneObject,
    points: tuple[bool, dict[str, np.ndarray], np.ndarray],
    cam: Camera,
    aspect: float,
    solid: list[SceneObject],
    boxes: np.ndarray,
    owner: np.ndarray,
    ignore: set[str],
) -> _Look:
    figure, pts, corners = points
    names = list(pts)
    both = _project(cam, aspect, np.concatenate([np.array([pts[n] for n in names]), corners]))
    proj, cproj = both[: len(names)], both[len(names) :]
    p = dict(zip(names, proj, strict=True))

    def framed(q: np.ndarray) -> bool:
        return bool(q[2] > rules.NEAR_PLANE_M and abs(q[0]) <= 1.0 and abs(q[1]) <= 1.0)

    key = p["head"] if figure else p["chest"]
    # a figure is in frame when its head is; a thing when its middle or its upper part is (a close-up of a
    # flower frames the bloom and lets the stem run out of the picture)
    in_frame = framed(key) if figure else framed(p["chest"]) or framed(p["head"])
    out = _Look(obj, solid, figure, in_frame)
    if not np.all(np.isfinite(cproj[:, :2])) or not np.all(np.isfinite(proj[:, :2])):
        return out
    x0, x1 = float(cproj[:, 0].min()), float(cproj[:, 0].max())
    inside = max(0.0, min(x1, 1.0) - max(x0, -1.0)) / max(x1 - x0, 1e-9)
    ys = proj[:, 1] if figure else cproj[:, 1]
    top, bottom = float(ys.max()), float(ys.min())
    if figure:
        top = max(top, float(p["top"][1]))
    full = (top - bottom) / 2
    visible = max(0.0, min(top, 1.0) - max(bottom, -1.0)) / 2
    framing = _figure_framing(p) if figure else rules.framing_class(full)
    if figure:
        # the head where the pose puts it (bent over, kneeling, lying), whole inside the frame: its top and its
        # neck, on every side. Only a face filling half the frame's height or more (an extreme close-up) may
        # lose its top; a bent-over head at the bottom edge is no extreme close-up (its neck is out of frame,
        # which the framing class alone read as one)
        ends = (p["top"], p["neck"])
        span = abs(float(p["top"][1]) - float(p["neck"][1])) / 2
        out_of_frame = any(
            float(q[2]) <= rules.NEAR_PLANE_M or abs(float(q[0])) > 1.02 or abs(float(q[1])) > 1.02
            for q in ends
        )
        head_cut = out_of_frame and span < rules.EXTREME_HEAD_FRAMES and abs(float(key[0])) <= 1.0
    else:
        head_cut = framing != "extreme close-up" and (top > 1.02 or bottom < -1.02)
    head_cut = head_cut and visible > 0
    eyes = (1.0 - float(p["eyes"][1])) / 2 if figure and "eyes" in p else None
    away = turned = behind = face_away = False
    # the face turned from the camera: the eyes sit in front of the head's centre
    if figure and "eyes" in pts:
        face = (pts["eyes"] - pts["head"]) * np.array([1.0, 0.0, 1.0])
        look = (np.asarray(cam.position, float) - pts["head"]) * np.array([1.0, 0.0, 1.0])
        norm = float(np.linalg.norm(face) * np.linalg.norm(look))
        away = norm > 1e-9 and float(face @ look) / norm < rules.BACK_COS
        turned = norm > 1e-9 and float(face @ look) / norm < rules.FACE_COS
        face_away = norm > 1e-9 and float(face @ look) / norm < rules.BEHIND_COS
        # a back by the body's heading, not the eyes: a head turned to look around is no back
        h = math.radians(float(obj.transform.rotation[1]))
        body = np.array([math.sin(h), 0.0, math.cos(h)])
        look_m = float(np.linalg.norm(look))
        behind = look_m > 1e-9 and float(body @ look) / look_m < rules.BEHIND_COS
    # rays to the head (a figure: its centre and either side of the face) or to the centre and the upper part
    # (anything else), against every other solid box that holds neither end. Hidden: a figure whose head
    # centre or both sides are blocked (with ``strict``, either side: the near shoulder of an
    # over-the-shoulder shot may not cut into the face); anything else with both rays blocked.
    if figure:
        side = (
            camera_axes(cam)[0]
            * 0.3
            * float(np.linalg.norm(pts["top"] - pts["neck"]))
        )
        targets = [pts["head"], pts["head"] - side, pts["head"] + side]
        # a close shot is of a face: a sword blade across the eyes or the mouth hides it
        if framing in FACE_FRAMINGS:
            targets += [pts[k] for k in ("eyes",) if k in pts] + [(pts["head"] + pts["neck"]) / 2]
        targets += [pts["chest"], pts.get("hip", pts["chest"])]  # the torso, last
    else:
        targets = [pts["chest"], pts["head"]]
    # what the body holds or wears (its children) is no wall before it: the painting carried in front of a chest
    facts = _solid_facts(solid)
    cam_p = np.asarray(cam.position, float)
    ends = np.array(targets, float)
    # only a box that reaches into the rays' own bounding box can cross a ray or hold its end (the houses and
    # trees of the set behind the camera or beside the picture are passed over at once)
    lo = np.minimum(ends.min(axis=0), cam_p) - _REACH_M
    hi = np.maximum(ends.max(axis=0), cam_p) + _REACH_M
    near = np.flatnonzero(np.all((boxes[:, :3] <= hi) & (boxes[:, 3:] >= lo), axis=1)) if len(owner) else owner
    sel = near[facts.keep(ignore)[owner[near]]] if len(near) else near
    if len(sel):
        cand = boxes[sel]
        # a box that holds the point is no occluder (the chair a body sits in), unless the point is deep inside
        # a large one: a keeper inside the base of a lighthouse, a child inside a house, is hidden by its walls
        # (not one with a surface to sit or stand on: the woman on the bench of a bus shelter is seen in it; nor
        # a body's limb: a child by an elephant's trunk stands in the box of its head and trunk, and is seen there)
        closed = facts.closed[owner[sel]]
        outside = ~_contains(cand, cam_p)
        cand, closed = cand[outside], closed[outside]
        buried = ((cand[:, 3:] - cand[:, :3]).max(axis=1) > rules.SET_PIECE_M) & closed
        # every ray at once (the planner measures dozens of cameras): through a box that does not hold its end
        blocked = _segments_hit(cam_p, ends, cand) & ~_points_in(cand, ends, 0.02)
        hit = (blocked.any(axis=1) | (_points_in(cand, ends, -_BURIED_M) & buried).any(axis=1)).tolist()
        out.hit = hit
        # A body perched up in a tree or on a roof is not behind the set: it is framed against what it sits in,
        # whose box (a whole canopy) the rays to its chest cross though the eye sees the body at its edge.
        out.torso = bool(
            figure
            and hit[-2]
            and hit[-1]
            and framed(p["chest"])
            and framed(p.get("hip", p["chest"]))
            and _on_the_ground(pts)
        )
    out.head, out.cam, out.framing = pts["head"], cam, framing
    out.inside, out.visible = inside, visible
    depth = float(np.linalg.norm(np.asarray(targets[0]) - cam_p))
    out.rest = (full, framing, head_cut, eyes, figure, depth, away, turned, behind, face_away)
    return out


def blocked_story(
    story: Sequence[str], looks: dict[str, Any], seen: dict[str, Seen], at: tuple[Any, ...], bodies: set[str]
) -> list[str]:
    """Those of the story's subjects the frame holds whose head (a thing's middle) something stands in front of: a
    lamp post, a piano or another body between the lens and the one the story is about hides them as surely as the
    frame's edge (the frame faults count them off screen). One riding in a vehicle is seen as the vehicle. ``at``:
    the moment (its ``SceneStates``, time, camera, aspect, solid objects, their boxes and owners)."""
    states, t, cam, aspect, solid, boxes, owner = at
    out = []
    for oid in story:
        obj = next((o for o in solid if o.id == oid), None)
        if obj is None or oid not in looks or not looks[oid].seen:
            continue
        s = seen.get(oid) or see(
            obj, states.points(t, obj), cam, aspect, solid, boxes, owner, {oid, *riders(obj, solid, bodies)}
        )
        if s.occluded and _carrier(obj, solid, bodies) is None:
            out.append(oid)
    return out
