"""Things on top, in, caught and knocked off, measured on the built scene with ``jobs.whereabouts.where_is``: the
cherry is on the cake from the first frame, the thrown key ends in the son's hands (and he says he caught it only
once it is there), the hat the wind took comes down into the old man's hands, the vase knocked off the shelf lies
on the floor, the apple put into the basket is in it."""

from __future__ import annotations

import pytest

from autark.audio import VoiceEngine
from autark.jobs.produce import build_scene
from autark.jobs.whereabouts import where_is
from autark.scene.model import Scene
from autark.story import plan, semantic


@pytest.fixture(autouse=True)
def no_embeddings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(semantic, "semantic_available", lambda: False)


def _scene(idea: str, voices: VoiceEngine) -> Scene:
    spec = plan(idea, duration_s=30, seed=1).scenes[0]
    return build_scene(spec, width=160, height=90, fps=10, voices=voices, check_shots=False,
                       language="de" if any(w in idea for w in ("Der ", "Die ", "Das ")) else "en")


def _id(scene: Scene, kind: str) -> str:
    return next(o.id for o in scene.objects if o.type == kind and o.tag != "setting")


def _body(scene: Scene, name: str) -> str:
    return next(c.object_id for c in scene.characters if c.name == name)


def test_the_cherry_is_on_top_of_the_cake_from_the_start(brisk_voices: VoiceEngine) -> None:
    scene = _scene("a dog eats the cherry on top of the birthday cake", brisk_voices)
    at = where_is(scene, _id(scene, "cherry"), 0.2)
    assert (at.relation, at.by) == ("on", _id(scene, "cake"))


def test_the_apple_put_into_the_basket_ends_in_it(brisk_voices: VoiceEngine) -> None:
    scene = _scene("Der Junge legt den Apfel in den Korb", brisk_voices)
    apple, basket = _id(scene, "apple"), _id(scene, "basket")
    assert where_is(scene, apple, 0.2).relation == "ground"
    assert (where_is(scene, apple, scene.timeline.duration_s - 0.1).relation,
            where_is(scene, apple, scene.timeline.duration_s - 0.1).by) == ("in", basket)


def test_the_key_thrown_to_the_son_ends_in_his_hands_before_he_says_so(brisk_voices: VoiceEngine) -> None:
    scene = _scene("Der Vater wirft seinem Sohn den Schlüssel zu und der Sohn fängt ihn", brisk_voices)
    key, son = _id(scene, "key"), _body(scene, "Sohn")
    throw = next(a for a in scene.timeline.actions if a.kind == "throw" and a.item == key)
    mid = where_is(scene, key, throw.start_s + 0.75 * (throw.end_s - throw.start_s))
    assert mid.relation == "air"  # on its way, not on anyone's head
    end = where_is(scene, key, scene.timeline.duration_s - 0.1)
    assert (end.relation, end.by) == ("held", son)
    for line in scene.timeline.lines:
        if line.speaker == "Sohn" and "gefangen" in line.text:
            assert where_is(scene, key, line.start_s).by == son, line.text


def test_the_hat_the_wind_took_comes_down_into_his_hands(brisk_voices: VoiceEngine) -> None:
    scene = _scene("the wind takes the old man's hat and he catches it", brisk_voices)
    hat, man = _id(scene, "hat"), _body(scene, "Man")
    catch = next(a for a in scene.timeline.actions if a.kind == "catch" and a.item == hat)
    assert where_is(scene, hat, catch.start_s + 0.1).relation == "air"  # seen coming down
    end = where_is(scene, hat, catch.end_s + 0.5)
    assert (end.relation, end.by) == ("held", man)


def test_the_vase_knocked_off_the_shelf_lies_on_the_floor(brisk_voices: VoiceEngine) -> None:
    scene = _scene("the cat knocks the vase off the shelf", brisk_voices)
    vase, shelf = _id(scene, "vase"), _id(scene, "shelf")
    assert where_is(scene, vase, 0.2).by == shelf
    assert where_is(scene, vase, scene.timeline.duration_s - 0.1).relation == "ground"


def test_the_cherry_rides_on_the_cake_the_waiter_carries(brisk_voices: VoiceEngine) -> None:
    scene = _scene("the waiter carries the cake with a cherry on top to the table", brisk_voices)
    cherry, cake = _id(scene, "cherry"), _id(scene, "cake")
    carry = next(a for a in scene.timeline.actions if a.item == cake and a.kind == "put_down")
    from autark.motion import evaluate_scene
    from autark.scene.geometry import world_bbox

    start = world_bbox(evaluate_scene(scene, 0.2).object(cake)).center
    for t in (carry.start_s - 2.0, carry.start_s, scene.timeline.duration_s - 0.1):
        at = where_is(scene, cherry, t)
        assert (at.relation, at.by) == ("on", cake), t
    assert world_bbox(evaluate_scene(scene, carry.start_s).object(cake)).center != start  # it did move


def test_a_missed_catch_flies_past_and_lies_on_the_ground(brisk_voices: VoiceEngine) -> None:
    scene = _scene("the dog fails to catch the frisbee", brisk_voices)
    frisbee, dog = _id(scene, "frisbee"), _body(scene, "Dog")
    seen = [where_is(scene, frisbee, t / 4) for t in range(int(4 * scene.timeline.duration_s))]
    assert any(w.relation == "air" for w in seen)  # it comes flying
    assert not any(w.relation == "held" and w.by == dog for w in seen)  # never in the dog's mouth
    assert where_is(scene, frisbee, scene.timeline.duration_s - 0.1).relation == "ground"
