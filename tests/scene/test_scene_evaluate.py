"""evaluate(scene, t): purity, keyframe values, subjects of every kind, shots and film duration."""

from __future__ import annotations

import pytest

from autark.errors import UserInputError
from autark.motion import evaluate_scene as evaluate
from autark.scene.easing import smoothstep
from autark.scene.evaluate import active_shot, film_duration_s, parse_target, sample_track
from autark.scene.model import Camera, Light, Material, Scene, SceneObject, Transform
from autark.scene.timeline import Action, Keyframe, Line, Shot, Timeline, Track


def _track(target: str, *keys: tuple[float, object, str]) -> Track:
    return Track(target=target, keyframes=[Keyframe(time_s=t, value=v, easing=e) for t, v, e in keys])


def _scene() -> Scene:
    return Scene(
        objects=[
            SceneObject(id="obj1", name="box", type="cube"),
            SceneObject(id="obj2", name="ball", type="sphere", material=Material(color=(0.2, 0.2, 0.2))),
            SceneObject(id="obj3", name="bob", type="humanoid"),
            SceneObject(id="obj4", name="chair", type="chair", transform=Transform(position=(2.0, 0.0, 0.0))),
        ],
        cameras=[Camera(name="main"), Camera(name="close", position=(0, 1.5, 3))],
        lights=[Light(name="sun", intensity=1.0)],
        timeline=Timeline(
            tracks=[
                _track("object:obj1.transform.position", (0, (0, 0, 0), "linear"), (2, (4, 0, 0), "linear")),
                _track("object:obj2.material.color", (0, (0.0, 0.0, 0.0), "ease_in_out"),
                       (1, (1.0, 0.5, 0.0), "ease_in_out")),
                _track("object:obj2.visible", (0, True, "linear"), (3, False, "linear")),
                _track("camera:main.fov", (1, 30.0, "ease_in"), (3, 60.0, "ease_in")),
                _track("light:sun.intensity", (0, 0.0, "hold"), (2, 3.0, "hold")),
            ],
            shots=[Shot(camera="main", start_s=0, end_s=4), Shot(camera="close", start_s=2.5, end_s=5)],
            actions=[Action(object_id="obj3", kind="walk", start_s=0.5, end_s=3.5, target=(0, 0, 3)),
                     Action(object_id="obj3", kind="wave", start_s=1, end_s=2)],
        ),
    )


def test_evaluate_is_pure_and_deterministic() -> None:
    scene = _scene()
    before = scene.model_dump()
    a = evaluate(scene, 1.7)
    b = evaluate(scene, 1.7)
    assert scene.model_dump() == before  # the input is untouched
    assert a.model_dump() == b.model_dump()  # same t, same result
    assert a.model_dump() != evaluate(scene, 1.2).model_dump()
    assert scene.objects[2].pose == {}  # poses only exist in evaluated scenes
    assert set(a.objects[2].pose) >= {"upper_leg_l", "lower_leg_r", "upper_arm_r", "jaw"}


def test_untouched_things_are_shared_not_copied() -> None:
    scene = _scene()
    out = evaluate(scene, 1.0)
    assert out.objects[3] is scene.objects[3]  # the chair: nothing animates it
    assert out.objects[0] is not scene.objects[0]
    assert out.settings is scene.settings


def test_linear_vector_track_values() -> None:
    scene = _scene()
    assert evaluate(scene, 0.5).objects[0].transform.position == pytest.approx((1.0, 0.0, 0.0))
    assert evaluate(scene, 1.5).objects[0].transform.position == pytest.approx((3.0, 0.0, 0.0))
    assert evaluate(scene, 9.0).objects[0].transform.position == pytest.approx((4.0, 0.0, 0.0))  # holds last


def test_eased_colour_bool_scalar_and_hold_tracks() -> None:
    scene = _scene()
    at = evaluate(scene, 0.25)
    w = smoothstep(0.25)
    assert at.objects[1].material.color == pytest.approx((w, 0.5 * w, 0.0))
    assert evaluate(scene, 2.9).objects[1].visible is True
    assert evaluate(scene, 3.0).objects[1].visible is False
    # fov: before the first key the first value holds; ease_in between keys
    assert evaluate(scene, 0.0).camera("main").fov == pytest.approx(30.0)
    assert evaluate(scene, 2.0).camera("main").fov == pytest.approx(30.0 + 30.0 * 0.25)
    # hold: the light stays off until the next key's time, then jumps
    assert evaluate(scene, 1.99).light("sun").intensity == 0.0
    assert evaluate(scene, 2.0).light("sun").intensity == 3.0


def test_cubic_passes_through_keys_and_is_smooth() -> None:
    keys = [(0.0, 0.0), (1.0, 2.0), (2.0, 1.0), (4.0, 3.0)]
    tr = Track(target="camera:main.fov", keyframes=[Keyframe(time_s=t, value=v, easing="cubic") for t, v in keys])
    for t, v in keys:
        assert sample_track(tr, t) == pytest.approx(v)
    # no kink at an inner key: the slope from the left equals the slope from the right
    h = 1e-5
    left = (sample_track(tr, 2.0) - sample_track(tr, 2.0 - h)) / h  # type: ignore[operator]
    right = (sample_track(tr, 2.0 + h) - sample_track(tr, 2.0)) / h  # type: ignore[operator]
    assert left == pytest.approx(right, abs=1e-3)
    # Catmull-Rom reproduces evenly spaced collinear keys exactly
    line = Track(target="camera:main.fov",
                 keyframes=[Keyframe(time_s=t, value=2.0 * t, easing="cubic") for t in (0.0, 1.0, 2.0, 3.0)])
    assert sample_track(line, 1.3) == pytest.approx(2.6)


def test_cubic_overshoot_is_clamped_to_valid_values() -> None:
    scene = _scene()
    scene.timeline.tracks.append(_track("object:obj1.material.opacity", (0, 0.0, "cubic"), (1, 1.0, "cubic"),
                                        (1.2, 0.0, "cubic"), (3, 1.0, "cubic")))
    values = [evaluate(scene, t / 20).objects[0].material.opacity for t in range(0, 61)]
    assert min(values) >= 0.0 and max(values) <= 1.0


def test_shots_pick_the_active_camera_and_cut() -> None:
    scene = _scene()
    assert evaluate(scene, 1.0).active_camera == "main"
    assert evaluate(scene, 2.49).active_camera == "main"
    assert evaluate(scene, 2.5).active_camera == "close"  # the later shot cuts in
    assert evaluate(scene, 4.5).active_camera == "close"
    assert evaluate(scene, 5.0).active_camera == "close"  # the last frame keeps its shot
    assert active_shot(scene, 7.0).camera == "close"  # after the last shot, it keeps showing
    empty = Scene()
    assert active_shot(empty, 1.0) is None
    assert evaluate(empty, 1.0).active_camera == "main"


def test_film_duration() -> None:
    scene = _scene()
    assert film_duration_s(scene) == pytest.approx(5.0)  # the last shot ends at 5
    scene.timeline.lines.append(Line(speaker="bob", text="hello there", start_s=6.0, duration_s=1.5))
    assert film_duration_s(scene) == pytest.approx(7.5)
    scene.timeline.duration_s = 3.0
    assert film_duration_s(scene) == 3.0
    assert film_duration_s(Scene()) == Scene().settings.duration_s


@pytest.mark.parametrize("path,kind,name,attr", [
    ("object:obj1.transform.position", "object", "obj1", "transform.position"),
    ("camera:cam.1.fov", "camera", "cam.1", "fov"),
    ("light:key light.intensity", "light", "key light", "intensity"),
])
def test_target_paths_parse(path: str, kind: str, name: str, attr: str) -> None:
    tp = parse_target(path)
    assert (tp.kind, tp.name, tp.attr) == (kind, name, attr)


@pytest.mark.parametrize("path", ["obj1.transform.position", "mesh:obj1.visible", "camera:main.zoom",
                                  "object:obj1.transform.spin"])
def test_bad_target_paths_are_user_errors_with_a_hint(path: str) -> None:
    with pytest.raises(UserInputError) as err:
        parse_target(path)
    assert err.value.hint


def test_a_track_with_the_wrong_kind_of_value_is_a_user_error() -> None:
    scene = _scene()
    scene.timeline.tracks.append(_track("camera:main.position", (0, 3.0, "linear")))
    with pytest.raises(UserInputError, match="3-vector"):
        evaluate(scene, 0.0)


def test_tracks_on_removed_subjects_are_ignored() -> None:
    scene = _scene()
    scene.timeline.tracks.append(_track("object:gone.transform.position", (0, (1, 2, 3), "linear")))
    scene.timeline.tracks.append(_track("camera:gone.fov", (0, 50.0, "linear")))
    out = evaluate(scene, 0.5)
    assert [o.id for o in out.objects] == ["obj1", "obj2", "obj3", "obj4"]
    assert [c.name for c in out.cameras] == ["main", "close"]
