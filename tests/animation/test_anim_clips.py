"""Character clips other than locomotion: wave, sit, point, turn, talk, idle, and the blends between clips."""

from __future__ import annotations

import math

import numpy as np
import pytest
from rig_joints import world_joints

from autark.errors import NotFound, UserInputError
from autark.motion import evaluate_scene as evaluate
from autark.motion import rig_info, validate_actions
from autark.scene.model import Character, Scene, SceneObject, Transform
from autark.scene.timeline import Action, Line


def _person(*actions: Action, position=(0.0, 0.0, 0.0), heading: float = 0.0, extra=()) -> Scene:
    scene = Scene(objects=[SceneObject(id="obj1", name="ann", type="humanoid",
                                       transform=Transform(position=position, rotation=(0.0, heading, 0.0))),
                           *extra])
    scene.timeline.actions.extend(actions)
    return scene


def test_wave_raises_the_right_hand_above_the_head_and_waves() -> None:
    scene = _person(Action(object_id="obj1", kind="wave", start_s=1.0, end_s=4.0))
    before = world_joints(evaluate(scene, 0.5).objects[0])
    assert before["hand_r"][1] < before["spine"][1]  # arms hang at rest
    xs = []
    for t in np.linspace(1.5, 3.5, 25):
        j = world_joints(evaluate(scene, float(t)).objects[0])
        assert j["hand_r"][1] > j["head"][1] + 0.1
        assert j["hand_r"][0] < 0  # the right hand: the character's right is -X when facing +Z
        assert j["hand_l"][1] < j["spine"][1]  # the other arm stays down
        xs.append(j["hand_r"][0])
    assert np.ptp(xs) > 0.1  # the forearm swings side to side
    after = world_joints(evaluate(scene, 4.5).objects[0])
    assert after["hand_r"][1] < after["spine"][1]


def _chair(heading: float = 0.0, position=(0.0, 0.0, -2.0)) -> SceneObject:
    from autark.assets import library

    spec = library.get("chair")
    return SceneObject(id="obj2", name="chair", type="chair", bounds_min=spec.bounds_min,
                       bounds_max=spec.bounds_max, transform=Transform(position=position, rotation=(0, heading, 0)))


@pytest.mark.parametrize("heading", [0.0, 90.0])
def test_sit_walks_to_the_chair_and_lowers_the_pelvis_to_the_seat(heading: float) -> None:
    from autark.assets import library

    seat = next(s for s in library.get("chair").supports if s.name == "seat")
    scene = _person(Action(object_id="obj1", kind="sit", start_s=0.5, end_s=8.0, target_object="obj2"),
                    position=(1.0, 0.0, 1.0), extra=[_chair(heading)])
    obj = evaluate(scene, 7.5).objects[0]
    j = world_joints(obj)
    info = rig_info("humanoid")
    assert j["root"][1] == pytest.approx(seat.height, abs=0.12)  # the pelvis sits on the seat
    assert j["upper_leg_l"][1] == pytest.approx(seat.height, abs=0.1)
    # over the seat (chair at x=0, z=-2), facing the way the chair faces
    assert math.dist((j["root"][0], j["root"][2]), (0.0, -2.0)) < 0.12
    assert obj.transform.rotation[1] % 360 == pytest.approx(heading, abs=1.0)
    for side in ("l", "r"):
        thigh = j[f"lower_leg_{side}"] - j[f"upper_leg_{side}"]
        shin = j[f"foot_{side}"] - j[f"lower_leg_{side}"]
        angle = math.degrees(math.acos(float(thigh @ shin) / (np.linalg.norm(thigh) * np.linalg.norm(shin))))
        assert angle == pytest.approx(90.0, abs=8.0)  # knees at a right angle
        assert j[f"foot_{side}"][1] == pytest.approx(info.ankle_y, abs=0.01)  # feet on the floor
    # it got there by walking (after turning round toward the chair): mid-way it is between start and chair
    early = evaluate(scene, 2.5).objects[0].transform.position
    assert 0.3 < math.dist((early[0], early[2]), (1.0, 1.0)) < 2.5


def test_sitting_needs_a_chair() -> None:
    scene = _person(Action(object_id="obj1", kind="sit", start_s=0.0, end_s=2.0, target_object="obj9"))
    with pytest.raises(NotFound, match="obj9"):
        evaluate(scene, 1.0)
    with pytest.raises(NotFound):
        validate_actions(scene)
    ball = SceneObject(id="obj2", name="ball", type="sphere")
    scene = _person(Action(object_id="obj1", kind="sit", start_s=0.0, end_s=2.0, target_object="obj2"),
                    extra=[ball])
    with pytest.raises(UserInputError, match="no seat") as err:
        validate_actions(scene)
    assert err.value.hint


def test_validate_actions_catches_backwards_times_and_aimless_walks() -> None:
    with pytest.raises(UserInputError, match="ends before it starts"):
        validate_actions(_person(Action(object_id="obj1", kind="wave", start_s=3.0, end_s=1.0)))
    with pytest.raises(UserInputError, match="place to go"):
        validate_actions(_person(Action(object_id="obj1", kind="walk", start_s=0.0, end_s=1.0)))
    with pytest.raises(NotFound):
        validate_actions(_person(Action(object_id="nobody", kind="wave", start_s=0.0, end_s=1.0)))


@pytest.mark.parametrize("target", [(3.0, 1.0, 2.0), (-2.0, 2.5, 0.5), (0.5, 0.2, 4.0)])
def test_point_aims_the_right_arm_at_the_target(target: tuple[float, float, float]) -> None:
    scene = _person(Action(object_id="obj1", kind="point", start_s=0.0, end_s=3.0, target=target))
    j = world_joints(evaluate(scene, 1.5).objects[0])
    arm = j["hand_r"] - j["upper_arm_r"]
    want = np.array(target) - j["upper_arm_r"]
    cos = float(arm @ want) / (np.linalg.norm(arm) * np.linalg.norm(want))
    assert cos > 0.995


def test_turn_rotates_toward_the_target_over_the_clip() -> None:
    scene = _person(Action(object_id="obj1", kind="turn", start_s=1.0, end_s=3.0, target=(-5.0, 0.0, 0.0)))
    headings = [evaluate(scene, t).objects[0].transform.rotation[1] for t in np.linspace(1.0, 3.0, 21)]
    assert headings[0] == pytest.approx(0.0, abs=0.5)
    assert headings[-1] == pytest.approx(-90.0, abs=0.5)
    assert all(b <= a + 1e-9 for a, b in zip(headings, headings[1:], strict=False))  # one way, no wobble
    pos = evaluate(scene, 2.0).objects[0].transform.position
    assert math.hypot(pos[0], pos[2]) < 0.03  # on the spot
    j = world_joints(evaluate(scene, 3.5).objects[0])  # feet end side by side under the body
    across = j["foot_l"] - j["foot_r"]
    assert abs(across[0]) < 0.02 and abs(across[2]) == pytest.approx(2 * rig_info("humanoid").half_width, abs=0.02)


def test_talk_opens_the_jaw_following_the_envelope() -> None:
    envelope = [0.0] * 10 + [1.0] * 10 + [0.0] * 10 + [0.5] * 10  # 30 fps frames
    scene = _person(Action(object_id="obj1", kind="talk", start_s=1.0, end_s=1.0 + 40 / 30, mouth_open=envelope,
                           mouth_fps=30.0))
    jaw = {t: evaluate(scene, t).objects[0].pose["jaw"][0] for t in (1.15, 1.5, 1.83, 2.17)}
    assert jaw[1.15] < 1.0
    assert jaw[1.5] > 15.0  # wide open
    assert jaw[1.83] < 1.0
    assert jaw[1.5] * 0.4 < jaw[2.17] < jaw[1.5] * 0.6  # half open


def test_spoken_lines_move_the_speakers_jaw_by_default() -> None:
    scene = _person()
    scene.characters.append(Character(id="c1", name="Ann", object_id="obj1"))
    scene.timeline.lines.append(Line(speaker="Ann", text="hello there friend", start_s=1.0, duration_s=2.0))
    jaw_talking = [evaluate(scene, t).objects[0].pose["jaw"][0] for t in np.linspace(1.3, 2.7, 30)]
    jaw_quiet = [evaluate(scene, t).objects[0].pose["jaw"][0] for t in np.linspace(3.3, 4.0, 10)]
    assert max(jaw_talking) > 8.0 and min(jaw_talking) < 2.0  # opens and closes like syllables
    assert max(jaw_quiet) == pytest.approx(0.0, abs=1e-9)


def test_idle_breathes_with_feet_planted() -> None:
    scene = _person()
    frames = [evaluate(scene, t).objects[0] for t in np.linspace(0, 4, 17)]
    spine = [f.pose["spine"][0] for f in frames]
    assert np.ptp(spine) > 1.0  # breathing moves the chest
    feet = np.array([world_joints(f)["foot_l"] for f in frames])
    assert np.ptp(feet[:, 0]) < 0.005 and np.ptp(feet[:, 2]) < 0.005


def _pop_scene() -> Scene:
    return _person(
        Action(object_id="obj1", kind="walk", start_s=0.5, end_s=2.5, target=(0.0, 0.0, 2.0)),
        Action(object_id="obj1", kind="wave", start_s=2.5, end_s=3.5),
        Action(object_id="obj1", kind="sit", start_s=3.5, end_s=8.0, target_object="obj2"),
        Action(object_id="obj1", kind="walk", start_s=8.5, end_s=10.5, target=(2.0, 0.0, 2.0)),
        extra=[_chair(position=(1.0, 0.0, 3.5), heading=-90.0)],
    )


_WATCHED = ("root", "head", "hand_r", "hand_l", "foot_l", "foot_r", "jaw")


def _watched(scene: Scene, t: float) -> np.ndarray:
    j = world_joints(evaluate(scene, t).objects[0])
    return np.array([j[b] for b in _WATCHED])


def test_clip_hand_overs_are_continuous() -> None:
    """Just before and just after every clip boundary and every blend's end the body is in the same place:
    walk -> wave -> sit (walk, turn, sit down) -> stand up and walk away."""
    scene = _pop_scene()
    edges = set()
    for a in scene.timeline.actions:
        for t in (a.start_s, a.end_s):
            edges.update({t, t + 0.2, t + 0.35, t + 0.4, t + 0.8})
    for t in sorted(edges):
        gap = np.linalg.norm(_watched(scene, t + 1e-4) - _watched(scene, t - 1e-4), axis=1).max()
        assert gap < 0.002, f"a joint jumps {gap:.3f} m at t={t}"


def test_clip_changes_move_smoothly_at_60fps() -> None:
    scene = _pop_scene()
    p = np.array([_watched(scene, float(t)) for t in np.arange(0.3, 11.0, 1 / 60)])
    speed = np.linalg.norm(np.diff(p, axis=0), axis=2)
    accel = np.linalg.norm(p[2:] - 2 * p[1:-1] + p[:-2], axis=2)
    assert speed.max() < 0.15  # no joint faster than 9 m/s (a swinging foot peaks around 8)
    assert accel.max() < 0.06  # and no sudden change of speed: a jump of a few cm would show here
