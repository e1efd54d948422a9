"""Falling or jumping into a pond puts the body down in it, head above the water, inside its rim; climbing out
brings it up onto the bank (``autark.motion.plunges``). A plain fall stays a fall on the ground."""

from __future__ import annotations

import numpy as np
import pytest

from autark.language import apply_sentences
from autark.motion import evaluate_scene
from autark.scene import Scene
from autark.scene.geometry import world_bbox

_SET = {"en": ["add a woman named Ida", "add a dog named Rex 2 m right of Ida", "add a pond 4 m behind Ida"],
        "de": ["füge eine Frau namens Ida hinzu", "füge einen Hund namens Rex 2 m rechts von Ida hinzu",
               "füge einen Teich 4 m hinter Ida hinzu"]}
_SAY = {("en", "fall"): "{w} falls into the pond", ("de", "fall"): "{w} fällt in den Teich",
        ("en", "jump"): "{w} jumps into the pond", ("de", "jump"): "{w} springt in den Teich",
        ("en", "out"): "{w} climbs out of the pond", ("de", "out"): "{w} klettert aus dem Teich"}


@pytest.fixture(scope="module", params=["en", "de"])
def pond_side(request: pytest.FixtureRequest) -> tuple[str, Scene]:
    return request.param, apply_sentences(_SET[request.param])


def _id(scene: Scene, name: str) -> str:
    return next(o.id for o in scene.objects if o.name == name or o.type == name)


@pytest.mark.parametrize("who", ["Ida", "Rex"])
@pytest.mark.parametrize("how", ["fall", "jump"])
def test_one_who_falls_or_jumps_into_the_pond_is_down_in_it_and_climbs_out_onto_the_bank(pond_side, who: str,
                                                                                         how: str) -> None:
    lang, scene = pond_side
    played = apply_sentences([_SAY[(lang, how)].format(w=who), _SAY[(lang, "out")].format(w=who)], scene)
    body, pond = _id(played, who), _id(played, "pond")
    rim = world_bbox(evaluate_scene(played, 0.0).object(pond))
    acts = [a for a in played.timeline.actions if a.object_id == body]
    assert [a.kind for a in acts] == [how, "climb"] and acts[0].target_object == pond
    before = world_bbox(evaluate_scene(played, 0.0).object(body))
    inside = world_bbox(evaluate_scene(played, acts[0].end_s - 0.05).object(body))
    centre = inside.center
    assert rim.min[0] < centre[0] < rim.max[0] and rim.min[2] < centre[2] < rim.max[2]  # within the rim
    assert inside.min[1] < -0.25 and inside.max[1] > rim.max[1] + 0.15  # sunk in, the head above the water
    assert inside.max[1] < before.max[1] - 0.25
    out = world_bbox(evaluate_scene(played, acts[1].end_s + 0.2).object(body))
    assert abs(out.min[1]) < 0.05 and not (rim.min[0] < out.center[0] < rim.max[0]
                                           and rim.min[2] < out.center[2] < rim.max[2])  # on the bank


def test_a_fall_with_nothing_to_fall_into_stays_on_the_ground(pond_side) -> None:
    lang, scene = pond_side
    played = apply_sentences(["Ida falls" if lang == "en" else "Ida fällt hin"], scene)
    ida = _id(played, "Ida")
    (fall,) = [a for a in played.timeline.actions if a.kind == "fall"]
    rim = world_bbox(evaluate_scene(played, 0.0).object(_id(played, "pond")))
    p0 = np.array(evaluate_scene(played, 0.0).object(ida).transform.position)
    p1 = np.array(evaluate_scene(played, fall.end_s).object(ida).transform.position)  # toppled over on the spot
    assert fall.target_object is None and np.hypot(*(p1 - p0)[[0, 2]]) < 1.2 and p1[2] > rim.max[2]


def test_going_into_the_pond_splashes_there_and_then(silent_voices) -> None:
    import yaml

    from autark.jobs.produce import build_scene
    from autark.jobs.splashes import DROPS
    from autark.story.screenplay import SceneSpec

    spec = SceneSpec.model_validate(yaml.safe_load("""
setting: meadow
characters: [{name: Ida, type: woman, voice: none, position: [-1.0, 0.0, 1.0]}]
objects: [{type: pond, position: [1.0, 0.0, -2.0]}]
shots:
- {duration_s: 2.0, size: wide, actions: [Ida looks around]}
- {duration_s: 6.0, size: wide, actions: [Ida falls into the pond]}
"""))
    scene = build_scene(spec, width=160, height=90, fps=10, voices=silent_voices, warnings=[])
    pond = next(o.id for o in scene.objects if o.type == "pond")
    drops = [o.id for o in scene.objects if o.id.startswith(f"{pond}_splash")]
    assert len(drops) == DROPS
    shown = [t / 10 for t in range(0, 80) if any(evaluate_scene(scene, t / 10).object(d).visible for d in drops)]
    assert shown and shown[0] > 2.5 and shown[-1] - shown[0] < 1.5  # once, after the walk to the edge
    st = evaluate_scene(scene, shown[0] + 0.3)
    ida = np.array(st.object(_id(scene, "Ida")).transform.position)
    rim = world_bbox(st.object(pond))
    tops = [world_bbox(st.object(d)).center for d in drops if st.object(d).visible]
    assert tops and max(c[1] for c in tops) > rim.max[1] + 0.3  # thrown up out of the water
    assert all(np.hypot(c[0] - ida[0], c[2] - ida[2]) < 2.0 for c in tops)  # where she went in


@pytest.mark.parametrize("thing", ["boat", "bed", "rug"])
def test_low_wide_things_that_are_no_water_are_not_fallen_into(thing: str) -> None:
    from autark.motion.plunges import can_fall_into

    scene = apply_sentences(["add a woman named Ida", f"add a {thing} 3 m behind Ida", "add a pond 3 m right of Ida"])
    assert not can_fall_into(next(o for o in scene.objects if o.type == thing))
    assert can_fall_into(next(o for o in scene.objects if o.type == "pond"))
