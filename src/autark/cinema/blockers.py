"""What stands between a shot's camera and its subjects: the set's dressing the planner may take out of the way.

A set brings its dressing (the trees and bushes of a park, the barrels of a harbour, the rocks of a beach:
``autark.assets.templates`` tags them "setting"); none of it is in the story. Where every framing the planner
measures leaves a subject hidden (a girl picking up her umbrella behind a bush, a boy behind a stack of crates),
``dressing_in_the_way`` names the pieces of dressing the rays from the kept camera to the subjects' heads pass
through for part of the shot, so that the planner takes them out of the set (``autark.jobs.shots``): a set piece
missing among many is never seen, a hidden lead always is. A piece someone acts on, or the set's own shell (its
floor, walls, ceiling, ground), is never one of them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np

from autark.cinema.boxes import points_in, segments_hit
from autark.cinema.rules import SHELL_TYPES
from autark.cinema.states import SceneStates
from autark.scene.model import Scene

__all__ = ["SHELL_TYPES", "dressing_in_the_way"]

_MIN_SHARE = 0.2  # dressing that blocks the view for at least this share of the sampled moments
_MOST_M = 8.0  # ... no larger than this on the ground (a house, a castle's keep stays: it is the place)


def dressing_in_the_way(scene: Scene, camera: str, start_s: float, end_s: float, subjects: Sequence[str],
                        keep: Iterable[str] = (), states: SceneStates | None = None,
                        samples_per_s: float = 2.0) -> list[str]:
    """Ids of the set's dressing (tag "setting", not its shell, not in ``keep``, not acted on by anyone) that
    hides one of ``subjects`` (the ray from the camera to its head, or a thing's middle) for at least
    ``_MIN_SHARE`` of the shot, most often first."""
    from autark.cinema.figures import subject_points
    from autark.cinema.measure import camera_path
    from autark.scene.geometry import world_bbox

    states = states or SceneStates(scene)
    path = camera_path(scene, camera)
    acted = {x for a in scene.timeline.actions for x in (a.target_object, a.item) if x}
    kept = set(keep) | set(subjects) | acted | {c.object_id for c in scene.characters}
    n = max(2, int((end_s - start_s) * samples_per_s) + 1)
    counts: dict[str, int] = {}
    for k in range(n):
        t = start_s + (end_s - start_s) * (k + 0.5) / n
        _state, solid, boxes, owner = states.at(t)
        movable = np.array([o.tag == "setting" and o.type not in SHELL_TYPES and o.id not in kept
                            and max(world_bbox(o).size[0], world_bbox(o).size[2]) <= _MOST_M for o in solid], bool)
        if not len(owner) or not movable.any():
            continue
        mask = movable[owner]
        ends = []
        for oid in subjects:
            obj = next((o for o in solid if o.id == oid), None)
            if obj is None:
                continue
            figure, pts, _corners = subject_points(obj)
            ends.append(pts["head"] if figure else pts["chest"])
        if not ends:
            continue
        cam = np.asarray(path(t).position, float)
        ends_a = np.array(ends, float)
        cand = boxes[mask]
        hit = segments_hit(cam, ends_a, cand) & ~points_in(cand, ends_a, 0.02)  # (subjects, boxes)
        who = owner[mask][hit.any(axis=0)]
        for oid in {solid[int(i)].id for i in who}:
            counts[oid] = counts.get(oid, 0) + 1
    return [oid for oid, c in sorted(counts.items(), key=lambda x: -x[1]) if c >= _MIN_SHARE * n]
