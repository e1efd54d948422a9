"""jobs.hiding and uncovering.bury_ops, measured on the built scene's geometry: the rabbit is in the hat (out of
sight) until the magician's hand has it; the cat that climbed into the basket sits sunk in it; the girl behind the
sofa is hidden from her father while she hides and herself again after; the bone goes under the ground as the dog
works at it, under a mound of earth."""

from __future__ import annotations

import numpy as np
import pytest

from autark.audio import VoiceEngine
from autark.jobs.produce import build_scene
from autark.jobs.whereabouts import hidden_from, shown_id, where_is
from autark.motion import evaluate_scene
from autark.scene.geometry import world_bbox
from autark.scene.model import Scene
from autark.story import plan, semantic


@pytest.fixture(autouse=True)
def no_embeddings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(semantic, "semantic_available", lambda: False)


def _scene(idea: str, voices: VoiceEngine, language: str = "en") -> Scene:
    spec = plan(idea, duration_s=30, seed=1).scenes[0]
    return build_scene(spec, width=160, height=90, fps=10, voices=voices, check_shots=False, language=language)


def _id(scene: Scene, kind: str) -> str:
    return next(o.id for o in scene.objects if o.type == kind and o.tag != "setting")


def _body(scene: Scene, name: str) -> str:
    return next(c.object_id for c in scene.characters if c.name == name)


def _times(scene: Scene) -> list[float]:
    return [float(t) for t in np.arange(0.2, scene.timeline.duration_s, 0.5)]


def test_the_rabbit_is_in_the_hat_until_the_hand_lifts_it_out(brisk_voices: VoiceEngine) -> None:
    scene = _scene("A magician pulls a rabbit out of his top hat on stage.", brisk_voices)
    rabbit, hat, magician = _body(scene, "Rabbit"), _id(scene, "hat"), _body(scene, "Magician")
    take = next(a for a in scene.timeline.actions if a.object_id == magician and a.kind == "take")
    for t in (0.2, take.start_s - 0.3):  # out of sight, or sunk in the hat under its rim
        state = evaluate_scene(scene, t)
        rb, hb = world_bbox(state.object(rabbit)), world_bbox(state.object(hat))
        assert not state.object(rabbit).visible or rb.max[1] <= hb.max[1] + 1e-3
        assert abs(rb.center[0] - hb.center[0]) < 0.2 and abs(rb.center[2] - hb.center[2]) < 0.2
    after = where_is(scene, rabbit, take.end_s - 0.1)
    assert (after.relation, after.by) == ("held", magician)


def test_the_cat_that_climbs_into_the_basket_sits_in_it(brisk_voices: VoiceEngine) -> None:
    scene = _scene("The cat climbs into the basket and falls asleep.", brisk_voices)
    cat, basket = _body(scene, "Cat"), _id(scene, "basket")
    end = evaluate_scene(scene, scene.timeline.duration_s - 0.1)
    shown = shown_id(end, cat)
    assert shown is not None and shown != cat  # a still copy plays it, in the basket
    cb, bb = world_bbox(end.object(shown)), world_bbox(end.object(basket))
    assert bb.min[0] <= cb.center[0] <= bb.max[0] and bb.min[2] <= cb.center[2] <= bb.max[2]
    assert cb.min[1] < bb.max[1] - 0.05 < cb.max[1]  # sunk into it, the head out over the rim
    start = evaluate_scene(scene, 0.2)
    assert shown_id(start, cat) == cat  # itself before


def test_the_hider_is_hidden_from_the_seeker_then_herself_again(brisk_voices: VoiceEngine) -> None:
    scene = _scene("The little girl hides behind the sofa and her father looks for her.", brisk_voices)
    girl, dad = _body(scene, "Girl"), _body(scene, "Dad")
    hidden = [t for t in _times(scene) if hidden_from(scene, girl, dad, t)]
    assert len(hidden) >= 6
    assert not hidden_from(scene, girl, dad, 0.2)
    state = evaluate_scene(scene, hidden[len(hidden) // 2])
    assert shown_id(state, girl) == f"{girl}_hidden"
    assert shown_id(evaluate_scene(scene, scene.timeline.duration_s - 0.1), girl) == girl  # out for the hug


def test_the_buried_bone_goes_under_the_ground_under_a_mound(brisk_voices: VoiceEngine) -> None:
    scene = _scene("Ein Hund vergräbt einen Knochen im Garten.", brisk_voices, "de")
    bone = _id(scene, "bone")
    relations = [where_is(scene, bone, t).relation for t in _times(scene)]
    assert relations[0] in ("ground", "held")
    first = relations.index("buried")
    assert all(r in ("buried", "gone") for r in relations[first:])
    end = evaluate_scene(scene, scene.timeline.duration_s - 0.1)
    mound = [o for o in end.objects if o.id.startswith(f"{bone}_bury") and o.visible]
    assert mound and world_bbox(mound[0]).max[1] > 0.1  # a heap of earth over where it lies


def test_the_lost_cow_is_away_from_the_farmer_then_on_the_barn_roof(brisk_voices: VoiceEngine) -> None:
    """The morning of the finding is a part of its own (``story.world_changes``): the cow is not there while he
    searches in the fog, or hidden from him where it is, and is on the barn roof when he finds it."""
    scenes = [build_scene(spec, width=160, height=90, fps=10, voices=brisk_voices, check_shots=False)
              for spec in plan("A farmer searches for his cow lost in the fog and finds it on the barn roof in the "
                               "morning.", duration_s=30, seed=1).scenes]
    for scene in scenes[:-1] or scenes:
        if not any(c.name == "Cow" for c in scene.characters):
            continue
        cow, farmer = _body(scene, "Cow"), _body(scene, "Farmer")
        times = _times(scene)
        middle = times[len(times) // 5:len(times) // 2] if len(scenes) == 1 else times
        assert all(hidden_from(scene, cow, farmer, t) for t in middle)  # not beside him while he searches
    last = scenes[-1]
    cow, barn = _body(last, "Cow"), _id(last, "barn")
    end = where_is(last, cow, last.timeline.duration_s - 0.1)
    assert (end.relation, end.by) == ("on", barn)
