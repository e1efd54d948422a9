"""Animal gaits: a walking quadruped's feet alternate and planted feet stay put, a trot pairs the diagonals,
a flying bird beats its wings and rises, a dragon flies with its legs tucked, fish and snakes undulate, an
idle animal is never frozen, and eating opens the jaw."""

from __future__ import annotations

import numpy as np
import pytest

from autark.assets import rig
from autark.motion import evaluate_scene
from autark.motion.creatures import creature_rig, foot_heights, gait_for
from autark.scene.geometry import model_matrix
from autark.scene.model import Scene, SceneObject, Transform
from autark.scene.timeline import Action


def _scene(asset: str, kind: str | None = None, target=(0.0, 0.0, 5.0), t0=0.5, t1=4.5) -> Scene:
    scene = Scene(objects=[SceneObject(id="a1", name="animal", type=asset, transform=Transform())])
    if kind is not None:
        scene.timeline.actions.append(Action(object_id="a1", kind=kind, start_s=t0, end_s=t1, target=target))
    return scene


def _at(scene: Scene, t: float) -> SceneObject:
    return evaluate_scene(scene, t).objects[0]


def _soles(obj: SceneObject) -> dict[str, np.ndarray]:
    """World position of each sole (the lower end of each leg) under the object's pose."""
    m = model_matrix(obj.transform)
    out = {}
    for leg in creature_rig(obj.type).legs:  # type: ignore[union-attr]
        p = rig.bone_world_position(obj.type, obj.pose, leg.shin, (float(leg.hip[0]), 0.0, float(leg.hip[2])))
        out[leg.key] = m[:3, :3] @ p + m[:3, 3]
    return out


def test_a_walking_horse_moves_its_feet_in_turn_and_plants_them() -> None:
    scene = _scene("horse", "walk")
    frames = [_soles(_at(scene, t)) for t in np.arange(1.5, 3.5, 1 / 30)]
    heights = {k: np.array([f[k][1] for f in frames]) for k in ("fl", "fr", "bl", "br")}
    for k, h in heights.items():
        assert h.min() == pytest.approx(0.0, abs=0.01), k  # it comes down to the ground
        assert h.max() > 0.06, k  # and lifts clear of it
    # left and right feet are off the ground at different times
    assert np.corrcoef(heights["fl"], heights["fr"])[0, 1] < 0.3
    assert np.corrcoef(heights["bl"], heights["br"])[0, 1] < 0.3
    # a foot on the ground does not slide: over frames where it stays down, it stays where it was put
    z = np.array([f["fl"][2] for f in frames])
    down = heights["fl"] < 0.003
    runs = np.split(np.arange(len(down)), np.where(np.diff(down.astype(int)) != 0)[0] + 1)
    planted = [r for r in runs if down[r[0]] and len(r) > 4]
    assert planted
    for r in planted:
        assert np.ptp(z[r]) < 0.003
    # the body got where it was going
    assert _at(scene, 4.6).transform.position[2] == pytest.approx(5.0, abs=0.01)


def test_a_trot_pairs_diagonal_legs_and_a_gallop_is_faster_still() -> None:
    horse = creature_rig("horse")
    assert horse is not None
    assert gait_for(horse, 1.4, "walk").name == "walk"
    assert gait_for(horse, 3.5, "run").name == "trot"
    assert gait_for(horse, 8.0, "run").name == "gallop"
    scene = _scene("horse", "run", target=(0.0, 0.0, 12.0))
    frames = [_soles(_at(scene, t)) for t in np.arange(1.5, 3.5, 1 / 30)]
    fl, br, fr = (np.array([f[k][1] for f in frames]) for k in ("fl", "br", "fr"))
    assert np.abs(fl - br).max() < 0.01  # the diagonal pair moves together
    assert np.abs(fl - fr).max() > 0.1


def test_standing_animals_keep_their_feet_on_the_ground_and_still_breathe() -> None:
    for asset in ("dog", "horse", "elephant", "dragon", "dinosaur"):
        scene = _scene(asset)
        a, b = _at(scene, 1.0), _at(scene, 2.7)
        for sole in _soles(a).values():
            assert sole[1] == pytest.approx(0.0, abs=0.005), asset
        moved = max(float(np.abs(np.subtract(a.pose[k], b.pose[k])).max()) for k in a.pose)
        assert moved > 1.0, asset  # tail, head or breath: not a frozen prop


def test_a_flying_bird_beats_its_wings_and_rises_and_lands() -> None:
    scene = _scene("bird", "fly", target=(0.0, 0.0, 4.0))
    wings = [np.array(_at(scene, t).pose["wing_l"]) for t in np.arange(1.5, 2.5, 1 / 24)]
    pivot = np.array(next(b.pivot for b in rig.skeleton("bird") if b.name == "wing_l"))
    tip = tuple(pivot + [0.0, 0.0, -0.15])  # folded, the wing lies back along the body
    tips = [rig.bone_world_position("bird", {"wing_l": tuple(w)}, "wing_l", tip)[1] for w in wings]
    assert np.ptp(tips) > 0.1  # the wing tip sweeps up and down
    mid = _at(scene, 2.5).transform.position[1]
    assert mid > 0.5  # in the air half way
    assert _at(scene, 5.0).transform.position[1] == pytest.approx(0.0, abs=0.01)  # back on the ground
    folded = _at(scene, 5.5).pose["wing_l"]
    assert np.abs(folded).max() < 1.0  # wings folded again on the ground


def test_a_flying_dragon_beats_its_wings_with_its_legs_tucked() -> None:
    scene = _scene("dragon", "fly", target=(0.0, 0.0, 10.0))
    poses = [_at(scene, t).pose for t in np.arange(1.5, 3.5, 1 / 12)]
    wing = np.array([p["wing_l"][2] for p in poses])
    assert np.ptp(wing) > 40.0 and wing.mean() < -10.0  # down from the resting raise, and beating
    assert min(p["leg_fl"][0] for p in poses) > 30.0


@pytest.mark.parametrize(("asset", "bones", "axis"), [("fish", ("tail_1", "tail_2"), 1),
                                                      ("whale", ("tail_1", "tail_2"), 0),
                                                      ("snake", ("seg_2", "seg_4"), 1)])
def test_swimmers_and_the_snake_undulate(asset: str, bones: tuple[str, str], axis: int) -> None:
    scene = _scene(asset, "walk", target=(0.0, 0.0, 3.0))
    poses = [_at(scene, t).pose for t in np.arange(1.5, 3.0, 1 / 24)]
    for bone in bones:
        angles = np.array([p[bone][axis] for p in poses])
        assert np.ptp(angles) > 10.0, bone
        assert angles.min() < 0 < angles.max(), bone  # it bends both ways


def test_a_rabbit_hops_with_both_hind_feet_together() -> None:
    scene = _scene("rabbit", "walk", target=(0.0, 0.0, 2.0))
    frames = [_at(scene, t) for t in np.arange(1.5, 3.5, 1 / 30)]
    ys = np.array([f.transform.position[1] for f in frames])
    assert ys.max() > 0.03  # off the ground
    soles = [_soles(f) for f in frames]
    assert max(abs(s["bl"][1] - s["br"][1]) for s in soles) < 1e-6


def test_eating_opens_the_jaw_and_lowers_the_head() -> None:
    scene = _scene("horse")
    plain = _at(scene, 2.0).pose
    feet = foot_heights("horse", plain)
    assert max(abs(v) for v in feet.values()) < 0.05
    from autark.motion import creatures

    crig = creature_rig("horse")
    assert crig is not None
    eat = Action(object_id="a1", kind="eat", start_s=1.0, end_s=4.0)
    poses = [creatures._feeding(crig, [eat], t, {k: np.asarray(v) for k, v in plain.items()})
             for t in np.arange(1.5, 3.0, 0.05)]
    jaw = [p["jaw"][0] for p in poses]
    assert max(jaw) > 20.0 and min(jaw) < 5.0  # it chews
    assert min(p["neck"][0] for p in poses) > plain["neck"][0] + 30.0  # head down to the food
    assert max(p["neck"][0] for p in poses) < 70.0  # but not folded under the chest


def test_a_dog_lies_down_to_sleep_and_tucks_its_legs_in_a_jump() -> None:
    scene = _scene("dog", "sleep", target=None)
    standing, asleep = _at(scene, 0.1), _at(scene, 2.0)
    assert asleep.transform.position[1] < standing.transform.position[1] - 0.25  # the body is down
    assert asleep.pose["neck"][0] > standing.pose["neck"][0] + 15.0  # head down
    jump = _scene("dog", "jump", target=None, t0=0.2, t1=2.2)
    top = _at(jump, 1.2)
    assert top.transform.position[1] > 0.2 and top.pose["shin_fl"][0] > 40.0


def test_an_animal_asked_to_point_or_wave_just_looks_on() -> None:
    scene = _scene("horse")
    scene.timeline.actions.append(Action(object_id="a1", kind="point", start_s=0.5, end_s=2.0,
                                         target=(2.0, 1.0, 2.0)))
    scene.timeline.actions.append(Action(object_id="a1", kind="wave", start_s=2.5, end_s=3.5))
    for t in (1.0, 3.0):
        assert all(np.isfinite(v).all() for v in _at(scene, t).pose.values())


@pytest.mark.parametrize(("asset", "kind", "dist"), [("dog", "walk", 4.0), ("elephant", "walk", 5.0),
                                                     ("dinosaur", "walk", 8.0), ("horse", "run", 32.0)])
def test_planted_feet_do_not_slide_and_never_sink(asset: str, kind: str, dist: float) -> None:
    scene = _scene(asset, kind, target=(0.0, 0.0, dist))
    frames = [_soles(_at(scene, t)) for t in np.arange(1.5, 3.5, 1 / 30)]
    for k in frames[0]:
        y = np.array([f[k][1] for f in frames])
        z = np.array([f[k][2] for f in frames])
        assert y.min() > -0.002, k
        down = y < 0.003
        runs = np.split(np.arange(len(down)), np.where(np.diff(down.astype(int)) != 0)[0] + 1)
        for r in runs:
            if down[r[0]] and len(r) > 3:
                assert np.ptp(z[r]) < 0.003, k


def test_a_turning_horse_steps_round() -> None:
    scene = _scene("horse")
    scene.timeline.actions.append(Action(object_id="a1", kind="turn", start_s=0.5, end_s=2.5,
                                         target=(-3.0, 0.0, 0.0)))
    lifted = [max(s[1] for s in _soles(_at(scene, t)).values()) for t in np.arange(0.8, 2.2, 0.1)]
    assert max(lifted) > 0.08  # feet come off the ground as it turns
    assert _at(scene, 2.6).transform.rotation[1] == pytest.approx(-90.0, abs=1.0)
