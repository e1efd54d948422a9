"""Whether a camera may hide or cut a shot's subjects, read from boxes: the cheap look before the pixel look.

The object-ID pass (``render.id_pass``, ``jobs.pixel_looks``) counts in pixels how much of a subject is hidden or cut
by the frame's edge, at a few milliseconds a moment plus the silhouettes; most framings a planner tries hide and cut
nothing, and their boxes say so. Here the posed part boxes of the moment (``SceneStates.at``) are projected through
the camera: a subject is *suspect* when

* its boxes reach past an edge that may not cut it (``open_edges``: a body in a medium may leave by the bottom
  edge, a set piece by any) by more than ``CUT_SHARE`` of their rectangle;
* of rays from the lens to points inside its parts (each part's middle, its corners drawn half way in) and in the
  frame, more than ``COVER_SHARE`` pass through the boxes of other things (not its own parts, what it holds or
  wears, the set's shell, nor the foreground meant to be there; flat ones too) nearer than its far side;

and the frame is suspect when one thing before every subject meets more than ``FILL_SHARE`` of the rays through a grid
over the frame. Boxes hold their silhouettes, so the thresholds lie under the pixel look's own (``CUT_FRAC``,
``HIDDEN_FRAC``, ``FOREGROUND_FRAC``): a frame the box look clears is one the pixel look would clear (checked on the
planned films of benchmarks/framing_ideas.yaml: ``tests/cinema/test_box_looks.py``); a suspect one is looked at in
pixels.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping, Sequence

import numpy as np

from autark.cinema import rules
from autark.cinema.boxes import camera_axes, project, segments_hit
from autark.cinema.states import SceneStates
from autark.scene.model import Camera

__all__ = ["COVER_SHARE", "CUT_SHARE", "FILL_SHARE", "suspects"]

CUT_SHARE = 0.08  # of a subject's rectangle past an edge that may not cut it
COVER_SHARE = 0.15  # of a subject's rectangle under nearer things' rectangles
FILL_SHARE = 0.2  # of the frame under one thing before every subject
_FLAT_M = 0.2  # no taller than this: under everyone's feet (a rug, a path)
_CORNERS = np.array([[0, 1, 2], [3, 1, 2], [0, 4, 2], [3, 4, 2], [0, 1, 5], [3, 1, 5], [0, 4, 5], [3, 4, 5]])


def _rects(boxes: np.ndarray, cam: Camera, aspect: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per box: its screen rectangle (x0, y0, x1, y1 in NDC), its nearest and farthest corner depths; a box with a
    corner behind the near plane gets the whole plane (-inf..inf) and a near depth of 0."""
    if not len(boxes):
        return np.zeros((0, 4)), np.zeros(0), np.zeros(0)
    corners = boxes[:, _CORNERS.ravel()].reshape(-1, 3)
    p = project(cam, aspect, corners).reshape(len(boxes), 8, 3)
    depth = p[..., 2]
    behind = (depth <= rules.NEAR_PLANE_M).any(axis=1)
    with np.errstate(invalid="ignore"):
        rect = np.stack([p[..., 0].min(1), p[..., 1].min(1), p[..., 0].max(1), p[..., 1].max(1)], axis=1)
    rect[behind] = (-np.inf, -np.inf, np.inf, np.inf)
    near = np.where(behind, 0.0, depth.min(1))
    return rect, near, depth.max(1)


def _area(r: np.ndarray) -> np.ndarray:
    return np.maximum(r[..., 2] - r[..., 0], 0.0) * np.maximum(r[..., 3] - r[..., 1], 0.0)


def _meet(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.concatenate([np.maximum(a[..., :2], b[..., :2]), np.minimum(a[..., 2:], b[..., 2:])], axis=-1)


def suspects(states: SceneStates, t: float, cam: Camera, aspect: float, subjects: Sequence[str],
             foreground: Collection[str] = (), open_edges: Mapping[str, Collection[str]] | None = None) -> bool:
    """Whether, at ``t`` through ``cam``, any of ``subjects`` may be hidden or cut, or a thing before them fill the
    frame (see the module). ``open_edges``: per subject the edges (``left``, ``right``, ``top``, ``bottom``) that may
    cut it, or ``all``; ``foreground`` hides nothing (a near shoulder)."""
    state, solid, boxes, owner = states.at(t)
    by_id = {o.id: o for o in state.objects}
    present = [s for s in subjects if s in by_id and by_id[s].visible]
    if not present:
        return False
    open_edges = open_edges or {}
    mine = set(present)
    keep = set(foreground)

    def root(oid: str) -> str:
        """The subject (or foreground) an object belongs to, else its top parent."""
        seen = 0
        while oid not in mine and oid not in keep and by_id[oid].parent in by_id and seen < 16:
            oid = by_id[oid].parent  # type: ignore[assignment]
            seen += 1
        return oid

    roots = np.array([root(o.id) for o in solid], dtype=object)
    box_root = roots[owner] if len(owner) else np.zeros(0, dtype=object)
    tall = (boxes[:, 4] - boxes[:, 1]) > _FLAT_M if len(boxes) else np.zeros(0, bool)
    shell = np.array([solid[i].type in rules.SHELL_TYPES or solid[i].tag == "ground" for i in owner], bool)
    rect, near, far = _rects(boxes, cam, aspect)
    frame = np.array([-1.0, -1.0, 1.0, 1.0])
    nearest = np.inf
    subject_rects = {}
    ahead = np.isfinite(rect).all(axis=1)
    for s in present:
        if s in keep:
            continue
        sel = (box_root == s) & ahead  # a part of a subject round the lens (the house the camera stands in) is no cut
        if not sel.any():
            continue
        r = np.concatenate([rect[sel, :2].min(0), rect[sel, 2:].max(0)])
        subject_rects[s] = (r, float(near[sel].min()), float(far[sel].max()))
        nearest = min(nearest, float(near[sel].min()))
        edges = open_edges.get(s, ())
        if "all" in edges:
            continue
        room = frame.copy()
        for k, edge in enumerate(("left", "bottom", "right", "top")):
            if edge in edges:
                room[k] = -np.inf if k < 2 else np.inf
        a = float(_area(r))
        if a > 0 and 1.0 - float(_area(_meet(r, room))) / a > CUT_SHARE:
            return True
    # a flat thing hides what is low behind it from a low camera (the bread before a pigeon): every box but the shell
    others = ~shell & np.array([b not in keep for b in box_root], bool)
    cam_p = np.asarray(cam.position, float)
    for s, (_r, _n, s_far) in subject_rects.items():
        before = others & (box_root != s) & (near < s_far)
        if not before.any():
            continue
        # rays from the lens to points inside the subject's parts (each part's middle and its corners drawn half
        # way in), those in the frame; the share that passes through a thing before it
        parts = boxes[box_root == s]
        mid = (parts[:, :3] + parts[:, 3:]) / 2
        inner = (mid[:, None, :] + parts[:, _CORNERS.ravel()].reshape(-1, 8, 3)) / 2
        pts = np.concatenate([mid, inner.reshape(-1, 3)])
        xy = project(cam, aspect, pts)
        seen = (np.abs(xy[:, 0]) <= 1.0) & (np.abs(xy[:, 1]) <= 1.0)
        if not seen.any():
            continue
        hit = segments_hit(cam_p, pts[seen], boxes[before]).any(axis=1)
        if float(hit.mean()) > COVER_SHARE:
            return True
    # one thing (its parts together) before every subject filling the frame: rays through a grid over the frame, as
    # far as the nearest subject
    before = others & tall & np.array([b not in mine for b in box_root], bool) & (near < nearest)
    if not before.any() or not np.isfinite(nearest):
        return False
    right, up, forward, _at = camera_axes(cam)
    tan_h = math.tan(math.radians(cam.fov) / 2)
    gx, gy = np.meshgrid(np.linspace(-0.9, 0.9, 8), np.linspace(-0.85, 0.85, 5))
    rays = forward + (gx.reshape(-1, 1) * tan_h * aspect) * right + (gy.reshape(-1, 1) * tan_h) * up
    hit = segments_hit(cam_p, cam_p + rays * nearest, boxes[before])
    who = box_root[before]
    return any(float(hit[:, who == w].any(axis=1).mean()) > FILL_SHARE for w in set(who))
