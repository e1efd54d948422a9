"""Camera moves and shot sizes: applied as operators, checked by evaluating and projecting."""

from __future__ import annotations

import math

import numpy as np
import pytest

from autark.assets import library
from autark.assets.framing import project
from autark.errors import NotFound, UserInputError
from autark.motion import evaluate_scene as evaluate
from autark.ops import apply_ops
from autark.ops import camera_moves as cm
from autark.scene.geometry import look_at, world_bbox
from autark.scene.model import Camera, Scene, SceneObject, Transform
from autark.scene.timeline import Action


def _scene(heading: float = 0.0) -> Scene:
    spec = library.get("humanoid")
    return Scene(objects=[SceneObject(id="obj1", name="ann", type="humanoid", bounds_min=spec.bounds_min,
                                      bounds_max=spec.bounds_max,
                                      transform=Transform(position=(1.0, 0.0, -2.0), rotation=(0, heading, 0)))],
                 cameras=[Camera(name="main", position=(1.0, 1.5, 4.0), target=(1.0, 1.0, -2.0), fov=40.0)])


def _ndc(cam: Camera, point, aspect: float) -> np.ndarray:
    """Project with look_at + a perspective matrix (independent of framing.project)."""
    view = look_at(cam.position, cam.target, cam.up)
    p = view @ np.array([*point, 1.0])
    f = 1.0 / math.tan(math.radians(cam.fov) / 2)
    return np.array([f / aspect * p[0] / -p[2], f * p[1] / -p[2]])


def test_orbit_keeps_the_subject_centred_at_a_constant_radius() -> None:
    scene = _scene()
    out = apply_ops(scene, cm.orbit(scene, "main", "obj1", 270.0, 1.0, 5.0))
    centre = np.array(world_bbox(out.objects[0]).center)
    aspect = out.settings.width / out.settings.height
    radii, bearings = [], []
    for t in np.linspace(1.0, 5.0, 41):
        cam = evaluate(out, float(t)).camera("main")
        assert np.abs(_ndc(cam, centre, aspect)).max() < 0.02
        rel = np.array(cam.position) - centre
        radii.append(float(np.linalg.norm(rel)))
        bearings.append(math.degrees(math.atan2(rel[0], rel[2])))
    assert np.ptp(radii) / np.mean(radii) < 0.01
    swept = np.unwrap(np.radians(bearings))
    assert math.degrees(swept[-1] - swept[0]) == pytest.approx(270.0, abs=1.0)
    # the radius frames the whole body: every corner of the box is inside the frame from every bearing
    box = world_bbox(out.objects[0])
    corners = [(x, y, z) for x in (box.min[0], box.max[0]) for y in (box.min[1], box.max[1])
               for z in (box.min[2], box.max[2])]
    for t in (1.0, 2.3, 3.7):
        cam = evaluate(out, t).camera("main")
        assert all(np.abs(_ndc(cam, c, aspect)).max() <= 1.0 for c in corners)


def test_dolly_changes_the_distance_monotonically_and_keeps_the_aim() -> None:
    scene = _scene()
    out = apply_ops(scene, cm.dolly(scene, "main", 3.0, 0.5, 2.5))
    target = np.array(scene.cameras[0].target)
    dist = [float(np.linalg.norm(np.array(evaluate(out, t).camera("main").position) - target))
            for t in np.linspace(0.0, 3.0, 31)]
    assert all(b <= a + 1e-9 for a, b in zip(dist, dist[1:], strict=False))
    assert dist[0] - dist[-1] == pytest.approx(3.0, abs=1e-6)
    assert evaluate(out, 1.5).camera("main").target == pytest.approx(tuple(target))


def test_zoom_changes_the_field_of_view_and_magnifies_by_the_factor() -> None:
    scene = _scene()
    out = apply_ops(scene, cm.zoom(scene, "main", 2.0, 1.0, 3.0))
    fovs = [evaluate(out, t).camera("main").fov for t in np.linspace(0.0, 4.0, 21)]
    assert fovs[0] == 40.0 and all(b <= a for a, b in zip(fovs, fovs[1:], strict=False))
    assert math.tan(math.radians(40.0) / 2) / math.tan(math.radians(fovs[-1]) / 2) == pytest.approx(2.0)
    with pytest.raises(UserInputError):
        cm.zoom(scene, "main", 0.0, 1.0, 2.0)


def test_pan_turns_the_aim_about_the_camera_and_tilt_raises_it() -> None:
    scene = _scene()
    out = apply_ops(scene, cm.pan(scene, "main", 90.0, 0.0, 2.0))
    cam = evaluate(out, 2.0).camera("main")
    assert cam.position == pytest.approx(scene.cameras[0].position)
    look = np.array(cam.target) - np.array(cam.position)
    assert look[0] > 0.99 * np.linalg.norm(look[[0, 2]])  # was looking toward -Z, now toward +X (right)
    mid = evaluate(out, 1.0).camera("main")
    # a true arc: the aim stays at the same distance from the camera all the way
    d0 = np.linalg.norm(np.array(scene.cameras[0].target) - np.array(scene.cameras[0].position))
    assert np.linalg.norm(np.array(mid.target) - np.array(mid.position)) == pytest.approx(d0, rel=0.005)
    up = apply_ops(out, cm.tilt(out, "main", 30.0, 2.0, 3.0))
    before, after = (evaluate(up, t).camera("main") for t in (2.0, 3.0))

    def pitch(c: Camera) -> float:
        v = np.array(c.target) - np.array(c.position)
        return math.degrees(math.atan2(v[1], np.linalg.norm(v[[0, 2]])))

    assert pitch(after) - pitch(before) == pytest.approx(30.0, abs=0.5)


def test_truck_slides_sideways_and_crane_rises_looking_at_the_subject() -> None:
    scene = _scene()
    out = apply_ops(scene, cm.truck(scene, "main", 2.0, 0.0, 1.0))
    cam = evaluate(out, 1.0).camera("main")
    assert cam.position == pytest.approx((3.0, 1.5, 4.0)) and cam.target == pytest.approx((3.0, 1.0, -2.0))
    out = apply_ops(scene, cm.crane(scene, "main", "obj1", 3.0, 0.0, 2.0))
    centre = world_bbox(evaluate(scene, 0.0).objects[0]).center  # where the (idling) subject is
    heights = [evaluate(out, t).camera("main").position[1] for t in (0.0, 1.0, 2.0)]
    assert heights[0] < heights[1] < heights[2] == pytest.approx(4.5)
    assert evaluate(out, 1.0).camera("main").target == pytest.approx(centre)


def test_follow_keeps_a_fixed_offset_from_a_walker() -> None:
    scene = _scene()
    scene.timeline.actions.append(Action(object_id="obj1", kind="walk", start_s=0.0, end_s=4.0, target=(4, 0, -2)))
    out = apply_ops(scene, cm.follow(scene, "main", "obj1", 0.0, 4.0))
    offsets = []
    for t in np.linspace(0.0, 4.0, 17):
        ev = evaluate(out, float(t))
        p = ev.objects[0].transform.position
        cam = ev.camera("main")
        offsets.append(np.array(cam.position) - np.array([p[0], 0.0, p[2]]))
    offsets = np.array(offsets)
    assert np.abs(offsets - offsets[0]).max() < 0.05
    travelled = evaluate(out, 4.0).camera("main").position[0] - evaluate(out, 0.0).camera("main").position[0]
    assert travelled == pytest.approx(3.0, abs=0.02)


@pytest.mark.parametrize("heading", [0.0, 120.0])
def test_shot_sizes_frame_less_and_less_of_the_body(heading: float) -> None:
    scene = _scene(heading)
    aspect = scene.settings.width / scene.settings.height
    box = world_bbox(scene.objects[0])
    head = (box.center[0], box.max[1] - 0.1, box.center[2])
    feet = (box.center[0], box.min[1] + 0.02, box.center[2])
    distances = []
    for size in ("wide", "medium", "close-up"):
        pos, target = cm.place_camera(scene, "obj1", size, fov_deg=40.0)
        cam = Camera(name="c", position=pos, target=target, fov=40.0)
        x, y, depth = project(cam, head, aspect)
        assert depth > 0 and abs(x) < 1 and abs(y) < 1  # the face is always in the picture
        feet_visible = max(abs(v) for v in project(cam, feet, aspect)[:2]) < 1
        assert feet_visible == (size == "wide")
        distances.append(math.dist(pos, target))
        # "front" is the subject's face side
        face = np.array([math.sin(math.radians(heading)), 0, math.cos(math.radians(heading))])
        assert float((np.array(pos) - np.array(target)) @ face) > 0
    assert distances[0] > distances[1] > distances[2]
    with pytest.raises(UserInputError, match="close-up"):
        cm.place_camera(scene, "obj1", "extreme")


def test_over_the_shoulder_sees_the_far_face_past_the_near_shoulder() -> None:
    scene = _scene(heading=180.0)
    spec = library.get("humanoid")
    scene.objects.append(SceneObject(id="obj2", name="bo", type="humanoid", bounds_min=spec.bounds_min,
                                     bounds_max=spec.bounds_max, transform=Transform(position=(1.0, 0.0, -4.0))))
    out = apply_ops(scene, cm.frame(scene, "ots", "obj2", 0.0, 3.0, size="over-the-shoulder", over_id="obj1"))
    cam = evaluate(out, 1.0).camera("ots")
    aspect = out.settings.width / out.settings.height
    far_face = (1.0, 1.6, -4.0)
    near_head = (1.0, 1.6, -2.0)
    assert np.abs(_ndc(cam, far_face, aspect)).max() < 0.4
    nx = _ndc(cam, near_head, aspect)
    assert np.abs(nx).max() < 1.6 and abs(nx[0]) > 0.3  # the near head is to one side, at the frame edge
    assert math.dist(cam.position, near_head) < math.dist(cam.position, far_face)
    with pytest.raises(UserInputError, match="shoulder"):
        cm.frame(scene, "ots", "obj2", 0.0, 3.0, size="over-the-shoulder")


def test_a_cut_switches_to_a_new_camera_at_its_time() -> None:
    scene = _scene()
    scene.timeline.duration_s = 8.0
    out = apply_ops(scene, cm.static(scene, "main", 0.0, 8.0))
    out = apply_ops(out, cm.cut(out, 3.0, "close", "obj1", size="close-up"))
    assert evaluate(out, 2.9).active_camera == "main"
    assert evaluate(out, 3.0).active_camera == "close"
    assert evaluate(out, 7.9).active_camera == "close"
    assert evaluate(out, 3.0).camera("main").position == pytest.approx(scene.cameras[0].position)
    with pytest.raises(UserInputError, match="already"):
        cm.cut(out, 4.0, "close", "obj1")


def test_moves_chain_and_do_not_reach_back_before_their_start() -> None:
    scene = _scene()
    out = apply_ops(scene, cm.dolly(scene, "main", 2.0, 2.0, 3.0))
    assert evaluate(out, 1.0).camera("main").position == pytest.approx(scene.cameras[0].position)
    out = apply_ops(out, cm.truck(out, "main", 1.0, 4.0, 5.0))
    after_dolly = evaluate(out, 3.5).camera("main").position
    assert evaluate(out, 5.0).camera("main").position == pytest.approx(
        (after_dolly[0] + 1.0, after_dolly[1], after_dolly[2]))


def test_bad_requests_are_user_errors() -> None:
    scene = _scene()
    with pytest.raises(UserInputError, match="end after"):
        cm.pan(scene, "main", 30.0, 2.0, 1.0)
    with pytest.raises(NotFound):
        cm.orbit(scene, "main", "nobody", 90.0, 0.0, 1.0)
