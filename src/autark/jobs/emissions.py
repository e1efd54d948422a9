"""What a body or a thing gives off (the ``emit`` effect, ``autark.story.emissions``) drawn as a stream of short-lived
particles (``autark.jobs.particles``) over the act's time, so that any still frame of it shows the stuff coming out:

- from a body: out of its mouth (a dragon's fire, a baby's bubbles, a singer's notes), forward where it faces; a
  spell's sparks or a hose's water from the hand (a ``magic`` or ``pour`` act of the body in the shot);
- from a thing: out of its top (a chimney's smoke, a kettle's steam, a fountain's water, a phone's notes), up and a
  little forward, spread round.

Each stuff has its look and flight (``_LOOKS``): fire a short hot jet that shrinks, smoke and steam puffs that rise
and swell, bubbles that drift up and sway, sparks and confetti that burst and fall, water that arcs down to the
ground, notes (a head and a stem) that rise and sway, flowers and petals that pop out and fall.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from autark.jobs.particles import _Particles
from autark.ops import Operator
from autark.scene.model import Scene

__all__ = ["emit_ops", "STUFF_LOOKS", "source_point"]


@dataclass(frozen=True)
class _Look:
    asset: str
    colors: tuple[tuple[float, float, float], ...]
    size_m: float
    glow: float
    flight_s: float
    forward_m: float  # how far out it goes (along the facing, or spread round from a thing)
    up_m: float  # how far up it goes (below 0: it comes down to the ground)
    end_size: float  # its size at the end of its flight, times its own
    every_s: float  # one comes out this often
    sway_m: float = 0.0  # side to side on its way
    tall: float = 1.0
    opacity: float = 1.0  # smoke, steam and bubbles are seen through


STUFF_LOOKS: dict[str, _Look] = {
    "fire": _Look("sphere", ((1.0, 0.45, 0.05), (1.0, 0.75, 0.1), (1.0, 0.3, 0.02)), 0.16, 2.2, 0.55, 1.4, 0.15,
                  0.35, 0.06),
    "smoke": _Look("sphere", ((0.72, 0.72, 0.74), (0.6, 0.6, 0.63)), 0.18, 0.15, 1.8, 0.4, 1.8, 3.2, 0.16,
                   opacity=0.75),
    "steam": _Look("sphere", ((0.97, 0.97, 1.0), (0.9, 0.92, 0.96)), 0.12, 0.5, 1.3, 0.25, 1.1, 3.5, 0.12,
                   opacity=0.6),
    "bubbles": _Look("sphere", ((0.7, 0.92, 1.0), (0.95, 0.8, 1.0), (0.8, 1.0, 0.9)), 0.13, 0.6, 2.2, 1.1, 0.8,
                     1.2, 0.18, sway_m=0.15, opacity=0.7),
    "sparks": _Look("star", ((1.0, 0.85, 0.3), (1.0, 0.95, 0.6)), 0.1, 2.0, 0.8, 0.8, 0.5, 0.3, 0.07),
    "water": _Look("sphere", ((0.35, 0.6, 1.0), (0.55, 0.78, 1.0)), 0.08, 0.25, 0.9, 1.5, -1.0, 1.0, 0.05),
    "snow": _Look("sphere", ((1.0, 1.0, 1.0),), 0.07, 0.3, 1.6, 0.8, 0.6, 1.0, 0.08, sway_m=0.2),
    "confetti": _Look("cube", ((1.0, 0.2, 0.3), (0.2, 0.6, 1.0), (1.0, 0.85, 0.1), (0.3, 0.9, 0.3), (0.9, 0.3, 1.0)),
                      0.07, 0.4, 1.5, 0.9, 0.9, 1.0, 0.05, sway_m=0.2, tall=0.3),
    "notes": _Look("sphere", ((0.15, 0.2, 0.65), (0.6, 0.1, 0.5)), 0.09, 0.8, 1.8, 0.4, 1.0, 1.0, 0.35,
                   sway_m=0.2, tall=0.75),
    "light": _Look("star", ((1.0, 0.97, 0.75),), 0.14, 2.5, 1.2, 0.6, 0.9, 0.4, 0.1),
    "petals": _Look("cube", ((1.0, 0.6, 0.75), (1.0, 0.85, 0.9)), 0.06, 0.3, 1.6, 0.8, 0.8, 1.0, 0.07,
                    sway_m=0.2, tall=0.3),
    "flowers": _Look("flower", ((1.0, 0.4, 0.6), (1.0, 0.85, 0.2), (0.7, 0.4, 1.0), (1.0, 0.3, 0.2)), 0.22, 0.2,
                     1.4, 0.7, 0.9, 1.0, 0.2),
}
_MAX_PIECES = 40  # a stream of this many at most, whatever its length
_SAMPLES = 5  # where it comes out is found this many times over the stream
_BY_HAND = frozenset({"magic", "pour"})  # a body's acts whose stuff comes from the hands (a spell, a hose)


def _is_body(scene: Scene, oid: str) -> bool:
    from autark.motion.kinematics import rig_info

    obj = scene.find_object(oid)
    rig = rig_info(obj.type) if obj is not None else None
    return rig is not None and "head" in rig.bones


def source_point(scene: Scene, state: Scene, oid: str, start_s: float, end_s: float,
                 at_s: float) -> tuple[np.ndarray, np.ndarray, bool]:
    """Where the stuff comes out of ``oid`` at ``at_s`` (``state`` is the scene then), the way it goes (a level unit
    vector) and whether it comes from a body (its mouth or its casting hand) rather than a thing's top."""
    from autark.motion.kinematics import forward_dir
    from autark.scene.geometry import world_bbox

    obj = state.object(oid)
    b = world_bbox(obj)
    middle = np.array([(b.min[0] + b.max[0]) / 2, (b.min[1] + b.max[1]) / 2, (b.min[2] + b.max[2]) / 2], float)
    if _is_body(scene, oid):
        from autark.jobs.landings import _palm

        casting = any(a.object_id == oid and a.kind in _BY_HAND and start_s <= a.start_s < end_s
                      for a in scene.timeline.actions)
        head = _mouth(obj)
        f = np.array(forward_dir(obj.transform.rotation[1]), float)
        reach = np.array([head[0] - middle[0], 0.0, head[2] - middle[2]])
        if float(np.linalg.norm(reach)) > 0.2 * float(b.max[1] - b.min[1]):  # a beast's head stands out in front
            f = reach
        f = np.array([f[0], 0.0, f[2]])
        f = f / n if (n := float(np.linalg.norm(f))) > 1e-6 else np.array([0.0, 0.0, 1.0])
        p = np.array(_palm(obj), float) if casting else head
        return p + f * 0.05, f, True
    top = np.array([middle[0], b.max[1], middle[2]], float)
    return top, np.array([0.0, 0.0, 1.0]), False


def _mouth(body) -> np.ndarray:  # noqa: ANN001 - a posed SceneObject
    """The front of a posed body's mouth in the world (its jaw, else its head bone), else its box's top."""
    from autark.assets import rig as rigmod
    from autark.motion.kinematics import rig_info
    from autark.scene.geometry import model_matrix, world_bbox

    rig = rig_info(body.type)
    pose = {k: tuple(float(c) for c in v) for k, v in (body.pose or {}).items()}
    try:
        bone = "jaw" if "jaw" in rig.bones else "head"
        local = rigmod.bone_world_position(body.type, pose, bone, tuple(float(c) for c in rig.pivots[bone]))
    except (KeyError, ValueError, AttributeError):
        b = world_bbox(body)
        return np.array([(b.min[0] + b.max[0]) / 2, b.max[1], (b.min[2] + b.max[2]) / 2], float)
    m = model_matrix(body.transform)
    return m[:3, :3] @ np.array(local, float) + m[:3, 3]


def _size_of(state: Scene, oid: str, body: bool) -> float:
    """How many times a person's size the stream is drawn: a dragon's fire as big as the dragon, a phone's notes
    no smaller than a person's."""
    from autark.scene.geometry import world_bbox

    b = world_bbox(state.object(oid))
    tall = float(b.max[1] - b.min[1])
    return min(3.0, max(0.8 if body else 1.0, tall / 1.7))


def emit_ops(scene: Scene, oid: str, stuff: str, t0: float, t1: float, start_s: float,
             end_s: float) -> list[Operator]:
    """``stuff`` (``STUFF_LOOKS``' keys) coming out of ``oid`` from ``t0`` to ``t1`` as a stream of particles (see
    the module doc); nothing for a stuff it does not know."""
    from autark.motion import evaluate_scene

    look = STUFF_LOOKS.get(stuff)
    if look is None or scene.find_object(oid) is None:
        return []
    last = max(t0, min(t1, end_s) - look.flight_s * 0.5)
    # where it comes out, a few times over the stream: a body that turns its head as it breathes fire keeps it
    # coming out of its mouth
    samples = [t0 + (last - t0) * k / (_SAMPLES - 1) for k in range(_SAMPLES)]
    sources = [(t, *source_point(scene, evaluate_scene(scene, t), oid, start_s, end_s, t)) for t in samples]
    k_size = _size_of(evaluate_scene(scene, t0), oid, sources[0][3])
    floor = 0.0
    p = _Particles(scene, oid, f"emit_{stuff}")
    count = max(4, min(_MAX_PIECES, int((last - t0) / look.every_s) + 1))
    for k in range(count):
        t = t0 + (last - t0) * k / max(1, count - 1)
        _t, frm, fwd, body = min(sources, key=lambda s: abs(s[0] - t))
        side = np.array([-fwd[2], 0.0, fwd[0]])
        color = look.colors[k % len(look.colors)]
        spread = 0.35 * math.sin(k * 2.399)  # the golden angle: pieces fan out evenly, never in a line
        if body:  # out of the mouth, forward, fanned a little to the sides
            out = (fwd * look.forward_m + side * (spread * look.forward_m)) * k_size
        else:  # out of a thing's top, round about
            a = k * 2.399
            out = np.array([math.cos(a), 0.0, math.sin(a)]) * look.forward_m * (0.5 + 0.5 * (k % 3) / 2) * k_size
        end_t = t + look.flight_s
        if look.up_m < 0:  # it comes down to the ground in an arc
            mid = frm + out * 0.5 + np.array([0.0, 0.35, 0.0])
            end = frm + out
            end[1] = floor + look.size_m / 2
        else:
            mid = frm + out * 0.55 + np.array([0.0, look.up_m * 0.45 * k_size, 0.0]) + side * look.sway_m * k_size
            end = frm + out + np.array([0.0, look.up_m * k_size, 0.0]) - side * look.sway_m * k_size
        path = [(t, tuple(float(c) for c in frm)), (t + 0.45 * look.flight_s, tuple(float(c) for c in mid)),
                (end_t, tuple(float(c) for c in end))]
        p.add(look.asset, color, look.size_m * k_size, path, glow=look.glow, end_size=look.end_size, tall=look.tall,
              rotation=(0.0, 37.0 * k, 23.0 * k) if look.asset == "cube" else (0.0, 0.0, 0.0), opacity=look.opacity)
        if stuff == "notes":  # a note's stem beside its head
            stem = [(tt, (x + 0.04 * k_size, y + 0.09 * k_size, z)) for tt, (x, y, z) in path]
            p.add("cube", color, 0.022 * k_size, stem, glow=look.glow, tall=8.0)
    return p.ops
