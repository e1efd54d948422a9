"""The faults any viewer sees, measured on hand-made scenes whose answer is known from their geometry: the story's
subject off screen, a frame with nobody in it, a body cut to a sliver at the edge, a head over the top edge; each
both present (warned or failed, with its time span) and absent."""

from __future__ import annotations

import math

import pytest

from autark.assets import library
from autark.cinema import measure_shot, rules
from autark.cinema.frame_faults import look, story_subjects
from autark.cinema.states import SceneStates
from autark.jobs.report import scene_measures
from autark.jobs.report_faults import film_spans, story_off_across_shots
from autark.scene.model import Camera, Character, Scene, SceneObject, Transform
from autark.scene.timeline import Action, Timeline

W, H = 1280, 720
TAN = math.tan(math.radians(20.0))  # a 40-degree lens: half the frame's height over the distance


def _obj(oid: str, kind: str, x: float = 0.0, z: float = 0.0, heading: float = 0.0) -> SceneObject:
    spec = library.get(kind)
    return SceneObject(id=oid, name=oid.title(), type=kind, bounds_min=spec.bounds_min, bounds_max=spec.bounds_max,
                       transform=Transform(position=(x, 0.0, z), rotation=(0.0, heading, 0.0)))


def _scene(objects: list[SceneObject], cam: tuple[tuple[float, float, float], tuple[float, float, float]],
           actions: list[Action] | None = None) -> Scene:
    chars = [Character(id=o.id, name=o.name, object_id=o.id) for o in objects]
    return Scene(objects=objects, characters=chars, cameras=[Camera(name="cam", position=cam[0], target=cam[1],
                                                                    fov=40.0)],
                 timeline=Timeline(actions=actions or []))


def _codes(m) -> dict[str, str]:
    return {p.code: p.level for p in m.problems if p.code in ("subject_off", "empty", "body_cut", "head_out")}


# a camera 4 m in front of the origin at chest height: the frame spans 2.9 m high, 5.2 m wide there
FRONT = ((0.0, 1.0, 4.0), (0.0, 1.0, 0.0))
HALF_W = 4.0 * TAN * W / H


def test_a_person_whole_in_the_frame_shows_no_fault() -> None:
    scene = _scene([_obj("ann", "humanoid")], FRONT)
    m = measure_shot(scene, "cam", 0.0, 3.0, ["ann"], story=["ann"])
    assert not _codes(m), m.problems
    assert all(run[0] == 0 for run in m.faults.values()), m.faults
    d = m.to_dict()
    assert d["empty_s"] == 0 and d["subject_off_s"] == 0 and d["fault_spans"] == {}


@pytest.mark.parametrize(("seconds", "level"), [(1.5, "warn"), (3.0, "fail")])
def test_a_frame_with_nobody_in_it_is_empty(seconds: float, level: str) -> None:
    # the camera looks at the ground 6 m to the side of the only person
    scene = _scene([_obj("ann", "humanoid")], ((6.0, 1.0, 4.0), (6.0, 1.0, 0.0)))
    m = measure_shot(scene, "cam", 0.0, seconds)
    assert _codes(m).get("empty") == level, m.problems
    assert m.faults["empty"][0] == pytest.approx(seconds)
    # a shot of someone is not empty
    assert "empty" not in _codes(measure_shot(_scene([_obj("ann", "humanoid")], FRONT), "cam", 0.0, seconds))


def test_the_story_subject_off_screen_while_another_is_shown_fails() -> None:
    # the man in the middle of the frame, the dog the story is about 5 m to his right, out of the picture
    scene = _scene([_obj("man", "humanoid"), _obj("dog", "dog", x=5.0)], FRONT)
    m = measure_shot(scene, "cam", 0.0, 4.0, ["man"], story=["dog"])
    assert _codes(m).get("subject_off") == "fail" and m.ok is False
    assert m.fault_who["subject_off"] == ["dog"]
    # the dog beside him, in the picture: nothing off
    near = _scene([_obj("man", "humanoid"), _obj("dog", "dog", x=1.2)], FRONT)
    assert "subject_off" not in _codes(measure_shot(near, "cam", 0.0, 4.0, ["man"], story=["dog"]))
    # a dog far away is in the frame but under 5% of its height: not seen
    far = _scene([_obj("man", "humanoid"), _obj("dog", "dog", x=0.0, z=-60.0)], FRONT)
    assert _codes(measure_shot(far, "cam", 0.0, 4.0, ["man"], story=["dog"])).get("subject_off") == "fail"


def test_a_body_cut_to_a_sliver_at_the_side_is_found() -> None:
    # Bob stands with 0.12 m of his 0.5 m wide body inside the right edge: under 40% shows, his head outside
    bob_x = HALF_W + 0.25 - 0.12
    scene = _scene([_obj("ann", "humanoid"), _obj("bob", "humanoid", x=bob_x)], FRONT)
    m = measure_shot(scene, "cam", 0.0, 2.0, ["ann"])
    assert _codes(m).get("body_cut") == "warn" and m.fault_who["body_cut"] == ["bob"]
    # more of him in the frame (his head inside, 70% of his width): framed, not cut
    inside = _scene([_obj("ann", "humanoid"), _obj("bob", "humanoid", x=HALF_W - 0.25 + 0.15)], FRONT)
    assert "body_cut" not in _codes(measure_shot(inside, "cam", 0.0, 2.0, ["ann"]))
    # wholly outside: not in the picture at all, nothing cut
    out = _scene([_obj("ann", "humanoid"), _obj("bob", "humanoid", x=HALF_W + 0.5)], FRONT)
    assert "body_cut" not in _codes(measure_shot(out, "cam", 0.0, 2.0, ["ann"]))


def test_legs_only_at_the_top_of_a_low_frame_are_a_cut_body() -> None:
    # a camera near the ground looking level: Bob's legs fill the top-left corner, his head far over the frame
    scene = _scene([_obj("cat", "cat"), _obj("bob", "humanoid", x=-0.45, z=0.6)],
                   ((0.0, 0.25, 1.6), (0.0, 0.25, 0.0)))
    m = measure_shot(scene, "cam", 0.0, 4.0, ["cat"])
    lk = look(scene.object("bob"), SceneStates(scene).points(0.0, scene.object("bob")), scene.cameras[0], W / H)
    assert lk.cut and not lk.seen
    assert _codes(m).get("body_cut") == "fail", m.problems


def test_a_head_over_the_top_edge_is_found_for_anyone_in_the_frame() -> None:
    # 1.6 m away at the height of the belt: the frame holds 0.32..1.48 m, the head (1.5..1.75 m) is over its top
    low_close = ((0.0, 0.9, 1.6), (0.0, 0.9, 0.0))
    scene = _scene([_obj("ann", "humanoid")], low_close)
    m = measure_shot(scene, "cam", 0.0, 3.0, [])  # no subject: the shot measure's own head cut does not look
    assert _codes(m).get("head_out") == "fail" and m.faults["head_out"][0] == pytest.approx(3.0)
    # from 4 m she is whole
    assert "head_out" not in _codes(measure_shot(_scene([_obj("ann", "humanoid")], FRONT), "cam", 0.0, 3.0, []))


def test_fault_span_is_where_it_happens() -> None:
    # the dog runs out of the picture halfway through a 4 s shot: off from about 2 s to the end
    dog_track = [Action(object_id="dog", kind="run", start_s=1.0, end_s=2.0, target=(9.0, 0.0, 0.0))]
    scene = _scene([_obj("man", "humanoid"), _obj("dog", "dog", x=1.2)], FRONT, dog_track)
    m = measure_shot(scene, "cam", 0.0, 4.0, ["man"], story=["dog"])
    run_s, a, b = m.faults["subject_off"]
    assert 1.0 < a < 2.5 and b == pytest.approx(4.0) and run_s == pytest.approx(b - a)
    # the report says it in the film's time: the shot starts 10 s into the film
    measures = scene_measures(m.to_dict(), H)
    assert measures["subject_off_s"]["status"] in ("warn", "fail")
    film_spans(measures, 10.0)
    lo, hi = measures["subject_off_s"]["span_s"]
    assert lo == pytest.approx(10.0 + a, abs=0.01) and hi == pytest.approx(14.0, abs=0.01)
    assert f"from {lo:.1f} s" in measures["subject_off_s"]["reason"]


def test_story_subjects_are_the_planned_one_and_who_acts_on_whom() -> None:
    objects = [_obj("girl", "humanoid"), _obj("cat", "cat", x=2.0), _obj("man", "humanoid", x=-2.0)]
    acts = [Action(object_id="girl", kind="chase", start_s=0.0, end_s=4.0, target_object="cat"),
            Action(object_id="man", kind="idle", start_s=0.0, end_s=4.0),
            Action(object_id="man", kind="talk", start_s=0.0, end_s=4.0)]
    scene = _scene(objects, FRONT, acts)
    assert story_subjects(scene, 0.0, 4.0) == ["girl", "cat"]
    assert story_subjects(scene, 0.0, 4.0, ["man"]) == ["man", "girl", "cat"]
    # an action that barely touches the shot is not what it is about
    assert story_subjects(scene, 3.8, 8.0) == []
    # a car worked on is part of what the story shows; a cup drunk from is in the hands that show it
    things = [_obj("car", "car", x=3.0), _obj("cup", "cup", x=-1.0)]
    acts = [Action(object_id="girl", kind="hammer", start_s=0.0, end_s=4.0, item="car"),
            Action(object_id="man", kind="drink", start_s=0.0, end_s=4.0, item="cup")]
    scene = _scene(objects, FRONT, acts).model_copy(update={"objects": [*objects, *things]})
    assert story_subjects(scene, 0.0, 4.0) == ["girl", "car", "man"]
    assert rules.FAULT_FAIL_S["subject_off"] > rules.FAULT_WARN_S


def test_a_standing_body_whose_head_is_over_the_top_edge_is_a_cut_body() -> None:
    # a grown-up 1.2 m from a camera at a child's height: her skirt and legs fill the side of the frame, her head is
    # far over its top (most of her shows, but not her head)
    scene = _scene([_obj("boy", "humanoid"), _obj("oma", "humanoid", x=0.6, z=2.8)], ((0.0, 0.6, 4.0), (0.0, 0.6, 0.0)))
    oma = scene.object("oma")
    lk = look(oma, SceneStates(scene).points(0.0, oma), scene.cameras[0], W / H)
    assert lk.cut and not lk.seen and not lk.head_out
    m = measure_shot(scene, "cam", 0.0, 2.0, ["boy"])
    assert _codes(m).get("body_cut") == "warn" and m.fault_who["body_cut"] == ["oma"]


def _shot(k: int, start: float, end: float, span: list[float] | None, who: list[str], kind: str = "scene") -> dict:
    m = {"status": "warn", "span_s": span, "who": who} if span else {"status": "pass"}
    return {"index": k, "kind": kind, "start_s": start, "end_s": end, "measures": {"subject_off_s": m}}


def test_the_story_subject_off_over_consecutive_shots_is_joined() -> None:
    # two reverse shots of 2.5 s each, the dog off in both: 5 s; a shot where it is seen again ends the run
    shots = [_shot(0, 0.0, 3.0, None, []), _shot(1, 3.0, 5.5, [3.0, 5.5], ["dog"]),
             _shot(2, 5.5, 8.0, [5.5, 8.0], ["dog", "cat"]), _shot(3, 8.0, 10.0, None, []),
             _shot(4, 10.0, 12.0, [10.0, 12.0], ["dog"])]
    assert story_off_across_shots(shots) == (5.0, 3.0, 8.0, ["dog"])
    # back on screen before the cut: no run on into the next shot
    shots[1] = _shot(1, 3.0, 5.5, [3.0, 4.5], ["dog"])
    assert story_off_across_shots(shots)[0] == pytest.approx(2.5)
    # someone else off in the next shot: two runs, not one
    shots[1] = _shot(1, 3.0, 5.5, [3.0, 5.5], ["cat"])
    shots[2] = _shot(2, 5.5, 8.0, [5.5, 8.0], ["dog"])
    assert story_off_across_shots(shots)[0] == pytest.approx(2.5)


def test_legs_far_behind_the_subject_or_by_the_thing_of_an_insert_are_no_cut_body() -> None:
    low = ((0.0, 0.25, 1.6), (0.0, 0.25, 0.0))
    # legs without their head, 1.5 m behind the cat: a passer-by in the background
    behind = _scene([_obj("cat", "cat"), _obj("bob", "humanoid", x=-1.0, z=-1.5)], low)
    bob = behind.object("bob")
    assert "body_cut" not in _codes(measure_shot(behind, "cam", 0.0, 4.0, ["cat"]))
    assert look(bob, SceneStates(behind).points(0.0, bob), behind.cameras[0], W / H).cut  # alone: cut
    # an insert of a ball at Bob's feet frames his legs with it on purpose
    ball_spec = library.get("ball")
    ball = SceneObject(id="ball", name="ball", type="ball", bounds_min=ball_spec.bounds_min,
                       bounds_max=ball_spec.bounds_max, transform=Transform(position=(-0.2, 0.0, 0.9)))
    kick = _scene([_obj("bob", "humanoid", x=-0.45, z=0.6)], low)
    kick = kick.model_copy(update={"objects": [*kick.objects, ball]})
    assert "body_cut" not in _codes(measure_shot(kick, "cam", 0.0, 4.0, ["ball"]))
    assert _codes(measure_shot(kick, "cam", 0.0, 4.0, [])).get("body_cut") == "fail"  # no insert: his legs are cut


def test_a_face_cut_by_the_top_edge_of_an_insert_is_a_cut_head() -> None:
    # a ball held at Bob's chest, the camera level with it: his legs and chest in the picture, the top of his head
    # over the frame's top edge and his face under it. The insert's exemption is for legs alone
    ball_spec = library.get("ball")
    ball = SceneObject(id="ball", name="ball", type="ball", bounds_min=ball_spec.bounds_min,
                       bounds_max=ball_spec.bounds_max, transform=Transform(position=(0.0, 1.0, 0.4)))
    bob = _obj("bob", "humanoid")
    top = bob.transform.position[1] + bob.bounds_max[1]
    # the frame's top edge between Bob's nose and the top of his head
    edge = top - 0.12
    dist = 1.6
    centre = edge - dist * TAN
    scene = _scene([bob], ((0.0, centre, dist), (0.0, centre, 0.0)))
    scene = scene.model_copy(update={"objects": [*scene.objects, ball]})
    states = SceneStates(scene)
    from autark.cinema.frame_faults import look_all

    lk = look_all([("bob", states.points(0.0, scene.object("bob"))), ("ball", states.points(0.0, ball))],
                  scene.cameras[0], W / H, inserts=["ball"], subjects=["ball"])["bob"]
    assert lk.head_out
    assert _codes(measure_shot(scene, "cam", 0.0, 4.0, ["ball"])).get("head_out") == "fail"
