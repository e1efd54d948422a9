"""A thing's colour changed on screen (``story.effects`` ``recolor``: painted blue, dyed pink, leaves turning red),
laid as keyframes on its material and a few particles, so a still frame before the act shows its old colour and
one after it the new one:

- its colour goes from its own to the named one over the act (a thing already nearly that colour starts from a
  paler shade of its own, so the change still shows); the parts with a colour of their own keep it (an oak's
  trunk stays brown as its leaves turn red);
- by a spell (``how`` "spell"): glowing stars of the new colour burst off it as it changes;
- by someone's hands (``how`` "hand"): drops of the new colour fly off it as they work and lie at its foot for the
  rest of the film, the splashes a painter leaves;
- by itself: flakes of the new colour drift down from its top and stay on the ground (autumn leaves falling).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from autark.jobs.particles import _burst, _key, _Particles, _ring
from autark.ops import AddKeyframes

if TYPE_CHECKING:
    from autark.ops import Operator
    from autark.scene.model import Scene

__all__ = ["recolour_ops", "recolour_effect_ops", "worked_span", "colour_rgb", "SAME_COLOUR", "PAINT_DROPS", "FLAKES"]

SAME_COLOUR = 0.2  # a thing whose colour is this near the new one (summed channel difference) starts paler
PAINT_DROPS = 6
FLAKES = 7


def colour_rgb(name: str) -> tuple[float, float, float] | None:
    """The RGB of a colour name ("pink"; ``autark.language.lexicon.COLOR_RGB``), None for a name it lacks."""
    from autark.language.lexicon import COLOR_RGB

    return COLOR_RGB.get(name)


def _box(state: Scene, oid: str) -> tuple[float, ...]:
    from autark.scene.geometry import world_bbox

    return tuple(float(c) for c in world_bbox(state.object(oid)))


def recolour_ops(scene: Scene, state: Scene, oid: str, colour: tuple[float, float, float], t0: float, t1: float,
                 how: str, film_end_s: float) -> list[Operator]:
    """``oid`` turning ``colour`` from ``t0`` to ``t1`` (``state``: the scene at ``t0``); what falls off it stays
    until ``film_end_s``."""
    own = tuple(float(c) for c in scene.object(oid).material.color)
    if sum(abs(a - b) for a, b in zip(own, colour, strict=True)) < SAME_COLOUR:
        own = tuple(0.55 * c + 0.45 * 0.6 for c in own)  # "paints the white fence white": grey before
    t1 = max(t1, t0 + 0.5)
    ops: list[Operator] = [  # no sheen: a glow lights every part, and an oak's own brown trunk went red with it
        AddKeyframes(target=f"object:{oid}.material.color",
                     keyframes=[_key(0.0, own, "hold"), _key(t0, own, "ease_in_out"), _key(t1, colour, "hold")]),
    ]
    box = _box(state, oid)
    p = _Particles(scene, oid, "recolor")
    cx, cz = (box[0] + box[3]) / 2, (box[2] + box[5]) / 2
    width = max(0.2, box[3] - box[0], box[5] - box[2])
    height = max(0.1, box[4] - box[1])
    size = max(0.03, min(0.09, height / 10, width / 8))
    floor = box[1] + size / 2
    if how == "spell":  # no brush: the colour comes with a burst of glowing stars
        _burst(p, box, t0 + 0.5 * (t1 - t0), 6, colour, max(0.05, size), reach=max(0.4, width), up=0.5, asset="star",
               glow=2.0)
    elif how == "hand":  # splashes: off its front (the side the camera and the hands are on) down to its foot
        for k in range(PAINT_DROPS):
            t = t0 + (t1 - t0) * k / PAINT_DROPS
            dx, _dz = _ring(k, PAINT_DROPS, 0.25)
            start = (cx + dx * width * 0.3, box[1] + height * (0.45 + 0.1 * (k % 3)), box[5])
            land = (cx + dx * width * 0.45, floor, box[5] + 0.12 + 0.08 * (k % 2))
            p.add("sphere", colour, size, [(t, start), (t + 0.45, land)], until_s=film_end_s, tall=0.45)
    else:  # flakes drifting down from its top, swaying, and lying around its foot
        for k in range(FLAKES):
            t = t0 + (t1 - t0) * k / FLAKES
            dx, dz = _ring(k, FLAKES, 0.4)
            start = (cx + dx * width * 0.3, box[4] - height * 0.1, cz + dz * width * 0.3)
            mid = (cx + dx * width * 0.45, box[1] + height * 0.5, cz + dz * width * 0.2)
            land = (cx + dx * width * 0.6, floor, cz + dz * width * 0.6)
            p.add("cube", colour, size * 1.3, [(t, start), (t + 0.9, mid), (t + 1.8, land)], until_s=film_end_s,
                  tall=0.25, rotation=(0.0, 30.0 * k, 0.0))
    return ops + p.ops


_WORKING = frozenset({"rub", "handle", "wrap", "chop", "pour_over", "hammer", "kneel", "magic", "push", "point"})


def recolour_effect_ops(scene: Scene, oid: str, colour_name: str, t0: float, t1: float, start_s: float,
                        end_s: float) -> list[Operator]:
    """A ``recolor`` effect of a shot from ``start_s`` to ``end_s`` (planned from ``t0`` to ``t1``): where a
    cast member works at the thing in the shot (hands at it, a spell at it), the colour changes while they do,
    from a quarter into the work to near its end; else at the planned time, by itself. Nothing for a colour name
    not known."""
    from autark.motion import evaluate_scene

    rgb = colour_rgb(colour_name)
    if rgb is None:
        return []
    work = _work(scene, oid, start_s, end_s)
    how = "self" if work is None else "spell" if work.kind == "magic" else "hand"
    t0, t1 = worked_span(scene, oid, start_s, end_s, t0, t1)
    return recolour_ops(scene, evaluate_scene(scene, t0), oid, rgb, t0, min(t1, end_s), how,
                        scene.settings.duration_s)


def _work(scene: Scene, oid: str, start_s: float, end_s: float):  # noqa: ANN202 - a timeline Action or None
    return next((a for a in scene.timeline.actions if a.target_object == oid and a.kind in _WORKING
                 and start_s <= a.start_s < end_s), None)


def worked_span(scene: Scene, oid: str, start_s: float, end_s: float, t0: float, t1: float,
                at: float = 0.25) -> tuple[float, float]:
    """When a change of ``oid`` planned from ``t0`` to ``t1`` happens, where a cast member works at it in the shot
    (``start_s`` to ``end_s``): from ``at`` of the way into the work to near its end (a colour comes on as the
    brush goes, ``at`` 0.25; a lamp goes on as the hands finish, 0.8); else as planned."""
    work = _work(scene, oid, start_s, end_s)
    if work is None:
        return t0, t1
    span = work.end_s - work.start_s
    t0 = work.start_s + at * span
    return t0, max(work.start_s + 0.85 * span, t0 + (0.8 if at < 0.5 else 0.4))
