"""Camera framing: put a pinhole camera where a box fills a chosen part of the frame.

The maths is exact for a pinhole camera with vertical field of view ``fov_deg`` and aspect ``width/height``:
for the camera at ``target + distance * d`` looking at ``target``, a point ``c`` with ``r = c - target``
projects to ``x_ndc = (r.s) / (depth * tan(fov/2) * aspect)`` and ``y_ndc = (r.u) / (depth * tan(fov/2))``
with ``depth = distance - r.d``; solving ``|ndc| <= fill`` for every box corner gives the smallest distance.
The renderer and the film stage reuse these helpers so "close-up" means the same thing everywhere; shot sizes
(``shot_box``) say which part of a subject a size shows, for the camera moves of ``autark.ops.camera_moves``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import cache

from autark.errors import UserInputError
from autark.scene.geometry import AABB, cross, world_bbox
from autark.scene.model import Camera, SceneObject, Vec3

__all__ = ["VIEW_DIRECTIONS", "SHOT_FILL", "SHOT_SIZES", "basis", "project", "frame_box", "frame_camera", "dolly",
           "canonical_shot_size", "shot_box", "view_direction", "BIG_BODY_M", "is_big_body", "big_body_head_box"]

# Direction from the subject toward the camera. A slight elevation reads more natural than eye level.
VIEW_DIRECTIONS: dict[str, Vec3] = {
    "front": (0.0, 0.3, 1.0),
    "behind": (0.0, 0.3, -1.0),
    "left": (-1.0, 0.3, 0.0),
    "right": (1.0, 0.3, 0.0),
    "above": (0.0, 1.0, 0.35),
    "below": (0.0, -0.15, 1.0),
    "front_left": (-0.7, 0.35, 0.7),
    "front_right": (0.7, 0.35, 0.7),
}

# Share of the frame (NDC half-extent) the subject may use, per shot size.
SHOT_FILL: dict[str, float] = {"wide": 0.85, "medium": 0.6, "close": 0.92}

_NEAR = 0.1

# a rigged body this long (or wide) and at least 1 m tall is big: a horse, a cow, an elephant, a dragon. A close shot
# of it frames its head (its box's top fifth was the middle of an elephant's back), and a camera keeps out of its
# whole volume, under its belly too (``autark.cinema.boxes.body_hull_boxes``)
BIG_BODY_M, _BIG_BODY_TALL_M = 1.5, 1.0
# the bones a close-up of a big body frames (its head), and a medium (head, neck and forequarters)
_HEAD_BONES = {"close-up": ("head", "jaw"), "medium": ("head", "jaw", "neck", "chest", "arm_", "leg_f")}


def _norm(v: Sequence[float]) -> tuple[float, float, float]:
    n = math.sqrt(sum(c * c for c in v))
    if n < 1e-12:
        return (0.0, 0.0, 1.0)
    return (v[0] / n, v[1] / n, v[2] / n)


def _dot(a: Sequence[float], b: Sequence[float]) -> float:
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def basis(position: Vec3, target: Vec3, up: Vec3 = (0.0, 1.0, 0.0)) -> tuple[Vec3, Vec3, Vec3]:
    """(right, up, forward) unit vectors of a camera; matches ``autark.scene.geometry.look_at``."""
    f = _norm([t - p for p, t in zip(position, target, strict=True)])
    s = cross(f, up)
    if math.sqrt(_dot(s, s)) < 1e-9:  # looking straight along up
        s = cross(f, (0.0, 0.0, -1.0))
    s = _norm(s)
    return s, cross(s, f), f


def project(camera: Camera, point: Sequence[float], aspect: float) -> tuple[float, float, float]:
    """(x_ndc, y_ndc, depth) of a world point; inside the frame when both ndc values are within -1..1 and
    depth > 0."""
    s, u, f = basis(camera.position, camera.target, camera.up)
    r = [p - c for p, c in zip(point, camera.position, strict=True)]
    depth = _dot(r, f)
    if depth <= 1e-9:
        return (math.inf, math.inf, depth)
    tan_h = math.tan(math.radians(camera.fov) / 2)
    return (_dot(r, s) / (depth * tan_h * aspect), _dot(r, u) / (depth * tan_h), depth)


def _corners(box_min: Vec3, box_max: Vec3) -> list[Vec3]:
    return [(x, y, z) for x in (box_min[0], box_max[0]) for y in (box_min[1], box_max[1])
            for z in (box_min[2], box_max[2])]


def frame_box(box_min: Vec3, box_max: Vec3, *, direction: Vec3 = VIEW_DIRECTIONS["front"], fov_deg: float = 45.0,
              aspect: float = 16 / 9, fill: float = 0.85) -> tuple[Vec3, Vec3]:
    """(position, target) of the closest camera looking along ``-direction`` at the box centre such that
    every corner of the box lies within ``fill`` of the frame's half-extent (both axes)."""
    if not 0.0 < fill <= 1.0:
        raise ValueError("fill must be within (0, 1]")
    target: Vec3 = tuple((a + b) / 2 for a, b in zip(box_min, box_max, strict=True))  # type: ignore[assignment]
    d = _norm(direction)
    s, u, _f = basis(tuple(t + c for t, c in zip(target, d, strict=True)), target)  # type: ignore[arg-type]
    tan_h = math.tan(math.radians(fov_deg) / 2)
    distance = _NEAR
    for c in _corners(box_min, box_max):
        r = [c[i] - target[i] for i in range(3)]
        along = _dot(r, d)
        distance = max(
            distance,
            along + abs(_dot(r, s)) / (fill * tan_h * aspect),
            along + abs(_dot(r, u)) / (fill * tan_h),
            along + _NEAR,
        )
    position: Vec3 = (target[0] + d[0] * distance, target[1] + d[1] * distance, target[2] + d[2] * distance)
    return position, target


def frame_camera(camera: Camera, box_min: Vec3, box_max: Vec3, *, view: str = "front", shot: str = "wide",
                 aspect: float = 16 / 9) -> Camera:
    """A copy of ``camera`` moved to frame the box from a named view (``VIEW_DIRECTIONS``) at a named shot
    size (``SHOT_FILL``), keeping its field of view."""
    position, target = frame_box(box_min, box_max, direction=VIEW_DIRECTIONS[view], fov_deg=camera.fov,
                                 aspect=aspect, fill=SHOT_FILL[shot])
    return camera.model_copy(update={"position": position, "target": target, "up": (0.0, 1.0, 0.0)})


def dolly(camera: Camera, metres: float) -> Camera:
    """Move the camera along its view direction (positive: toward the target), never past 0.2 m from it."""
    _s, _u, f = basis(camera.position, camera.target, camera.up)
    dist = math.sqrt(sum((a - b) ** 2 for a, b in zip(camera.position, camera.target, strict=True)))
    step = min(metres, dist - 0.2)
    pos: Vec3 = tuple(p + fc * step for p, fc in zip(camera.position, f, strict=True))  # type: ignore[assignment]
    return camera.model_copy(update={"position": pos})


# -- shot sizes (camera moves frame subjects with these: autark.ops.camera_moves) ------------------------------
SHOT_SIZES = ("wide", "medium", "close-up", "over-the-shoulder")
_SIZE_ALIASES = {"close": "close-up", "closeup": "close-up", "close up": "close-up", "ots": "over-the-shoulder",
                 "over the shoulder": "over-the-shoulder", "full": "wide", "long": "wide", "mid": "medium"}


def canonical_shot_size(size: str) -> str:
    """A shot size by name or alias ("close", "ots", "full") as one of ``SHOT_SIZES``."""
    s = size.strip().lower().replace("_", "-")
    s = _SIZE_ALIASES.get(s, _SIZE_ALIASES.get(s.replace("-", " "), s))
    if s not in SHOT_SIZES:
        raise UserInputError(f"unknown shot size {size!r}", hint=f"use one of {', '.join(SHOT_SIZES)}")
    return s


def _is_figure(obj: SceneObject, box: AABB) -> bool:
    """A standing figure (a person, a robot) is framed by body parts; anything else as a whole."""
    from autark.assets.library import is_character

    return is_character(obj) or box.size[1] > 1.6 * max(box.size[0], box.size[2])


@cache
def is_big_body(asset_type: str) -> bool:
    """Whether a rigged body is big (``BIG_BODY_M``): an animal framed by its head, kept out of as a whole."""
    from autark.assets.library import get

    try:
        spec = get(asset_type)
    except KeyError:
        return False
    lo, hi = spec.bounds_min, spec.bounds_max
    return bool(spec.skeleton) and max(hi[0] - lo[0], hi[2] - lo[2]) >= BIG_BODY_M and hi[1] - lo[1] >= _BIG_BODY_TALL_M


def big_body_head_box(obj: SceneObject, size: str) -> AABB | None:
    """The world box of what a close-up (the head) or a medium (head, neck, forequarters) of a big body frames,
    standing (a pose moves it: the planner follows the head); None for any other body or size."""
    from autark.assets import rig
    from autark.assets.library import build_parts
    from autark.scene.geometry import model_matrix

    bones = _HEAD_BONES.get(size)
    if bones is None or not is_big_body(obj.type):
        return None
    mats = rig.bone_matrices(obj.type, {})
    m = model_matrix(obj.transform)
    corners = []
    for part in build_parts(obj.type):
        if part.bone is None or not part.bone.startswith(bones):
            continue
        b = m @ mats[part.bone]
        lo, hi = part.mesh.bounds
        for c in _corners(tuple(lo), tuple(hi)):
            corners.append(tuple(float(sum(b[i][j] * c[j] for j in range(3)) + b[i][3]) for i in range(3)))
    if not corners:
        return None
    return AABB(tuple(min(c[i] for c in corners) for i in range(3)),  # type: ignore[arg-type]
                tuple(max(c[i] for c in corners) for i in range(3)))  # type: ignore[arg-type]


def shot_box(obj: SceneObject, size: str) -> tuple[AABB, float]:
    """(the part of the subject's world box a shot size shows, the share of the frame it fills).

    For a figure: wide = the whole body, medium = from the waist up, close-up = head and shoulders; a big body
    (``is_big_body``: a horse, an elephant) closer than wide by its head (``big_body_head_box``). For other
    things the whole box at the still-framing fills of ``framing.SHOT_FILL``."""
    size = canonical_shot_size(size)
    head = big_body_head_box(obj, size)
    if head is not None:
        return head, 0.9
    box = world_bbox(obj)
    lo, hi = box.min, box.max
    if not _is_figure(obj, box):
        fill = {"wide": 0.5, "medium": SHOT_FILL["medium"], "close-up": SHOT_FILL["close"]}.get(size, 0.6)
        return box, fill
    height = hi[1] - lo[1]
    bottom = {"wide": 0.0, "medium": 0.5, "close-up": 0.8, "over-the-shoulder": 0.55}[size]
    face = _face_heights(obj.type)
    if face is not None and size != "wide" and height > 0:
        # a person with a face: cut at the chest or the waist of this body (a child's head is a larger share
        # of her height; a chef's hat would push a share-of-the-box close-up up to the mouth)
        neck, eyes, waist, local_height = face
        local_bottom = {"medium": waist, "close-up": neck - 0.6 * (eyes - neck),
                        "over-the-shoulder": waist + 0.3 * (neck - waist)}[size]
        bottom = local_bottom / local_height
    fill = {"wide": SHOT_FILL["wide"], "medium": 0.9, "close-up": 0.9, "over-the-shoulder": 0.8}[size]
    return AABB((lo[0], lo[1] + bottom * height, lo[2]), hi), fill


def _face_heights(asset_type: str) -> tuple[float, float, float, float] | None:
    """(neck, eyes, waist, height) in the asset's own space for a body whose rig has a face (brows: the cast of
    ``catalog.people``), else None. The eyes sit a little below the brows' pivots."""
    from autark.assets.library import get

    try:
        spec = get(asset_type)
    except KeyError:
        return None
    pivots = {b.name: b.pivot[1] for b in spec.skeleton}
    if not {"brow_l", "neck", "spine"} <= pivots.keys() or spec.bounds_max[1] <= 0:
        return None
    return pivots["neck"], pivots["brow_l"] - 0.026, pivots["spine"], spec.bounds_max[1]


def view_direction(obj: SceneObject, view: str) -> Vec3:
    """A named view (``VIEW_DIRECTIONS``) turned with the subject: "front" is its face side."""
    if view not in VIEW_DIRECTIONS:
        raise UserInputError(f"unknown view {view!r}", hint=f"use one of {', '.join(VIEW_DIRECTIONS)}")
    d = tuple(float(v) for v in VIEW_DIRECTIONS[view])
    h = math.radians(obj.transform.rotation[1])
    c, s = math.cos(h), math.sin(h)
    return (c * d[0] + s * d[2], d[1], -s * d[0] + c * d[2])
