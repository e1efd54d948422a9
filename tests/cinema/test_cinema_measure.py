"""The shot analysis on small hand-made scenes: each rule broken on purpose, and a good shot that breaks none."""

from __future__ import annotations

import math

import pytest

from autark.assets import library
from autark.cinema import (
    LineSpan,
    SceneStates,
    action_side,
    camera_path,
    clear_span,
    line_spans,
    measure_scene,
    measure_shot,
    rules,
    shot_subjects,
)
from autark.cinema.shoulder import over_shoulder
from autark.ops import apply_ops
from autark.ops import camera_moves as cm
from autark.scene.model import Camera, Character, Scene, SceneObject, Transform
from autark.scene.timeline import Keyframe, Line, Shot, Track

W, H = 1280, 720


def _obj(oid: str, kind: str, x: float = 0.0, z: float = 0.0, *, heading: float = 0.0,
         scale: tuple[float, float, float] = (1.0, 1.0, 1.0), name: str = "") -> SceneObject:
    spec = library.get(kind)
    return SceneObject(id=oid, name=name or kind, type=kind, bounds_min=spec.bounds_min, bounds_max=spec.bounds_max,
                       transform=Transform(position=(x, 0.0, z), rotation=(0.0, heading, 0.0), scale=scale))


def _scene(*objects: SceneObject, cameras: list[Camera] | None = None) -> Scene:
    chars = [Character(id=o.name.lower(), name=o.name, object_id=o.id) for o in objects if o.type == "humanoid"]
    return Scene(objects=list(objects), characters=chars,
                 cameras=cameras or [Camera(name="main", position=(0.0, 1.5, 5.0), target=(0.0, 1.0, 0.0), fov=40.0)])


def _framed(scene: Scene, subject: str, size: str, name: str = "cam", **kw: object) -> Scene:
    with_cam = scene.model_copy(update={"cameras": [*scene.cameras, Camera(name=name, fov=40.0)]})
    return apply_ops(with_cam, [op for op in cm.frame(with_cam, name, subject, 0.0, 4.0, size=size, **kw)
                                if type(op).__name__ != "SetTimeline"])


ANN = _obj("a", "humanoid", name="Ann")


def test_a_medium_shot_of_one_person_breaks_no_rule() -> None:
    scene = _framed(_scene(ANN), "a", "medium")
    m = measure_shot(scene, "cam", 0.0, 4.0, ["a"])
    assert m.ok and not m.problems, m.problems
    assert m.subjects_visible_pct == 100.0 and m.framing == "medium" and m.clearance_m > rules.MIN_CLEARANCE_M
    assert 0.15 <= (m.eyes_from_top or 0) <= 0.5 and m.head_cut_pct == 0 and m.max_pan_deg_s < 0.01
    assert 0.9 * H < m.subject_height_px <= H  # the waist up: the body runs out of the frame
    d = m.to_dict()
    for key in ("subjects_visible_pct", "subject_height_px", "framing", "clearance_m", "occluded_pct",
                "speaker_visible_pct", "max_pan_deg_s"):
        assert key in d


@pytest.mark.parametrize(("size", "framing"), [("wide", "wide"), ("medium", "medium"), ("close-up", "close-up")])
def test_framing_class_follows_the_shot_size(size: str, framing: str) -> None:
    m = measure_shot(_framed(_scene(ANN), "a", size), "cam", 0.0, 2.0, ["a"])
    assert m.framing == framing and m.ok, m.problems


def test_camera_inside_a_body_fails() -> None:
    cams = [Camera(name="in", position=(0.0, 1.2, 0.0), target=(0.0, 1.2, -3.0))]
    m = measure_shot(_scene(ANN, cameras=cams), "in", 0.0, 1.0, ["a"])
    assert m.inside_pct == 100.0 and m.clearance_m == 0.0 and m.nearest == "Ann"
    assert "inside" in {p.code for p in m.failures}


def test_camera_nearer_than_the_near_plane_fails() -> None:
    cams = [Camera(name="near", position=(0.0, 1.2, 0.14), target=(0.0, 1.2, 3.0))]  # 3 cm off her chest
    m = measure_shot(_scene(ANN, cameras=cams), "near", 0.0, 1.0)
    assert 0 < m.clearance_m < rules.NEAR_PLANE_M
    assert [p.code for p in m.failures] == ["too_near"]


def test_a_wall_between_camera_and_subject_occludes_it() -> None:
    wall = _obj("w", "wall", z=0.8, scale=(2.0, 1.2, 1.0))  # between Ann and the medium camera
    scene = _framed(_scene(ANN, wall), "a", "medium")
    m = measure_shot(scene, "cam", 0.0, 1.0, ["a"])
    assert m.occluded_pct == 100.0 and m.subjects_visible_pct == 0.0
    assert {"occluded", "not_visible"} <= {p.code for p in m.failures}


def test_a_subject_behind_the_camera_or_too_small_is_not_usable() -> None:
    away = [Camera(name="away", position=(0.0, 1.5, 5.0), target=(0.0, 1.5, 10.0))]
    assert measure_shot(_scene(ANN, cameras=away), "away", 0.0, 1.0, ["a"]).subjects_visible_pct == 0.0
    cat = _obj("c", "cat")
    far = [Camera(name="far", position=(0.0, 1.0, 9.0), target=(0.0, 0.2, 0.0))]
    m = measure_shot(_scene(cat, cameras=far), "far", 0.0, 1.0, ["c"])
    assert m.subject_height_px < rules.MIN_SUBJECT_FRAC * H and m.subjects_visible_pct == 0.0


def test_a_head_above_the_frame_is_cut() -> None:
    scene = _framed(_scene(ANN), "a", "medium")
    cam = camera_path(scene, "cam")(0.0)
    low = cam.model_copy(update={"target": (cam.target[0], cam.target[1] - 0.8, cam.target[2])})
    m = measure_shot(scene, lambda _t: low, 0.0, 1.0, ["a"])
    assert m.head_cut_pct == 100.0 and "head_cut" in {p.code for p in m.failures}


def test_speaker_off_screen_fails_unless_the_shot_is_a_reaction_shot() -> None:
    bob = _obj("b", "humanoid", x=4.0, name="Bob")
    scene = _framed(_scene(ANN, bob), "a", "medium")
    scene = scene.model_copy(update={"timeline": scene.timeline.model_copy(update={"lines": [
        Line(speaker="Ann", text="Hello.", start_s=0.2, duration_s=1.0),
        Line(speaker="Bob", text="Hi there, Ann.", start_s=1.5, duration_s=1.5)]})})
    lines = line_spans(scene)
    assert [ln.speaker for ln in lines] == ["a", "b"]
    ann_only = measure_shot(scene, "cam", 0.0, 1.4, ["a"], lines)
    assert ann_only.speaker_visible_pct == 100.0 and ann_only.ok
    both = measure_shot(scene, "cam", 0.0, 4.0, ["a"], lines)
    assert both.worst_line_pct == 0.0 and "speaker_off" in {p.code for p in both.failures}
    assert both.line_visible[1][0] == 0 and both.line_visible[0][0] == both.line_visible[0][1]
    assert measure_shot(scene, "cam", 0.0, 4.0, ["a"], lines, reaction=True).ok


def test_a_whip_pan_fails() -> None:
    scene = _scene(ANN)
    whip = [Track(target="camera:main.target", keyframes=[
        Keyframe(time_s=0.0, value=(0.0, 1.0, 0.0), easing="linear"),
        Keyframe(time_s=0.5, value=(10.0, 1.0, 5.0), easing="linear")])]
    scene = scene.model_copy(update={"timeline": scene.timeline.model_copy(update={"tracks": whip})})
    m = measure_shot(scene, "main", 0.0, 1.0)
    assert m.max_pan_deg_s > rules.MAX_PAN_DEG_S and "whip" in {p.code for p in m.failures}


def test_clear_span_stops_a_path_before_a_body() -> None:
    states = SceneStates(_scene(ANN))
    share = clear_span(states, (0.0, 1.2, 4.0), (0.0, 1.2, -4.0), [0.0])
    # Ann's box front is at z = 0.17; the camera stops MIN_CLEARANCE_M short of it
    assert 4.0 - 8.0 * share == pytest.approx(0.17 + rules.MIN_CLEARANCE_M, abs=0.2)
    assert clear_span(states, (3.0, 1.2, 4.0), (3.0, 1.2, -4.0), [0.0]) == 1.0


def test_action_side_tells_the_two_sides_of_the_line_apart() -> None:
    a, b = (-1.0, 0.0, 0.0), (1.0, 0.0, 0.0)
    front, back = action_side(a, b, (0.0, 1.5, 4.0)), action_side(a, b, (0.0, 1.5, -4.0))
    assert {front, back} == {1, -1} and action_side(a, b, (3.0, 1.0, 0.0)) == 0


def test_measure_scene_uses_each_shots_subjects_and_notes() -> None:
    bob = _obj("b", "humanoid", x=4.0, name="Bob")
    scene = _framed(_scene(ANN, bob), "a", "medium")
    shots = [Shot(name="s1", camera="cam", start_s=0.0, end_s=2.0, subjects=["b"], notes=["why"]),
             Shot(name="s2", camera="cam", start_s=2.0, end_s=4.0)]
    scene = scene.model_copy(update={"timeline": scene.timeline.model_copy(update={"shots": shots})})
    assert shot_subjects(scene, shots[1]) == ["a"]  # inferred: the one whose head is in the frame
    first, second = measure_scene(scene)
    assert first.subjects == ["b"] and first.subjects_visible_pct == 0.0 and first.notes == ["why"]
    assert second.subjects == ["a"] and second.ok
    assert math.isfinite(first.to_dict()["clearance_m"])


def test_a_line_said_mostly_in_the_next_shot_is_judged_there() -> None:
    scene = _framed(_scene(ANN), "a", "medium")
    lines = [LineSpan("b", 1.8, 4.0)]  # Bob (not in the scene) starts 0.2 s before the cut
    m = measure_shot(scene, "cam", 0.0, 2.0, ["a"], lines)
    assert m.worst_line_pct is None and m.ok


def test_an_over_the_shoulder_shot_may_not_be_all_shoulder() -> None:
    bob = _obj("b", "humanoid", z=-2.0, name="Bob")  # Bob faces Ann (+Z), Ann is turned to him
    ann = _obj("a", "humanoid", heading=180.0, name="Ann")
    scene = _scene(ann, bob)
    pos, target = over_shoulder(ann, bob)
    ots = Camera(name="ots", position=pos, target=target, fov=40.0)
    m = measure_shot(scene, lambda _t: ots, 0.0, 1.0, ["b"], foreground=["a"])
    assert m.ok and 0 < m.foreground_pct <= rules.MAX_FOREGROUND_PCT, m.problems
    behind = Camera(name="behind", position=(0.0, 1.65, 0.38), target=(0.0, 1.6, -2.0), fov=40.0)  # her head
    m = measure_shot(scene, lambda _t: behind, 0.0, 1.0, ["b"], foreground=["a"])
    assert m.foreground_pct > rules.MAX_FOREGROUND_PCT and "foreground" in {p.code for p in m.failures}


def test_a_subject_the_scene_hides_is_not_a_subject_the_camera_lost() -> None:
    # a transformation hides what changed halfway through the shot that frames it: the camera did not lose it
    scene = _framed(_scene(ANN), "a", "medium")
    gone = Track(target="object:a.visible", keyframes=[Keyframe(time_s=0.0, value=True, easing="hold"),
                                                       Keyframe(time_s=2.0, value=False, easing="hold")])
    hidden = scene.model_copy(update={"timeline": scene.timeline.model_copy(
        update={"tracks": [*scene.timeline.tracks, gone]})})
    assert measure_shot(hidden, "cam", 0.0, 4.0, ["a"]).subjects_visible_pct == 100.0
    # leaving the frame for the same time is a lost subject
    away = Track(target="object:a.transform.position", keyframes=[
        Keyframe(time_s=0.0, value=(0.0, 0.0, 0.0), easing="hold"), Keyframe(time_s=2.0, value=(40.0, 0.0, 0.0), easing="hold")])
    left = scene.model_copy(update={"timeline": scene.timeline.model_copy(
        update={"tracks": [*scene.timeline.tracks, away]})})
    assert 40.0 <= measure_shot(left, "cam", 0.0, 4.0, ["a"]).subjects_visible_pct <= 60.0
