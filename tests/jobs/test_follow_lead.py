"""A planned follow of someone walking leads them: the camera keeps ahead of the walker and off their path, so
the shot sees their face (kept at the start's offset, a walker who turned away was followed from behind)."""

from __future__ import annotations

import math

from autark.cinema import SceneStates, camera_path
from autark.jobs.framings import _LEAD_DEG, _lead, move_ops
from autark.language import interpret
from autark.motion import evaluate_scene
from autark.ops import SetCamera
from autark.ops.operators import apply_ops
from autark.scene.model import Camera, Scene


def _walk_away() -> tuple[Scene, str, float, float]:
    scene = Scene()
    for said in ["add a man named Tom", "add a tree 6 meters behind Tom", "Tom walks to the tree"]:
        scene = apply_ops(scene, interpret(said, scene))
    tom = next(o.id for o in scene.objects if o.name == "Tom")
    walk = next(a for a in scene.timeline.actions if a.kind == "walk")
    p = evaluate_scene(scene, walk.start_s).object(tom).transform.position
    cam = Camera(name="c", position=(p[0] + 0.5, 1.6, p[2] + 2.5), target=(p[0], 1.5, p[2]), fov=40.0)
    return apply_ops(scene, [SetCamera(camera=cam, activate=True)]), tom, walk.start_s, walk.end_s


def test_the_camera_leads_a_walker_who_walks_away_from_it() -> None:
    scene, tom, t0, t1 = _walk_away()
    followed = apply_ops(scene, move_ops(scene, "follow", "c", tom, t0, t1, "medium", SceneStates(scene)))
    for t in (t0 + 0.3 * (t1 - t0), t0 + 0.7 * (t1 - t0)):
        walker = evaluate_scene(followed, t).object(tom).transform.position
        eye = camera_path(followed, "c")(t).position
        assert eye[2] < walker[2] - 0.5  # ahead of him on his way (he walks toward -Z), not behind him
        off_path = math.degrees(math.atan2(abs(eye[0] - walker[0]), walker[2] - eye[2]))
        assert 0.5 * _LEAD_DEG < off_path < 1.5 * _LEAD_DEG  # beside his path: he never walks into the lens


def test_no_lead_for_someone_who_stands_or_already_walks_toward_the_camera() -> None:
    scene, tom, t0, t1 = _walk_away()
    assert _lead(scene, "c", tom, t0, t0 + 0.2, SceneStates(scene)) is None  # barely moves
    p = evaluate_scene(scene, t1).object(tom).transform.position
    ahead = apply_ops(scene, [SetCamera(camera=Camera(name="c", position=(p[0], 1.6, p[2] - 3.0), target=p,
                                                      fov=40.0), activate=True)])
    assert _lead(ahead, "c", tom, t0, t1, SceneStates(ahead)) is None


def test_a_close_up_tries_profiles_before_looking_down_on_a_head() -> None:
    from autark.jobs.framings import _RAISED, SceneShots, candidates

    ctx = SceneShots(characters=["a"], props=[], names={"a": "A"}, fps=30)
    tries = candidates(ctx, "close-up", "static", "a", None, [])
    raised = next(i for i, f in enumerate(tries) if f.size == "close-up" and f.view == _RAISED)
    side = next(i for i, f in enumerate(tries) if f.size == "close-up" and f.view == "left")
    assert side < raised
