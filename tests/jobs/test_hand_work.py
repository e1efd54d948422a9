"""An everyday act of the hands is carried out on its thing (autark.jobs.hand_work): the doer gets within reach,
the hands are at the thing and moving for the act's time (not a kneel with idle arms), and the thing shows the
result the verb implies (autark.jobs.act_results)."""

from __future__ import annotations

import numpy as np
import pytest

from autark.jobs.hand_work import MIN_WORK_S, hand_work
from autark.jobs.shot_actions import Cast
from autark.language import apply_sentences
from autark.motion import evaluate_scene, validate_actions
from autark.motion.holding import _palm
from autark.ops import SetTimeline, apply_ops
from autark.scene.geometry import world_bbox
from autark.scene.timeline import Action

_GERMAN = {"helmet": ("helm",), "cake": ("kuchen",), "gift": ("geschenk",), "flower": ("blume",),
           "table": ("tisch",), "painting": ("bild",)}
_HANDS_AT_M = 0.2  # a palm this near the thing's box counts as at it


def _scene_and_cast(thing: str, where: str) -> tuple:
    table = ["add a table 1.2 m in front of Sam"] if where == "on the table" else []
    scene = apply_sentences(["add a man named Sam", "add a woman named Mia 2 m left of Sam", *table,
                             f"add a {thing} {where}"])
    names = Cast(characters={"sam": "obj1", "mia": "obj2"}, types={"sam": "man", "mia": "woman"})
    for o in scene.objects[2:]:  # the words a film's cast would have for them, in either language
        names.props.append((o.type, o.id, {o.type.replace("_", " "), *_GERMAN.get(o.type, ())}))
    return scene, names


def _look(obj) -> tuple:
    m = obj.material
    return (np.array(obj.transform.scale), np.array(m.color), float(m.emissive_strength))


def _differs(a: tuple, b: tuple) -> bool:
    return bool(np.abs(a[0] / b[0] - 1).max() > 0.1 or np.abs(a[1] - b[1]).max() > 0.1 or abs(a[2] - b[2]) > 0.1)


# sentence, the thing and where it stands, the gesture, the body's posture, a result to see
CASES = [
    ("Sam polishes the clock", "clock", "on the table", "rub", False, True),
    ("Sam poliert den Helm", "helmet", "1 m in front of Sam", "rub", True, True),
    ("Sam wraps the gift", "gift", "3 m right of Sam", "wrap", True, True),
    ("Sam schneidet den Kuchen", "cake", "on the table", "chop", False, True),
    ("Sam packt das Geschenk aus", "gift", "1 m in front of Sam", "handle", True, True),
    ("Sam gießt die Blume", "flower", "2 m in front of Sam", "pour_over", True, True),
    ("Sam plants the tree", "tree", "2 m right of Sam", "handle", True, True),
    ("Sam washes the car", "car", "5 m right of Sam", "rub", False, True),
    ("Sam misst den Tisch", "table", "2 m in front of Sam", "handle", False, False),
    ("Sam rings the bell", "bell", "1 m in front of Sam", "chop", False, False),
    ("Sam hängt das Bild auf", "painting", "2 m right of Sam", "hang_up", False, True),
]


@pytest.mark.parametrize(("sentence", "thing", "where", "gesture", "kneels", "result"), CASES)
def test_the_hands_work_at_the_thing_and_it_shows_the_result(sentence: str, thing: str, where: str, gesture: str,
                                                             kneels: bool, result: bool) -> None:
    scene, names = _scene_and_cast(thing, where)
    oid = next(o.id for o in scene.objects if o.type == thing)
    done = hand_work(sentence, scene, names, 0.5, 3.0, 9.0)
    assert done is not None, sentence
    work = done.actions[-1]
    assert work.kind == gesture and oid in (work.target_object, work.item)
    assert work.end_s - work.start_s >= MIN_WORK_S - 1e-6
    assert ("kneel" in [a.kind for a in done.actions]) == kneels
    after = apply_ops(scene, [SetTimeline(actions=done.actions), *done.results])
    validate_actions(after)
    near, rel = 0, []
    times = np.linspace(work.start_s + 0.6, work.end_s - 0.1, 7)
    for t in times:
        state = evaluate_scene(after, float(t))
        body = state.object("obj1")
        palms = [_palm(body, s) for s in "lr"]
        box = world_bbox(state.object(oid))
        near += min(float(np.linalg.norm(p - np.clip(p, box.min, box.max))) for p in palms) <= _HANDS_AT_M
        rel.append(np.concatenate([p - np.array(body.transform.position) for p in palms]))
    assert near >= len(times) - 1, f"{sentence}: hands at the thing in {near} of {len(times)} samples"
    assert float(np.ptp(np.array(rel), axis=0).max()) > 0.05, f"{sentence}: the hands do not move"
    if result:
        before = _look(evaluate_scene(after, work.start_s - 0.05).object(oid))
        end = _look(evaluate_scene(after, work.end_s + 0.5).object(oid))
        pieces = [o for o in evaluate_scene(after, work.end_s + 0.5).objects if o.id.startswith(f"{oid}_") and o.visible]
        assert _differs(before, end) or pieces, f"{sentence}: the {thing} shows no result"


def test_a_verb_that_is_no_hand_act_is_left_to_the_engine() -> None:
    scene, names = _scene_and_cast("ball", "2 m right of Sam")
    assert hand_work("Sam kicks the ball", scene, names, 0.5, 3.0, 9.0) is None
    assert hand_work("Sam saw the ball", scene, names, 0.5, 3.0, 9.0) is None  # "saw": seeing, not sawing


def test_a_result_laid_twice_moves_to_the_key_act() -> None:
    scene, names = _scene_and_cast("clock", "1 m in front of Sam")
    oid = next(o.id for o in scene.objects if o.type == "clock")
    first = hand_work("Sam polishes the clock", scene, names, 0.5, 3.0, 4.0)
    assert first is not None
    scene = apply_ops(scene, [SetTimeline(actions=first.actions), *first.results])
    again = hand_work("Sam polishes the clock", scene, names, 6.0, 9.0, 10.0)
    assert again is not None and not again.results  # not the key act: laid once
    key = hand_work("Sam polishes the clock", scene, names, 6.0, 9.0, 10.0, key=True)
    assert key is not None and key.results
    scene = apply_ops(scene, [SetTimeline(actions=key.actions), *key.results])
    # still dull after the first act, clean after the key act
    between = _look(evaluate_scene(scene, 5.0).object(oid))
    start = _look(evaluate_scene(scene, 0.2).object(oid))
    end = _look(evaluate_scene(scene, 9.8).object(oid))
    assert not _differs(start, between) and _differs(start, end)


def test_a_thing_in_hand_is_put_on_a_table_before_the_work() -> None:
    scene, names = _scene_and_cast("helmet", "1 m in front of Sam")
    scene = apply_sentences(["add a table 1 m right of Sam"], scene)
    helmet = next(o.id for o in scene.objects if o.type == "helmet")
    table = next(o.id for o in scene.objects if o.type == "table")
    scene = apply_ops(scene, [SetTimeline(actions=[Action(object_id="obj1", kind="pick_up", start_s=0.2, end_s=1.8,
                                                          item=helmet)])])
    done = hand_work("Sam polishes the helmet", scene, names, 2.5, 5.0, 9.0)
    assert done is not None
    first = done.actions[0]
    assert (first.kind, first.item, first.target_object) == ("put_down", helmet, table)
    assert done.actions[-1].kind == "rub"


def test_a_thing_hung_up_hangs_on_the_wall_beside_it() -> None:
    scene, names = _scene_and_cast("painting", "1 m in front of Sam")
    scene = apply_sentences(["add a wall 2 m in front of Sam"], scene)
    wall = next(o for o in scene.objects if o.type == "wall")
    done = hand_work("Sam hangs the painting", scene, names, 0.5, 4.0, 9.0)
    assert done is not None
    after = apply_ops(scene, [SetTimeline(actions=done.actions), *done.results])
    state = evaluate_scene(after, done.actions[-1].end_s + 1.0)
    hung = next(o for o in state.objects if o.id.endswith("_hung1"))
    box, on = world_bbox(state.object(wall.id)), np.array(hung.transform.position)
    assert float(np.linalg.norm((on - np.clip(on, box.min, box.max))[[0, 2]])) < 0.1  # against the wall
    assert on[1] > 1.0  # up, where it was lifted to
