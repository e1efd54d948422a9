"""A creature that is food or a catch ("a bear steals the fisherman's fish", "catches a big fish", "der Fisch des
Fischers") is a thing held in the hands or the mouth, not a live cast member standing about; one that does
something ("a golden fish that grants wishes", "the fish swims") stays alive. Checked on the reading and on
the built scene (where the fish is before and after it is stolen)."""

from __future__ import annotations

import numpy as np
import pytest

from autark.jobs.produce import build_scene
from autark.motion import evaluate_scene
from autark.scene.geometry import world_bbox
from autark.story import analyze, plan, semantic


@pytest.fixture(autouse=True)
def no_embeddings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(semantic, "semantic_available", lambda: False)


@pytest.mark.parametrize(("idea", "cast", "source"), [
    ("a bear steals the fisherman's fish", ["bear", "sailor"], "Fisherman"),
    ("Ein Bär klaut dem Fischer den Fisch", ["bear", "sailor"], "Fischer"),
    ("a cat steals the fish from the fisherman", ["cat", "sailor"], "Fisherman"),
    ("a fisherman catches a big fish", ["sailor"], ""),
    ("Der Fischer fängt einen großen Fisch", ["sailor"], ""),
    ("the fisherman's fish", ["sailor"], ""),
])
def test_a_catch_is_a_thing(idea: str, cast: list[str], source: str) -> None:
    c = analyze(idea)
    assert sorted(ch.type for ch in c.characters) == sorted(cast)
    assert [o.type for o in c.objects if o.type == "fish"] == ["fish"]
    for ev in c.events:
        assert ev.patient == "fish" and ev.patient_is_thing
        assert ev.source == source


@pytest.mark.parametrize("idea", ["a fish swims in the lake", "a fisherman catches a golden fish that grants him three wishes",
                                  "Der Fisch springt aus dem Wasser"])
def test_a_fish_that_acts_is_alive(idea: str) -> None:
    assert "fish" in [ch.type for ch in analyze(idea).characters]


def test_the_stolen_fish_goes_from_the_fishermans_hands_to_the_bear() -> None:
    spec = plan("a bear steals the fisherman's fish", duration_s=20, seed=1).scenes[0]
    spec = spec.model_copy(update={"shots": [s.model_copy(update={"dialogue": [], "narration": ""}) for s in spec.shots]})
    scene = build_scene(spec, width=160, height=90, fps=10, voices=None, check_shots=False)
    ids = {c.name: c.object_id for c in scene.characters}
    assert set(ids) == {"Bear", "Fisherman"}
    fish = next(o.id for o in scene.objects if o.type == "fish")
    take = next(a for a in scene.timeline.actions if a.kind == "take" and a.item == fish)
    assert take.object_id == ids["Bear"]

    def centre(oid: str, t: float) -> np.ndarray:
        return np.array(world_bbox(evaluate_scene(scene, t).object(oid)).center)

    before, after = take.start_s - 0.05, take.end_s + 0.3
    held = centre(fish, before)
    assert np.linalg.norm((held - centre(ids["Fisherman"], before))[[0, 2]]) < 0.8  # in the fisherman's hands
    assert held[1] > 0.4  # held up, not lying about
    bear = world_bbox(evaluate_scene(scene, after).object(ids["Bear"]))
    got = centre(fish, after)
    outside = np.maximum(np.maximum(np.array(bear.min) - got, got - np.array(bear.max)), 0.0)
    assert np.linalg.norm(outside) < 0.4, (got, bear.min, bear.max)  # with the bear (in its mouth)
