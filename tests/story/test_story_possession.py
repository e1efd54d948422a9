"""What is taken from someone starts in their hands and ends with the taker, measured on the built scene (the
thing's world position near the holder before the take, near the taker after it); a small thing an event is
about gets an insert close-up in which it fills a readable share of the frame."""

from __future__ import annotations

import numpy as np
import pytest

from autark.audio import VoiceEngine
from autark.jobs.produce import build_scene
from autark.motion import evaluate_scene
from autark.scene.geometry import world_bbox
from autark.scene.model import Scene
from autark.story import analyze, plan, semantic
from autark.story.screenplay import SceneSpec


@pytest.fixture(autouse=True)
def no_embeddings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(semantic, "semantic_available", lambda: False)


@pytest.mark.parametrize(("idea", "taker", "holder", "thing"), [
    ("a horse steals the hat of one cowboy", "Horse", "Cowboy", "hat"),
    ("a monkey takes the banana from a sleepy tourist", "Monkey", "Tourist", "banana"),
    ("a bear steals the fisherman's hat", "Bear", "Fisherman", "hat"),
    ("ein Rabe klaut dem Bauern den Schlüssel", "", "", "key"),
])
def test_who_holds_what_is_taken(idea: str, taker: str, holder: str, thing: str) -> None:
    ev = next(e for e in analyze(idea).events if e.kind == "take")
    assert ev.patient == thing and ev.patient_is_thing
    assert ev.source and ev.source not in ev.agents
    if holder:
        assert (ev.agents, ev.source) == ([taker], holder)


def _silent(spec: SceneSpec) -> SceneSpec:
    return spec.model_copy(update={"shots": [s.model_copy(update={"dialogue": [], "narration": ""})
                                             for s in spec.shots]})


def _built(silent_voices: VoiceEngine, idea: str, seed: int = 1,
           duration_s: float = 20) -> tuple[Scene, SceneSpec]:
    spec = _silent(plan(idea, duration_s=duration_s, seed=seed).scenes[0])
    scene = build_scene(spec, width=160, height=90, fps=10, voices=silent_voices, check_shots=False)
    return scene, spec


def _centre(scene: Scene, oid: str, t: float) -> np.ndarray:
    return np.array(world_bbox(evaluate_scene(scene, t).object(oid)).center)


def test_a_stolen_hat_goes_from_the_holder_to_the_taker(silent_voices: VoiceEngine) -> None:
    scene, spec = _built(silent_voices, "a horse steals the hat of one cowboy")
    ids = {c.name: c.object_id for c in scene.characters}
    hat = next(o.id for o in scene.objects if o.type == "hat")
    takes = [a for a in scene.timeline.actions if a.kind == "take" and a.item == hat]
    picks = [a for a in scene.timeline.actions if a.kind == "pick_up" and a.item == hat]
    assert picks and picks[0].object_id == ids["Cowboy"]  # the cowboy holds it first
    assert takes and takes[0].object_id == ids["Horse"]
    before = takes[0].start_s - 0.05
    after = takes[0].end_s + 0.3
    cowboy, horse = (_centre(scene, ids[n], before) for n in ("Cowboy", "Horse"))
    at_before = _centre(scene, hat, before)
    assert np.linalg.norm((at_before - cowboy)[[0, 2]]) < 0.8, (at_before, cowboy)  # with the cowboy
    assert at_before[1] > 0.4  # held up, not lying on the ground
    at_after = _centre(scene, hat, after)
    horse = world_bbox(evaluate_scene(scene, after).object(ids["Horse"]))  # a horse holds it at its front
    outside = np.maximum(np.maximum(np.array(horse.min) - at_after, at_after - np.array(horse.max)), 0.0)
    assert np.linalg.norm(outside[[0, 2]]) < 0.4, (at_after, horse.min, horse.max)  # with the horse
    # ...and the horse leaves with it: by the end it is further from the cowboy than when it took it
    end = scene.timeline.duration_s - 0.1
    away = np.linalg.norm((_centre(scene, hat, end) - _centre(scene, ids["Cowboy"], end))[[0, 2]])
    assert away > np.linalg.norm((at_after - _centre(scene, ids["Cowboy"], after))[[0, 2]])


@pytest.mark.parametrize(("idea", "thing"), [("ein Mädchen findet einen goldenen Schlüssel im Wald", "key"),
                                             ("a hungry mouse finds a cookie in the kitchen", "cookie")])
def test_a_small_thing_gets_an_insert_that_shows_it(silent_voices: VoiceEngine, idea: str, thing: str) -> None:
    from autark.cinema import measure_shot

    scene, spec = _built(silent_voices, idea, duration_s=30)  # a film of three shots has no room for an insert
    inserts = [i for i, s in enumerate(spec.shots) if s.size == "close-up" and s.subject == thing]
    assert len(inserts) == 1, [(s.size, s.subject) for s in spec.shots]
    oid = [o.id for o in scene.objects if o.type == thing][-1]  # the story's own, placed after the set's
    start = sum(s.duration_s for s in spec.shots[:inserts[0]])
    heights = {}
    for shot in scene.timeline.shots:
        m = measure_shot(scene, shot.camera, shot.start_s, shot.end_s, subjects=[oid])
        heights[round(shot.start_s, 1)] = (m.subjects_visible_pct, m.subject_height_px / scene.settings.height)
    shown = next(v for t, v in heights.items() if abs(t - start) < 0.2)
    # the insert shows it large (measured 33 % and 55 % of the frame's height) and mostly whole (the cookie's
    # insert measured 74 % visible once the closing narration moved the shots: something covers a part of it);
    # in every other shot it is under the 10 % the film check reads as seen
    assert shown[0] >= 70.0 and shown[1] >= 0.2, heights
    assert all(h < 0.1 for t, (_v, h) in heights.items() if abs(t - start) >= 0.2), heights


@pytest.mark.parametrize(("idea", "giver", "taker", "thing"), [
    ("a girl gives her apple to a sad boy", "Girl", "Boy", "apple"),
    ("ein Junge gibt einem Mädchen eine Blume", "Junge", "Mädchen", "flower"),
])
def test_a_given_thing_starts_with_the_giver_and_ends_with_the_one_given_it(silent_voices: VoiceEngine, idea: str,
                                                                           giver: str, taker: str, thing: str) -> None:
    scene, _spec = _built(silent_voices, idea)
    ids = {c.name: c.object_id for c in scene.characters}
    give = next(a for a in scene.timeline.actions if a.kind == "give")
    oid = give.item
    assert oid is not None and scene.object(oid).type == thing  # the story's own (a meadow has flowers too)
    assert (give.object_id, give.target_object) == (ids[giver], ids[taker])
    before, after = give.start_s - 0.05, give.end_s + 0.3
    held = _centre(scene, oid, before)
    assert np.linalg.norm((held - _centre(scene, ids[giver], before))[[0, 2]]) < 0.8  # in the giver's hands
    assert held[1] > 0.4
    got = _centre(scene, oid, after)
    assert np.linalg.norm((got - _centre(scene, ids[taker], after))[[0, 2]]) < 0.8  # in the other's
