"""The sound of a thing that moves by itself (``autark.jobs.thing_motion``: a printer that hops as it sings, a
toy robot that marches, a fridge that tips off the van, a barrel that rolls off the cart): heard where it comes
down.

Read off the scene alone, like every cue (``autark.audio.foley_cues``): a prop (no one who acts) whose position
and rotation are both keyed moves by itself; each key where its middle has come down (lower than the key
before, and not lower again after) is a touch-down, a thud as loud as the drop is high: a hop's soft tap, a
tumble's or a roll's landing off what it stood on; a thing that tipped over (turned 60 to 120 degrees about a level axis) lands
on its side with a heavy thud as its tipping ends. A bob smaller than ``MIN_DROP_M`` is not heard, nor anything
that ends under the ground (it sank).

What a body or a thing gives off (``autark.jobs.emissions``: particles ``<source>_emit_<stuff><n>``) is heard as
its stream starts (``emission_cues``): fire blazes, steam hisses, water splashes, sparks and bubbles shimmer; a
thing's notes are its ring: a telephone's or an alarm clock's bell, a bell's ding, a kettle's whistle.
"""

from __future__ import annotations

import math

from autark.scene.model import Scene

__all__ = ["touch_down_cues", "emission_cues", "MIN_DROP_M", "EMISSION_SOUNDS"]

MIN_DROP_M = 0.05  # a smaller dip (a roaming toy's bob) is not heard
_FULL_DROP_M = 0.5  # a drop this high lands at the thud's own level; each halving is _DB_PER_HALVING quieter
_DB_PER_HALVING = 2.5
_QUIETEST_DB, _LOUDEST_DB = -10.0, 4.0
_UNDER_M = 0.0  # a thing whose middle is under the ground did not land (it sank)
_POSITION, _ROTATION = ".transform.position", ".transform.rotation"
_TIPPED_DEG, _ROLLED_DEG = 60.0, 120.0
_LEVEL_M = 0.01  # a key this close to the one before is no lower


def touch_down_cues(scene: Scene) -> list[tuple[float, str, str, float, float | None]]:
    """(time, "thud", object id, gain dB, None) for each touch-down of a thing that moves by itself."""
    tracks = {tr.target: tr for tr in scene.timeline.tracks if tr.target.startswith("object:")}
    actors = {a.object_id for a in scene.timeline.actions}  # who acts is heard by its own acts
    out: list[tuple[float, str, str, float, float | None]] = []
    for target, track in tracks.items():
        if not target.endswith(_POSITION):
            continue
        oid = target[len("object:"):-len(_POSITION)]
        if oid in actors or f"object:{oid}{_ROTATION}" not in tracks or scene.find_object(oid) is None:
            continue
        tip = _tipped_over_at(tracks[f"object:{oid}{_ROTATION}"].keyframes)
        if tip is not None:  # first: the landing on its side is heard as the tip's (foley_cues keeps one)
            out.append((tip, "thud", oid, _LOUDEST_DB, None))
        keys = sorted(track.keyframes, key=lambda k: k.time_s)
        handled = any(oid in (a.item, a.target_object) for a in scene.timeline.actions)
        ys = [_middle(scene, oid, k.time_s, handled) for k in keys]
        for i in range(1, len(keys)):
            drop = max(ys[:i][-3:]) - ys[i]  # from the top of the hop (its last few keys) to here
            down = ys[i] < ys[i - 1] - _LEVEL_M and (i == len(keys) - 1 or ys[i + 1] >= ys[i] - _LEVEL_M)
            if down and drop >= MIN_DROP_M and ys[i] > _UNDER_M:
                gain = _DB_PER_HALVING * math.log2(drop / _FULL_DROP_M)
                out.append((keys[i].time_s, "thud", oid, min(_LOUDEST_DB, max(_QUIETEST_DB, gain)), None))
    return out


def _middle(scene: Scene, oid: str, t: float, handled: bool) -> float:
    """The height of the middle of ``oid``'s box at ``t``: a barrel's stays put as it turns on the ground (its
    origin and its box's bottom swing round with it), and it falls as it drops. Read off its own tracks alone,
    unless someone's act handles it (a thing carried is where the hands are: the whole animation is asked)."""
    from autark.motion import evaluate_scene
    from autark.scene.evaluate import evaluate
    from autark.scene.geometry import world_bbox

    box = world_bbox((evaluate_scene(scene, t) if handled else evaluate(scene, t)).object(oid))
    return float(box[1] + box[4]) / 2


def _tipped_over_at(keys: list) -> float | None:  # type: ignore[type-arg]
    """When a thing that tipped over comes to lie on its side: the last key of a rotation that leans it by
    ``_TIPPED_DEG`` or more about a level axis (a roll turns on through more than ``_ROLLED_DEG``: no fall)."""
    if len(keys) < 2:
        return None
    keys = sorted(keys, key=lambda k: k.time_s)
    first, last = keys[0].value, keys[-1].value
    lean = max(abs(float(last[0]) - float(first[0])), abs(float(last[2]) - float(first[2])))
    return keys[-1].time_s if _TIPPED_DEG <= lean <= _ROLLED_DEG else None


# the stuff given off -> the effect heard as it starts (gain dB); notes by the kind that gives them off
EMISSION_SOUNDS = {"fire": ("blaze", 0.0), "steam": ("hiss", 0.0), "water": ("splash", -3.0),
                   "sparks": ("shimmer", 0.0), "bubbles": ("shimmer", -4.0), "confetti": ("shimmer", -2.0),
                   "light": ("shimmer", -2.0), "smoke": ("whoosh", -6.0), "flowers": ("shimmer", 0.0),
                   "petals": ("shimmer", -2.0)}
_RINGS = {"phone": "phone_ring", "telephone": "phone_ring", "alarm_clock": "phone_ring", "clock": "phone_ring",
          "doorbell": "ding", "bell": "ding", "kettle": "whistle", "teapot": "whistle", "whistle": "whistle"}
_EMIT = "_emit_"


def emission_cues(scene: Scene) -> list[tuple[float, str, str, float, float | None]]:
    """(time, effect, source id, gain dB, length) for each stream of given-off stuff, as it starts (see the
    module doc); a body's notes are its song (its voice): not a cue."""
    first: dict[tuple[str, str], tuple[float, float]] = {}
    for track in scene.timeline.tracks:
        if not (track.target.startswith("object:") and track.target.endswith(".visible") and _EMIT in track.target):
            continue
        oid = track.target[len("object:"):-len(".visible")]
        source, _, rest = oid.partition(_EMIT)
        stuff = rest.rstrip("0123456789")
        shown = [k.time_s for k in track.keyframes if k.value is True]
        hidden = [k.time_s for k in track.keyframes if k.value is False and k.time_s > 0]
        if not shown:
            continue
        lo, hi = first.get((source, stuff), (math.inf, 0.0))
        first[(source, stuff)] = (min(lo, min(shown)), max(hi, max(hidden, default=min(shown))))
    out: list[tuple[float, str, str, float, float | None]] = []
    for (source, stuff), (start, end) in sorted(first.items()):
        thing = scene.find_object(source)
        if thing is None:
            continue
        if stuff == "notes":
            ring = _RINGS.get(thing.type)
            if ring is not None:
                out.append((start, ring, source, 0.0, None))
            continue
        effect, gain = EMISSION_SOUNDS.get(stuff, ("", 0.0))
        if effect:
            out.append((start, effect, source, gain, max(0.5, end - start)))
    return out
