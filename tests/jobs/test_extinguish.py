"""A fire put out (issue 17): 'puts out the fire', 'löscht das Feuer' is a bucket of water poured on it, and the
fire goes out on screen: water falls, steam rises, its flames are gone (a campfire leaves charred logs in its
ring of stones), and a lamp's glow and light go to nothing."""

from __future__ import annotations

import numpy as np
import pytest
import yaml
from tests.built_specs import build_every_effect

from autark.audio import VoiceEngine
from autark.jobs.changes import CHAR_COLOR, STEAM_COLOR
from autark.jobs.produce import build_scene
from autark.motion import evaluate_scene
from autark.ops import SetLight, apply_ops
from autark.scene.geometry import world_bbox
from autark.scene.model import Light, Scene
from autark.story.analysis import analyze
from autark.story.becoming import _effect_of
from autark.story.screenplay import SceneSpec


@pytest.mark.parametrize("idea", ["a firefighter puts out the campfire", "Die Feuerwehrfrau löscht das Feuer",
                                  "the scouts extinguish the campfire"])
def test_putting_out_a_fire_is_its_extinguish_effect_and_a_bucket_poured_on_it(idea: str) -> None:
    from autark.story import plan

    effects = [e for e in (_effect_of(ev) for ev in analyze(idea).events) if e is not None]
    assert [(e.kind, e.target) for e in effects] == [("extinguish", "campfire")]
    sp = plan(idea, duration_s=30, seed=0)
    shots = [shot for s in sp.scenes for shot in s.shots if any(e.kind == "extinguish" for e in shot.effects)]
    assert len(shots) == 1
    assert any(w in a for a in shots[0].actions for w in ("bucket over", "Eimer über"))


_SPEC = """
setting: meadow
characters:
- {name: Ann, type: firefighter, voice: none, position: [-2.0, 0.0, 0.0]}
objects:
- {type: campfire, position: [0.0, 0.0, 0.0]}
- {type: lamp, position: [3.0, 0.0, -1.0]}
shots:
- {duration_s: 5.0, size: wide, effects: [{kind: extinguish, target: campfire, at_s: 1.0, duration_s: 2.0},
    {kind: light, target: lamp, at_s: 0.1, duration_s: 0.3}]}
- {duration_s: 4.0, size: wide, effects: [{kind: extinguish, target: lamp, at_s: 0.5, duration_s: 1.0}]}
"""


@pytest.fixture(scope="module")
def built(silent_voices: VoiceEngine) -> Scene:
    return build_every_effect(_SPEC, silent_voices)


def test_the_campfire_goes_out_in_steam_and_leaves_charred_logs(built: Scene) -> None:
    fid = next(o.id for o in built.objects if o.type == "campfire")
    parts = [o.id for o in built.objects if o.id.startswith(f"{fid}_extinguish")]
    before, during, after = (evaluate_scene(built, t) for t in (0.5, 2.4, 4.5))
    assert before.object(fid).visible and not after.object(fid).visible  # its flames are gone with it
    assert all(not before.object(p).visible for p in parts)
    steam = [p for p in parts if np.allclose(built.object(p).material.color, STEAM_COLOR)]
    top = world_bbox(before.object(fid))[4]
    assert steam and max(world_bbox(after.object(p))[4] for p in steam if after.object(p).visible) > top + 0.5
    logs = [p for p in parts if np.allclose(built.object(p).material.color, CHAR_COLOR)]
    assert len(logs) == 3 and all(after.object(p).visible and world_bbox(after.object(p))[4] < 0.3 for p in logs)
    box = world_bbox(before.object(fid))
    for p in logs:  # crossed over the middle of where the fire was
        b = world_bbox(after.object(p))
        assert b[0] < (box[0] + box[3]) / 2 < b[3] or b[2] < (box[2] + box[5]) / 2 < b[5]
    assert not any(during.object(fid).visible and p for p in logs if during.object(p).visible)


def test_a_lamp_put_out_loses_its_glow_and_its_light(silent_voices: VoiceEngine) -> None:
    scene = build_scene(SceneSpec.model_validate(yaml.safe_load(_SPEC)), width=160, height=90, fps=10,
                        voices=silent_voices)
    lid = next(o.id for o in scene.objects if o.type == "lamp")
    twins = [o.id for o in scene.objects if o.id.startswith(f"{lid}_unlit")]  # lit: its dark twin gives way to it
    lit, out = evaluate_scene(scene, 4.0), evaluate_scene(scene, 8.5)
    assert lit.object(lid).visible and not any(lit.object(t).visible for t in twins)
    assert not out.object(lid).visible and any(out.object(t).visible for t in twins)
    assert out.object(lid).material.emissive_strength == pytest.approx(0.0)


def test_the_light_a_fire_gives_goes_out_with_it() -> None:
    from autark.jobs.changes import change_ops

    scene = Scene()
    from autark.language import interpret

    scene = apply_ops(scene, interpret("add a campfire", scene))
    fid = scene.objects[0].id
    scene = apply_ops(scene, [SetLight(light=Light(name="firelight", type="point", position=(0.0, 0.5, 0.0),
                                                   intensity=3.0, range=6.0, target=fid))])
    scene = apply_ops(scene, change_ops(scene, scene, "extinguish", fid, 1.0, 3.0, 10.0))
    lights = [lt for lt in evaluate_scene(scene, 0.5).lights if lt.name == "firelight"]
    assert lights and lights[0].intensity == pytest.approx(3.0)
    assert next(lt for lt in evaluate_scene(scene, 4.0).lights if lt.name == "firelight").intensity == pytest.approx(0.0)
