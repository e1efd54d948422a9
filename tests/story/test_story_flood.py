"""A flood (issue 17): "the kitchen floods", "die Küche wird überflutet", "the water rises" is a change of the
world told by the idea: water rises from the floor in the shot where it happens (a ``flood`` effect) and stays,
the cast start at it, and the flood's words are neither an act nor unknown."""

from __future__ import annotations

import numpy as np
import pytest

from autark.audio import VoiceEngine
from autark.jobs.carried_off import FLOOD_ID
from autark.jobs.produce import build_scene
from autark.motion import evaluate_scene
from autark.scene.geometry import world_bbox
from autark.story import plan, semantic
from autark.story.analysis import analyze
from autark.story.floods import FLOOD_DEPTH_M
from autark.story.world_changes import read_changes, without_change_clauses


@pytest.fixture(autouse=True)
def no_embeddings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(semantic, "semantic_available", lambda: False)


_FLOODS = [
    "Ein Roboter kocht Spaghetti in der Küche, aber die Küche wird überflutet",
    "the bathroom floods",
    "the river floods the village",
    "A girl reads a book in the kitchen until the kitchen flooded",
    "a family has a picnic when a flood comes",
    "Der Keller wurde überschwemmt und der Hund bellt",
    "Das Wasser steigt und die Katze springt auf den Tisch",
    "Ein Bauer füttert die Kühe, dann kommt das Hochwasser",
    "Ein Bauer geht vom Feld nach Hause, aber das Dorf wird überflutet",  # a journey: the flood in its place
]


@pytest.mark.parametrize("idea", _FLOODS)
def test_a_flood_is_read_as_a_change_of_the_world(idea: str) -> None:
    concept = analyze(idea)
    floods = [c for c in read_changes(concept) if c.flood]
    assert len(floods) == 1 and not floods[0].weather and not floods[0].time_of_day
    kept = without_change_clauses(concept)
    flood_words = ("flood", "überflut", "überschwemm", "hochwasser", "steigt")
    assert not [u for u in kept.unknown_words if any(w in u.lower() for w in flood_words)]
    assert not [e for e in kept.events if any(w in e.word.lower() for w in flood_words)]


@pytest.mark.parametrize("idea", _FLOODS)
def test_the_water_rises_in_one_shot_after_the_first(idea: str) -> None:
    sp = plan(idea, duration_s=30, seed=0)
    shots = [(si, k, shot) for si, s in enumerate(sp.scenes) for k, shot in enumerate(s.shots)
             if any(e.kind == "flood" for e in shot.effects)]
    assert len(shots) == 1, [[e.kind for e in sh.effects] for s in sp.scenes for sh in s.shots]
    si, k, shot = shots[0]
    assert (si, k) != (0, 0)  # the dry set is seen first
    (water,) = [e for e in shot.effects if e.kind == "flood"]
    assert water.scale == pytest.approx(FLOOD_DEPTH_M) and water.at_s + water.duration_s <= shot.duration_s
    cast = {c.name for c in sp.scenes[si].characters}
    assert any(a.split()[0] in cast and (" jumps" in a or " springt" in a) for a in shot.actions)
    assert all(s.weather == sp.scenes[0].weather for s in sp.scenes)  # no sky changes with it


@pytest.mark.parametrize("idea", ["A robot cooks pasta in the kitchen, but the kitchen floods",
                                  "Ein Mädchen spielt im Garten, bis das Wasser steigt"])
def test_the_floodwater_rises_from_the_floor_and_stays(idea: str, silent_voices: VoiceEngine) -> None:
    from autark.render.renderer import Renderer

    sp = plan(idea, duration_s=20, seed=1)
    spec = next(s for s in sp.scenes if any(e.kind == "flood" for sh in s.shots for e in sh.effects))
    spec = spec.model_copy(update={"shots": [s.model_copy(update={"dialogue": [], "narration": ""})
                                             for s in spec.shots]})
    scene = build_scene(spec, width=160, height=90, fps=10, voices=silent_voices, check_shots=False)
    keys = next(t for t in scene.timeline.tracks if t.target == f"object:{FLOOD_ID}.visible").keyframes
    came = keys[1].time_s
    end = scene.settings.duration_s
    assert not evaluate_scene(scene, came - 0.1).object(FLOOD_ID).visible
    tops = [world_bbox(evaluate_scene(scene, t).object(FLOOD_ID))[4] for t in (came + 0.05, came + 2.0, end - 0.05)]
    assert tops[0] < 0.12 < tops[1] < tops[2] and tops[2] == pytest.approx(FLOOD_DEPTH_M, abs=0.02)
    box = world_bbox(evaluate_scene(scene, end - 0.05).object(FLOOD_ID))
    for c in scene.characters:  # every one of the cast stands in it
        x, _y, z = evaluate_scene(scene, end - 0.05).object(c.object_id).transform.position
        assert box[0] < x < box[3] and box[2] < z < box[5]
    r = Renderer(width=160, height=90)
    try:
        dry, wet = (r.render(s, s.cameras[0], 160, 90) for s in (evaluate_scene(scene, came - 0.1),
                                                                  evaluate_scene(scene, end - 0.05)))
    finally:
        r.release()
    assert np.abs(wet[45:].astype(int) - dry[45:].astype(int)).mean() > 8  # the floor is under water
