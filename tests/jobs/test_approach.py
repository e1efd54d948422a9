"""A thing that appears comes from afar (``story.thing_acts`` asks for the approach effect, ``jobs.thing_motion``
lays it), measured on a built scene: a ship that appears on the horizon is not seen before its shot, shows first
far at the back of the set (tens of metres behind its place), nears, and rests on the sea's near edge after;
the boat the beach set has moored on the sand is not there."""

from __future__ import annotations

import numpy as np
import pytest

from autark.audio import VoiceEngine
from autark.jobs.produce import build_scene
from autark.jobs.waters import waters
from autark.motion import evaluate_scene
from autark.scene.geometry import world_bbox
from autark.scene.model import Scene
from autark.story import plan, semantic
from autark.story.effects import Effect
from autark.story.screenplay import Shot


@pytest.fixture(autouse=True)
def no_embeddings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(semantic, "semantic_available", lambda: False)


def _approach_scene(idea: str, voices: VoiceEngine) -> tuple[Scene, float, Shot, Effect]:
    """The idea's first scene built without lines, the start of the shot with the approach, that shot and
    the effect."""
    spec = plan(idea, duration_s=24, seed=1).scenes[0]
    spec = spec.model_copy(update={"shots": [s.model_copy(update={"dialogue": [], "narration": ""})
                                             for s in spec.shots]})
    scene = build_scene(spec, width=160, height=90, fps=10, voices=voices, check_shots=False)
    t = 0.0
    for shot in spec.shots:
        effect = next((e for e in shot.effects if e.kind == "approach"), None)
        if effect is not None:
            break
        t += shot.duration_s
    else:
        raise AssertionError("no approach in the plan")
    return scene, t, shot, effect


@pytest.mark.parametrize("idea", ["a ship appears on the horizon", "aus dem Nebel taucht ein altes Segelboot auf"])
def test_a_ship_that_appears_comes_from_afar_onto_the_water(idea: str, brisk_voices: VoiceEngine) -> None:
    scene, t, shot, effect = _approach_scene(idea, brisk_voices)
    oid = next(o.id for o in scene.objects if o.type == effect.target and o.tag != "setting")
    assert not evaluate_scene(scene, max(0.0, t - 0.5)).object(oid).visible  # not there before it comes
    first = evaluate_scene(scene, t + effect.at_s + 0.05).object(oid)
    last = evaluate_scene(scene, t + shot.duration_s - 0.05).object(oid)
    assert first.visible and last.visible
    z0, z1 = float(first.transform.position[2]), float(last.transform.position[2])
    assert z1 - z0 > 15.0  # it came from far back
    sea = world_bbox(scene.object(waters(scene)[0]))
    box = world_bbox(last)
    mid = np.array(box.center)
    assert sea.min[0] <= mid[0] <= sea.max[0] and sea.min[2] <= mid[2] <= sea.max[2]  # on the water
    assert box.min[1] < sea.max[1] < box.max[1]  # in it, not under or over it
    state = evaluate_scene(scene, t + shot.duration_s - 0.05)
    assert [o.id for o in state.objects if o.type == last.type and o.visible] == [oid]  # the set's moored one gone


@pytest.mark.parametrize(("idea", "thing"), [
    ("a lost fishing boat appears in the storm", "boat"),
    ("a small boat emerges from the fog", "boat"),
    ("a message in a bottle washes ashore", "message_in_a_bottle"),
    ("eine Flaschenpost wird am Strand angespült", "message_in_a_bottle"),
    ("am Horizont erscheint ein kleines Fischerboot", "boat"),
])
def test_a_thing_that_appears_is_not_there_before_and_comes(idea: str, thing: str) -> None:
    shots = [s for sc in plan(idea, duration_s=30).scenes for s in sc.shots]
    comes = next(i for i, s in enumerate(shots) if any((e.kind, e.target) == ("approach", thing) for e in s.effects))
    assert any((e.kind, e.target) == ("appear", thing) for e in shots[comes].effects)  # hidden until then
    words = {"boat": ("boat", "Boot"), "message_in_a_bottle": ("bottle", "Flaschenpost", "message")}[thing]
    assert not [a for s in shots[:comes] for a in s.actions if any(w in a for w in words)]  # nobody at it before


def test_a_letter_that_arrives_does_not_travel_by_itself() -> None:
    effects = [(e.kind, e.target) for sc in plan("a letter arrives for the old man", duration_s=30).scenes
               for s in sc.shots for e in s.effects]
    assert ("appear", "letter") in effects and ("approach", "letter") not in effects


def test_a_bottle_washed_ashore_drifts_in_over_the_water_and_lies_on_the_beach(brisk_voices: VoiceEngine) -> None:
    scene, t, shot, effect = _approach_scene("eine Flaschenpost wird am Strand angespült", brisk_voices)
    oid = next(o.id for o in scene.objects if o.type == effect.target)
    sea = world_bbox(scene.object(waters(scene)[0]))
    first = np.array(world_bbox(evaluate_scene(scene, t + effect.at_s + 0.05).object(oid)).center)
    last = np.array(world_bbox(evaluate_scene(scene, scene.timeline.duration_s - 0.1).object(oid)).center)
    assert sea.min[2] <= first[2] <= sea.max[2]  # out on the water first
    assert not sea.min[2] <= last[2] <= sea.max[2]  # on the beach at the end
    assert 5.0 < float(np.linalg.norm((last - first)[[0, 2]])) < 25.0  # not from 30 m out: it is small
