"""Effects of a shot laid as keyframes that reach the film: a transformation (the cat shrinks away, a frog
appears where it stood), a growth (the tree's scale rises and never falls back) and a glow on the one a
spell is cast on (its pixels brighten in a rendered frame)."""

from __future__ import annotations

import math

import numpy as np
import pytest
import yaml

from autark.audio import VoiceEngine
from autark.jobs.effects import GLOW_STRENGTH, SPARKS, SWAP_S
from autark.jobs.produce import build_scene
from autark.motion import evaluate_scene
from autark.scene.model import Scene
from autark.story.screenplay import SceneSpec

_SPEC = """
setting: meadow
characters:
- {name: Merlin, type: wizard, voice: man, position: [-1.5, 0.0, 0.0]}
- {name: Cat, type: cat, voice: none, position: [1.0, 0.0, 0.5]}
- {name: Frog, type: frog, voice: none, position: [3.0, 0.0, -2.0]}
objects:
- {type: tree, position: [-3.0, 0.0, -2.5]}
shots:
- {duration_s: 2.0, size: wide, actions: [Merlin enchants Cat with a magic wand]}
- {duration_s: 2.0, size: wide, effects: [{kind: transform, target: Cat, into: Frog, at_s: 0.5}]}
- {duration_s: 3.0, size: wide, effects: [{kind: grow, target: tree, at_s: 0.2, duration_s: 2.5, scale: 2.0,
    start_scale: 0.2}]}
"""


@pytest.fixture(scope="module")
def built(silent_voices: VoiceEngine) -> tuple[Scene, list[str]]:
    warnings: list[str] = []
    scene = build_scene(SceneSpec.model_validate(yaml.safe_load(_SPEC)), width=160, height=90, fps=10,
                        voices=silent_voices, warnings=warnings)
    return scene, warnings


def _ids(scene: Scene) -> dict[str, str]:
    return {c.name: c.object_id for c in scene.characters}


def test_transformation_swaps_visibility_and_place(built: tuple[Scene, list[str]]) -> None:
    scene, warnings = built
    assert not [w for w in warnings if "effect" in w], warnings
    cat, frog = _ids(scene)["Cat"], _ids(scene)["Frog"]
    act = 2.5
    before, during, after = (evaluate_scene(scene, t) for t in (act - 0.3, act + SWAP_S / 2, act + SWAP_S + 0.2))
    assert before.object(cat).visible and not before.object(frog).visible
    assert not after.object(cat).visible and after.object(frog).visible
    # half-way through the swap both are there, the cat smaller than its own size, the frog not yet full size
    assert during.object(cat).visible and during.object(frog).visible
    assert during.object(cat).transform.scale[1] < 0.9 * before.object(cat).transform.scale[1]
    assert during.object(frog).transform.scale[1] < 0.9 * after.object(frog).transform.scale[1]
    # the frog appears where the cat stood, not where it was cast
    c, f = before.object(cat).transform.position, after.object(frog).transform.position
    assert math.hypot(c[0] - f[0], c[2] - f[2]) < 0.05
    assert after.object(frog).material.emissive_strength > 0.5 * GLOW_STRENGTH  # the burst of light
    # a burst of glowing stars flies out of the cat during the swap, and none is there before or after it
    sparks = [o.id for o in scene.objects if o.id.startswith(f"{cat}_spark")]
    assert len(sparks) == SPARKS
    assert not any(before.object(s).visible for s in sparks)
    assert all(during.object(s).visible and during.object(s).material.emissive_strength > 1 for s in sparks)
    assert not any(evaluate_scene(scene, act + 1.5).object(s).visible for s in sparks)
    spread = [math.dist(during.object(s).transform.position, evaluate_scene(scene, act + 0.8).object(s).transform.position)
              for s in sparks]
    assert min(spread) > 0.1  # they fly


def test_growth_is_monotonic_and_grows(built: tuple[Scene, list[str]]) -> None:
    scene, _ = built
    tree = next(o.id for o in scene.objects if o.type == "tree" and o.tag != "setting")
    ys = [evaluate_scene(scene, t).object(tree).transform.scale[1] for t in np.arange(4.0, 7.0, 0.1)]
    assert all(b >= a - 1e-9 for a, b in zip(ys, ys[1:], strict=False))
    assert ys[-1] > 5 * ys[0]


def test_spell_glows_on_its_target(built: tuple[Scene, list[str]]) -> None:
    scene, _ = built
    cat = _ids(scene)["Cat"]
    spell = next(a for a in scene.timeline.actions if a.kind == "magic")
    assert spell.target_object == cat
    mid = (spell.start_s + spell.end_s) / 2 + 0.2
    assert evaluate_scene(scene, mid).object(cat).material.emissive_strength > 0.5 * GLOW_STRENGTH
    assert evaluate_scene(scene, spell.start_s - 0.05).object(cat).material.emissive_strength == 0.0


def test_glow_brightens_the_target_in_a_rendered_frame(built: tuple[Scene, list[str]]) -> None:
    from autark.render import Renderer
    from autark.render.math3d import camera_matrices, project_points
    from autark.scene.geometry import world_bbox
    from autark.scene.model import Camera

    scene, _ = built
    cat = _ids(scene)["Cat"]
    spell = next(a for a in scene.timeline.actions if a.kind == "magic")
    t = (spell.start_s + spell.end_s) / 2 + 0.2
    state = evaluate_scene(scene, t)
    box = world_bbox(state.object(cat))
    centre = tuple(float(c) for c in box.center)
    cam = Camera(name="look", position=(centre[0], centre[1] + 0.6, centre[2] + 2.0), target=centre, fov=40.0)
    plain = state.model_copy(update={"objects": [
        o.model_copy(update={"material": o.material.model_copy(update={"emissive_strength": 0.0})}) if o.id == cat
        else o for o in state.objects]})
    r = Renderer(width=160, height=90, samples=0)
    try:
        lit, unlit = r.render(state, cam, time_s=t), r.render(plain, cam, time_s=t)
    finally:
        r.release()
    corners = np.array([[x, y, z] for x in (box.min[0], box.max[0]) for y in (box.min[1], box.max[1])
                        for z in (box.min[2], box.max[2])])
    px = project_points(camera_matrices(state, cam, 160 / 90), corners, 160, 90)
    x0, x1 = (int(np.clip(v, 0, 160)) for v in (px[:, 0].min(), px[:, 0].max()))
    y0, y1 = (int(np.clip(v, 0, 90)) for v in (px[:, 1].min(), px[:, 1].max()))
    assert x1 - x0 > 10 and y1 - y0 > 10
    inside_lit = lit[y0:y1, x0:x1].astype(float).mean()
    inside_unlit = unlit[y0:y1, x0:x1].astype(float).mean()
    print(f"glow: mean in the cat's box {inside_unlit:.1f} -> {inside_lit:.1f}")
    assert inside_lit > inside_unlit + 10, (inside_lit, inside_unlit)


def test_a_colour_sentence_in_a_shot_reaches_the_scene(silent_voices: VoiceEngine) -> None:
    """'Cat glows yellow for 2 seconds' is keyframes from the command engine: production keeps them."""
    spec = SceneSpec.model_validate(yaml.safe_load("""
setting: meadow
characters:
- {name: Cat, type: cat, voice: none, position: [0.0, 0.0, 0.0]}
shots:
- {duration_s: 1.0, size: wide}
- {duration_s: 3.0, size: wide, actions: [the cat glows yellow for 2 seconds]}
"""))
    warnings: list[str] = []
    scene = build_scene(spec, width=160, height=90, fps=10, voices=silent_voices, warnings=warnings)
    cat = scene.characters[0].object_id
    before, after = evaluate_scene(scene, 0.5).object(cat), evaluate_scene(scene, 3.6).object(cat)
    assert not [w for w in warnings if "glows" in w], warnings
    r, g, b = after.material.color
    assert r > 0.8 and g > 0.7 and b < 0.3 and before.material.color != after.material.color
