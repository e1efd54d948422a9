"""A group the idea names is a crowd on screen that reacts (issue 17): extras at the back of the set, voiceless,
doing what the group does ("everyone applauds": they clap in the shot of the applause, and cheer at the end)."""

from __future__ import annotations

import pytest

from autark.audio import VoiceEngine
from autark.story import plan
from autark.story.crowds import CROWD_SIZE, is_extra

# idea -> (the act the crowd does, in English or German, somewhere in the film)
CROWDS = {
    "a fisherman shows his fish to the whole village and everyone applauds": "claps",
    "the villagers cheer for the knight": "celebrates",
    "the children watch a magician": "looks at Magician",
    "Das ganze Dorf feiert den Ritter": "feiert",
    "Alle klatschen, als der Clown jongliert": "klatscht",
    "the audience applauds the singer": "claps",
    "Die Zuschauer jubeln dem Sänger zu": "feiert",
}


@pytest.mark.parametrize("idea", list(CROWDS))
def test_a_group_is_a_crowd_that_reacts(idea: str) -> None:
    screenplay = plan(idea, duration_s=30, seed=1)
    scene = screenplay.scenes[0]
    extras = [c for c in scene.characters if is_extra(c)]
    assert 2 <= len(extras) <= CROWD_SIZE
    assert all(c.position[2] <= -2.9 for c in extras), "the crowd stands behind the cast"
    assert len({c.position for c in scene.characters}) == len(scene.characters)
    acts = [a for s in scene.shots for a in s.actions if a.split()[0] in {c.name for c in extras}]
    assert any(CROWDS[idea] in a for a in acts), acts
    # they never walk into the cast, and never speak
    assert not any(a.split()[1] in ("walks", "runs", "geht", "rennt") for a in acts)
    assert not any(d.speaker in {c.name for c in extras} for s in scene.shots for d in s.dialogue)


@pytest.mark.parametrize("idea", ["two children play with a ball", "a girl and her family eat dinner",
                                  "Zwei Kinder bauen eine Sandburg am Strand",
                                  "a wolf howls at the full moon in the snowy mountains",
                                  "Bei Vollmond heult ein Wolf auf dem vollen Mond"])
def test_a_few_is_no_crowd(idea: str) -> None:
    scene = plan(idea, duration_s=30, seed=1).scenes[0]
    assert not [c for c in scene.characters if c.name.startswith(("Onlooker", "Kid", "Zuschauer", "Kind"))]


@pytest.mark.parametrize(("idea", "title"), [
    ("the audience applauds the singer, but then the lights go out", "The Singer"),
    ("the villagers cheer for the knight", "The Knight"),
    ("Die Zuschauer jubeln dem Sänger zu", "Der Sänger"),
    ("two children play in the garden", "The Two Children"),
])
def test_the_title_is_who_the_crowd_is_for(idea: str, title: str) -> None:
    assert plan(idea, duration_s=30, seed=1).title == title


@pytest.mark.parametrize("idea", ["the audience applauds the singer",  # a piano at the back of the hall
                                  "a chef burns the soup in a busy restaurant and the guests laugh"])  # an oven
def test_the_crowd_stands_clear_of_the_set(silent_voices: VoiceEngine, idea: str) -> None:
    import numpy as np

    from autark.jobs.produce import build_scene
    from autark.motion import evaluate_scene
    from autark.scene.geometry import world_bbox

    spec = plan(idea, duration_s=20, seed=1).scenes[0]
    spec = spec.model_copy(update={"shots": [s.model_copy(update={"dialogue": [], "narration": ""})
                                             for s in spec.shots]})
    scene = build_scene(spec, width=160, height=90, fps=10, voices=silent_voices, check_shots=False)
    extras = {c.object_id for c in scene.characters if c.name in {m.name for m in spec.characters if is_extra(m)}}
    people = {c.object_id for c in scene.characters}
    state = evaluate_scene(scene, 0.5)
    assert extras
    for oid in extras:
        body = world_bbox(state.object(oid))
        for other in state.objects:
            if other.id in people or not other.visible:
                continue
            box = world_bbox(other)
            if box.max[1] - box.min[1] < 0.25:  # the floor, a rug: stood on
                continue
            overlap = np.minimum(body.max, box.max) - np.maximum(body.min, box.min)
            assert not (overlap > 0.05).all(), (other.type, overlap)


def test_a_crowd_that_flees_flees_from_whom_it_fears_and_does_not_cheer() -> None:
    scene = plan("Als der Drache kommt, rennen alle weg", duration_s=30, seed=1).scenes[0]
    extras = {c.name for c in scene.characters if is_extra(c)}
    acts = [a for s in scene.shots for a in s.actions if a.split()[0] in extras]
    assert any(a.endswith("flieht vor Drache") for a in acts), acts
    assert not any(a.split()[1] in ("feiert", "klatscht") for a in acts), acts
