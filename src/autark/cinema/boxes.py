"""World boxes of what a camera looks at, and the geometry the shot measure (``autark.cinema.measure``) does
with them: the boxes of an object's solid parts (as posed, for a figure), projecting points into a camera,
distances to boxes and the segments that pass through them."""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import cache, lru_cache
from typing import TYPE_CHECKING

import numpy as np

from autark.assets.framing import basis
from autark.assets.framing import is_big_body as big_body
from autark.motion import rig_info
from autark.scene.geometry import model_matrix, world_bbox
from autark.scene.model import Camera, SceneObject

if TYPE_CHECKING:
    import trimesh

__all__ = ["CORNERS", "ROUND", "ROUND_FILL", "big_body", "body_hull_boxes", "bone_part_boxes", "box_distances",
           "camera_axes",
           "contains", "has_surfaces", "part_boxes", "part_world_boxes", "points_in", "project", "segment_hits",
           "segments_hit", "still_bbox", "world_boxes"]

ROUND = frozenset({"ball", "balloon", "basketball", "beach_ball", "crystal_ball", "globe", "planet", "snowball",
                    "sphere"})
ROUND_FILL = 0.75  # of a round thing's box, the part that blocks a view (a sphere's inscribed cube is 0.58)
# a big body's limbs' boxes (``autark.assets.framing.is_big_body``: a horse, an elephant) leave room under its belly
# and between its legs where a camera measured no nearer than 0.3 m to any part stood "clear" inside the animal
# (the elephant painting at the zoo was filmed from between its legs): its volume is kept out of as a whole
_HULL_SLICE_M = 0.75  # the body's volume is cut into slices this long (a giraffe's head is no box down to the floor)
_NOT_BODY = ("wing", "tail", "fin")  # thin limbs a camera may pass over (a dragon's wings span 10 m)
# a part this large, of at most this many separate bodies filling less than this share of its box, blocks a view
# with its bodies' boxes (``_body_boxes``)
_SPLIT_OVER_M, _MAX_BODIES, _SPARSE = 1.0, 16, 0.6
_CORNERS = np.array([[x, y, z] for x in (0, 3) for y in (1, 4) for z in (2, 5)])
CORNERS = _CORNERS  # index a (min, max) box row by these: its 8 corners


@cache
def part_boxes(asset_type: str) -> np.ndarray | None:
    """The local boxes (P, 6) of an unrigged asset's solid parts (a tree's trunk and crown, a spaceship's hull
    and wings), or None when its one box serves (a rigged body, a single part, an unknown type). Set pieces
    seen through from outside (``MeshPart.one_sided``: a room's ceiling, its fourth wall) are no parts here."""
    from autark.assets.library import build_parts, get

    try:
        if get(asset_type).skeleton:
            return None
        parts = build_parts(asset_type)
    except KeyError:
        return None
    boxes = [box for p in parts if not p.one_sided for box in _body_boxes(p.mesh)]
    if len(boxes) == len(parts) <= 1:
        return None
    return np.array(boxes, float).reshape(-1, 6)


def _body_boxes(mesh: trimesh.Trimesh) -> list[np.ndarray]:
    """The boxes a part blocks a view with: its one box, or, when the part is larger than ``_SPLIT_OVER_M`` and
    made of a few separate bodies that leave most of that box empty (a spaceship's hull, wings and fin; a
    table's top and legs), each body's box. The spaceship's one box held the air above its wings: an astronaut
    repairing it beside the hull was measured buried in the ship, and every camera before her inside it."""
    box = np.concatenate(mesh.bounds)
    if float(np.max(mesh.extents)) <= _SPLIT_OVER_M or mesh.body_count < 2 or mesh.body_count > _MAX_BODIES:
        return [box]
    # scipy's connected components, no repair: trimesh's defaults reach for networkx (not a dependency here:
    # a fresh install raised ModuleNotFoundError in every film with such a part); the bodies' boxes are the same
    bodies = mesh.split(only_watertight=False, repair=False, engine="scipy")
    if sum(float(np.prod(b.extents)) for b in bodies) >= _SPARSE * float(np.prod(mesh.extents)):
        return [box]
    return [np.concatenate(b.bounds) for b in bodies]


def world_boxes(obj: SceneObject) -> np.ndarray:
    """(K, 6) world boxes of an object: one per solid part, or its one box (a ball's drawn in to
    ``ROUND_FILL``: the corners of a sphere's box are air, and a cat's head beside the ball it chased was
    measured hidden behind them from every side)."""
    parts = part_boxes(obj.type)
    if parts is None:
        box = np.array([world_bbox(obj)], float)
        if obj.type in ROUND:
            mid, half = (box[:, :3] + box[:, 3:]) / 2, (box[:, 3:] - box[:, :3]) / 2 * ROUND_FILL
            box = np.concatenate([mid - half, mid + half], axis=1)
        return box
    if not len(parts):
        return parts
    m = model_matrix(obj.transform)
    idx = np.array([[x, y, z] for x in (0, 3) for y in (1, 4) for z in (2, 5)])
    corners = parts[:, idx]  # (P, 8, 3)
    world = corners @ m[:3, :3].T + m[:3, 3]
    return np.concatenate([world.min(axis=1), world.max(axis=1)], axis=1)


# -- geometry --------------------------------------------------------------------------------------------------
@lru_cache(maxsize=4096)
def _axes(position: tuple[float, ...], target: tuple[float, ...], up: tuple[float, ...],
          ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The camera's (right, up, forward) of ``basis`` and its position, as arrays, kept by the camera: a planner
    projects the cast, the things in front and the boxes covering the frame through each camera at one moment."""
    out = (*(np.asarray(v) for v in basis(position, target, up)), np.asarray(position))
    for a in out:
        a.flags.writeable = False
    return out  # type: ignore[return-value]


def camera_axes(cam: Camera) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(right, up, forward, position) of ``cam`` as read-only arrays (``autark.assets.framing.basis``), kept."""
    return _axes(tuple(cam.position), tuple(cam.target), tuple(cam.up))


def project(cam: Camera, aspect: float, points: np.ndarray) -> np.ndarray:
    """(N, 3) world points -> (N, 3) of x_ndc, y_ndc, depth (ndc is inf behind the camera)."""
    s, u, f, at = camera_axes(cam)
    r = points - at
    depth = r @ f
    tan_h = math.tan(math.radians(cam.fov) / 2)
    with np.errstate(divide="ignore", invalid="ignore"):
        x = np.where(depth > 1e-6, (r @ s) / (depth * tan_h * aspect), np.inf)
        y = np.where(depth > 1e-6, (r @ u) / (depth * tan_h), np.inf)
    return np.stack([x, y, depth], axis=1)


def box_distances(p: np.ndarray, boxes: np.ndarray) -> np.ndarray:
    """Distance from point p to each box (0 inside)."""
    d = np.maximum(np.maximum(boxes[:, :3] - p, 0.0), p - boxes[:, 3:])
    return np.linalg.norm(d, axis=1)


def segment_hits(a: np.ndarray, b: np.ndarray, boxes: np.ndarray) -> np.ndarray:
    """Whether the open segment a->b passes through each box (slab test)."""
    d = b - a
    with np.errstate(divide="ignore", invalid="ignore"):
        inv = np.where(np.abs(d) > 1e-12, 1.0 / d, np.inf)
        t1 = (boxes[:, :3] - a) * inv
        t2 = (boxes[:, 3:] - a) * inv
    # a zero direction component: inside the slab means all t, outside means none
    zero = np.abs(d) <= 1e-12
    inside_slab = (a >= boxes[:, :3]) & (a <= boxes[:, 3:])
    tmin = np.where(zero, np.where(inside_slab, -np.inf, np.inf), np.minimum(t1, t2)).max(axis=1)
    tmax = np.where(zero, np.where(inside_slab, np.inf, -np.inf), np.maximum(t1, t2)).min(axis=1)
    return (tmax >= tmin) & (tmax > 1e-3) & (tmin < 1.0 - 1e-3)


def segments_hit(a: np.ndarray, ends: np.ndarray, boxes: np.ndarray) -> np.ndarray:
    """(T, N): whether the open segment from ``a`` to each of ``ends`` (T, 3) passes through each box: the slab
    test of ``segment_hits`` for several rays from one camera at once."""
    d = ends - a  # (T, 3)
    lo, hi = boxes[None, :, :3], boxes[None, :, 3:]
    flat = np.abs(d) <= 1e-12
    inv = np.where(flat, np.inf, 1.0 / np.where(flat, 1.0, d))[:, None, :]
    zero = flat[:, None, :]
    with np.errstate(invalid="ignore"):
        t1, t2 = (lo - a) * inv, (hi - a) * inv
    inside_slab = ((a >= boxes[:, :3]) & (a <= boxes[:, 3:]))[None]
    tmin = np.where(zero, np.where(inside_slab, -np.inf, np.inf), np.minimum(t1, t2)).max(axis=2)
    tmax = np.where(zero, np.where(inside_slab, np.inf, -np.inf), np.maximum(t1, t2)).min(axis=2)
    return (tmax >= tmin) & (tmax > 1e-3) & (tmin < 1.0 - 1e-3)


def points_in(boxes: np.ndarray, points: np.ndarray, margin: float = 0.0) -> np.ndarray:
    """(T, N): whether each of ``points`` (T, 3) lies in each box grown by ``margin`` (``contains`` at once)."""
    return np.all((boxes[None, :, :3] - margin <= points[:, None, :]) & (points[:, None, :] <= boxes[None, :, 3:] + margin),
                  axis=2)


def contains(boxes: np.ndarray, p: np.ndarray, margin: float = 0.0) -> np.ndarray:
    return np.all((boxes[:, :3] - margin <= p) & (p <= boxes[:, 3:] + margin), axis=1)


@cache
def has_surfaces(asset_type: str) -> bool:
    """Whether a thing has surfaces to sit or stand on (a bus shelter's bench): one may be inside its box."""
    from autark.assets.library import get

    try:
        return bool(get(asset_type).supports)
    except KeyError:
        return False


@cache
def bone_part_boxes(asset_type: str) -> tuple[tuple[str | None, np.ndarray], ...]:
    """A rigged asset's parts as (bone, local box)."""
    from autark.assets.library import build_parts

    return tuple((p.bone, np.concatenate(p.mesh.bounds)) for p in build_parts(asset_type))


def body_hull_boxes(obj: SceneObject) -> np.ndarray:
    """(K, 6) world boxes of a big body's volume as it is posed (none for anything else): its trunk, neck, head
    and legs (not its wings or tail) cut into slices along its length; a slice over its legs, or between its
    front and back legs, reaches down to the ground. The camera keeps out of these as out of any part."""
    from autark.assets import rig

    if not big_body(obj.type):
        return np.zeros((0, 6))
    mats = rig.bone_matrices(obj.type, obj.pose)
    local = []
    for bone, box in bone_part_boxes(obj.type):
        if bone is not None and bone.startswith(_NOT_BODY):
            continue
        b = mats[bone] if bone is not None else np.eye(4)
        c = box[_CORNERS] @ b[:3, :3].T + b[:3, 3]
        local.append(np.concatenate([c.min(axis=0), c.max(axis=0)]))
    if not local:
        return np.zeros((0, 6))
    parts = np.array(local)
    low = float(parts[:, 1].min())
    feet = parts[parts[:, 1] <= low + 0.25 * (float(parts[:, 4].max()) - low)]
    z0, z1 = float(parts[:, 2].min()), float(parts[:, 5].max())
    n = max(1, math.ceil((z1 - z0) / _HULL_SLICE_M))
    slices = []
    for k in range(n):
        a, b = z0 + (z1 - z0) * k / n, z0 + (z1 - z0) * (k + 1) / n
        over = parts[(parts[:, 2] <= b) & (parts[:, 5] >= a)]
        if not len(over):
            continue
        lo, hi = over[:, :3].min(axis=0), over[:, 3:].max(axis=0)
        if len(feet) and float(feet[:, 2].min()) <= b and float(feet[:, 5].max()) >= a:
            lo[1] = low  # standing on its legs: the space under its belly is the animal's too
            lo[0], hi[0] = min(lo[0], float(feet[:, 0].min())), max(hi[0], float(feet[:, 3].max()))
        slices.append([lo[0], lo[1], a, hi[0], hi[1], b])
    m = model_matrix(obj.transform)
    corners = np.array(slices)[:, _CORNERS]  # (K, 8, 3)
    world = corners @ m[:3, :3].T + m[:3, 3]
    return np.concatenate([world.min(axis=1), world.max(axis=1)], axis=1)


# An unrigged object's world boxes by (type, transform, bounds): a planner boxes the same furniture, standing where
# it stands, at every moment it measures (7,680 calls for the castle film's 37 shot measures); callers never
# change the arrays they get.
_STILL_BOXES: dict[tuple, np.ndarray] = {}
_STILL_KEPT = 4096


_STILL_BBOX: dict[tuple, np.ndarray] = {}


def _kept(cache: dict[tuple, np.ndarray], obj: SceneObject, make: Callable[[SceneObject], np.ndarray]) -> np.ndarray:
    """``make(obj)`` kept in ``cache`` by the object's type, transform and bounds, read-only (at most
    ``_STILL_KEPT`` kept: then the cache starts afresh)."""
    t = obj.transform
    key = (obj.type, t.position, t.rotation, t.scale, obj.bounds_min, obj.bounds_max)
    hit = cache.get(key)
    if hit is None:
        if len(cache) >= _STILL_KEPT:
            cache.clear()
        hit = cache[key] = make(obj)
        hit.flags.writeable = False
    return hit


def _bbox_row(obj: SceneObject) -> np.ndarray:
    box = world_bbox(obj)
    return np.array([*box.min, *box.max], float)


def still_bbox(obj: SceneObject) -> np.ndarray:
    """(6,) ``world_bbox`` of an unrigged object as (min, max), cached by its type, transform and bounds like
    ``part_world_boxes`` (the things in front of the subjects are looked for at every sample of every framing)."""
    return _kept(_STILL_BBOX, obj, _bbox_row)


def part_world_boxes(obj: SceneObject) -> np.ndarray:
    """(K, 6) world boxes of an object's parts as they are posed (a figure's limbs and head), else its boxes."""
    from autark.assets import rig

    if rig_info(obj.type) is None:
        return _kept(_STILL_BOXES, obj, world_boxes)
    bones, local = _rigged_part_boxes(obj.type)
    if not bones:
        return np.zeros((0, 6))
    mats = rig.bone_matrices(obj.type, obj.pose)
    m = model_matrix(obj.transform)
    # every part's 8 corners through its bone's matrix at once: (K, 4, 4) @ (K, 4, 8)
    posed = np.stack([m @ mats[b] if b is not None else m for b in bones])
    world = np.einsum("kij,knj->kni", posed[:, :3, :3], local) + posed[:, None, :3, 3]
    return np.concatenate([world.min(axis=1), world.max(axis=1)], axis=1)


@cache
def _rigged_part_boxes(asset_type: str) -> tuple[tuple[str | None, ...], np.ndarray]:
    """A rigged asset's part bones and the 8 corners of each part's local box, (K, 8, 3)."""
    parts = bone_part_boxes(asset_type)
    corners = np.array([box[_CORNERS] for _bone, box in parts], float).reshape(-1, 8, 3)
    return tuple(bone for bone, _box in parts), corners
