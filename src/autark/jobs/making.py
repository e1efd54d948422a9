"""A thing made on screen (the ``make`` effect, ``autark.story.presence``): "builds a raft", "bakes a cake",
"strickt einen Schal", "malt ein Bild". It is not there before its shot (an ``appear`` at the shot's start), then:

- until the work begins it is a low base on the ground (its footprint, an eighth of its height);
- while the maker works at it (their act on it in the shot, else the effect's own time) it rises in
  ``MAKING_STAGES`` steps, each a quick rise and a hold, so a frame every two seconds shows it a quarter made,
  half made, then more; its pieces (cubes in its colour) fly in one by one from a heap beside it;
- a thing that lies flat (a letter, a map, a scarf) spreads out from its middle instead;
- a picture (a painting, a drawing, a poster) is painted on an easel that stands there from when it comes: it
  sits on the easel's ledge over the easel's white canvas and fills in from its bottom edge up;
- when it is done a few bright sparks say so, and it stands whole for the rest of the film.

Ordinary ``transform.scale`` keys and particle objects (``autark.jobs.changes``'s), so the renderer, the shot
measurer and an exported scene see it.
"""

from __future__ import annotations

from autark.jobs.particles import _burst, _by_time, _key, _Particles
from autark.ops import AddKeyframes, Operator
from autark.scene.model import Scene

__all__ = ["MAKING_STAGES", "MAKING_BASE", "PICTURES", "making_ops", "work_span"]

MAKING_STAGES = 4  # the steps a made thing rises in
MAKING_BASE = 0.08  # a made thing's height (its share) before the work: a base laid on the ground
_FLAT = 0.2  # a thing whose height is under this share of its width lies flat: it spreads rather than rises
_FLAT_BASE = 0.25  # a flat thing's width (its share) before the work: a first corner of it
_WORK = frozenset({"hammer", "knock", "kneel", "push", "magic", "write", "cook", "pour", "reach", "pick_up"})
_SPARK = (1.0, 0.95, 0.6)
PICTURES = frozenset({"painting", "drawing", "poster", "portrait"})  # painted on an easel
_LEDGE_M = 0.72  # the easel's ledge, where a picture on it stands (autark.assets.catalog.school)
_ON_EASEL = (0.62, 1.0, 0.62)  # a picture on the easel: these shares of its own size, over the easel's canvas
_EASEL_TILT_DEG = -6.0  # ... leaning back as the easel does
_EASEL_FRONT_M = 0.34  # ... well in front of the easel's own canvas and its sketch (0.29 m in front of its middle)


def work_span(scene: Scene, oid: str, t0: float, t1: float) -> tuple[float, float]:
    """The time the thing is made in: from a little into the maker's act on it that overlaps ``t0``..``t1``
    (the hammering, the kneeling at it, the writing) to near its end, when that is at least a second long;
    else ``t0``..``t1``."""
    acts = [a for a in scene.timeline.actions if a.target_object == oid and a.kind in _WORK
            and a.start_s < t1 and a.end_s > t0 - 0.5]
    if not acts:
        return t0, t1
    a = max(acts, key=lambda a: min(a.end_s, t1 + 1.0) - max(a.start_s, t0 - 0.5))
    w0, w1 = a.start_s + 0.15 * (a.end_s - a.start_s), a.start_s + 0.9 * (a.end_s - a.start_s)
    return (w0, w1) if w1 - w0 >= 1.0 else (t0, t1)


def _shown_from(scene: Scene, oid: str, before: float) -> float:
    """When ``oid`` first shows (its ``visible`` track's first true key), else a second before ``before``."""
    track = next((t for t in scene.timeline.tracks if t.target == f"object:{oid}.visible"), None)
    first = next((k.time_s for k in sorted(track.keyframes, key=lambda k: k.time_s) if k.value is True), None) \
        if track is not None else None
    return first if first is not None else max(0.0, before - 1.0)


def _on_an_easel(scene: Scene, p: _Particles, oid: str, t0: float, film_end_s: float) -> list[Operator]:
    """An easel where the picture ``oid`` stands, from when the picture comes until ``film_end_s``, and the
    picture set up on its ledge, leaning back with it."""
    from autark.assets import library

    obj = scene.object(oid)
    pos = tuple(float(c) for c in obj.transform.position)
    rot = (0.0, 0.0, 0.0)  # its canvas to the front, where the cameras are, whichever way the prop stood
    p.add("easel", library.get("easel").color, library.get("easel").size[1], [(_shown_from(scene, oid, t0), pos),
                                                                            (film_end_s, pos)], rotation=rot)
    up = (pos[0], pos[1] + _LEDGE_M, pos[2] + _EASEL_FRONT_M)
    return [AddKeyframes(target=f"object:{oid}.transform.position", keyframes=[_key(0.0, up, "hold")]),
            AddKeyframes(target=f"object:{oid}.transform.rotation",
                         keyframes=[_key(0.0, (_EASEL_TILT_DEG, 0.0, 0.0), "hold")])]


def making_ops(scene: Scene, state: Scene, oid: str, t0: float, t1: float,
               film_end_s: float | None = None) -> list[Operator]:
    """``oid`` made over ``t0``..``t1`` (aligned to the maker's act on it, ``work_span``): a base until then,
    rising (or spreading) in ``MAKING_STAGES`` steps as its pieces fly in from a heap beside it, sparks when it
    is done; a picture on an easel. ``state``: the scene evaluated at ``t0`` (the thing at its whole size);
    ``film_end_s``: until when an easel stands (default: the scene's end)."""
    from autark.scene.geometry import world_bbox

    t0, t1 = work_span(scene, oid, t0, t1)
    t1 = max(t1, t0 + 0.8)
    obj = scene.object(oid)
    scale = tuple(float(c) for c in state.object(oid).transform.scale)  # its size then (a cookie grown to be seen)
    color = tuple(float(c) for c in obj.material.color)
    box = tuple(float(c) for c in world_bbox(state.object(oid)))
    width = max(box[3] - box[0], box[5] - box[2], 1e-3)
    height = box[4] - box[1]
    flat = height < _FLAT * width
    p = _Particles(scene, oid, "making")
    ops: list[Operator] = []
    if obj.type in PICTURES and not flat:
        ops += _on_an_easel(scene, p, oid, t0, film_end_s if film_end_s is not None else scene.settings.duration_s)
        scale = tuple(c * k for c, k in zip(scale, _ON_EASEL, strict=True))

    def at_share(share: float) -> tuple[float, float, float]:
        if flat:  # a letter, a map: it spreads out from its middle
            return (scale[0] * share, scale[1], scale[2] * share)
        return (scale[0], scale[1] * share, scale[2])  # it rises from the ground up

    first = _FLAT_BASE if flat else MAKING_BASE
    step = (t1 - t0) / MAKING_STAGES
    keys = [_key(0.0, at_share(first), "hold")]
    for k in range(MAKING_STAGES):
        t_up = t0 + step * k
        keys += [_key(t_up, at_share(first + (1.0 - first) * k / MAKING_STAGES), "ease_out"),
                 _key(t_up + 0.45 * step, at_share(first + (1.0 - first) * (k + 1) / MAKING_STAGES), "hold")]
    ops.append(AddKeyframes(target=f"object:{oid}.transform.scale", keyframes=_by_time(keys)))
    size = max(0.04, min(0.3, (width / 6) if flat else (height / 5), width / 4))
    cx, cz = (box[0] + box[3]) / 2, (box[2] + box[5]) / 2
    pieces = 2 * MAKING_STAGES
    for k in range(0 if obj.type in PICTURES else pieces):  # the heap beside it, one piece flying in at a time
        heap = (box[3] + 0.15 + size * 1.1 * (k % 3), box[1] + size / 2 + size * 0.9 * (k // 3), cz + 0.25)
        fly = t0 + (t1 - t0) * k / pieces
        top = box[4] + size if flat else box[1] + height * min(1.0, (k + 1) / pieces)
        into = (cx + 0.2 * width * ((k % 3) - 1), top, cz)
        p.add("cube", color, size, [(0.0, heap), (fly, heap), (fly + 0.4 * step, into)], until_s=fly + 0.4 * step,
              rotation=(0.0, 20.0 * k, 10.0 * (k % 2)))
    _burst(p, box, t1, 6, _SPARK, 0.06, reach=max(0.4, width), up=0.35, asset="star", glow=2.0)
    return ops + p.ops
