"""Short-lived things laid on a scene to show a change (flames, shards, sparks, clods of earth, a made thing's
pieces): ordinary objects hidden before and after their flight, with position keyframes through its arc. The
helpers that ``autark.jobs.changes``, ``autark.jobs.making``, ``autark.jobs.uncovering``, the repairs and the
splashes share.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from autark.ops import AddKeyframes, AddObject, Operator
from autark.scene.model import Scene
from autark.scene.timeline import Keyframe

__all__ = ["_Particles", "_burst", "_by_time", "_key", "_ring"]


def _key(t: float, value: object, easing: str = "linear") -> Keyframe:
    return Keyframe(time_s=max(0.0, t), value=value, easing=easing)  # type: ignore[arg-type]


class _Particles:
    """Adds particle objects to a scene, each its own id (``<thing>_<kind><n>``) so two changes on one thing
    never collide, and a second change of the same kind reuses nothing."""

    def __init__(self, scene: Scene, oid: str, kind: str) -> None:
        self.scene, self.prefix, self.n = scene, f"{oid}_{kind}", 0
        self.ops: list[Operator] = []

    def add(self, asset: str, color: tuple[float, float, float], size_m: float,
            path: Sequence[tuple[float, tuple[float, float, float]]], *, glow: float = 0.0, until_s: float | None = None,
            end_size: float = 1.0, tall: float = 1.0, grow_in: bool = False,
            rotation: tuple[float, float, float] = (0.0, 0.0, 0.0), opacity: float = 1.0) -> None:
        """One particle of ``asset`` about ``size_m`` across, along ``path`` ((time, position) in order); shown
        from the first time to ``until_s`` (default: the last time), its size going to ``end_size`` times."""
        from autark.language import new_object

        self.n += 1
        pid = f"{self.prefix}{self.n}"
        while self.scene.find_object(pid) is not None:
            self.n += 1
            pid = f"{self.prefix}{self.n}"
        base = new_object(self.scene, asset, position=path[0][1])
        span = max(max(h - lo for h, lo in zip(base.bounds_max, base.bounds_min, strict=True)), 1e-3)
        size = (size_m / span, tall * size_m / span, size_m / span)  # a flame is taller than it is wide
        mat = base.material.model_copy(update={"color": color, "emissive": color if glow else (0.0, 0.0, 0.0),
                                               "emissive_strength": glow, "opacity": opacity})
        self.ops.append(AddObject(object=base.model_copy(update={
            "id": pid, "name": f"{self.prefix} {self.n}", "material": mat, "visible": False,
            "transform": base.transform.model_copy(update={"scale": size, "rotation": rotation})})))
        t0, t_end = path[0][0], path[-1][0] if until_s is None else until_s
        self.ops += [
            AddKeyframes(target=f"object:{pid}.visible",
                         keyframes=[_key(0.0, False, "hold"), _key(t0, True, "hold"), _key(t_end, False, "hold")]
                         if t_end > t0 else [_key(0.0, False, "hold")]),
            AddKeyframes(target=f"object:{pid}.transform.position",
                         keyframes=[_key(t, p, "ease_out" if k == 0 else "ease_in") for k, (t, p) in enumerate(path)]),
        ]
        if grow_in:  # it swells from a fifth of its size: a bright or dark blob popping in reads as a flash
            t_full = t0 + 0.3 * (path[-1][0] - t0)
            self.ops.append(AddKeyframes(target=f"object:{pid}.transform.scale", keyframes=[
                _key(t0, tuple(c * 0.2 for c in size), "ease_out"), _key(t_full, size),
                _key(path[-1][0], tuple(c * end_size for c in size), "hold")]))
        elif end_size != 1.0:
            self.ops.append(AddKeyframes(target=f"object:{pid}.transform.scale", keyframes=[
                _key(t0, size), _key(path[-1][0], tuple(c * end_size for c in size), "hold")]))


def _ring(k: int, n: int, phase: float = 0.0) -> tuple[float, float]:
    a = 2 * math.pi * (k + phase) / n
    return math.cos(a), math.sin(a)


def _burst(p: _Particles, box: tuple[float, ...], t: float, count: int, color, size: float, reach: float,
           up: float, *, asset: str = "cube", glow: float = 0.0, land: bool = False, end_s: float | None = None) -> None:
    """``count`` pieces out of the middle of ``box`` at ``t``, through an arc ``up`` above it to ``reach``
    away; pieces that ``land`` come down on the floor and stay there until ``end_s``."""
    cx, cy, cz = (box[0] + box[3]) / 2, (box[1] + box[4]) / 2, (box[2] + box[5]) / 2
    floor = box[1]
    for k in range(count):
        dx, dz = _ring(k, count, 0.3)
        r = reach * (0.7 + 0.3 * (k % 3) / 2)
        mid = (cx + dx * r * 0.5, cy + up * (0.8 + 0.2 * (k % 2)), cz + dz * r * 0.5)
        end = (cx + dx * r, floor + size / 2 if land else cy + up * 0.3, cz + dz * r)
        path = [(t, (cx, cy, cz)), (t + 0.3, mid), (t + 0.7, end)]
        p.add(asset, color, size, path, glow=glow, until_s=end_s if land else None, end_size=1.0 if land else 0.3)


def _by_time(keys: list[Keyframe]) -> list[Keyframe]:
    merged = {k.time_s: k for k in keys}  # a later key at the same time wins
    return [merged[t] for t in sorted(merged)]
