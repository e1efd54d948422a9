"""What a painted picture shows (the ``depict`` effect, ``autark.story.pictures``): "paints a picture of a rose",
"malt ein Bild von seinem Hund". The painting's own model shows a landscape; from when it is painted on, a plain
canvas covers that and the kind it shows is drawn on it: the kind's own model, flattened into the canvas's plane
and fitted to it (an animal from the side, as one paints it; a person, a flower or a house from the front), in
its own colours.

They are two ordinary objects (``<painting>_canvas1``, ``<painting>_canvas2``) that follow the painting: each
shot's effects first key them to where the painting is over that shot (``follow_canvas_ops``, sampled every
``FOLLOW_STEP_S``), so the picture rides on the easel, in the hands that carry it and on the wall it is hung on.
"""

from __future__ import annotations

import numpy as np

from autark.jobs.keyframes import key as _key
from autark.ops import AddKeyframes, AddObject, Operator
from autark.scene.model import Scene, SceneObject

__all__ = ["depict_ops", "follow_canvas_ops", "CANVAS", "FOLLOW_STEP_S"]

CANVAS = "_canvas"
FOLLOW_STEP_S = 0.3
_BACKING = (0.97, 0.95, 0.88)  # a fresh canvas's white
_BACKING_SHARE = 0.88  # of the painting's width and height the fresh canvas covers (its frame stays)
_FIGURE_SHARE = 0.72  # ... and the figure fills at most
_DEPTH_M = 0.006  # how thick the flattened figure is
_SIDE_VIEW = frozenset({"animal"})  # categories drawn from the side


def _side_view(kind: str) -> bool:
    from autark.assets import library

    try:
        return str(library.get(kind).category) in _SIDE_VIEW or kind in ("dragon", "horse", "dog", "cat")
    except KeyError:
        return False


def _layout(painting: SceneObject, overlay: SceneObject, n: int) -> tuple[np.ndarray, np.ndarray, bool]:
    """For overlay ``n`` (1: the fresh canvas, 2: the figure): its box centre in the painting's own space, its
    size there (width, height, depth along the painting's axes) and whether it is seen from the side."""
    lo, hi = np.array(painting.bounds_min, float), np.array(painting.bounds_max, float)
    w, h = hi[0] - lo[0], hi[1] - lo[1]
    if n == 1:
        return np.array([(lo[0] + hi[0]) / 2, (lo[1] + hi[1]) / 2, hi[2] + 0.002]), \
            np.array([_BACKING_SHARE * w, _BACKING_SHARE * h, 0.003]), False
    side = _side_view(overlay.type)
    blo, bhi = np.array(overlay.bounds_min, float), np.array(overlay.bounds_max, float)
    ext = bhi - blo
    across, tall = (ext[2] if side else ext[0]), ext[1]
    f = min(_FIGURE_SHARE * w / max(across, 1e-3), _FIGURE_SHARE * h / max(tall, 1e-3))
    return np.array([(lo[0] + hi[0]) / 2, (lo[1] + hi[1]) / 2, hi[2] + 0.008]), \
        np.array([across * f, tall * f, _DEPTH_M]), side


def _placed(painting: SceneObject, overlay: SceneObject, n: int) -> tuple[tuple, tuple, tuple]:
    """(position, rotation, scale) of overlay ``n`` on ``painting`` as the painting is now (see the module doc)."""
    from autark.scene.geometry import rotation_matrix

    centre, size, side = _layout(painting, overlay, n)
    t = painting.transform
    ps = np.array(t.scale, float)
    rx, ry, rz = (float(c) for c in t.rotation)
    rot = (rx, ry + (90.0 if side else 0.0), rz)  # a small easel tilt stays near enough about the new axis
    world_centre = np.array(t.position, float) + rotation_matrix(t.rotation) @ (ps * centre)
    blo, bhi = np.array(overlay.bounds_min, float), np.array(overlay.bounds_max, float)
    ext = np.maximum(bhi - blo, 1e-4)
    if side:  # its length along the painting's width, its width flattened into the canvas
        scale = np.array([size[2] * ps[2] / ext[0], size[1] * ps[1] / ext[1], size[0] * ps[0] / ext[2]])
    else:
        scale = np.array([size[0] * ps[0] / ext[0], size[1] * ps[1] / ext[1], size[2] * ps[2] / ext[2]])
    origin = world_centre - rotation_matrix(rot) @ (scale * (blo + bhi) / 2)
    return tuple(float(c) for c in origin), rot, tuple(float(c) for c in scale)


def depict_ops(scene: Scene, oid: str, kind: str, show_s: float, end_s: float) -> list[Operator]:
    """A fresh canvas and ``kind`` drawn on the painting ``oid`` from ``show_s`` on, keyed to it until ``end_s``
    (later shots key them on, ``follow_canvas_ops``); nothing for a kind the catalog lacks or a second time."""
    from autark.assets import library
    from autark.language import new_object
    from autark.motion import evaluate_scene

    if scene.find_object(f"{oid}{CANVAS}1") is not None:
        return []
    try:
        library.get(kind)
    except KeyError:
        return []
    painting = evaluate_scene(scene, show_s).object(oid)
    ops: list[Operator] = []
    for n, asset in ((1, "cube"), (2, kind)):
        base = new_object(scene, asset, position=tuple(painting.transform.position))
        if n == 1:
            base = base.model_copy(update={"material": base.material.model_copy(update={"color": _BACKING})})
        pos, rot, scale = _placed(painting, base, n)
        ops.append(AddObject(object=base.model_copy(update={
            "id": f"{oid}{CANVAS}{n}", "name": f"{scene.object(oid).name} picture {n}", "visible": False,
            "parent": oid, "transform": base.transform.model_copy(update={"position": pos, "rotation": rot,
                                                                          "scale": scale})})))
        ops.append(AddKeyframes(target=f"object:{oid}{CANVAS}{n}.visible",
                                keyframes=[_key(0.0, False, "hold"), _key(show_s, True, "hold")]))
    from autark.ops.operators import apply_ops

    return ops + follow_canvas_ops(apply_ops(scene, ops), show_s, end_s)


def follow_canvas_ops(scene: Scene, start_s: float, end_s: float, grid_s: float | None = None) -> list[Operator]:
    """Keys that keep each painted picture's canvas and figure on its painting from ``start_s`` to ``end_s``,
    every ``FOLLOW_STEP_S`` counted from ``grid_s`` (default ``start_s``: a later call on the same grid replaces
    the keys of an earlier one)."""
    from autark.motion import evaluate_scene

    overlays = [o for o in scene.objects if CANVAS in o.id and o.parent and scene.find_object(o.parent) is not None]
    if not overlays or end_s <= start_s:
        return []
    grid = start_s if grid_s is None else grid_s
    times = [start_s] + [t for t in np.arange(grid, end_s, FOLLOW_STEP_S) if t > start_s] + [end_s]
    keys: dict[str, dict[str, list]] = {o.id: {"position": [], "rotation": [], "scale": []} for o in overlays}
    for t in times:
        state = evaluate_scene(scene, float(t))
        for o in overlays:
            held = state.object(o.parent)
            hung = state.find_object(f"{o.parent}_hung1")  # the copy a hanging act put up (jobs.act_results)
            pos, rot, scale = _placed(hung if hung is not None and hung.visible and not held.visible else held, o,
                                      int(o.id[-1]))
            for name, value in (("position", pos), ("rotation", rot), ("scale", scale)):
                keys[o.id][name].append(_key(float(t), value, "linear"))
    return [AddKeyframes(target=f"object:{oid}.transform.{name}", keyframes=ks)
            for oid, by in keys.items() for name, ks in by.items()]
