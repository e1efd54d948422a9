"""Big animals are filmed from outside their bodies (issue 17): the elephant painting at the zoo was filmed from
between its legs, where no box of its limbs came within 0.3 m of the camera. For each big kind of the asset
library, a film with the animal and a child beside it: every planned camera stays out of the animal's body (its
trunk, neck, head and legs, the space under its belly included, plus the planner's margin), and a close-up of
the animal frames its head, large, not its back or its legs."""

from __future__ import annotations

import numpy as np
import pytest

from autark.assets.framing import is_big_body
from autark.assets.library import all_types, build_parts, get
from autark.cinema import camera_path, rules, subject_points
from autark.cinema.boxes import project
from autark.motion import evaluate_scene
from autark.scene.geometry import model_matrix

FAST_KINDS = ("elephant", "horse", "giraffe", "dragon")
_NOT_BODY = ("wing", "tail", "fin")


def _plan(kind: str) -> str:
    spec = get(kind)
    side = min(1.2, (spec.bounds_max[0] - spec.bounds_min[0]) / 2) + 1.3
    return f"""
title: Big
language: en
duration_s: 11.0
title_card: {{text: Big, duration_s: 1.0}}
end_card: {{text: The End, duration_s: 1.0}}
scenes:
- setting: meadow
  characters:
  - {{name: Bo, type: {kind}, voice: none, position: [0.0, 0.0, 0.0]}}
  - {{name: Lily, type: girl, voice: child, position: [{-side:.2f}, 0.0, 1.0]}}
  shots:
  - {{duration_s: 3.0, camera: static, size: close-up, subject: Bo, actions: []}}
  - {{duration_s: 3.0, camera: static, size: medium, subject: Lily, actions: []}}
  - {{duration_s: 3.0, camera: orbit, size: wide, subject: Bo, actions: []}}
"""


def _body_box(kind: str) -> np.ndarray:
    """The animal's body in its own space, standing: every part but its wings, tail and fins, down to the ground."""
    boxes = np.array([np.concatenate(p.mesh.bounds) for p in build_parts(kind)
                      if p.bone is None or not p.bone.startswith(_NOT_BODY)])
    lo, hi = boxes[:, :3].min(axis=0), boxes[:, 3:].max(axis=0)
    lo[1] = 0.0
    return np.concatenate([lo, hi])


def _film(kind: str, tmp_path):
    from autark.jobs.film import SceneSegment
    from autark.jobs.produce import build_film
    from autark.story.screenplay import load_plan

    path = tmp_path / f"{kind}.yaml"
    path.write_text(_plan(kind), encoding="utf-8")
    built = build_film(load_plan(path), width=480, height=270, fps=24)
    return next(s.scene for s in built.segments if isinstance(s, SceneSegment))


def _check(kind: str, tmp_path) -> None:
    scene = _film(kind, tmp_path)
    bo = next(c.object_id for c in scene.characters if c.name == "Bo")
    body = _body_box(kind)
    aspect = scene.settings.width / scene.settings.height
    shots = sorted(scene.timeline.shots, key=lambda s: s.start_s)
    for shot in shots:
        path = camera_path(scene, shot.camera)
        for t in np.linspace(shot.start_s, shot.end_s - 1e-3, 7):
            animal = evaluate_scene(scene, float(t)).object(bo)
            cam = path(float(t))
            local = np.linalg.inv(model_matrix(animal.transform)) @ np.array([*cam.position, 1.0])
            margin = rules.MIN_CLEARANCE_M - 0.05  # the planner's margin, less the slack of a box turned in the world
            inside = np.all(local[:3] > body[:3] - margin) and np.all(local[:3] < body[3:] + margin)
            assert not inside, (kind, shot.name, shot.subjects, float(t), np.round(local[:3], 2), body)
    if not any(b.name == "head" for b in get(kind).skeleton):
        return  # a shark, a whale: a body with no head of its own to frame
    close = next(s for s in shots if s.size == "close-up" and bo in s.subjects)
    for t in np.linspace(close.start_s, close.end_s - 1e-3, 5):
        _fig, pts, _c = subject_points(evaluate_scene(scene, float(t)).object(bo))
        head, top, neck = project(camera_path(scene, close.camera)(float(t)), aspect,
                                         np.array([pts["head"], pts["top"], pts["neck"]]))
        assert head[2] > 0 and abs(head[0]) <= 1.0 and abs(head[1]) <= 1.0, (kind, float(t), head)
        # large: its head (top to neck) at least a sixth of the frame's height (the elephant's back from 7 m was
        # a head a twentieth of it)
        assert abs(top[1] - neck[1]) / 2 >= 1 / 6, (kind, float(t), top, neck)


def test_every_big_kind_is_big_and_people_are_not() -> None:
    big = {k for k in all_types() if is_big_body(k)}
    assert {"elephant", "horse", "giraffe", "dragon", "dinosaur", "cow", "bear"} <= big
    assert not big & {"man", "woman", "girl", "child", "robot", "ghost", "cat", "dog", "chicken"}


@pytest.mark.parametrize("kind", FAST_KINDS)
def test_a_big_animal_is_filmed_from_outside_its_body_with_its_head_in_frame(kind: str, tmp_path) -> None:
    _check(kind, tmp_path)


@pytest.mark.slow
def test_every_big_animal_is_filmed_from_outside_its_body(tmp_path) -> None:
    for kind in sorted(k for k in all_types() if is_big_body(k) and k not in FAST_KINDS):
        _check(kind, tmp_path)
