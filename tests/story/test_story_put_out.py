"""A flame put out is gone (issue 17): "blows out the candle", "pustet die Kerze aus", "puts out the fire in the
fireplace", "löscht das Feuer im Kamin" put out that thing, and from that moment it is drawn without its flames
(its put-out twin, ``autark.assets.unlit``), its glow and light off."""

from __future__ import annotations

import numpy as np
import pytest
import yaml

from autark.assets import library
from autark.assets.library import unlit_kind
from autark.assets.unlit import is_flame
from autark.audio import VoiceEngine
from autark.jobs.produce import build_scene
from autark.motion import evaluate_scene
from autark.story.analysis import analyze
from autark.story.becoming import _effect_of
from autark.story.screenplay import SceneSpec


@pytest.mark.parametrize(("idea", "thing"), [
    ("a girl blows out the candle", "candle"),
    ("the old monk blew the candles out and went to sleep", "candle"),
    ("Die Oma pustet die Kerze aus", "candle"),
    ("Der Junge bläst die Kerzen auf dem Tisch aus", "candle"),
    ("the butler puts out the fire in the fireplace", "fireplace"),
    ("Der Vater löscht das Feuer im Kamin", "fireplace"),
    ("Die Köchin löscht das Feuer im Ofen", "oven"),
    ("the knight extinguishes his torch", "torch"),
    ("a firefighter puts out the fire", "campfire"),  # a fire with nothing that holds it is a campfire
    ("A grandmother blows out the candles on the birthday cake", "cake"),  # the cake's own candles
])
def test_putting_out_names_the_thing_that_burns(idea: str, thing: str) -> None:
    concept = analyze(idea)
    effects = [e for e in (_effect_of(ev) for ev in concept.events) if e is not None]
    assert [(e.kind, e.target) for e in effects] == [("extinguish", thing)], concept.events
    types = [o.type for o in concept.objects]
    assert thing in types and (thing == "campfire" or "campfire" not in types)  # no second fire beside it
    assert thing == "candle" or "candle" not in types
    from autark.story import plan

    acts = [a for s in plan(idea, duration_s=20, seed=0).scenes for shot in s.shots for a in shot.actions
            if any(e.kind == "extinguish" for e in shot.effects)]
    blown = any(w in idea.lower() for w in ("blow", "blew", "pust", "bläst"))
    assert acts and blown != any("bucket" in a or "Eimer" in a for a in acts), acts  # blown, or doused


@pytest.mark.parametrize("kind", ["candle", "fireplace", "torch", "candelabra", "oven"])
def test_the_put_out_twin_is_the_thing_without_its_flames(kind: str) -> None:
    twin = unlit_kind(kind)
    assert twin == f"{kind}_unlit" and twin not in library.all_types()  # made from its name, never listed
    spec, parts = library.get(kind), library.build_parts(kind)
    left = library.build_parts(twin)
    assert any(is_flame(p, spec) for p in parts)
    assert len(left) == len([p for p in parts if not is_flame(p, spec)]) and all(p.emissive == 0 for p in left)
    lo = np.min([p.mesh.vertices.min(axis=0) for p in left], axis=0)
    hi = np.max([p.mesh.vertices.max(axis=0) for p in left], axis=0)
    np.testing.assert_allclose(library.get(twin).bounds_min, lo, atol=1e-6)
    np.testing.assert_allclose(library.get(twin).bounds_max, hi, atol=1e-6)


def test_a_lamp_put_out_keeps_its_bulb_dark_and_a_chair_has_nothing_to_put_out() -> None:
    lamp = library.build_parts("lamp")
    dark = library.build_parts("lamp_unlit")
    assert len(dark) == len(lamp) and not any(p.emissive for p in dark)
    assert unlit_kind("chair") is None and unlit_kind("candle_unlit") is None
    with pytest.raises(KeyError):
        library.get("chair_unlit_nonsense")


_SPEC = """
setting: living_room
characters:
- {name: Ann, type: woman, voice: none, position: [-2.2, 0.0, 0.8]}
objects:
- {type: fireplace, position: [0.0, 0.0, -1.5]}
- {type: candle, position: [1.2, 0.0, 0.6]}
- {type: torch, position: [-1.0, 0.0, 0.5]}
shots:
- {duration_s: 6.0, size: wide, effects: [{kind: extinguish, target: fireplace, at_s: 1.0, duration_s: 2.0},
    {kind: extinguish, target: candle, at_s: 1.0, duration_s: 1.0},
    {kind: extinguish, target: torch, at_s: 1.0, duration_s: 1.0}]}
"""


def _flame_pixels(pixels: np.ndarray) -> int:
    r, g, b = (pixels[..., i].astype(int) for i in range(3))
    return int(((r > 200) & (g > 110) & (b < 110) & (r - b > 120)).sum())  # yellow to orange, bright


def test_the_flames_are_gone_from_the_moment_it_is_put_out(silent_voices: VoiceEngine) -> None:
    from autark.render.renderer import Renderer

    scene = build_scene(SceneSpec.model_validate(yaml.safe_load(_SPEC)), width=320, height=180, fps=10,
                        voices=silent_voices)
    things = {o.type: o.id for o in scene.objects if o.type in ("fireplace", "candle", "torch")}
    before, after = evaluate_scene(scene, 0.5), evaluate_scene(scene, 5.5)
    for kind, oid in things.items():
        assert before.object(oid).visible and not before.object(f"{oid}_unlit").visible
        assert not after.object(oid).visible and after.object(f"{oid}_unlit").visible, kind
        assert after.object(f"{oid}_unlit").transform == scene.object(oid).transform
    r = Renderer(width=320, height=180)
    try:
        lit, out = (r.render(s, s.cameras[0], 320, 180) for s in (before, after))
    finally:
        r.release()
    assert _flame_pixels(lit) > 40 and _flame_pixels(out) < 0.1 * _flame_pixels(lit)
