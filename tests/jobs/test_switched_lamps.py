"""A lamp lit or switched off by hand, a candle lit (``autark.jobs.changes``, ``jobs.effects``): at night the lamp
the set switched on is dark until the keeper's hands have been at it, and its own light in the room comes on with
it; a candle shows no flame before it is lit; a lamp switched off goes dark as the hands finish, with no water
poured on it, no steam and no one blowing at it."""

from __future__ import annotations

import pytest
from tests.built_specs import build_every_effect

from autark.audio import VoiceEngine
from autark.motion import evaluate_scene
from autark.scene.model import Scene

_SPEC = """
setting: living_room
time_of_day: night
lighting: night
characters:
- {name: Ann, type: girl, voice: none, position: [-1.5, 0.0, 0.5]}
objects:
- {type: lamp, position: [0.0, 0.0, 0.5]}
- {type: candle, position: [1.6, 0.0, 1.0]}
- {type: table_lamp, position: [-2.5, 0.0, -1.0]}
shots:
- {duration_s: 6.0, size: wide, actions: [Ann works on the lamp],
   effects: [{kind: light, target: lamp, at_s: 0.8, duration_s: 0.6}]}
- {duration_s: 3.0, size: wide, effects: [{kind: light, target: candle, at_s: 0.8, duration_s: 0.6}]}
- {duration_s: 6.0, size: wide, actions: [Ann works on the lamp],
   effects: [{kind: extinguish, target: lamp, at_s: 1.2, duration_s: 2.2}]}
"""


@pytest.fixture(scope="module")
def lamps(silent_voices: VoiceEngine) -> Scene:
    return build_every_effect(_SPEC, silent_voices)


def _oid(scene: Scene, asset: str) -> str:
    return next(o.id for o in scene.objects if o.type == asset and o.tag != "setting")


def _works(scene: Scene, oid: str) -> list:
    return sorted((a for a in scene.timeline.actions if a.target_object == oid and a.kind == "handle"),
                  key=lambda a: a.start_s)


def _room_light(scene: Scene, state: Scene, oid: str) -> float:
    return sum(lt.intensity for lt in state.lights if lt.target == oid)


def test_the_lamp_is_dark_until_the_hands_have_lit_it_and_the_room_light_follows(lamps: Scene) -> None:
    lamp = _oid(lamps, "lamp")
    first, _second = _works(lamps, lamp)
    before, after = evaluate_scene(lamps, first.start_s + 0.2), evaluate_scene(lamps, first.end_s + 0.3)
    twin = next(o.id for o in lamps.objects if o.id.startswith(f"{lamp}_unlit"))
    shown = lamp if before.object(lamp).visible else twin  # its dark twin stands in for it until it is lit
    assert before.object(shown).visible and before.object(shown).material.emissive_strength < 0.05
    assert after.object(lamp).visible and not after.object(twin).visible  # its shade glows (its own part)
    if any(lt.target == lamp for lt in lamps.lights):  # the night switched it on: its light is off before
        assert _room_light(lamps, before, lamp) < 0.05 < _room_light(lamps, after, lamp)


def test_a_candle_has_no_flame_before_it_is_lit(lamps: Scene) -> None:
    candle = _oid(lamps, "candle")
    twin = next(o.id for o in lamps.objects if o.id.startswith(f"{candle}_unlit"))
    early, late = evaluate_scene(lamps, 6.1), evaluate_scene(lamps, 8.8)
    assert early.object(twin).visible and not early.object(candle).visible
    assert late.object(candle).visible and not late.object(twin).visible


def test_a_lamp_switched_off_goes_dark_with_no_water_steam_or_breath(lamps: Scene) -> None:
    lamp = _oid(lamps, "lamp")
    _first, second = _works(lamps, lamp)
    assert second.start_s >= 9.0
    after = evaluate_scene(lamps, lamps.settings.duration_s - 0.05)
    twin = [o.id for o in lamps.objects if o.id.startswith(f"{lamp}_unlit")]
    assert twin and after.object(twin[-1]).visible and not after.object(lamp).visible
    assert not [o for o in lamps.objects if o.id.startswith(f"{lamp}_extinguish")]  # no splash, no steam
    assert not [a for a in lamps.timeline.actions if a.kind == "blow"]
    assert _room_light(lamps, after, lamp) < 0.05
