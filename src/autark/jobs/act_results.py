"""What a hand act leaves on its thing (``autark.story.hand_acts``' results), laid as keyframes and particles:

- ``clean``: dull and muddy from the scene's start; over the act it takes on its own colour, a little brighter,
  shines (a white sheen that settles) and a few white stars flash off it as it is done. A person washed, shaved
  or brushed keeps their colours: the stars alone say it;
- ``repaired``: broken until the act mends it (``autark.jobs.repairs``);
- ``wrapped``: over the act it turns the red of wrapping paper (blue, were it red already), and a gold glow and
  stars finish it (a person bandaged: white stars);
- ``filled``: drops of water fall from the hands into it through the act, and it shines wet after;
- ``cut``: it is cut down to half its height over the second half of the act, and its pieces slide out to its
  sides and lie there for the rest of the film;
- ``open``: halfway through, warm light glows out of it and stars rise from its top; what was in it lands
  beside it;
- ``planted``: it stands a sapling in the earth until the act, clods of earth fly as it is set in, and it rises
  to its full size over the act;
- ``hung``: where the hands let it go over the head (``motion.handwork.HUNG_AT``), it stays, hung up: the thing in
  the hand is hidden from then and a copy of it (``<thing>_hung1``) hangs there for the rest of the film, set
  against the face of a wall, a tree or a mast within two metres (the picture hung over the robot's head stood in
  the air before its face in the preview film, the wall a metre away).

Each result's particles are named after the thing and the result (``<thing>_<result><n>``, ``jobs.particles``),
so a result already laid in an earlier shot (the same act planned twice) is not laid again, unless the act is
the key event's (``again``): then the earlier one is taken back (its particles never shown, the thing's tracks
held at their first value) and the result comes at the key act, where the film's camera is on it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from autark.jobs.particles import _burst, _key, _Particles
from autark.ops import AddKeyframes

if TYPE_CHECKING:
    from autark.ops import Operator
    from autark.scene.model import Scene

__all__ = ["result_ops", "has_result", "MUD", "PAPER_RED", "PAPER_BLUE", "WATER_BLUE", "CUT_HEIGHT"]

MUD = (0.36, 0.28, 0.2)  # what a thing to be cleaned is smeared with
_DIRTY = 0.6  # ... this share of its colour is mud
PAPER_RED = (0.85, 0.12, 0.18)  # wrapping paper
PAPER_BLUE = (0.15, 0.35, 0.9)  # ... for a thing red already
WATER_BLUE = (0.35, 0.6, 0.95)
CUT_HEIGHT = 0.5  # a thing cut stands this share of its height after
_STAR = (1.0, 0.97, 0.85)
_GOLD = (1.0, 0.82, 0.35)
_EARTH = (0.4, 0.27, 0.15)
_SAPLING = 0.2  # a thing planted stands this share of its size before the act
_HOOK_TALL_M = 1.5  # what a thing is hung on stands at least this high (a wall, a tree, a mast)
_HOOK_NEAR_M = 2.0  # ... this near the hands that hold it up
_PREFIX = {"repaired": "repair"}  # the particle names another module gives a result
# the thing's own properties results key (an earlier laying is held at its first value when it moves)
_RESULT_TRACKS = frozenset({"material.color", "material.emissive", "material.emissive_strength", "transform.scale",
                            "transform.rotation"})


def has_result(scene: Scene, thing: str, result: str) -> bool:
    """Whether ``result`` was laid on ``thing`` already (its particles are in the scene)."""
    prefix = f"{thing}_{_PREFIX.get(result, result)}"
    return any(o.id.startswith(prefix) for o in scene.objects)


def _taken_back(scene: Scene, thing: str, result: str) -> list[Operator]:
    """An earlier laying of ``result`` undone by keys: its particles hidden at each of their keys, the thing's
    own tracks that results change held at their first value."""
    prefix = f"{thing}_{_PREFIX.get(result, result)}"
    ops: list[Operator] = []
    for track in scene.timeline.tracks:
        oid, _, prop = track.target.removeprefix("object:").partition(".")
        if not track.keyframes:
            continue
        if oid.startswith(prefix) and prop == "visible":
            ops.append(AddKeyframes(target=track.target, keyframes=[_key(k.time_s, False, "hold")
                                                                    for k in track.keyframes]))
        elif oid == thing and prop in _RESULT_TRACKS:
            first = track.keyframes[0].value
            ops.append(AddKeyframes(target=track.target, keyframes=[_key(k.time_s, first, "hold")
                                                                    for k in track.keyframes]))
    return ops


def result_ops(scene: Scene, result: str, thing: str | None, t0: float, t1: float, again: bool = False
               ) -> list[Operator]:
    """The keyframes and particles of ``result`` on ``thing`` (object id) for an act from ``t0`` to ``t1``; none
    where there is no result, no thing, or the result was laid already (but ``again``: then it moves here)."""
    from autark.motion import evaluate_scene
    from autark.ops import apply_ops
    from autark.scene.geometry import world_bbox

    if not result or thing is None or scene.find_object(thing) is None:
        return []
    undo: list[Operator] = []
    if has_result(scene, thing, result):
        if not again:
            return []
        undo = _taken_back(scene, thing, result)
        scene = apply_ops(scene, undo)
    t1 = max(t1, t0 + 0.6)
    state = evaluate_scene(scene, t0)
    box = tuple(float(c) for c in world_bbox(state.object(thing)))
    person = thing in {c.object_id for c in scene.characters}
    if result == "repaired":
        from autark.jobs.repairs import repair_ops

        return undo + ([] if person else repair_ops(scene, state, thing, t0, t1))
    p = _Particles(scene, thing, result)
    ops: list[Operator] = [] if person else _LOOKS[result](scene, thing, box, t0, t1, p)
    _FLOURISH[result](p, box, t0, t1)
    return undo + ops + p.ops


def _own(scene: Scene, thing: str) -> tuple[float, float, float]:
    c = scene.object(thing).material.color
    return float(c[0]), float(c[1]), float(c[2])


def _color_ops(thing: str, before: tuple[float, ...], after: tuple[float, ...], t0: float, t1: float
               ) -> Operator:
    return AddKeyframes(target=f"object:{thing}.material.color",
                        keyframes=[_key(0.0, before, "hold"), _key(t0, before), _key(t1, after, "hold")])


def _shine_ops(thing: str, color: tuple[float, ...], t1: float, peak: float, rest: float) -> list[Operator]:
    """A sheen that flashes up at ``t1`` and settles to ``rest``."""
    return [AddKeyframes(target=f"object:{thing}.material.emissive",
                         keyframes=[_key(0.0, (0.0, 0.0, 0.0), "hold"), _key(t1 - 0.3, color, "hold")]),
            AddKeyframes(target=f"object:{thing}.material.emissive_strength",
                         keyframes=[_key(0.0, 0.0, "hold"), _key(t1 - 0.3, 0.0), _key(t1, peak),
                                    _key(t1 + 1.0, rest, "hold")])]


def _clean(scene: Scene, thing: str, box: tuple[float, ...], t0: float, t1: float, p: _Particles
           ) -> list[Operator]:
    own = _own(scene, thing)
    dirty = tuple((1 - _DIRTY) * c + _DIRTY * m for c, m in zip(own, MUD, strict=True))
    bright = tuple(min(1.0, 1.1 * c + 0.05) for c in own)
    return [_color_ops(thing, dirty, bright, t0, t1), *_shine_ops(thing, (1.0, 1.0, 1.0), t1, 0.5, 0.12)]


def _wrapped(scene: Scene, thing: str, box: tuple[float, ...], t0: float, t1: float, p: _Particles
             ) -> list[Operator]:
    """In paper: red, or blue where the thing is red already (a gift box), so the change shows."""
    own = _own(scene, thing)
    paper = PAPER_BLUE if own[0] > 0.5 and own[0] > 1.6 * max(own[1], own[2]) else PAPER_RED
    return [_color_ops(thing, own, paper, t0, t1), *_shine_ops(thing, _GOLD, t1, 0.6, 0.04)]


def _filled(scene: Scene, thing: str, box: tuple[float, ...], t0: float, t1: float, p: _Particles
            ) -> list[Operator]:
    return _shine_ops(thing, WATER_BLUE, t1, 0.35, 0.1)


def _cut(scene: Scene, thing: str, box: tuple[float, ...], t0: float, t1: float, p: _Particles
         ) -> list[Operator]:
    """Cut down over the act's second half; its pieces slide out to either side and stay."""
    obj = scene.object(thing)
    scale = tuple(float(c) for c in obj.transform.scale)
    half = (scale[0], scale[1] * CUT_HEIGHT, scale[2])
    mid = (t0 + t1) / 2
    own = _own(scene, thing)
    width = max(box[3] - box[0], box[5] - box[2])
    size = max(0.04, min(0.35, width / 3, (box[4] - box[1]) / 2))
    cx, cz = (box[0] + box[3]) / 2, (box[2] + box[5]) / 2
    for k in range(4):  # one piece every quarter of the second half, alternately left and right
        side = -1.0 if k % 2 else 1.0
        at = mid + (t1 - mid) * (k + 1) / 5
        start = (cx, box[1] + size / 2, cz)
        out = (cx + side * (width / 2 + size * (0.8 + 0.9 * (k // 2))), box[1] + size / 2,
               cz + (0.15 * size if k < 2 else -0.6 * size))
        p.add("cube", own, size, [(at, start), (at + 0.35, out)], until_s=scene.timeline.duration_s,
              rotation=(0.0, 20.0 * k, 0.0))
    return [AddKeyframes(target=f"object:{thing}.transform.scale",
                         keyframes=[_key(0.0, scale, "hold"), _key(mid, scale), _key(t1, half, "hold")])]


def _open(scene: Scene, thing: str, box: tuple[float, ...], t0: float, t1: float, p: _Particles
          ) -> list[Operator]:
    return _shine_ops(thing, _GOLD, (t0 + t1) / 2 + 0.3, 0.8, 0.2)


def _planted(scene: Scene, thing: str, box: tuple[float, ...], t0: float, t1: float, p: _Particles
             ) -> list[Operator]:
    from autark.jobs.effects import grow_ops

    own = tuple(float(c) for c in scene.object(thing).transform.scale)
    small = tuple(c * _SAPLING for c in own)
    return [AddKeyframes(target=f"object:{thing}.transform.scale", keyframes=[_key(0.0, small, "hold")]),
            *grow_ops(scene, thing, t0, t1, 1.0, _SAPLING)]


def _hung(scene: Scene, thing: str, box: tuple[float, ...], t0: float, t1: float, p: _Particles
          ) -> list[Operator]:
    from autark.motion import evaluate_scene
    from autark.motion.handwork import HUNG_AT
    from autark.ops import AddObject

    at = t0 + HUNG_AT * (t1 - t0)
    state = evaluate_scene(scene, at)
    held = state.object(thing)
    copy = scene.object(thing).model_copy(update={"id": f"{thing}_hung1", "name": f"{thing} hung",
                                                  "visible": False, "transform": held.transform})
    shown = [] if any(tr.target == f"object:{thing}.visible" for tr in scene.timeline.tracks) else [
        _key(0.0, True, "hold")]
    ops: list[Operator] = [
        AddObject(object=copy),
        AddKeyframes(target=f"object:{copy.id}.visible", keyframes=[_key(0.0, False, "hold"), _key(at, True, "hold")]),
        AddKeyframes(target=f"object:{thing}.visible", keyframes=[*shown, _key(at, False, "hold")])]
    hook = _hook(state, thing, held.transform.position)
    if hook is not None:  # on the wall (the tree, the mast) beside it: set against its face
        ops.append(AddKeyframes(target=f"object:{copy.id}.transform.position",
                                keyframes=[_key(at, tuple(held.transform.position), "ease_out"), _key(at + 0.3, hook, "hold")]))
    return ops


def _hook(state: Scene, thing: str, at: tuple[float, float, float]) -> tuple[float, float, float] | None:
    """Where a thing held up at ``at`` hangs: against the face of the nearest tall thing (a wall, a tree, a mast,
    at least ``_HOOK_TALL_M`` high) within ``_HOOK_NEAR_M``, at the height it was lifted to; None when none is."""
    import numpy as np

    from autark.scene.geometry import world_bbox

    p = np.array(at, float)
    cast = {c.object_id for c in state.characters}
    best: tuple[float, tuple[float, float, float]] | None = None
    for o in state.objects:
        if o.id == thing or o.id in cast or not o.visible or o.id.startswith(f"{thing}_"):
            continue
        box = world_bbox(o)
        if float(box.max[1] - box.min[1]) < _HOOK_TALL_M:
            continue
        q = np.clip(p, np.array(box.min, float), np.array(box.max, float))
        d = float(np.hypot(q[0] - p[0], q[2] - p[2]))
        if d > _HOOK_NEAR_M or (best is not None and d >= best[0]):
            continue
        out = (p - q)[[0, 2]]
        n = float(np.linalg.norm(out)) or 1.0
        best = (d, (float(q[0] + out[0] / n * 0.04), float(min(max(p[1], 1.2), box.max[1] - 0.1)),
                    float(q[2] + out[1] / n * 0.04)))
    return best[1] if best else None


def _stars(p: _Particles, box: tuple[float, ...], t: float, color: tuple[float, float, float] = _STAR) -> None:
    width = max(box[3] - box[0], box[5] - box[2])
    _burst(p, box, t, 5, color, 0.06, reach=max(0.35, width), up=0.4, asset="star", glow=2.0)


def _drops(p: _Particles, box: tuple[float, ...], t0: float, t1: float) -> None:
    """Drops from a hand's height over the thing into its top, one every fifth of a second."""
    cx, cz, top = (box[0] + box[3]) / 2, (box[2] + box[5]) / 2, box[4]
    n = max(3, min(12, int((t1 - t0) / 0.2)))
    for k in range(n):
        t = t0 + (t1 - t0) * k / n
        dx = 0.03 * ((k % 3) - 1)
        p.add("sphere", WATER_BLUE, 0.035, [(t, (cx + dx, top + 0.45, cz)), (t + 0.3, (cx + dx, top, cz))],
              glow=0.3)


def _contents(p: _Particles, box: tuple[float, ...], t0: float, t1: float) -> None:
    """Light and stars out of it halfway, and a few things that were in it land beside it."""
    mid = (t0 + t1) / 2
    _stars(p, box, mid, _GOLD)
    _burst(p, box, mid + 0.2, 3, (0.3, 0.5, 0.9), 0.08, reach=0.5, up=0.5, land=True, end_s=p.scene.timeline.duration_s)


_LOOKS = {"clean": _clean, "wrapped": _wrapped, "filled": _filled, "cut": _cut, "open": _open, "planted": _planted,
          "hung": _hung}
_FLOURISH = {
    "hung": lambda p, box, t0, t1: None,
    "clean": lambda p, box, t0, t1: _stars(p, box, t1),
    "wrapped": lambda p, box, t0, t1: _stars(p, box, t1, _GOLD),
    "filled": _drops,
    "cut": lambda p, box, t0, t1: _burst(p, box, (t0 + t1) / 2, 4, (0.9, 0.85, 0.7), 0.03, reach=0.35, up=0.3),
    "open": _contents,
    "planted": lambda p, box, t0, t1: _burst(p, box, t0, 5, _EARTH, 0.06, reach=0.45, up=0.3, land=True,
                                             end_s=p.scene.timeline.duration_s),
}
