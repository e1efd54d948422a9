"""The thing a hand act is about reads in the shot (a teapot poured from in a medium, not a speck in a far wide), and a
speaker on screen shows the face, not an ear and the back of the head; both are rules the shot measure breaks, the
report grades and the planner's candidates serve (a medium of the thing with the hands on it)."""

from __future__ import annotations

import math

import pytest

from autark.assets import library
from autark.cinema import measure_shot
from autark.cinema.event_things import event_things, readable
from autark.cinema.measure import LineSpan
from autark.cinema.states import SceneStates
from autark.jobs.framings import Framing, SceneShots, candidates
from autark.jobs.report import scene_measures
from autark.scene.model import Camera, Character, Scene, SceneObject, Transform
from autark.scene.timeline import Action, Timeline

W, H = 640, 360


def _obj(oid: str, kind: str, at: tuple[float, float, float], heading: float = 0.0, tag: str = "") -> SceneObject:
    spec = library.get(kind)
    return SceneObject(id=oid, name=oid.title(), type=kind, bounds_min=spec.bounds_min, bounds_max=spec.bounds_max,
                       transform=Transform(position=at, rotation=(0.0, heading, 0.0)), tag=tag)


def _scene(cam: tuple[tuple[float, float, float], tuple[float, float, float]], thing: str = "teapot",
           kind: str = "pour", extra: list[SceneObject] | None = None, item: str = "thing") -> Scene:
    girl = _obj("girl", "humanoid", (0.0, 0.0, 0.0))
    pot = _obj("thing", thing, (0.3, 0.8, 0.3))  # at her hands' height, in front of her
    return Scene(objects=[girl, pot, *(extra or [])],
                 characters=[Character(id="girl", name="Girl", object_id="girl")],
                 cameras=[Camera(name="cam", position=cam[0], target=cam[1], fov=40.0)],
                 timeline=Timeline(duration_s=4.0, actions=[Action(object_id="girl", kind=kind, start_s=0.0,
                                                                   end_s=4.0, item=item)]))


MEDIUM = ((0.3, 1.1, 2.2), (0.1, 1.0, 0.0))  # the girl from the waist up, the pot in her hands
FAR_WIDE = ((0.0, 6.0, 22.0), (0.0, 0.8, 0.0))  # high and far: she is a figure, the pot a speck


def _codes(m) -> dict[str, str]:  # noqa: ANN001 - a ShotMeasures
    return {p.code: p.level for p in m.problems}


def test_the_act_s_thing_reads_in_a_medium_and_is_a_speck_in_a_far_wide() -> None:
    near = measure_shot(_scene(MEDIUM), "cam", 0.0, 4.0, ["girl"], width=W, height=H)
    far = measure_shot(_scene(FAR_WIDE), "cam", 0.0, 4.0, ["girl"], width=W, height=H)
    assert near.things == ["thing"] and near.thing_seen_pct == pytest.approx(100.0)
    assert "thing_small" not in _codes(near)
    assert far.thing_seen_pct == pytest.approx(0.0)
    assert _codes(far)["thing_small"] == "fail"


def test_the_act_s_thing_out_of_the_frame_fails() -> None:
    away = ((-3.0, 1.1, 2.5), (-3.0, 1.1, 0.0))  # the camera looks past her, at the empty floor on her right
    m = measure_shot(_scene(away), "cam", 0.0, 4.0, [], width=W, height=H)
    assert _codes(m).get("thing_small") == "fail"


def test_only_small_things_of_hand_acts_are_event_things() -> None:
    scene = _scene(MEDIUM)
    assert [e.thing for e in event_things(scene, 0.0, 4.0)] == ["thing"]
    walk = _scene(MEDIUM, kind="walk")
    assert event_things(walk, 0.0, 4.0) == []  # walking to a teapot is about the walk
    car = _scene(MEDIUM, thing="car")
    assert event_things(car, 0.0, 4.0) == []  # a big thing is the story's subject (``story_subjects``) already
    setting = _scene(MEDIUM, extra=[_obj("tree", "tree", (3.0, 0.0, -2.0), tag="setting")], item="tree")
    assert event_things(setting, 0.0, 4.0) == []
    assert event_things(scene, 3.5, 4.0) == [] or event_things(scene, 3.5, 4.0)[0].end_s == 4.0
    assert event_things(scene, 4.0, 6.0) == []  # after the act


def test_readable_needs_most_of_the_thing_inside_the_frame() -> None:
    scene = _scene(MEDIUM)
    corners = SceneStates(scene).points(0.0, scene.object("thing"))[2]
    ok, size = readable(corners, scene.cameras[0], W / H)
    assert ok and size > 0.06
    edge = Camera(name="cam", position=(1.6, 1.1, 2.2), target=(1.6, 1.0, 0.0), fov=40.0)  # pot half out at the left
    assert not readable(corners, edge, W / H)[0]


def _speaking(view_deg: float) -> Scene:
    girl = _obj("girl", "humanoid", (0.0, 0.0, 0.0))  # she faces +Z
    r = 2.2
    pos = (r * math.sin(math.radians(view_deg)), 1.5, r * math.cos(math.radians(view_deg)))
    return Scene(objects=[girl], characters=[Character(id="girl", name="Girl", object_id="girl")],
                 cameras=[Camera(name="cam", position=pos, target=(0.0, 1.4, 0.0), fov=40.0)],
                 timeline=Timeline(duration_s=3.0))


@pytest.mark.parametrize(("view_deg", "fails"), [(0.0, False), (60.0, False), (120.0, True)])
def test_a_speaker_on_screen_shows_the_face(view_deg: float, fails: bool) -> None:
    line = LineSpan("girl", 0.0, 3.0, "Look at this!")
    m = measure_shot(_speaking(view_deg), "cam", 0.0, 3.0, ["girl"], [line], width=W, height=H)
    assert ("speaker_face" in _codes(m)) is fails
    if fails:
        assert m.worst_face_pct is not None and m.worst_face_pct < 50.0
        assert "speaker_off" not in _codes(m)  # on screen by the old rule: only the face was missing


def test_the_report_grades_the_new_checks() -> None:
    far = measure_shot(_scene(FAR_WIDE), "cam", 0.0, 4.0, ["girl"], width=W, height=H)
    graded = scene_measures(far.to_dict(), H)
    assert graded["thing_seen_pct"]["status"] == "fail"
    near = measure_shot(_scene(MEDIUM), "cam", 0.0, 4.0, ["girl"], width=W, height=H)
    assert scene_measures(near.to_dict(), H)["thing_seen_pct"]["status"] == "pass"
    side = measure_shot(_speaking(120.0), "cam", 0.0, 3.0, ["girl"], [LineSpan("girl", 0.0, 3.0, "Hi!")],
                        width=W, height=H)
    assert scene_measures(side.to_dict(), H)["speaker_face_pct"]["status"] == "fail"


def test_the_planner_tries_the_thing_with_the_hands_right_after_the_planned_framing() -> None:
    ctx = SceneShots(characters=["girl"], props=["thing"], names={"girl": "Girl", "thing": "Teapot"}, fps=24)
    tries = candidates(ctx, "wide", "static", "girl", None, [], ["girl"], ["thing"])
    assert tries[0] == Framing("wide", "girl", "static")
    assert tries[1] == Framing("medium", "thing", "static", view="front")
    assert Framing("close-up", "thing", "static", view="front") in tries[1:7]


def test_a_reaction_shot_may_leave_the_speaker_out_but_not_show_the_back_of_their_head() -> None:
    line = LineSpan("girl", 0.0, 3.0, "Give it back!")
    behind = measure_shot(_speaking(170.0), "cam", 0.0, 3.0, ["girl"], [line], width=W, height=H, reaction=True)
    assert "speaker_off" not in _codes(behind) and _codes(behind)["speaker_face"] == "fail"
    away = ((6.0, 1.5, 2.0), (6.0, 1.4, 0.0))  # the camera on someone else: she is out of the frame
    out = measure_shot(_scene(away, kind="wave"), "cam", 0.0, 3.0, [], [line], width=W, height=H, reaction=True)
    assert "speaker_face" not in _codes(out) and out.worst_face_pct is None


def test_one_person_and_the_thing_they_act_on_get_side_on_two_shots() -> None:
    from autark.jobs.pair_views import side_on as _side_on
    from autark.jobs.shots import _Part

    scene = _scene(MEDIUM)
    ctx = SceneShots(characters=["girl"], props=["thing"], names={"girl": "Girl", "thing": "Teapot"}, fps=24)
    part = _Part(0.0, 4.0, "medium", "static", "girl", None, [])
    assert _side_on(ctx, part, SceneStates(scene)) == []  # alone, nothing to pair with
    views = _side_on(ctx, part, SceneStates(scene), ["thing"])
    assert views and all(fr.group == ("girl", "thing") for fr in views)
    front, square = views[0].view, views[1].view
    assert isinstance(front, tuple) and front[2] > 0.9  # from where she faces (+Z)
    # and square to the line from her to the pot before her: from the side, both in profile
    assert isinstance(square, tuple) and abs(square[0]) > 0.5
