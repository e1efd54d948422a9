"""Who fills the picture in front of a shot's subject is named (``fault_who["foreground"]``), and the shot planner
then tries framings that hold the subject with them (a farmer walking up to his horse, its flank filling every
single of him): with all of them, then with each."""

from __future__ import annotations

from autark.assets import library
from autark.cinema import measure_shot, rules
from autark.jobs.framings import Framing, SceneShots
from autark.jobs.shots import _cut_cast, _with_the_cut
from autark.scene.model import Camera, Character, Scene, SceneObject, Transform


def _obj(oid: str, kind: str, x: float, z: float, heading: float = 0.0) -> SceneObject:
    spec = library.get(kind)
    return SceneObject(id=oid, name=oid.title(), type=kind, bounds_min=spec.bounds_min, bounds_max=spec.bounds_max,
                       transform=Transform(position=(x, 0.0, z), rotation=(0.0, heading, 0.0)))


def _scene(objects: list[SceneObject]) -> Scene:
    # a medium of the farmer at the origin from 3 m in front of him
    return Scene(objects=objects, characters=[Character(id=o.id, name=o.name, object_id=o.id) for o in objects],
                 cameras=[Camera(name="cam", position=(0.0, 1.4, 3.0), target=(0.0, 1.3, 0.0), fov=40.0)])


def test_a_horse_between_the_camera_and_the_farmer_is_named_as_the_foreground() -> None:
    scene = _scene([_obj("farmer", "man", 0.0, 0.0), _obj("horse", "horse", 0.0, 1.4, 90.0)])
    m = measure_shot(scene, "cam", 0.0, 2.0, ["farmer"])
    assert m.foreground_pct > rules.MAX_FOREGROUND_PCT
    assert m.fault_who.get("foreground") == ["horse"]
    ctx = SceneShots(characters=["farmer", "horse"], props=[], names={"farmer": "Farmer", "horse": "Horse"}, fps=24)
    assert _cut_cast(ctx, Framing("medium", "farmer"), m) == ["horse"]


def test_a_horse_beside_the_farmer_is_no_foreground() -> None:
    scene = _scene([_obj("farmer", "man", 0.0, 0.0), _obj("horse", "horse", 2.6, -0.5)])
    m = measure_shot(scene, "cam", 0.0, 2.0, ["farmer"])
    assert m.foreground_pct <= rules.MAX_FOREGROUND_PCT and "foreground" not in m.fault_who


def test_the_planner_regroups_with_all_in_front_then_each() -> None:
    ctx = SceneShots(characters=["farmer", "horse", "cat"], props=[], names={}, fps=24)
    groups = [f.group for f in _with_the_cut(ctx, Framing("medium", "farmer"), ["horse", "cat"])]
    assert groups[0] == ("farmer", "horse", "cat")
    assert ("farmer", "horse") in groups and ("farmer", "cat") in groups


def _measured(**values: object) -> object:
    from autark.cinema import ShotMeasures
    from autark.cinema.verdict import problems

    m = ShotMeasures("cam", 0.0, 4.0, 320, 180, ["knight"], 24, story=["knight"])
    for k, v in values.items():
        setattr(m, k, v)
    m.problems = problems(m)
    return m


def test_a_camera_near_a_wall_ranks_above_a_hidden_subject_and_below_a_clear_one() -> None:
    from autark.jobs.shots import _score

    near_wall = _measured(clearance_m=0.11)  # a close-up 0.11 m from the castle wall: the knight in full view
    hidden = _measured(clearance_m=4.0, subjects_visible_pct=40.0, occluded_pct=60.0)  # a wide, him behind a wall
    clear = _measured(clearance_m=2.0)
    inside = _measured(clearance_m=0.0, inside_pct=20.0)
    assert _score(clear, False) < _score(near_wall, False) < _score(hidden, False) < _score(inside, False)


def test_a_lost_story_subject_ranks_below_a_cut_across_the_line_of_action() -> None:
    from autark.jobs.shots import _score

    lost = _measured(clearance_m=2.0, faults={"subject_off": (3.9, 0.0, 3.9)})
    assert any(p.code == "subject_off" and p.level == "fail" for p in lost.problems)
    assert _score(_measured(clearance_m=2.0), True) < _score(lost, False)


def test_of_two_framings_breaking_as_many_rules_the_one_that_cuts_a_head_ranks_below() -> None:
    from autark.cinema import rules as _rules
    from autark.cinema.measure import ShotMeasures
    from autark.jobs.shots import _score

    def framing(code: str) -> ShotMeasures:
        m = ShotMeasures("c", 0.0, 3.0, 1280, 720, ["a"], 12)
        m.problems = [_rules.Problem(code, "fail", code)]
        return m

    assert _score(framing("eyes"), False) < _score(framing("head_out"), False)
    assert _score(framing("eyes"), False) < _score(framing("body_cut"), False)
