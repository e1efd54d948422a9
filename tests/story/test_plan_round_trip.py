"""Every plan autark writes loads back: a scene's shots name only its own cast (story.plan_repair)."""

from __future__ import annotations

import pytest

from autark.story import load_plan, plan, to_yaml
from autark.story.plan_repair import without_absent_cast
from autark.story.screenplay import CastMember, SceneSpec, Screenplay, Shot, check_plan

IDEAS = ["a farmer feeds his goats and his donkey behind the barn",
         "a shepherd walks his dog and his sheep over the hill to the village",
         "Die Bäuerin füttert ihre Hühner und ihr Schwein auf dem Hof",
         "a boy takes his cat to the vet and then they go home",
         "Ein Ritter reitet mit seinem Knappen zur Burg und trifft dort den König"]


@pytest.mark.parametrize("idea", IDEAS)
def test_a_plan_autark_writes_loads_back(idea: str) -> None:
    sp = plan(idea, duration_s=30, seed=0)
    assert not check_plan(load_plan(to_yaml(sp)))


def test_a_shot_names_only_its_own_scenes_cast() -> None:
    farmer = CastMember(name="Farmer", type="farmer", voice="man", position=(-2.0, 0.0, 1.0))
    cow = CastMember(name="Cow", type="cow", voice="none", position=(1.0, 0.0, 0.0))
    first = SceneSpec(setting="farm", characters=[farmer, cow], shots=[Shot(duration_s=3.0)])
    second = SceneSpec(setting="living_room", characters=[farmer], shots=[
        Shot(duration_s=3.0, subject="Cow", actions=["Cow jumps", "Farmer waves at Cow", "Farmer sits"]),
        Shot(duration_s=3.0, subject="Farmer", dialogue=[{"speaker": "Cow", "text": "Moo"},
                                                          {"speaker": "Farmer", "text": "Home at last."}])])
    sp = Screenplay(title="Farm", duration_s=10.0, scenes=[first, second], title_card={"text": "Farm", "duration_s": 1.0},
                    end_card={"text": "The End", "duration_s": 1.0})
    assert check_plan(sp)
    fixed = without_absent_cast(sp)
    assert not check_plan(fixed)
    scene = fixed.scenes[1]
    assert [c.name for c in scene.characters] == ["Farmer"]  # who is where stays the dressing's choice
    assert scene.shots[0].subject == "" and scene.shots[0].actions == ["Farmer sits"]
    assert [d.speaker for d in scene.shots[1].dialogue] == ["Farmer"] and scene.shots[1].subject == "Farmer"
    assert fixed.scenes[0] is sp.scenes[0]
    assert without_absent_cast(fixed) is fixed  # nothing left to do
