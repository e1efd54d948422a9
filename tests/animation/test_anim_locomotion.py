"""Walking and running: planted feet do not slide, the body covers the distance in the time, hips bob
within what the legs allow, the body faces where it goes; vehicles drive and things fly."""

from __future__ import annotations

import math

import numpy as np
import pytest

from autark.assets import rig
from autark.motion import evaluate_scene as evaluate
from autark.motion import rig_info
from autark.scene.geometry import model_matrix
from autark.scene.model import Scene, SceneObject, Transform
from autark.scene.timeline import Action

FPS = 60


def _walker(kind: str, asset: str, start=(0.0, 0.0, 0.0), target=(0.0, 0.0, 4.0), t0=0.5, t1=4.5,
            heading: float = 0.0) -> Scene:
    scene = Scene(objects=[SceneObject(id="obj1", name="walker", type=asset,
                                       transform=Transform(position=start, rotation=(0.0, heading, 0.0)))])
    scene.timeline.actions.append(Action(object_id="obj1", kind=kind, start_s=t0, end_s=t1, target=target))
    return scene


def _world(obj: SceneObject, bone: str) -> np.ndarray:
    m = model_matrix(obj.transform)
    return m[:3, :3] @ rig.bone_world_position(obj.type, obj.pose, bone) + m[:3, 3]


def _track_feet(scene: Scene, t0: float, t1: float, fps: float = FPS) -> dict[str, np.ndarray]:
    """World joint positions per frame, posed by the rig's own forward kinematics."""
    times = np.arange(t0, t1 + 1e-9, 1.0 / fps)
    joints = {"foot_l": "foot_l", "foot_r": "foot_r", "hip_l": "upper_leg_l"}
    out: dict[str, list] = {k: [] for k in joints}
    for t in times:
        obj = evaluate(scene, float(t)).objects[0]
        m = model_matrix(obj.transform)
        mats = rig.bone_matrices(obj.type, obj.pose)
        pivots = {b.name: np.array(b.pivot) for b in rig.skeleton(obj.type)}
        for key, bone in joints.items():
            local = mats[bone][:3, :3] @ pivots[bone] + mats[bone][:3, 3]
            out[key].append(m[:3, :3] @ local + m[:3, 3])
    return {k: np.array(v) for k, v in out.items()}


def _contacts(track: np.ndarray, ground: float) -> list[np.ndarray]:
    """Runs of frames where the ankle is at its standing height (within 5 mm): the foot is on the floor."""
    on = track[:, 1] < ground + 0.005
    runs, start = [], None
    for i, flag in enumerate([*on, False]):
        if flag and start is None:
            start = i
        elif not flag and start is not None:
            runs.append(track[start:i])
            start = None
    return runs


@pytest.mark.parametrize("kind,asset", [("walk", "humanoid"), ("run", "humanoid"), ("walk", "robot")])
def test_planted_feet_do_not_slide(kind: str, asset: str) -> None:
    scene = _walker(kind, asset, target=(1.5, 0.0, 5.0), t1=4.5 if kind == "walk" else 2.5)
    feet = _track_feet(scene, 0.3, 5.0)
    ankle = rig_info(asset).ankle_y
    for foot in ("foot_l", "foot_r"):
        runs = _contacts(feet[foot], ankle)
        assert len(runs) >= 3  # it really stepped several times
        for run in runs:
            drift = np.linalg.norm(run[:, [0, 2]] - run[0, [0, 2]], axis=1).max()
            assert drift < 0.02, f"{foot} slid {drift:.3f} m while planted"
        # and the foot really travelled: first and last footprints are the whole path apart
        assert np.linalg.norm(runs[-1][0] - runs[0][0]) == pytest.approx(math.hypot(1.5, 5.0), abs=0.05)
    assert feet["foot_l"][:, 1].max() > ankle + 0.03  # feet lift when they swing


def test_running_has_flight_and_walking_has_double_support() -> None:
    for kind, t1, expect_flight in (("walk", 4.5, False), ("run", 2.2, True)):
        feet = _track_feet(_walker(kind, "humanoid", target=(0, 0, 6.0), t1=t1), 0.5, t1)
        ground = rig_info("humanoid").ankle_y + 0.002
        airborne = (feet["foot_l"][:, 1] > ground) & (feet["foot_r"][:, 1] > ground)
        both_down = (feet["foot_l"][:, 1] <= ground) & (feet["foot_r"][:, 1] <= ground)
        assert bool(airborne.any()) is expect_flight
        assert both_down.any()


@pytest.mark.parametrize("kind,t1", [("walk", 4.5), ("run", 2.0)])
def test_covers_the_commanded_distance_in_the_commanded_time(kind: str, t1: float) -> None:
    scene = _walker(kind, "humanoid", start=(1.0, 0.0, -2.0), target=(-2.0, 0.0, 2.0), t1=t1)
    at_start = evaluate(scene, 0.5).objects[0].transform.position
    at_end = evaluate(scene, t1).objects[0].transform.position
    assert at_start[0] == pytest.approx(1.0, abs=0.02) and at_start[2] == pytest.approx(-2.0, abs=0.02)
    assert at_end[0] == pytest.approx(-2.0, abs=0.01) and at_end[2] == pytest.approx(2.0, abs=0.01)
    mid = evaluate(scene, (0.5 + t1) / 2).objects[0].transform.position
    assert math.dist((mid[0], mid[2]), (-0.5, 0.0)) < 0.3  # cruising: about halfway at half time
    # faces the direction of travel once under way
    heading = evaluate(scene, (0.5 + t1) / 2).objects[0].transform.rotation[1]
    assert heading == pytest.approx(math.degrees(math.atan2(-3.0, 4.0)), abs=2.0)


def test_hips_bob_but_stay_within_the_leg_length() -> None:
    info = rig_info("humanoid")
    feet = _track_feet(_walker("walk", "humanoid"), 1.2, 3.8)  # cruising
    hip_height = feet["hip_l"][:, 1]
    standing = info.hip_y
    assert np.ptp(hip_height) > 0.02  # a visible bob
    assert hip_height.max() <= standing + 1e-6  # the legs are never stretched past their length
    assert hip_height.min() >= info.ankle_y + 0.85 * info.leg  # and the walker never crouches
    # each leg is exactly as long as the rig says: the IK did not stretch a bone
    for t in (1.3, 2.1, 3.3):
        obj = evaluate(_walker("walk", "humanoid"), t).objects[0]
        knee, ankle = _world(obj, "lower_leg_r"), _world(obj, "foot_r")
        assert np.linalg.norm(knee - _world(obj, "upper_leg_r")) == pytest.approx(info.thigh, abs=1e-6)
        assert np.linalg.norm(ankle - knee) == pytest.approx(info.shin, abs=1e-6)


def test_stride_comes_from_the_legs_and_speed() -> None:
    def footprint_gap(asset: str, t1: float) -> float:
        feet = _track_feet(_walker("walk", asset, target=(0, 0, 6.0), t1=t1), 0.5, t1, fps=40)
        ankle = rig_info(asset).ankle_y
        zs = sorted(r[0, 2] for f in ("foot_l", "foot_r") for r in _contacts(feet[f], ankle))
        return float(np.median(np.diff(zs)))

    human, robot = footprint_gap("humanoid", 5.5), footprint_gap("robot", 5.5)
    assert robot < human  # shorter legs, shorter steps
    assert footprint_gap("humanoid", 3.5) > human  # faster, longer steps
    assert 0.35 < human < 0.75


def test_walk_turns_to_face_a_target_behind_it_first() -> None:
    scene = _walker("walk", "humanoid", target=(0.0, 0.0, -3.0), heading=0.0)
    early = evaluate(scene, 0.9).objects[0]
    assert math.dist(early.transform.position[::2], (0.0, 0.0)) < 0.05  # turning on the spot
    late = evaluate(scene, 3.0).objects[0]
    assert abs(((late.transform.rotation[1] - 180.0) + 180) % 360 - 180) < 2.0


def test_a_vehicle_drives_facing_its_way_and_a_balloon_flies() -> None:
    scene = Scene(objects=[SceneObject(id="obj1", name="car", type="cube"),
                           SceneObject(id="obj2", name="ball", type="sphere")])
    scene.timeline.actions += [Action(object_id="obj1", kind="drive", start_s=0, end_s=4, target=(10, 5, 0)),
                               Action(object_id="obj2", kind="fly", start_s=1, end_s=3, target=(0, 3, 2))]
    mid = evaluate(scene, 2.0)
    assert mid.objects[0].transform.rotation[1] == pytest.approx(90.0, abs=0.5)  # +Z turned to +X
    assert mid.objects[0].transform.position[1] == 0.0  # stays on the ground whatever the target's y
    assert mid.objects[0].pose == {}  # a cube has no bones
    end = evaluate(scene, 4.0)
    assert end.objects[0].transform.position == pytest.approx((10.0, 0.0, 0.0), abs=1e-6)
    assert end.objects[1].transform.position == pytest.approx((0.0, 3.0, 2.0), abs=1e-6)
    ys = [evaluate(scene, t).objects[1].transform.position[1] for t in np.linspace(1, 3, 21)]
    assert ys[0] == pytest.approx(0.0) and max(ys) > 2.9


def test_actions_chain_from_where_the_last_one_ended() -> None:
    scene = _walker("walk", "humanoid", target=(0, 0, 2), t0=0.0, t1=2.0)
    scene.timeline.actions.append(Action(object_id="obj1", kind="walk", start_s=3.0, end_s=5.0, target=(2, 0, 2)))
    assert evaluate(scene, 2.5).objects[0].transform.position[2] == pytest.approx(2.0, abs=0.02)
    end = evaluate(scene, 5.0).objects[0].transform.position
    assert (end[0], end[2]) == pytest.approx((2.0, 2.0), abs=0.01)
