"""A shot's effects (``autark.story.effects``) laid as keyframe tracks on the scene, so they reach the film:

- ``transform``: at the act the target shrinks to nothing over ``SWAP_S`` and is then hidden, while what it
  becomes (hidden until then) appears at the target's place growing from nothing; both glow for a moment and
  a burst of small glowing stars flies out of the target.
- ``grow``: the target's scale rises smoothly (ease in and out, so never back down) from ``start_scale`` to
  ``scale`` times its own over the act's time.
- ``glow``: a warm, pulsing emissive light on the target (the one a spell or a wish is for) for the act's time.
- a state change (melt, burn, break, erupt, explode, freeze): drawn by ``autark.jobs.changes``.
- a splash of water drops where a body falls or jumps into a pond (``autark.jobs.splashes``), with no effect named.
- ``repair``: broken (slumped, tipped, dull, its pieces on the ground) until the tool act on it in its shot
  mends it (``autark.jobs.repairs``).
- ``extinguish`` of a flame no taller than ``BLOWN_OUT_M`` (a candle, a cake's candles): the one by it (who
  looks at it in the shot, else the nearest person) steps up, bends over it and blows; a puff of breath goes
  from the face to the flame as it goes out (``blow_ops``).
- ``flood``: a water surface (``FLOOD_ID``) over the set's floor (an indoor room's, else a wide square about the
  middle) rises from a film on the floor to ``scale`` metres over the act's time and stays for the scene.
- ``float_away`` and ``sink`` (``MOVING_EFFECTS``): a lost balloon, a kite or a hat the wind takes rises and
  drifts off, swaying, and is gone over the act's time; a thing dropped into water goes down and drifts away
  under it. The thing itself is hidden as it leaves the hand and a copy of it (``<id>_away``) makes the trip:
  the hand that held it keeps placing the thing itself (``motion.holding``), the copy is ordinary keyframes.
- ``land`` (and a moving effect with ``into``): the thing flies or is carried to where the idea sends it and
  stays there, seen (``autark.jobs.landings``).
- ``perform``, ``roam`` and ``tumble`` (``autark.jobs.thing_motion``): a thing that acts by itself hops and
  glows, travels off and back, or tips over and lies on the ground.
- ``appear`` and ``vanish`` (``autark.jobs.presence``): hidden until the act (a guest who comes, a thing found,
  at the foot of what it was found in when ``into`` names it) or from the act on (gone).

Everything is ordinary scene data (``visible``, ``transform.scale``, ``material.emissive`` tracks), so the
renderer, the shot measurer and an exported scene see exactly what the film shows.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import numpy as np

from autark.jobs.carried_off import MOVING_EFFECTS, away_ops, flood_ops, let_go_at
from autark.jobs.keyframes import key as _key
from autark.ops import AddKeyframes, Operator
from autark.scene.model import Scene
from autark.scene.timeline import Keyframe

if TYPE_CHECKING:
    from autark.story.effects import Effect

__all__ = ["SWAP_S", "GLOW_COLOR", "GLOW_STRENGTH", "SPARKS", "effect_ops", "glow_ops", "grow_ops", "sparkle_ops",
           "transform_ops", "blow_ops", "BLOWN_OUT_M"]

SWAP_S = 0.4  # how long a transformation's shrinking away and appearing take
GLOW_COLOR = (1.0, 0.82, 0.35)  # a warm gold: reads as magic on any colour of body or sky
GLOW_STRENGTH = 0.9  # emissive strength at the peak: bright gold, the body's form still reads (1.6 was a flat blob)
SPARKS = 6  # stars in a transformation's burst
SPARK_S = 0.9  # how long they fly
SPARK_M = 0.12  # how big each is
_PULSE_S = 0.25  # the glow flickers between full and 60% this often: a sparkle, not a lamp
_NOTHING = 0.001  # the scale of a thing not there yet (a scale of 0 is no valid transform)
_GOING_OFF = frozenset({"flee", "run", "walk", "fly", "swim", "sneak"})  # acts one may vanish during
LONG_BURN_S = 6.0  # a burn this long is a danger going on (story.told_changes): it runs on past its shot
_CARRIED = ("float_away", "wash_away")  # those that, given a destination, carry it there (``jobs.landings``)
_OF_WHAT = frozenset({"emit", "depict", "recolor"})  # a thing may have two at once, each of its own ``into``


def glow_ops(scene: Scene, oid: str, start_s: float, end_s: float) -> list[Operator]:
    """A pulsing warm glow on ``oid`` from ``start_s`` to ``end_s``, back to its own light after."""
    obj = scene.object(oid)
    base_color, base_strength = tuple(obj.material.emissive), float(obj.material.emissive_strength)
    end_s = max(end_s, start_s + 0.4)
    ramp = min(0.2, (end_s - start_s) / 4)
    colors = [_key(0.0, base_color, "hold"), _key(start_s, GLOW_COLOR, "hold"), _key(end_s, base_color, "hold")]
    strengths = [_key(0.0, base_strength, "hold"), _key(start_s, base_strength, "linear")]
    t, high = start_s + ramp, True
    while t < end_s - ramp:
        strengths.append(_key(t, GLOW_STRENGTH if high else 0.6 * GLOW_STRENGTH, "linear"))
        t, high = t + _PULSE_S, not high
    strengths += [_key(end_s - ramp, GLOW_STRENGTH, "linear"), _key(end_s, base_strength, "hold")]
    target = f"object:{oid}.material"
    return [AddKeyframes(target=f"{target}.emissive", keyframes=_sorted(colors)),
            AddKeyframes(target=f"{target}.emissive_strength", keyframes=_sorted(strengths))]


def grow_ops(scene: Scene, oid: str, start_s: float, end_s: float, scale: float,
             start_scale: float = 1.0) -> list[Operator]:
    """``oid`` grows from ``start_scale`` to ``scale`` times its own size between ``start_s`` and ``end_s``."""
    own = tuple(scene.object(oid).transform.scale)
    end_s = max(end_s, start_s + 0.3)
    keys = [_key(start_s, tuple(c * start_scale for c in own), "ease_in_out"),
            _key(end_s, tuple(c * scale for c in own), "hold")]
    return [AddKeyframes(target=f"object:{oid}.transform.scale", keyframes=keys)]


def _own_size(scene: Scene, oid: str, now: tuple[float, ...]) -> tuple[float, ...]:
    """``now``, the size ``oid`` has at a swap, unless an earlier swap shrank it to nothing: then the largest
    size its scale track keys (the one it had before it went)."""
    if max(abs(c) for c in now) > 10 * _NOTHING * max(abs(c) for c in scene.object(oid).transform.scale):
        return now
    track = next((t for t in scene.timeline.tracks if t.target == f"object:{oid}.transform.scale"), None)
    sizes = [tuple(k.value) for k in (track.keyframes if track else []) if isinstance(k.value, (list, tuple))]
    return max(sizes, key=lambda v: max(abs(c) for c in v), default=tuple(scene.object(oid).transform.scale))


def transform_ops(scene: Scene, oid: str, into: str, at_s: float,
                  place: tuple[float, float, float] | None = None, glow_from: float | None = None) -> list[Operator]:
    """``oid`` shrinks away from ``at_s`` and is hidden; ``into`` is hidden until ``at_s`` and appears at
    ``place`` (where ``oid`` stands then), growing from nothing over ``SWAP_S``; both glow around the swap."""
    from autark.motion import evaluate_scene
    from autark.ops.visibility import visible_from

    gone = at_s + SWAP_S
    state = evaluate_scene(scene, at_s)
    # the sizes they have then (a teddy that comes alive is a bear of a teddy's size: its storybook scale is
    # keyed on its track; the bare transform would grow it into a full-size bear); one shrunk away by an earlier
    # swap (a prince made a frog, now made back) comes back at the size it had before it went
    own = _own_size(scene, oid, tuple(state.object(oid).transform.scale))
    new = _own_size(scene, into, tuple(state.object(into).transform.scale))
    ops: list[Operator] = [
        AddKeyframes(target=f"object:{oid}.transform.scale",
                     keyframes=[_key(at_s, own, "ease_in"), _key(gone, tuple(max(_NOTHING, c * _NOTHING) for c in own), "hold")]),
        # the keys an earlier swap laid stay: the frog made back into the prince was hidden until the first
        visible_from(scene, oid, gone, False, True),
        visible_from(scene, into, at_s, True, False),
        AddKeyframes(target=f"object:{into}.transform.scale",
                     keyframes=[_key(at_s, tuple(max(_NOTHING, c * _NOTHING) for c in new), "ease_out"), _key(gone, new, "hold")]),
    ]
    if place is not None:
        ops.append(AddKeyframes(target=f"object:{into}.transform.position", keyframes=[_key(at_s, place, "hold")]))
    ops += glow_ops(scene, oid, min(at_s - 0.3, glow_from if glow_from is not None else at_s), gone)
    ops += glow_ops(scene, into, at_s, gone + 0.6)
    return ops


_MENDING = frozenset({"hammer", "knock", "kneel", "push", "magic"})  # acts at a thing that mend it (its tool)


def effect_ops(scene: Scene, effects: Sequence[Effect], start_s: float, end_s: float,
               resolve: Callable[[str], str | None], warnings: list[str], where: str) -> list[Operator]:
    """A shot's effects (between ``start_s`` and ``end_s``) as keyframe operators, with a glow on whoever a
    spell laid in this shot is cast on even when the plan names no effect. ``resolve`` finds the object id
    of a cast name or prop type; an effect on something not in the scene is left out with a warning."""
    from autark.jobs.changes import change_ops
    from autark.jobs.presence import PRESENCE_EFFECTS, presence_ops
    from autark.jobs.recolours import recolour_effect_ops, worked_span
    from autark.jobs.thing_motion import THING_MOTIONS, thing_motion_ops
    from autark.jobs.worn_things import refresh_ops
    from autark.motion import evaluate_scene
    from autark.story.effects import STATE_CHANGES
    from autark.story.switched_lights import SWITCHED

    ops: list[Operator] = refresh_ops(scene, start_s, end_s)  # a hat put on earlier rides on as this shot's acts go
    from autark.jobs.stacking import follow_ops

    ops += follow_ops(scene, start_s, end_s)  # the cherry rides on the cake carried in this shot (jobs.stacking)
    from autark.jobs.canvas_pictures import depict_ops, follow_canvas_ops

    ops += follow_canvas_ops(scene, start_s, end_s)  # a painted picture's figure rides on it (jobs.canvas_pictures)
    from autark.jobs.catches import caught_again_ops

    ops += caught_again_ops(scene, start_s, end_s)  # the hat the wind took comes down into the hands that catch it
    glowing: set[str] = set()
    marks: list[tuple[int, Effect]] = []  # where each effect's operators begin (``_without_doubles``)
    for e in sorted(effects, key=lambda e: e.kind == "depict"):  # a picture's figure once the picture is made
        marks.append((len(ops), e))
        if e.kind == "flood":  # the water the flood brings is no thing of the scene's until it comes
            t0 = min(start_s + e.at_s, max(start_s, end_s - 0.5))
            ops += flood_ops(scene, t0, min(t0 + e.duration_s, end_s), e.scale)
            continue
        oid = resolve(e.target)
        into = resolve(e.into) if e.into and e.kind == "transform" else None
        if oid is None or (e.kind == "transform" and (into is None or into == oid)):
            warnings.append(f"{where}: left out the effect {e.kind} of {e.target!r}"
                            + (f" into {e.into!r}" if e.into else "") + ": it is not in the scene")
            continue
        t0 = min(start_s + e.at_s, max(start_s, end_s - 0.5))
        t1 = min(t0 + e.duration_s, end_s)
        if e.kind == "burn" and e.duration_s >= LONG_BURN_S:  # a house on fire from the first shot burns on
            t1 = min(t0 + e.duration_s, scene.settings.duration_s)  # through the rescue, then it is charred
        if e.kind == "transform":
            assert into is not None  # noqa: S101 - checked above
            spell = next((a for a in scene.timeline.actions if a.kind == "magic" and a.target_object == oid
                          and start_s <= a.start_s < end_s), None)
            glow_from = None
            if spell is not None:  # the swap comes as the spell is done, not at a time of its own
                t0 = spell.start_s + 0.7 * (spell.end_s - spell.start_s)
                glow_from = spell.start_s + 0.25 * (spell.end_s - spell.start_s)  # the spell shows on it first
            state = evaluate_scene(scene, t0)
            ops += transform_ops(scene, oid, into, t0, _room_for(state, oid, into), glow_from)
            ops += sparkle_ops(scene, state, oid, t0)
            glowing |= {oid, into}
        elif e.kind == "grow":
            # a size the idea gives a kind of thing ("three small boats") is every one of them; a growth is one
            sized = [o.id for o in scene.objects if o.type == e.target and o.tag != "setting"] if e.start_scale == e.scale else []
            for gid in sized or [oid]:
                ops += grow_ops(scene, gid, t0, t1, e.scale, e.start_scale)
        elif e.kind in PRESENCE_EFFECTS:  # a guest who comes later, a thing found, a wizard who flies off
            if e.kind == "vanish":  # one who runs off as they vanish fades out on the way, not before they go
                going = next((a for a in scene.timeline.actions if a.object_id == oid and a.kind in _GOING_OFF
                              and start_s <= a.start_s < end_s), None)
                if going is not None:
                    t0 = min(going.start_s + 0.6 * (going.end_s - going.start_s), end_s - 0.1)
            ops += presence_ops(scene, oid, e.kind, t0, resolve(e.into) if e.into else None)
        elif e.kind == "land" or e.kind in _CARRIED and e.into:  # it comes down there and stays (a thing dropped
            # into water still sinks: a ring, a key)
            from autark.jobs.landings import land_ops

            ops += land_ops(scene, oid, e.into, start_s, end_s, t0, resolve, warnings, where,
                            carried_s=0.0 if e.kind == "land" else max(2.0, min(t1 - t0, end_s - t0 - 1.6)))
        elif e.kind in THING_MOTIONS:  # a thing that sings, drives off or tips over by itself (jobs.thing_motion)
            ops += thing_motion_ops(scene, e.kind, oid, t0, t1)
            if e.kind == "perform":  # it hops and glows: alive
                ops += glow_ops(scene, oid, t0, max(t1, t0 + 0.6))
                glowing.add(oid)
        elif e.kind == "screen":  # a film shown: the screen lights with a moving picture (jobs.screen_film)
            from autark.jobs.screen_film import film_ops

            ops += film_ops(scene, oid, t0, t1)
        elif e.kind == "depict":  # what a painted picture shows, on its canvas from when it is painted
            from autark.ops.operators import apply_ops  # on the picture as this shot's making has set it up

            ops += depict_ops(apply_ops(scene, ops), oid, e.into, max(t0, t1 - 0.6), end_s)
        elif e.kind == "emit":  # fire breathed, smoke puffed, a phone's notes: a stream of it (jobs.emissions)
            from autark.jobs.emissions import emit_ops

            ops += emit_ops(scene, oid, e.into, t0, t1, start_s, end_s)
        elif e.kind in ("inside", "go_in", "hide", "bury", "lost"):  # into and out of containers (jobs.hiding)
            from autark.jobs.hiding import containing_ops

            place, _, how = e.into.partition(":")
            ops += containing_ops(scene, e.kind, oid, resolve(place) if place else None, how, start_s, end_s,
                                  e.duration_s, resolve)
        elif e.kind == "wear":  # put on: on the head, the face, the neck, the feet from then on (jobs.worn_things)
            from autark.jobs.worn_things import wear_ops

            ops += wear_ops(scene, oid, e.into, start_s, end_s, t0, resolve, warnings, where)
        elif e.kind == "miss":  # a catch that fails: past the hands and down behind them (jobs.catches)
            from autark.jobs.catches import missed_ops

            catcher = resolve(e.into) if e.into else None
            ops += missed_ops(scene, oid, catcher, t0, t1) if catcher is not None else []
        elif e.kind == "aloft":  # a kite flown high over its holder, on its string
            from autark.jobs.landings import aloft_ops

            holder = resolve(e.into) if e.into else None
            ops += aloft_ops(scene, oid, holder, t0) if holder is not None else []
        elif e.kind in MOVING_EFFECTS:
            ops += away_ops(scene, oid, e.kind, let_go_at(scene, oid, start_s, end_s, t0), t1 - t0)
        elif e.kind == "repair":  # broken until the one who mends it has worked on it a while (jobs.repairs)
            from autark.jobs.repairs import repair_ops

            tool = next((a for a in scene.timeline.actions if a.target_object == oid and a.kind in _MENDING
                         and start_s <= a.start_s < end_s), None)
            if tool is not None:
                t0 = tool.start_s + 0.25 * (tool.end_s - tool.start_s)  # whole before the tool is put away
                t1 = max(tool.start_s + 0.85 * (tool.end_s - tool.start_s), t0 + 0.8)
            ops += repair_ops(scene, evaluate_scene(scene, t0), oid, t0, min(t1, end_s))
        elif e.kind == "recolor":  # painted, dyed, turning: as the hands work on it (jobs.recolours)
            ops += recolour_effect_ops(scene, oid, e.into, t0, t1, start_s, end_s)
        elif e.kind in STATE_CHANGES:
            if e.kind in ("light", "extinguish"):  # lit or switched off by hand: as the hands finish
                t0, t1 = worked_span(scene, oid, start_s, end_s, t0, t1, at=0.8)
            else:  # broken, burst, crushed by someone's act on it: not before that act strikes it
                t0, t1 = after_cause(scene, oid, t0, t1, end_s)
            if e.kind == "extinguish" and scene.object(oid).type not in SWITCHED:  # a candle is blown out
                ops += blow_ops(scene, oid, t0, t1, start_s)
            ops += change_ops(scene, evaluate_scene(scene, t0), e.kind, oid, t0, t1, scene.settings.duration_s)
        else:
            ops += glow_ops(scene, oid, t0, t1)
            glowing.add(oid)
    ops = _without_doubles(scene, ops, marks, resolve, warnings, where)
    from autark.jobs.splashes import splash_ops
    from autark.motion.plunges import can_fall_into

    for a in scene.timeline.actions:  # a body that falls or jumps into the water here splashes (jobs.splashes)
        if a.kind in ("fall", "jump") and a.target_object and start_s <= a.start_s < end_s and can_fall_into(
                scene.find_object(a.target_object)):
            ops += splash_ops(scene, a.object_id, a.target_object, a.start_s, a.end_s)
    for a in scene.timeline.actions:
        if (a.kind == "magic" and a.target_object and a.target_object not in glowing
                and start_s <= a.start_s < end_s and scene.find_object(a.target_object) is not None):
            ops += glow_ops(scene, a.target_object, a.start_s + 0.3 * (a.end_s - a.start_s), a.end_s)
            glowing.add(a.target_object)
    return ops


_NO_CAUSE = frozenset({"look", "talk", "point", "wave", "nod", "think", "stand", "turn", "walk", "run", "idle",
                       "listen", "wait"})  # acts at a thing that do nothing to it
CAUSE_STRIKES = 0.6  # of an act on a thing, the share of its time at which it strikes (the change comes then)


def after_cause(scene: Scene, oid: str, t0: float, t1: float, end_s: float) -> tuple[float, float]:
    """``t0``..``t1``, the time of a change to ``oid``, moved to when the first act on it by someone else in the
    shot strikes, where that comes later: the cause before its effect (a vase kicked over shattered before the
    foot reached it). Left as it is where nobody acts on it from ``t0`` on."""
    acts = sorted((a for a in scene.timeline.actions if a.object_id != oid and a.kind not in _NO_CAUSE
                   and oid in (a.target_object, a.item) and a.end_s > t0 and a.start_s < end_s),
                  key=lambda a: a.start_s)
    if not acts:
        return t0, t1
    strike = acts[0].start_s + CAUSE_STRIKES * (acts[0].end_s - acts[0].start_s)
    if strike <= t0:
        return t0, t1
    new0 = min(strike, max(t0, end_s - 0.5))
    return new0, min(end_s, new0 + (t1 - t0))


def _without_doubles(scene: Scene, ops: list[Operator], marks: list[tuple[int, Effect]],
                     resolve: Callable[[str], str | None], warnings: list[str], where: str) -> list[Operator]:
    """``ops`` with each effect that doubles an earlier one of the shot left out, with a warning: one of the same
    kind on the same thing, or one that adds an object an earlier one has added (a candle lit and put out in one
    shot: both would add its put-out twin ``<id>_unlit``, and the second addition killed the build). ``marks``:
    where each effect's operators begin in ``ops``, in order."""
    from autark.ops import AddObject

    kept: list[Operator] = list(ops[:marks[0][0]]) if marks else list(ops)
    done: set[tuple[str, str, str]] = set()
    added = {op.object.id for op in kept if isinstance(op, AddObject)}
    for k, (begin, e) in enumerate(marks):
        own = ops[begin:marks[k + 1][0] if k + 1 < len(marks) else len(ops)]
        new = [op.object.id for op in own if isinstance(op, AddObject)]
        key = (resolve(e.target) or e.target, e.kind, e.into if e.kind in _OF_WHAT else "")
        if key in done or added & set(new) or len(set(new)) < len(new):
            warnings.append(f"{where}: left out a second effect {e.kind} of {e.target!r}: an earlier one of the "
                            "shot already stages it")
            continue
        done.add(key)
        added |= set(new)
        kept += own
    return kept


def sparkle_ops(scene: Scene, state: Scene, oid: str, at_s: float) -> list[Operator]:
    """A burst of ``SPARKS`` small glowing stars out of ``oid``'s middle at ``at_s``: they fly up and outward
    and shrink away within ``SPARK_S`` (hidden before and after: ordinary objects with keyframes)."""
    import math

    from autark.language import new_object
    from autark.ops import AddObject
    from autark.scene.geometry import world_bbox

    b = world_bbox(state.object(oid))
    cx, cy, cz = (b[0] + b[3]) / 2, (b[1] + b[4]) / 2, (b[2] + b[5]) / 2
    reach = max(0.35, (b[3] - b[0] + b[5] - b[2]) / 2)
    star = new_object(scene, "star", position=(cx, cy, cz))
    size = tuple(c * SPARK_M / max(star.bounds_max[1] - star.bounds_min[1], 1e-3) for c in (1.0, 1.0, 1.0))
    ops: list[Operator] = []
    for k in range(SPARKS):
        a = 2 * math.pi * k / SPARKS
        sid = f"{oid}_spark{k + 1}"
        if scene.find_object(sid) is not None:
            continue  # a second spell on it reuses nothing: its own sparks were laid once
        mat = star.material.model_copy(update={"color": GLOW_COLOR, "emissive": GLOW_COLOR, "emissive_strength": 2.0})
        ops.append(AddObject(object=star.model_copy(update={
            "id": sid, "name": f"spark {k + 1}", "material": mat, "visible": False,
            "transform": star.transform.model_copy(update={"scale": size})})))
        out = (cx + reach * math.cos(a), cy + 0.3 + 0.25 * (k % 2), cz + reach * math.sin(a))
        ops += [
            AddKeyframes(target=f"object:{sid}.visible", keyframes=[_key(0.0, False, "hold"), _key(at_s, True, "hold"),
                                                                    _key(at_s + SPARK_S, False, "hold")]),
            AddKeyframes(target=f"object:{sid}.transform.position",
                         keyframes=[_key(at_s, (cx, cy, cz), "ease_out"), _key(at_s + SPARK_S, out, "hold")]),
            AddKeyframes(target=f"object:{sid}.transform.scale",
                         keyframes=[_key(at_s, size, "ease_in"), _key(at_s + SPARK_S, tuple(c * 0.2 for c in size),
                                                                       "hold")]),
        ]
    return ops


def _room_for(state: Scene, oid: str, into: str) -> tuple[float, float, float]:
    """Where ``into`` appears: where ``oid`` stands, moved straight away from the nearest other body by as much
    as it is wider than ``oid`` (a pumpkin by the fairy becomes a carriage beside her, not through her)."""
    from autark.scene.geometry import world_bbox

    old, new = state.object(oid), state.object(into)
    x, y, z = (float(c) for c in old.transform.position)

    def radius(o: object) -> float:
        b = world_bbox(o)  # type: ignore[arg-type]
        return max(b[3] - b[0], b[5] - b[2]) / 2

    s = tuple(new.transform.scale)  # ``into`` may still be shrunk to nothing here: its full size counts
    lo, hi = new.bounds_min, new.bounds_max
    grow = max((hi[0] - lo[0]) * s[0], (hi[2] - lo[2]) * s[2]) / 2 - radius(old)
    others = [o for o in state.objects if o.id not in (oid, into) and o.visible and o.tag != "setting"
              and any(c.object_id == o.id for c in state.characters)]
    if grow <= 0 or not others:
        return (x, y, z)
    near = min(others, key=lambda o: (o.transform.position[0] - x) ** 2 + (o.transform.position[2] - z) ** 2)
    dx, dz = x - near.transform.position[0], z - near.transform.position[2]
    d = max((dx * dx + dz * dz) ** 0.5, 1e-6)
    need = radius(near) + radius(old) + grow + 0.1 - d  # how much nearer it is than the new thing's edge allows
    if need <= 0:
        return (x, y, z)
    if d < 1e-3:
        dx, dz, d = 0.0, -1.0, 1.0
    return (x + dx / d * need, y, z + dz / d * need)


def _sorted(keys: list[Keyframe]) -> list[Keyframe]:
    merged = {k.time_s: k for k in keys}  # a later key at the same time wins
    return [merged[t] for t in sorted(merged)]


BLOWN_OUT_M = 0.4  # a flame on a thing no taller than this is blown out (``autark.jobs.changes`` pours no water)
_BLOW_S = 1.6  # the bend, the breath and upright again (``autark.motion.gestures.blow``)
_PUFF_S = 0.25  # the breath's flight from the lips to the flame
_BREATH_COLOR = (0.93, 0.95, 1.0)


def _blower(scene: Scene, oid: str, t: float, start_s: float) -> str | None:
    """Who blows: a body whose act in this shot is about the flame ("Mia looks at the candle"), else the
    person nearest to it."""
    from autark.motion import evaluate_scene
    from autark.motion.kinematics import rig_info

    def person(x: str) -> bool:
        obj = scene.find_object(x)
        rig = rig_info(obj.type) if obj is not None else None
        return rig is not None and rig.has_legs and "head" in rig.bones

    named = [a.object_id for a in scene.timeline.actions
             if a.target_object == oid and start_s - 1e-6 <= a.start_s <= t and person(a.object_id)]
    if named:
        return named[0]
    state = evaluate_scene(scene, t)
    c = state.object(oid).transform.position
    near = sorted((math.dist(o.transform.position, c), o.id) for o in state.objects if person(o.id) and o.visible)
    return near[0][1] if near else None


def _stand_by(state: Scene, oid: str, frm: tuple[float, float, float]) -> tuple[float, float, float]:
    """Where one stands to blow: on the blower's side of the flame, just clear of what it stands on (the table
    under the cake)."""
    from autark.motion.kinematics import rig_info
    from autark.scene.geometry import world_bbox

    c = world_bbox(state.object(oid)).center
    v = np.array([frm[0] - c[0], 0.0, frm[2] - c[2]])
    v = v / n if (n := float(np.linalg.norm(v))) > 1e-6 else np.array([0.0, 0.0, 1.0])
    boxes = [world_bbox(o) for o in state.objects if o.id != oid and o.visible and rig_info(o.type) is None]
    r = 0.45
    while r < 3.0:
        p = (c[0] + v[0] * r, frm[1], c[2] + v[2] * r)
        if not any(b.min[0] - 0.25 < p[0] < b.max[0] + 0.25 and b.min[2] - 0.25 < p[2] < b.max[2] + 0.25
                   and b.max[1] > frm[1] + 0.12 and b.min[1] < frm[1] + 1.5 for b in boxes):
            return p
        r += 0.1
    return (c[0] + v[0] * 0.45, frm[1], c[2] + v[2] * 0.45)


def blow_ops(scene: Scene, oid: str, t0: float, t1: float, start_s: float) -> list[Operator]:
    """A small flame blown out: its blower walks up to it (when not at it), bends over it and blows (a ``blow``
    act timed so the breath reaches the flame as it goes out, ``autark.jobs.changes``), and a puff of breath
    flies from the face to the flame. Nothing for a bigger fire (it is doused) or with no one to blow."""
    from autark.jobs.changes import _Particles
    from autark.motion import evaluate_scene
    from autark.motion.gestures import BLOW_PUFF
    from autark.ops import SetTimeline
    from autark.scene.geometry import world_bbox
    from autark.scene.timeline import Action

    box = world_bbox(scene.object(oid))
    if box.max[1] - box.min[1] > BLOWN_OUT_M:
        return []
    out = t0 + 0.6 * (t1 - t0)  # when the flames are gone (``changes._extinguish``)
    blow_at = max(start_s + 0.2, out - _PUFF_S - BLOW_PUFF * _BLOW_S)
    who = _blower(scene, oid, blow_at, start_s)
    if who is None:
        return []
    state = evaluate_scene(scene, max(start_s, blow_at - 2.5))
    here = state.object(who).transform.position
    stand = _stand_by(state, oid, tuple(here))
    acts: list[Action] = []
    far = math.dist((here[0], here[2]), (stand[0], stand[2]))
    if far > 0.25:  # the walk up ends as the bend begins, starting as late as its length allows
        walk_s = max(0.6, far / 1.3 + 0.3)
        w0 = max(start_s, blow_at - walk_s)
        acts.append(Action(object_id=who, kind="walk", start_s=w0, end_s=max(blow_at, w0 + 0.3), target=stand))
        blow_at = max(blow_at, w0 + 0.3)
    else:
        turn0 = max(start_s, blow_at - 0.5)
        acts.append(Action(object_id=who, kind="turn", start_s=turn0, end_s=max(blow_at, turn0 + 0.2),
                           target_object=oid))
    acts.append(Action(object_id=who, kind="blow", start_s=blow_at, end_s=blow_at + _BLOW_S, target_object=oid))
    with_blow = scene.model_copy(update={"timeline": scene.timeline.model_copy(
        update={"actions": [*scene.timeline.actions, *acts]})})
    puff = blow_at + BLOW_PUFF * _BLOW_S
    body = evaluate_scene(with_blow, puff).object(who)
    lips = _face(body)
    top = (float(box.center[0]), float(box.max[1]), float(box.center[2]))
    p = _Particles(scene, oid, "breath")
    for k in range(4):  # a few pale wisps from the lips to the flame, the later ones wider and fainter
        spread = 0.03 * k
        p.add("sphere", _BREATH_COLOR, 0.02 + 0.006 * k, [
            (puff + 0.04 * k, lips),
            (puff + _PUFF_S + 0.04 * k, (top[0] + spread, top[1] + 0.02, top[2] - spread))], end_size=1.5)
    return [SetTimeline(actions=acts), *p.ops]


def _face(body) -> tuple[float, float, float]:
    """Where a posed body's mouth is: a little in front of its head bone."""
    from autark.assets import rig as rigmod
    from autark.motion.kinematics import forward_dir
    from autark.scene.geometry import model_matrix

    pose = {k: np.array(v, float) for k, v in (body.pose or {}).items()}
    try:
        head = rigmod.bone_world_position(body.type, pose, "head")
    except (KeyError, ValueError):
        c = np.array(body.transform.position, float)
        return (float(c[0]), float(c[1] + 1.5), float(c[2]))
    m = model_matrix(body.transform)
    w = m[:3, :3] @ np.array(head, float) + m[:3, 3]
    f = forward_dir(body.transform.rotation[1])
    return (float(w[0] + f[0] * 0.12), float(w[1] + 0.05), float(w[2] + f[2] * 0.12))
