"""A thing sent somewhere lands there and stays, seen (``autark.jobs.landings``), measured on built scenes: the
cake dropped on the mayor is on his head at the end of its shot and of the scene; a ball thrown into the pond
floats on the water; juice spilled over a mother is a splash on her; a flown kite stands high over its holder on
its string."""

from __future__ import annotations

import numpy as np
import pytest

from autark.audio import VoiceEngine
from autark.jobs.landings import ALOFT_M, landed_id, string_id
from autark.jobs.produce import build_scene
from autark.motion import evaluate_scene
from autark.scene.geometry import world_bbox
from autark.scene.model import Scene
from autark.story import plan, semantic
from autark.story.screenplay import SceneSpec


@pytest.fixture(autouse=True)
def no_embeddings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(semantic, "semantic_available", lambda: False)


def _built(idea: str, voices: VoiceEngine) -> tuple[Scene, SceneSpec]:
    spec = plan(idea, duration_s=24, seed=1).scenes[0]
    spec = spec.model_copy(update={"shots": [s.model_copy(update={"dialogue": [], "narration": ""})
                                             for s in spec.shots]})
    return build_scene(spec, width=160, height=90, fps=10, voices=voices, check_shots=False), spec


def _landing_shot_end(spec: SceneSpec) -> float:
    t = 0.0
    for shot in spec.shots:
        t += shot.duration_s
        if any(e.kind == "land" for e in shot.effects):
            return t
    raise AssertionError("no landing in the plan")


def _gap(a: Scene, oid: str, to: str) -> float:
    """How far ``oid``'s middle is from ``to``'s box (0: in it or on it)."""
    c = np.array(world_bbox(a.object(oid)).center)
    b = world_bbox(a.object(to))
    return float(np.linalg.norm(np.maximum(0, np.maximum(np.array(b.min) - c, c - np.array(b.max)))))


@pytest.mark.parametrize(("idea", "thing", "on"), [
    ("A clumsy waiter drops a wedding cake on the mayor", "cake_3_tiers", "Mayor"),  # a wedding cake is tiered
    ("Ein Affe wirft eine Banane auf den Wärter", "banana", "Wärter"),
])
def test_a_thing_dropped_on_a_person_stays_on_them(idea: str, thing: str, on: str, brisk_voices: VoiceEngine) -> None:
    scene, spec = _built(idea, brisk_voices)
    own = next(o.id for o in scene.objects if o.type == thing)
    person = next(o.id for o in scene.objects if o.name == on)
    for t in (_landing_shot_end(spec) - 0.1, scene.timeline.duration_s - 0.1):
        state = evaluate_scene(scene, t)
        assert state.object(landed_id(own)).visible and not state.object(own).visible
        assert _gap(state, landed_id(own), person) < 0.3  # on them, wherever they went
        top = world_bbox(state.object(person)).max[1]
        assert world_bbox(state.object(landed_id(own))).max[1] > top - 0.05  # on the head, not at the feet


def test_a_ball_thrown_into_the_pond_floats_there(brisk_voices: VoiceEngine) -> None:
    scene, spec = _built("A girl throws her ball into the pond", brisk_voices)
    ball = next(o.id for o in scene.objects if o.type == "ball")
    from autark.jobs.waters import waters

    water = waters(scene)[0]
    top = world_bbox(scene.object(water)).max[1]
    heights = []
    for t in np.arange(_landing_shot_end(spec) - 0.1, scene.timeline.duration_s, 1.0):
        state = evaluate_scene(scene, float(t))
        assert state.object(landed_id(ball)).visible
        assert _gap(state, landed_id(ball), water) < 0.3
        b = world_bbox(state.object(landed_id(ball)))
        assert b.min[1] < top < b.max[1]  # in the water and out of it: afloat
        heights.append(b.center[1])
    assert max(heights) - min(heights) > 0.01  # bobbing
    assert any(o.id.startswith(f"{ball}_splash") for o in scene.objects)


def test_a_spill_over_someone_stays_on_them(brisk_voices: VoiceEngine) -> None:
    scene, _spec = _built("Ein Kind verschüttet Saft über das Kleid seiner Mutter", brisk_voices)
    splash = next(o for o in scene.objects if o.id.endswith("_landed"))
    mother = next(o.id for o in scene.objects if o.name == "Mama")
    state = evaluate_scene(scene, scene.timeline.duration_s - 0.1)
    assert state.object(splash.id).visible and _gap(state, splash.id, mother) < 0.1


def test_a_flown_kite_is_high_over_its_holder_on_a_string(brisk_voices: VoiceEngine) -> None:
    scene, spec = _built("A grandmother flies a kite on the hill", brisk_voices)
    kite = next(o.id for o in scene.objects if o.type == "kite")
    holder = next(o.id for o in scene.objects if o.name == "Grandma")
    t = scene.timeline.duration_s - 0.2
    state = evaluate_scene(scene, t)
    assert world_bbox(state.object(kite)).min[1] > world_bbox(state.object(holder)).max[1] + ALOFT_M / 2
    assert state.object(string_id(kite)).visible
    assert not evaluate_scene(scene, 0.1).object(string_id(kite)).visible
