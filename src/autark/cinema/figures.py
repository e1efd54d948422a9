"""A figure's key points where its pose puts them (top of the head, eyes, neck, chest, hips, feet), and the
framing class they give a shot: what the shot measure (``autark.cinema.measure``) and the over-the-shoulder
placement (``autark.cinema.shoulder``) read a body by. Anything that is no rigged figure is its box."""

from __future__ import annotations

from functools import cache

import numpy as np

from autark.motion import rig_info
from autark.scene.geometry import model_matrix, world_bbox
from autark.scene.model import SceneObject

Vec = tuple[float, float, float]

__all__ = ["figure_framing", "subject_points"]


@cache
def _figure_points(asset_type: str, top: float) -> dict[str, tuple[str, tuple[float, float, float]]] | None:
    """Key points of a rigged figure in its bind pose, each with the bone that carries it."""
    rig = rig_info(asset_type)
    if rig is None or "head" not in rig.pivots or "neck" not in rig.pivots:
        return None
    neck = rig.pivots["neck"][1]
    head_h = top - neck
    # a face of its own (the cast's brows) says where the eyes are, whatever hat sits on top
    eyes = rig.pivots["brow_l"][1] - 0.026 if "brow_l" in rig.pivots else neck + 0.55 * head_h
    # over the head's own pivot: a person's stands over the body's origin, a cat's or a horse's at the front of
    # the body (at x = z = 0 the "head" of a sleeping cat was a point over its back, and a close-up framed its tail)
    hx, _hy, hz = rig.pivots["head"]
    nx, _ny, nz = rig.pivots["neck"]
    points = {
        "top": ("head", (hx, top, hz)),
        "eyes": ("head", (hx, eyes, hz + 0.08)),
        "head": ("head", (hx, eyes - 0.005 if "brow_l" in rig.pivots else neck + 0.5 * head_h, hz)),
        "neck": ("neck", (nx, neck, nz)),
        "chest": ("spine" if "spine" in rig.pivots else "head", (0.0, neck - 0.3 * head_h, 0.0)),
    }
    points.update(_big_head_points(asset_type, rig.pivots))
    if "root" in rig.pivots:
        points["hip"] = ("root", (0.0, rig.pivots["root"][1], 0.0))
    for side in ("l", "r"):
        if f"foot_{side}" in rig.pivots:
            points[f"foot_{side}"] = (f"foot_{side}", (rig.pivots[f"foot_{side}"][0], 0.0, 0.0))
    if not any(name.startswith("foot_") for name in points):
        # an animal's legs end in shins (shin_fl, shin_l): its feet are on the ground below them, so its height
        # in the frame runs from the ears to the paws, not from the ears to the hips
        for bone, (x, _y, z) in rig.pivots.items():
            if bone.startswith("shin_"):
                points[f"foot_{bone.removeprefix('shin_')}"] = (bone, (x, 0.0, z))
    return points


def subject_points(obj: SceneObject) -> tuple[bool, dict[str, np.ndarray], np.ndarray]:
    """(whether it is a figure, its key points in world space, its 8 box corners). A rigged figure's points
    (top, eyes, head, chest, feet) follow its pose (a seated body's head is lower than its box's top);
    anything else is its box: top and bottom centres, its centre as head and chest. A big body's box is its
    body's, without its wings or tail (a close-up of a dragon's head is no frame its wings must fit across)."""
    from autark.assets import rig
    from autark.cinema.boxes import body_hull_boxes

    box = world_bbox(obj)
    lo, hi = np.array(box.min), np.array(box.max)
    hull = body_hull_boxes(obj)
    if len(hull):
        lo, hi = hull[:, :3].min(axis=0), hull[:, 3:].max(axis=0)
    corners = np.array([[x, y, z] for x in (lo[0], hi[0]) for y in (lo[1], hi[1]) for z in (lo[2], hi[2])])
    fig = _figure_points(obj.type, float(obj.bounds_max[1]))
    if fig is None:
        c = (lo + hi) / 2
        pts = {"top": np.array([c[0], hi[1], c[2]]), "head": np.array([c[0], lo[1] + 0.75 * (hi[1] - lo[1]), c[2]]),
               "chest": c, "bottom": np.array([c[0], lo[1], c[2]])}
        return False, pts, corners
    mats = rig.bone_matrices(obj.type, obj.pose)
    m = model_matrix(obj.transform)
    pts = {}
    for name, (bone, local) in fig.items():
        b = mats[bone]
        p_local = b[:3, :3] @ np.asarray(local) + b[:3, 3]
        pts[name] = m[:3, :3] @ p_local + m[:3, 3]
    return True, pts, corners


def figure_framing(p: dict[str, np.ndarray]) -> str:
    """A figure's framing class by how much of the body the frame holds: the feet (wide), the hips (medium,
    the waist up), the neck (close-up, head and shoulders) or only the face (extreme close-up)."""
    def shown(name: str) -> bool:
        return name in p and float(p[name][1]) >= -1.0 and float(p[name][2]) > 0

    feet = [n for n in p if n.startswith("foot_")]
    if feet and all(shown(n) for n in feet):
        return "wide"
    if shown("hip"):
        return "medium"
    if shown("neck"):
        return "close-up"
    return "extreme close-up"


def _big_head_points(asset_type: str, pivots: dict[str, tuple[float, float, float]]) -> dict[str, tuple[str, Vec]]:
    """A big body's head (``is_big_body``: a horse, a giraffe, an elephant) from its head's own parts: the top of
    its head parts, its "neck" at its jaw, the head and eyes between. From the neck's pivot, at the base of a long
    neck, a giraffe's "head" was a point halfway up its neck, and a close-up of its head measured it out of frame.
    None of these for any other body."""
    from autark.assets.framing import is_big_body
    from autark.cinema.boxes import bone_part_boxes

    if not is_big_body(asset_type):
        return {}
    heads = np.array([box for bone, box in bone_part_boxes(asset_type) if bone in ("head", "jaw")])
    if not len(heads):
        return {}
    lo, hi = heads[:, :3].min(axis=0), heads[:, 3:].max(axis=0)
    x, z = float(pivots["head"][0]), float((lo[2] + hi[2]) / 2)
    top = float(hi[1])
    jaw = min(pivots.get("jaw", pivots["head"])[1], pivots["head"][1])
    neck = min(max(float(lo[1]), jaw), top - 0.05)
    return {"top": ("head", (x, top, z)), "eyes": ("head", (x, neck + 0.6 * (top - neck), z + 0.08)),
            "head": ("head", (x, (neck + top) / 2, z)), "neck": ("head", (x, neck, z))}
