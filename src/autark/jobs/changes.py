"""A thing whose own state changes on screen (``autark.story.effects.STATE_CHANGES``), drawn as keyframes and
short-lived particles on the scene, so the renderer, the shot measurer and an exported scene see it:

- ``melt``: it sinks into a wide, flat puddle (height to an eighth, width a third more) over the act's time.
- ``burn``: it glows orange and flickers while flames rise off its top, then it is charred dark and smoke
  drifts up from it.
- ``break``: it jolts, is gone, and its shards (in its own colour) fly out and stay on the floor; a thing as
  tall as a child or taller (a hut, a tent, a tower, a sandcastle's keep) shakes for a second, tips and falls
  in on itself, a low tipped ruin of it left standing in a cloud of dust with its pieces lying all around; in a
  storm it gives way as a bolt of lightning strikes it.
- ``erupt``: it glows red and throws glowing lava blobs high out of its top in waves, under a dark smoke
  column (a volcano, a geyser, a fountain of fire).
- ``explode``: a white-hot flash, it is gone, debris and fire fly out in every direction, smoke rises.
- ``freeze``: its colour turns to pale ice blue with a faint cold light, and frost glints around it.
- ``light``: a lamp, a candle, a lighthouse someone lights glows warm from then on, with a spark as it catches.
- ``make``: it is made as someone works at it (``autark.jobs.making``).
- ``unearth``: it comes up out of a hole as someone digs it up (``autark.jobs.uncovering``).
- ``extinguish``: water falls on it and white steam rises; its glow and any light it gives go to nothing, and a
  campfire's flames die down into a heap of charred logs in its ring of stones.

Particles are ordinary objects (spheres, cubes, stars) hidden before and after their flight, with position
keyframes through the arc's top: each reads in a still frame, which is how a viewer scrubbing a film sees it.
"""

from __future__ import annotations

import math

from autark.jobs.particles import _burst, _by_time, _key, _Particles, _ring
from autark.ops import AddKeyframes, AddObject, Operator
from autark.scene.model import Scene

__all__ = ["CHAR_COLOR", "ICE_COLOR", "FIRE_COLOR", "LAVA_COLOR", "LAMP_COLOR", "LAMP_STRENGTH", "STEAM_COLOR",
           "WATER_COLOR", "change_ops", "has_own_flames"]

CHAR_COLOR = (0.09, 0.07, 0.06)  # what a burnt thing ends up: dark, a little warm
ICE_COLOR = (0.74, 0.88, 1.0)  # a frozen thing: pale blue, light enough to read as ice on any ground
FIRE_COLOR = (1.0, 0.36, 0.06)  # orange-red: with its glow it renders orange, not the yellow of a toy
LAVA_COLOR = (1.0, 0.28, 0.05)
SMOKE_COLOR = (0.38, 0.37, 0.37)  # ash grey: light enough to read as smoke against a dark sky
_FLASH_COLOR = (1.0, 0.93, 0.7)
STEAM_COLOR = (0.86, 0.88, 0.9)  # steam off a fire put out: whiter than smoke
WATER_COLOR = (0.35, 0.6, 0.95)
_STONE_COLOR = (0.45, 0.44, 0.42)
_BLOWN_OUT_M = 0.4  # a flame on a thing no taller than this is blown out, not doused
LAMP_COLOR = (1.0, 0.84, 0.5)  # a lit lamp's warm light
LAMP_STRENGTH = 1.1
_MELT_SCALE = (1.35, 0.12, 1.35)  # a puddle: flat and a little wider than the thing was
_BUILDING_M = 2.2  # a thing this tall that burns is a building or a vehicle: flames at its front too
_COLLAPSES_M = 0.9  # a thing this tall that breaks falls in (a hut, a tent, a tower): a vase only shatters
_SHAKE_S = 1.0  # how long it shakes before it gives way
_FALL_S = 0.9  # ... and how long it takes to fall in
_STRIKE_WAIT_S = 2.0  # in a storm a big thing gives way at a strike of lightning up to this long after its time
_BOLT_COLOR = (0.85, 0.9, 1.0)
_BOLT_M = 12.0  # a bolt's length, from the clouds down to what it strikes
_RUIN = (0.22, 14.0)  # what is left standing: this share of its height, tipped this far (degrees)
_NOTHING = 0.001  # the scale of a thing not there (a scale of 0 is no valid transform)


def _box(state: Scene, oid: str) -> tuple[float, ...]:
    from autark.scene.geometry import world_bbox

    return tuple(float(c) for c in world_bbox(state.object(oid)))


def _flames(p: _Particles, box: tuple[float, ...], t0: float, t1: float, color=FIRE_COLOR, per_wave: int = 7,
            rise: float = 0.6) -> None:
    """Flames licking up off the top of ``box`` from ``t0`` to ``t1``: small glowing blobs, in waves."""
    cx, top, cz = (box[0] + box[3]) / 2, box[4], (box[2] + box[5]) / 2
    half = max(0.08, min(box[3] - box[0], box[5] - box[2]) / 3)
    size = max(0.08, min(1.2, half * 0.6))  # a barn's flames are a metre high, a candle's a few centimetres
    rise = max(rise, 1.5 * size)
    t, wave = t0, 0
    while t < t1 - 0.2:
        for k in range(per_wave):
            dx, dz = _ring(k, per_wave, 0.5 * wave)
            start = (cx + dx * half, top - size * 0.3, cz + dz * half)
            p.add("sphere", color, size, [(t, start), (t + 0.7, (start[0] * 0.7 + cx * 0.3, top + rise, start[2] * 0.7 + cz * 0.3))],
                  glow=1.1, end_size=0.25, tall=2.2, grow_in=True)
        t, wave = t + 0.35, wave + 1


def _front_flames(p: _Particles, box: tuple[float, ...], t0: float, t1: float, per_wave: int = 4) -> None:
    """Flames out of the front (camera) face of a building or a vehicle on fire, at door and window height, so a
    shot of those inside it or at its door sees it burn, not only a wide of its roof."""
    x0, y0, x1, y1, front = box[0], box[1], box[3], box[4], box[5]
    height = y1 - y0
    size = max(0.25, min(0.6, height / 8))
    t, wave = t0, 0
    while t < t1 - 0.2:
        for k in range(per_wave):
            u = (k + 0.5 * (wave % 2) + 0.5) / (per_wave + 0.5)
            x = x0 + (x1 - x0) * (0.1 + 0.8 * u)
            y = y0 + height * (0.2 + 0.35 * ((k + wave) % 3) / 2)
            start = (x, y, front + 0.05)
            p.add("sphere", FIRE_COLOR, size, [(t, start), (t + 0.8, (x, y + 0.9 * size * 2, front + 0.25))],
                  glow=1.1, end_size=0.25, tall=2.2, grow_in=True)
        t, wave = t + 0.5, wave + 1


def _smoke(p: _Particles, box: tuple[float, ...], t0: float, t1: float, puffs: int = 5, high: float = 1.5) -> None:
    """Dark puffs rising from the top of ``box`` and growing as they go, one after another."""
    cx, top, cz = (box[0] + box[3]) / 2, box[4], (box[2] + box[5]) / 2
    width = max(0.2, (box[3] - box[0] + box[5] - box[2]) / 4)
    step = max(0.2, (t1 - t0) / puffs)
    size = min(width, 1.1)  # a puff, however big the thing: a volcano's smoke is many puffs, not one black ball
    for k in range(puffs):
        t = t0 + k * step
        dx, dz = _ring(k, puffs)
        p.add("sphere", SMOKE_COLOR, size, [(t, (cx, top, cz)), (t + 2.0, (cx + dx * width, top + high, cz + dz * width))],
              end_size=1.8, grow_in=True)


def _strike_near(scene: Scene, t0: float) -> float | None:
    """The lightning strike of the scene's storm (``autark.scene.weather``) nearest after ``t0 - 0.5`` and
    within two seconds of it, when the weather is a storm."""
    from autark.scene.weather import lightning_strikes

    strikes = lightning_strikes(scene.settings.weather, max(0.0, t0 - 0.5), t0 + _STRIKE_WAIT_S)
    return strikes[0] if strikes else None


def _bolt(p: _Particles, box: tuple[float, ...], t: float) -> None:
    """A bolt of lightning down onto the top of ``box`` at ``t``: a thin white-blue glowing shaft for a moment."""
    cx, top, cz = (box[0] + box[3]) / 2, box[4], (box[2] + box[5]) / 2
    width = 0.1
    p.add("cylinder", _BOLT_COLOR, width, [(t, (cx, top, cz)), (t + 0.35, (cx, top, cz))], glow=3.0,
          tall=_BOLT_M / width)


def _collapse(p: _Particles, obj, box: tuple[float, ...], t0: float, film_end_s: float) -> list[Operator]:
    """A big thing falling in: it shakes from ``t0`` (side to side, faster and harder), then tips and sinks to a
    low ruin in ``_FALL_S`` while its pieces fly out and land around it, and dust rises; the ruin and the
    pieces stay until ``film_end_s``."""
    oid = obj.id
    pos = tuple(float(c) for c in obj.transform.position)
    scale = tuple(float(c) for c in obj.transform.scale)
    rot = tuple(float(c) for c in obj.transform.rotation)
    width = max(box[3] - box[0], box[5] - box[2])
    height = box[4] - box[1]
    give = t0 + _SHAKE_S
    down = give + _FALL_S
    shake = [_key(0.0, pos, "hold")]
    t, k = t0, 0
    while t < give:
        amp = 0.015 * width * (1.0 + 2.0 * (t - t0) / _SHAKE_S)
        shake.append(_key(t, (pos[0] + (amp if k % 2 else -amp), pos[1], pos[2] + (amp * 0.5 if k % 3 else 0.0))))
        t, k = t + 0.09, k + 1
    shake.append(_key(give, pos, "hold"))
    share, tilt = _RUIN
    ruin_scale = (scale[0] * 1.1, scale[1] * share, scale[2] * 1.1)
    ops: list[Operator] = [
        AddKeyframes(target=f"object:{oid}.transform.position", keyframes=_by_time(shake)),
        AddKeyframes(target=f"object:{oid}.transform.scale", keyframes=[
            _key(0.0, scale, "hold"), _key(give, scale, "ease_in"), _key(down, ruin_scale, "hold")]),
        AddKeyframes(target=f"object:{oid}.transform.rotation", keyframes=[
            _key(0.0, rot, "hold"), _key(give, rot, "ease_in"), _key(down, (rot[0], rot[1], rot[2] + tilt), "hold")]),
    ]
    own_color = tuple(float(c) for c in obj.material.color)
    size = max(0.08, min(0.5, height / 6))
    _burst(p, box, give + 0.3, 12, own_color, size, reach=max(0.8, width * 0.9), up=height * 0.3, land=True,
           end_s=film_end_s)
    _burst(p, box, give + 0.5, 8, tuple(c * 0.75 for c in own_color), size * 0.7, reach=max(0.6, width * 0.6),
           up=height * 0.2, land=True, end_s=film_end_s)
    dust = (box[0], box[1], box[2], box[3], box[1] + 0.3 * height, box[5])
    _smoke(p, dust, give + 0.3, down + 1.5, puffs=6, high=max(1.0, 0.6 * height))
    return ops


def _lava(p: _Particles, box: tuple[float, ...], t0: float, t1: float) -> None:
    """Waves of glowing blobs out of the top of ``box``: high up, then down around it (a volcano's throw)."""
    cx, top, cz = (box[0] + box[3]) / 2, box[4], (box[2] + box[5]) / 2
    height = max(0.5, box[4] - box[1])
    reach = max(0.6, (box[3] - box[0] + box[5] - box[2]) / 3)
    size = max(0.1, min(0.6, height / 8))
    t, wave = t0, 0
    while t < t1 - 0.5:
        for k in range(9):
            dx, dz = _ring(k, 9, 0.5 * wave)
            apex = (cx + dx * reach * 0.5, top + height * (0.8 + 0.15 * (k % 3)), cz + dz * reach * 0.5)
            land = (cx + dx * reach, top - height * 0.6, cz + dz * reach)
            p.add("sphere", LAVA_COLOR, size, [(t, (cx, top, cz)), (t + 0.6, apex), (t + 1.3, land)], glow=2.5,
                  end_size=0.5, grow_in=True)
        t, wave = t + 0.5, wave + 1


def _pulse(oid: str, color, t0: float, t1: float, high: float, low: float, every: float = 0.2,
           base=(0.0, 0.0, 0.0), base_strength: float = 0.0, after: float | None = None) -> list[Operator]:
    """An emissive light on ``oid`` flickering between ``high`` and ``low`` from ``t0`` to ``t1``; then
    ``after`` (default: its own strength)."""
    colors = [_key(0.0, base, "hold"), _key(t0, color, "hold")]
    strengths = [_key(0.0, base_strength, "hold"), _key(t0, low, "linear")]
    t, on = t0 + every, True
    while t < t1:
        strengths.append(_key(t, high if on else low, "linear"))
        t, on = t + every, not on
    strengths.append(_key(t1, base_strength if after is None else after, "hold"))
    if after is None:
        colors.append(_key(t1, base, "hold"))
    target = f"object:{oid}.material"
    return [AddKeyframes(target=f"{target}.emissive", keyframes=colors),
            AddKeyframes(target=f"{target}.emissive_strength", keyframes=_by_time(strengths))]


def change_ops(scene: Scene, state: Scene, kind: str, oid: str, t0: float, t1: float,
               film_end_s: float, twin: bool = True) -> list[Operator]:
    """The keyframes and particles of ``oid`` changing by ``kind`` from ``t0`` to ``t1`` (``state``: the
    scene evaluated at ``t0``, where the thing is then); what lies on the floor after stays until
    ``film_end_s``. ``twin``: a thing lit stands as its dark twin until then (False: its glow alone changes)."""
    obj = scene.object(oid)
    box = _box(state, oid)
    own_scale = tuple(float(c) for c in obj.transform.scale)
    own_color = tuple(float(c) for c in obj.material.color)
    glow0, glow0_s = tuple(obj.material.emissive), float(obj.material.emissive_strength)
    t1 = max(t1, t0 + 0.3)
    p = _Particles(scene, oid, kind)
    ops: list[Operator] = []
    if kind == "melt":
        ops.append(AddKeyframes(target=f"object:{oid}.transform.scale", keyframes=[
            _key(t0, own_scale, "ease_in_out"), _key(t1, tuple(c * m for c, m in zip(own_scale, _MELT_SCALE, strict=True)), "hold")]))
    elif kind == "burn":
        ops.append(AddKeyframes(target=f"object:{oid}.material.color",
                                keyframes=[_key(t0, own_color), _key(t1, CHAR_COLOR, "hold")]))
        # firelight, not paint, and a slow gentle flicker: a fast, deep one is a flash a viewer's eyes must not get
        big = box[4] - box[1] >= _BUILDING_M  # a house, a barn, a bus: its fire is seen at its front, too
        ops += _pulse(oid, FIRE_COLOR, t0, t1, 0.5 if big else 0.3, 0.35 if big else 0.2, every=0.4, base=glow0,
                      base_strength=glow0_s)
        _flames(p, box, t0, t1, per_wave=5 if big else 7)
        if big:
            _front_flames(p, box, t0, t1)
        _smoke(p, box, t0 + 0.5 * (t1 - t0), t1 + 1.0, puffs=4)
    elif kind == "break" and box[4] - box[1] >= _COLLAPSES_M:  # a house, a tent, a tower: it falls in, and stays
        strike = _strike_near(scene, t0)
        if strike is not None:  # in a storm it gives way as the lightning strikes it
            t0 = strike
            _bolt(p, box, strike)
            ops += _pulse(oid, _BOLT_COLOR, strike, strike + 0.4, 2.0, 1.2, every=0.1, base=glow0,
                          base_strength=glow0_s)
        ops += _collapse(p, obj, box, t0, film_end_s)
    elif kind == "break":
        hit = t0 + 0.15
        ops += [AddKeyframes(target=f"object:{oid}.transform.scale", keyframes=[
                    _key(t0, own_scale), _key(hit, tuple(c * 1.1 for c in own_scale), "hold")]),
                AddKeyframes(target=f"object:{oid}.visible", keyframes=[_key(0.0, True, "hold"), _key(hit, False, "hold")])]
        size = max(0.03, min(0.25, (box[4] - box[1]) / 4))
        _burst(p, box, hit, 8, own_color, size, reach=max(0.4, (box[3] - box[0]) * 1.5), up=0.25, land=True,
               end_s=film_end_s)
    elif kind == "erupt":
        ops += _pulse(oid, LAVA_COLOR, t0, t1 + 1.0, 0.3, 0.2, every=0.4, base=glow0, base_strength=glow0_s)
        _lava(p, box, t0, t1)
        _smoke(p, box, t0, t1 + 1.0, puffs=10, high=max(1.5, (box[4] - box[1]) * 1.5))
    elif kind == "explode":
        flash = t0 + 0.2
        ops += _pulse(oid, _FLASH_COLOR, t0, flash, 3.0, 2.0, every=0.1, base=glow0, base_strength=glow0_s)
        ops.append(AddKeyframes(target=f"object:{oid}.visible",
                                keyframes=[_key(0.0, True, "hold"), _key(flash, False, "hold")]))
        reach = max(0.8, (box[3] - box[0] + box[5] - box[2]))
        # by its slimmest side, not its height: a balloon's string made its scraps shoe-sized cubes
        size = max(0.04, min(0.4, (box[4] - box[1]) / 5, min(box[3] - box[0], box[5] - box[2]) / 3))
        _burst(p, box, flash, 10, FIRE_COLOR, size, reach=reach, up=reach * 0.6, asset="sphere", glow=2.5)
        _burst(p, box, flash, 6, own_color, size * 0.8, reach=reach * 1.2, up=reach * 0.4, land=True, end_s=film_end_s)
        _smoke(p, box, flash, flash + 2.0, puffs=5)
    elif kind == "freeze":
        ops.append(AddKeyframes(target=f"object:{oid}.material.color",
                                keyframes=[_key(t0, own_color), _key(t1, ICE_COLOR, "hold")]))
        ops.append(AddKeyframes(target=f"object:{oid}.material.emissive",
                                keyframes=[_key(0.0, glow0, "hold"), _key(t0, (0.55, 0.8, 1.0), "hold")]))
        ops.append(AddKeyframes(target=f"object:{oid}.material.emissive_strength",
                                keyframes=[_key(0.0, glow0_s, "hold"), _key(t0, glow0_s), _key(t1, 0.25, "hold")]))
        _burst(p, box, t0 + 0.3, 6, (0.9, 0.97, 1.0), 0.08, reach=max(0.4, box[3] - box[0]), up=0.4, asset="star",
               glow=1.5)
    elif kind == "light":  # dark until it is lit (a lamp the night had switched on too), its own light with it
        # its dark twin until then: a candle's own flame, a lamp's shade lit (the whole lamp, pole and foot, glowed
        # when its paint was lit); not where the caller says it changes shape before (a lamp mended: the twin
        # would stand whole while it lies broken)
        swap = _put_out(scene, oid, t0 + 0.3 * (t1 - t0), lit=True) if twin else []
        ops += swap
        if not swap:
            ops.append(AddKeyframes(target=f"object:{oid}.material.emissive",
                                    keyframes=[_key(0.0, glow0, "hold"), _key(t0, LAMP_COLOR, "hold")]))
            ops.append(AddKeyframes(target=f"object:{oid}.material.emissive_strength",
                                    keyframes=[_key(0.0, 0.0, "hold"), _key(t0, 0.0, "ease_out"),
                                               _key(t1, max(LAMP_STRENGTH, glow0_s), "hold")]))
        for light in scene.lights:  # the room's light follows its lamp
            if light.target == oid and light.intensity > 0:
                ops.append(AddKeyframes(target=f"light:{light.name}.intensity", keyframes=[
                    _key(0.0, 0.0, "hold"), _key(t0, 0.0, "ease_out"), _key(t1, light.intensity, "hold")]))
        top = (box[0], box[4] - 0.05, box[2], box[3], box[4], box[5])
        _burst(p, top, t0, 4, LAMP_COLOR, 0.05, reach=0.25, up=0.2, asset="star", glow=2.0)
    elif kind == "make":  # made as they work (autark.jobs.making): the one change that is not of a thing there
        from autark.jobs.making import making_ops

        return making_ops(scene, state, oid, t0, t1, film_end_s)
    elif kind == "unearth":  # dug up (autark.jobs.uncovering): out of a hole, beside its heap of earth
        from autark.jobs.uncovering import unearth_ops

        return unearth_ops(scene, state, oid, t0, t1, film_end_s)
    elif kind == "extinguish":
        ops += _extinguish(scene, p, obj.type, oid, box, t0, t1, film_end_s, glow0, glow0_s)
    else:
        raise ValueError(f"no state change called {kind!r}")
    return ops + p.ops


def has_own_flames(asset_type: str) -> bool:
    """Whether the thing is its flames (a campfire: what is left when they die is a heap of logs less than
    half its height), not a thing with flames in it (a fireplace, a candle) or a lamp's lit shade."""
    from autark.assets import library
    from autark.assets.library import unlit_kind

    twin = unlit_kind(asset_type)
    if twin is None or "fire" not in asset_type:
        return False
    return library.get(twin).size[1] < 0.5 * library.get(asset_type).size[1]


def _first(scene: Scene, target: str, value: object) -> list:
    """A key holding ``value`` from the film's start, unless an earlier change keys ``target`` already (a lamp
    lit in one shot and switched off in a later one: the second keeps what the first laid before it)."""
    if any(tr.target == target and tr.keyframes for tr in scene.timeline.tracks):
        return []
    return [_key(0.0, value, "hold")]


def _put_out(scene: Scene, oid: str, t: float, lit: bool = False) -> list[Operator]:
    """From ``t`` the thing is its put-out twin (``autark.assets.unlit``: the same body, its flames gone, a
    bulb dark) where it stands, and itself is hidden: a candle's flame is a part of its model, in its own
    colour and glow, which no material change puts out. Nothing when it has nothing that burns or glows.
    ``lit``: the other way round, the twin until ``t`` and the thing itself from then (a candle lit)."""
    from autark.assets.library import unlit_kind
    from autark.language import new_object

    obj = scene.object(oid)
    twin = unlit_kind(obj.type)
    if twin is None:
        return []
    base = new_object(scene, twin, position=tuple(obj.transform.position))
    tid = f"{oid}_unlit"
    while scene.find_object(tid) is not None:
        tid += "_"
    mat = obj.material.model_copy(update={"emissive": (0.0, 0.0, 0.0), "emissive_strength": 0.0})
    return [AddObject(object=base.model_copy(update={"id": tid, "name": f"{obj.name} (out)", "material": mat,
                                                     "transform": obj.transform, "parent": obj.parent,
                                                     "visible": False})),
            AddKeyframes(target=f"object:{tid}.visible", keyframes=[_key(0.0, lit, "hold"), _key(t, not lit, "hold")]),
            AddKeyframes(target=f"object:{oid}.visible", keyframes=[*_first(scene, f"object:{oid}.visible", not lit),
                                                                    _key(t, lit, "hold")])]


def _extinguish(scene: Scene, p: _Particles, asset_type: str, oid: str, box: tuple[float, ...], t0: float,
                t1: float, film_end_s: float, glow0: tuple, glow0_s: float) -> list[Operator]:
    """Water on it, steam off it, its glow and its lights out by ``t1``; a campfire left as charred logs."""
    from autark.story.switched_lights import SWITCHED

    ops: list[Operator] = []
    cx, top, cz = (box[0] + box[3]) / 2, box[4], (box[2] + box[5]) / 2
    width = max(0.2, min(box[3] - box[0], box[5] - box[2]))
    out = t0 + 0.6 * (t1 - t0)  # the flames are gone here, with the first thick steam
    switched = asset_type in SWITCHED  # a lamp switched off: no water, no steam, its light simply goes, at once
    out = t0 + 0.05 if switched else out
    for k in range(8 if top - box[1] > _BLOWN_OUT_M and not switched else 0):  # a splash of water coming down on it (a candle
        # or a cake's candles are blown out: no water, the steam is their wisp of smoke)
        dx, dz = _ring(k, 8, 0.25)
        t = t0 + 0.05 * k
        p.add("sphere", WATER_COLOR, max(0.04, width / 12), [
            (t, (cx + dx * width * 0.3, top + 0.9, cz + dz * width * 0.3)),
            (t + 0.45, (cx + dx * width * 0.45, top - 0.1, cz + dz * width * 0.45))], end_size=0.6)
    ops += [] if switched else _steam(p, box, out - 0.3, t1 + 2.0)
    strength = f"object:{oid}.material.emissive_strength"
    ops.append(AddKeyframes(target=strength, keyframes=[*_first(scene, strength, glow0_s), _key(t0, glow0_s),
                                                        _key(out, 0.0, "hold")]))
    for light in scene.lights:  # a lamp's own light, a light put by the fire
        if light.target == oid and light.intensity > 0:
            track = f"light:{light.name}.intensity"
            ops.append(AddKeyframes(target=track, keyframes=[*_first(scene, track, light.intensity),
                                                             _key(t0, light.intensity), _key(out, 0.0, "hold")]))
    if has_own_flames(asset_type):  # its flames are part of it: it makes way for what is left of it
        own = scene.object(oid).transform.scale
        ops += [AddKeyframes(target=f"object:{oid}.transform.scale", keyframes=[
                    _key(0.0, tuple(own), "hold"), _key(t0 + 0.3 * (t1 - t0), tuple(own), "ease_in"),
                    _key(out, (own[0], own[1] * 0.3, own[2]), "hold")]),
                AddKeyframes(target=f"object:{oid}.visible", keyframes=[_key(0.0, True, "hold"), _key(out, False, "hold")])]
        _remains(p, box, out, film_end_s)
    else:  # a candle, a fireplace, a torch: the same thing without its flames from then on
        ops += _put_out(scene, oid, out)
    return ops


def _steam(p: _Particles, box: tuple[float, ...], t0: float, t1: float) -> list[Operator]:
    """Pale puffs rising off it, thick at first and thinning out."""
    cx, top, cz = (box[0] + box[3]) / 2, box[4], (box[2] + box[5]) / 2
    width = max(0.2, (box[3] - box[0] + box[5] - box[2]) / 4)
    # a candle blown out sends up a thin wisp, not the clouds off a doused fire
    size = min(max(width * 0.8, 0.25), 1.0) if top - box[1] > _BLOWN_OUT_M else 0.05
    puffs = 7
    for k in range(puffs):
        t = t0 + k * (t1 - t0 - 1.6) / puffs
        dx, dz = _ring(k, puffs)
        p.add("sphere", STEAM_COLOR, size * (1.0 - 0.08 * k), [
            (t, (cx, box[1] + 0.5 * (top - box[1]), cz)), (t + 1.6, (cx + dx * width * 0.5, top + 1.4, cz + dz * width * 0.5))],
            end_size=2.2, grow_in=True)
    return []


def _remains(p: _Particles, box: tuple[float, ...], t: float, film_end_s: float) -> None:
    """What is left of a campfire: three charred logs lying crossed in a ring of stones, from ``t`` on."""
    cx, floor, cz = (box[0] + box[3]) / 2, box[1], (box[2] + box[5]) / 2
    half = min(box[3] - box[0], box[5] - box[2]) / 2
    for k, yaw in enumerate((0.0, 60.0, 120.0)):
        length, thick = half * 1.3, max(0.03, half * 0.16)
        along = (math.sin(math.radians(yaw)) * length / 2, math.cos(math.radians(yaw)) * length / 2)
        at = (cx - along[0], floor + thick / 2 + 0.03 * k, cz - along[1])  # a log's origin is at its end
        p.add("cylinder", CHAR_COLOR, thick, [(t, at), (film_end_s, at)], tall=length / thick, rotation=(90.0, yaw, 0.0))
    for k in range(10):
        dx, dz = _ring(k, 10)
        spot = (cx + dx * half * 0.85, floor + 0.05, cz + dz * half * 0.85)
        p.add("sphere", _STONE_COLOR, half * 0.22, [(t, spot), (film_end_s, spot)])
