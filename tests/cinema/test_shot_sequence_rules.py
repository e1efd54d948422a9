"""The rules about what the camera shows that the single-frame checks missed, on hand-made scenes whose answer is
known from their geometry: two heads stacked in the frame (one behind the other as the lens lines them up), the
people of a wide a speck (only a short establishing wide may hold them small), a camera held too long (cut into
pieces, every other one nearer) and the same setup kept twice (a jump cut; the same picture again later)."""

from __future__ import annotations

import math

from autark.assets import library
from autark.cinema import LineSpan, measure_shot, rules
from autark.jobs.holds import (
    HOLD_PIECE_S,
    MAX_HELD_S,
    Setup,
    break_holds,
    closer_angle,
    repeats,
    same_setup,
)
from autark.jobs.shots import _Part
from autark.scene.model import Camera, Character, Scene, SceneObject, Transform
from autark.scene.timeline import Timeline


def _obj(oid: str, kind: str, x: float = 0.0, z: float = 0.0, heading: float = 0.0) -> SceneObject:
    spec = library.get(kind)
    return SceneObject(id=oid, name=oid.title(), type=kind, bounds_min=spec.bounds_min, bounds_max=spec.bounds_max,
                       transform=Transform(position=(x, 0.0, z), rotation=(0.0, heading, 0.0)))


def _scene(objects: list[SceneObject], cam: tuple[tuple[float, float, float], tuple[float, float, float]]) -> Scene:
    chars = [Character(id=o.id, name=o.name, object_id=o.id) for o in objects]
    return Scene(objects=objects, characters=chars,
                 cameras=[Camera(name="cam", position=cam[0], target=cam[1], fov=40.0)], timeline=Timeline())


def _codes(m) -> dict[str, str]:
    return {p.code: p.level for p in m.problems}


# -- stacked heads ---------------------------------------------------------------------------------------------
def test_one_behind_the_other_on_the_lens_axis_is_stacked() -> None:
    # a mother and her son one metre behind her, both on the camera's axis: his head behind hers
    scene = _scene([_obj("mum", "humanoid"), _obj("son", "humanoid", z=-1.0)], ((0.0, 1.6, 4.0), (0.0, 1.3, 0.0)))
    m = measure_shot(scene, "cam", 0.0, 3.0, ["mum", "son"], story=["mum", "son"])
    assert _codes(m).get("stacked") == "fail", m.problems
    assert m.fault_who["stacked"] == ["son"]
    assert m.faults["stacked"][0] > rules.FAULT_FAIL_S["stacked"]


def test_side_by_side_or_seen_from_the_side_is_no_stack() -> None:
    # the same two, a metre and a half apart across the frame; then the first pair seen from the side
    beside = _scene([_obj("mum", "humanoid"), _obj("son", "humanoid", x=1.5)], ((0.75, 1.6, 5.0), (0.75, 1.3, 0.0)))
    side = _scene([_obj("mum", "humanoid"), _obj("son", "humanoid", z=-1.0)], ((5.0, 1.6, -0.5), (0.0, 1.3, -0.5)))
    for scene in (beside, side):
        m = measure_shot(scene, "cam", 0.0, 3.0, ["mum", "son"], story=["mum", "son"])
        assert "stacked" not in _codes(m), m.problems
        assert m.faults["stacked"][0] == 0


def test_a_stranger_behind_the_subject_is_no_stack() -> None:
    # a passer-by behind the one the shot is about: a crowd in the background, not a lost face
    scene = _scene([_obj("ann", "humanoid"), _obj("extra", "humanoid", z=-2.0)], ((0.0, 1.6, 4.0), (0.0, 1.3, 0.0)))
    m = measure_shot(scene, "cam", 0.0, 3.0, ["ann"], story=["ann"])
    assert "stacked" not in _codes(m), m.problems


# -- people a speck in a wide --------------------------------------------------------------------------------
def _wide_at(distance_m: float, establishing: bool = False):
    scene = _scene([_obj("ann", "humanoid")], ((0.0, 1.0, distance_m), (0.0, 1.0, 0.0)))
    return measure_shot(scene, "cam", 0.0, 4.0, ["ann"], story=["ann"], establishing=establishing)


def test_a_person_far_off_in_a_wide_is_too_small() -> None:
    far = _wide_at(14.0)  # the frame 10 m high there: a person a sixth of it
    assert far.framing == "wide" and far.people_frac is not None
    assert far.people_frac < rules.MIN_WIDE_PEOPLE_FRAC
    assert _codes(far).get("small") == "fail"
    # the same frame as the place's short establishing wide passes
    assert "small" not in _codes(_wide_at(14.0, establishing=True))


def test_a_big_animal_near_the_lens_does_not_make_the_far_farmer_readable() -> None:
    # the cow stands large before the camera, the farmer far behind it: the wide is read by the person in it
    scene = _scene([_obj("cow", "cow", x=-1.5, z=1.0), _obj("tom", "man", x=1.0, z=-9.0)],
                   ((0.0, 1.2, 6.0), (0.0, 1.0, 0.0)))
    m = measure_shot(scene, "cam", 0.0, 4.0, ["cow", "tom"], story=["tom"])
    assert m.people_frac is not None and m.people_frac < rules.MIN_WIDE_PEOPLE_FRAC, m.to_dict()


def test_a_readable_wide_passes() -> None:
    near = _wide_at(4.5)  # the frame 3.3 m high: a person half of it, feet in the picture
    assert near.framing == "wide"
    assert near.people_frac is not None and near.people_frac >= rules.MIN_WIDE_PEOPLE_FRAC
    assert "small" not in _codes(near)


# -- long holds ------------------------------------------------------------------------------------------------

def _break(parts, lines=()):
    return break_holds(parts, ["ann", "bob"], list(lines), 1.2, lambda t: round(t * 24) / 24, lambda p: ["ann"])


def test_a_long_static_wide_is_cut_with_a_nearer_piece_between() -> None:
    out = _break([_Part(0.0, 11.0, "wide", "static", None, None)])
    assert len(out) == math.ceil(11.0 / HOLD_PIECE_S)
    assert out[0].start_s == 0.0 and out[-1].end_s == 11.0
    assert all(a.end_s == b.start_s for a, b in zip(out, out[1:], strict=False))
    assert all(p.end_s - p.start_s <= MAX_HELD_S for p in out)
    assert out[0].size == "wide" and out[1].size == "medium" and out[1].subject == "ann"  # the story's subject
    assert out[2].size == "wide"


def test_the_cut_falls_on_a_line_and_goes_to_its_speaker() -> None:
    line = LineSpan("bob", 3.2, 6.0, "Where is the key?")
    out = _break([_Part(0.0, 7.0, "medium", "static", "ann", None)], [line])
    # on the line's start (the frame grid), not at a third of the part
    assert [round(p.start_s, 2) for p in out][:2] == [0.0, 3.21] and out[1].start_s != round(7.0 / 3, 2)
    assert out[1].subject == "bob" and out[1].size == "medium"


def test_a_short_or_moving_part_is_kept_whole() -> None:
    parts = [_Part(0.0, 3.9, "wide", "static", None, None), _Part(3.9, 11.0, "medium", "follow", "ann", None)]
    assert _break(parts) == parts


def test_a_close_up_is_broken_by_a_medium() -> None:
    assert closer_angle(["ann"], "close-up", "ann", [], []) == ("medium", "ann")
    # cut in to, not out of: the medium first (it holds her getting down), the close-up once she is still
    out = _break([_Part(0.0, 7.0, "close-up", "static", "ann", None)])
    assert [(p.size, p.subject) for p in out][:2] == [("medium", "ann"), ("close-up", "ann")]
    assert closer_angle(["ann"], "medium", "ann", [], []) == ("close-up", "ann")


# -- setups kept twice -----------------------------------------------------------------------------------------
WIDE = Setup((0.0, 2.8, 6.8), (0.0, 1.0, 0.0))


def test_the_same_picture_again_is_a_repeat() -> None:
    again = Setup((0.3, 2.7, 6.6), (0.1, 1.0, 0.0))
    assert same_setup(WIDE, again)
    assert repeats([WIDE], again)  # back to back: a jump cut
    assert repeats([WIDE, Setup((3.0, 1.6, 2.0), (0.0, 1.4, 0.0))], again)  # later: the same wide twice


def test_another_angle_or_distance_is_no_repeat() -> None:
    assert not repeats([WIDE], Setup((-4.5, 2.8, 5.0), (0.0, 1.0, 0.0)))  # 40 degrees round
    assert not repeats([WIDE], Setup((0.0, 1.9, 2.6), (0.0, 1.0, 0.0)))  # pushed in on the same axis


def test_dialogue_singles_may_come_back_but_not_straight_after_themselves() -> None:
    ann = Setup((0.5, 1.6, 2.0), (0.0, 1.5, 0.0), dialogue=True)
    bob = Setup((0.5, 1.6, -3.0), (0.0, 1.5, -1.0), dialogue=True)
    assert not repeats([ann, bob], Setup(ann.position, ann.target, dialogue=True))
    assert repeats([ann], Setup(ann.position, ann.target, dialogue=True))
    assert repeats([ann, bob], Setup(ann.position, ann.target, dialogue=False))


# -- the story's subject hidden ------------------------------------------------------------------------------
def _lamp_scene(with_lamp: bool) -> Scene:
    objs = [_obj("ann", "humanoid"), _obj("bob", "humanoid", x=1.4)]
    scene = _scene(objs, ((0.0, 1.6, 5.0), (0.7, 1.2, 0.0)))
    if with_lamp:  # a street lamp 2.5 m before her, on the ray from the lens to her head
        spec = library.get("street_lamp")
        lamp = SceneObject(id="lamp", name="Lamp", type="street_lamp", bounds_min=spec.bounds_min,
                           bounds_max=spec.bounds_max, transform=Transform(position=(0.0, 0.0, 2.2)))
        scene = scene.model_copy(update={"objects": [*scene.objects, lamp]})
    return scene


def test_the_story_subject_behind_a_lamp_post_counts_off_screen() -> None:
    # the shot is of bob; the story is about ann, in the frame but behind the lamp post for the whole shot
    hidden = measure_shot(_lamp_scene(True), "cam", 0.0, 3.0, ["bob"], story=["ann"])
    assert _codes(hidden).get("subject_off") == "fail", hidden.problems
    assert hidden.fault_who["subject_off"] == ["ann"]
    clear = measure_shot(_lamp_scene(False), "cam", 0.0, 3.0, ["bob"], story=["ann"])
    assert "subject_off" not in _codes(clear), clear.problems


# -- the thing the shot is about standing before its people ---------------------------------------------------
def test_the_thing_a_shot_is_about_may_not_fill_the_frame_before_its_people() -> None:
    def shot(car_z: float):
        spec = library.get("car")
        car = SceneObject(id="car", name="Car", type="car", bounds_min=spec.bounds_min, bounds_max=spec.bounds_max,
                          transform=Transform(position=(0.0, 0.0, car_z), rotation=(0.0, 90.0, 0.0)))
        scene = _scene([_obj("tom", "man")], ((0.0, 1.5, 6.0), (0.0, 1.2, 0.0)))
        scene = scene.model_copy(update={"objects": [*scene.objects, car]})
        return measure_shot(scene, "cam", 0.0, 3.0, ["tom", "car"], story=["tom"])

    before = shot(3.0)  # the car between the lens and him: its side fills the picture
    assert before.foreground_pct > rules.MAX_FOREGROUND_PCT and _codes(before).get("foreground") == "fail"
    behind = shot(-3.0)  # the car behind him: his backdrop
    assert behind.foreground_pct == 0.0 and "foreground" not in _codes(behind)
