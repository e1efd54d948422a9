"""The scene over time, as the shot measure reads it: the evaluated scene at a moment, the world boxes of its
solid objects (a figure's parts as posed), the volumes a camera keeps out of (those boxes and a big body's whole
volume), and each figure's key points, cached by time. A planner trying dozens of cameras over the same moments
evaluates the scene, poses its bodies and boxes them once: the cameras change nothing in it."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from autark.cinema.boxes import body_hull_boxes, part_world_boxes
from autark.cinema.figures import subject_points
from autark.motion import evaluate_scene
from autark.scene.model import Scene, SceneObject

__all__ = ["NOT_SOLID", "SceneStates"]

NOT_SOLID = frozenset({"group"})  # objects that are no geometry of their own

_State = tuple[Scene, list[SceneObject], np.ndarray, np.ndarray]


class SceneStates:
    """``evaluate_scene(scene, t)`` and the world boxes of its solid objects, cached by time. Camera moves do not
    change the objects, so one ``SceneStates`` serves every camera tried on the same scene (any scene with the
    same objects and actions: a camera and its keyframes added change nothing here)."""

    def __init__(self, scene: Scene) -> None:
        self.scene = scene
        self._cache: dict[float, _State] = {}
        self._scenes: dict[float, Scene] = {}  # evaluated, not yet boxed (``evaluated``)
        self._keep_out: dict[float, tuple[np.ndarray, np.ndarray]] = {}
        self._over: dict[tuple[tuple[float, ...], frozenset[str]], np.ndarray] = {}
        self._points: dict[tuple[float, str], tuple[bool, dict[str, np.ndarray], np.ndarray]] = {}

    def at(self, t: float) -> _State:
        """(the evaluated scene, its solid objects, the world boxes of their solid parts as an (M, 6) array (a
        figure's parts as posed), and for each box the index of its object in the list) at t."""
        key = round(t, 6)
        hit = self._cache.get(key)
        if hit is None:
            state = self.evaluated(t)
            solid = [o for o in state.objects if o.visible and o.type not in NOT_SOLID]
            per = [part_world_boxes(o) for o in solid]
            boxes = np.concatenate(per).reshape(-1, 6) if per else np.zeros((0, 6))
            owner = np.repeat(np.arange(len(solid)), [len(b) for b in per]) if per else np.zeros(0, int)
            hit = self._cache[key] = (state, solid, boxes, owner)
        return hit

    def evaluated(self, t: float) -> Scene:
        """``evaluate_scene(scene, t)``, cached, without the boxes ``at`` adds (a camera move following its
        subject reads where it is, at times the measure may never look at)."""
        key = round(t, 6)
        hit = self._scenes.get(key)
        if hit is None:
            hit = self._scenes[key] = evaluate_scene(self.scene, t)
        return hit

    def object(self, t: float, oid: str) -> SceneObject:
        """Object ``oid`` as the scene has it at t (hidden ones too); KeyError when there is none."""
        return self.at(t)[0].object(oid)

    def keep_out(self, t: float) -> tuple[np.ndarray, np.ndarray]:
        """(boxes, owner) the camera keeps its distance from at t: every solid part, and the volume of each big
        body (``boxes.body_hull_boxes``: under an elephant's belly is inside the elephant)."""
        key = round(t, 6)
        hit = self._keep_out.get(key)
        if hit is None:
            _state, solid, boxes, owner = self.at(t)
            hulls = [(i, body_hull_boxes(o)) for i, o in enumerate(solid)]
            hulls = [(i, h) for i, h in hulls if len(h)]
            if hulls:
                boxes = np.concatenate([boxes, *(h for _i, h in hulls)])
                owner = np.concatenate([owner, np.repeat([i for i, _h in hulls], [len(h) for _i, h in hulls])])
            hit = self._keep_out[key] = (boxes, owner.astype(int))
        return hit

    def keep_out_over(self, times: Sequence[float], exclude: Sequence[str] = ()) -> np.ndarray:
        """(N, 6) the boxes ``keep_out`` gives at any of ``times``, taken together, but those of the objects
        ``exclude`` names; each box once (a still thing's are the same at every moment). Cached: every dolly the
        planner tries over one part asks for the same moments."""
        key = (tuple(round(t, 6) for t in times), frozenset(exclude))
        hit = self._over.get(key)
        if hit is None:
            boxes = []
            for t in times:
                solid = self.at(t)[1]
                bx, owner = self.keep_out(t)
                keep = np.array([o.id not in exclude for o in solid], bool)
                if len(bx):
                    boxes.append(bx[keep[owner]])
            hit = self._over[key] = np.unique(np.concatenate(boxes), axis=0) if boxes else np.zeros((0, 6))
            hit.flags.writeable = False
        return hit

    def points(self, t: float, obj: SceneObject) -> tuple[bool, dict[str, np.ndarray], np.ndarray]:
        """``subject_points`` of ``obj`` as it is at t (one of ``at(t)``'s objects), computed once."""
        key = (round(t, 6), obj.id)
        hit = self._points.get(key)
        if hit is None:
            hit = self._points[key] = subject_points(obj)
        return hit
