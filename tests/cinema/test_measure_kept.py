"""What the shot measure keeps between cameras says what working it out afresh says (issue 17: the time before the
first frame): a figure or thing seen through a camera (``seeing.see``: its rays tested only against the boxes near
them, the non-strict look reused for the strict one), the things in front of the subjects (``nearer_things``: the
far ones ruled out at once) and a body's bone matrices kept by pose (``rig.bone_matrices``)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from autark.cinema import SceneStates

PLAN = """
title: Kept
language: en
duration_s: 8.0
title_card: {text: Kept, duration_s: 1.0}
end_card: {text: The End, duration_s: 1.0}
scenes:
- setting: living_room
  characters:
  - {name: Ann, type: woman, voice: woman, position: [-0.8, 0.0, 0.0]}
  - {name: Tom, type: man, voice: man, position: [0.8, 0.0, 0.0]}
  objects:
  - {type: table, position: [0.0, 0.0, 1.2]}
  - {type: lamp, position: [1.6, 0.0, 1.0]}
  shots:
  - {duration_s: 3.0, camera: static, size: medium, subject: Ann, actions: [Ann walks to the table]}
  - {duration_s: 3.0, camera: static, size: close-up, subject: Tom, actions: [Tom waves]}
"""


@pytest.fixture(scope="module")
def states(tmp_path_factory: pytest.TempPathFactory) -> SceneStates:
    from autark.jobs.film import SceneSegment
    from autark.jobs.produce import build_film
    from autark.story.screenplay import load_plan

    path = tmp_path_factory.mktemp("kept") / "kept.yaml"
    path.write_text(PLAN, encoding="utf-8")
    built = build_film(load_plan(path), width=320, height=180, fps=24, check_shots=False)
    scene = next(seg.scene for seg in built.segments if isinstance(seg, SceneSegment))
    return SceneStates(scene)


def _cameras() -> list:
    from autark.scene.model import Camera

    out = []
    for k in range(12):  # all round the pair, near and far, low and high: some looks through the table and lamp
        a = 2 * math.pi * k / 12
        r = 1.5 + (k % 3) * 1.5
        out.append(Camera(name="c", position=(r * math.sin(a), 0.6 + 0.5 * (k % 4), r * math.cos(a)),
                          target=(0.0, 1.2, 0.0), fov=40.0))
    return out


def test_seen_kept_and_near_boxes_say_what_every_box_says(states: SceneStates, monkeypatch) -> None:
    import autark.cinema.seeing as seeing

    looks = []
    for t in (0.5, 2.0, 4.5):
        _state, solid, boxes, owner = states.at(t)
        for cam in _cameras():
            for obj in solid:
                if obj.type in ("woman", "man", "table", "lamp"):
                    pts = states.points(t, obj)
                    loose = seeing.see(obj, pts, cam, 16 / 9, solid, boxes, owner, {obj.id})
                    strict = seeing.see(obj, pts, cam, 16 / 9, solid, boxes, owner, {obj.id}, strict=True)
                    looks.append((obj, pts, cam, solid, boxes, owner, loose, strict))
    assert any(s.occluded for *_r, s, _st in looks), "the cameras should look through something"
    seeing._LOOKS.clear()
    monkeypatch.setattr(seeing, "_REACH_M", 1e9)  # every box tested against every ray
    for obj, pts, cam, solid, boxes, owner, loose, strict in looks:
        seeing._LOOKS.clear()
        assert seeing.see(obj, pts, cam, 16 / 9, solid, boxes, owner, {obj.id}, strict=True) == strict
        seeing._LOOKS.clear()
        assert seeing.see(obj, pts, cam, 16 / 9, solid, boxes, owner, {obj.id}) == loose


def test_things_in_front_ruled_out_at_once_are_those_measured_alone(states: SceneStates, monkeypatch) -> None:
    import autark.cinema.things_in_front as front

    found = []
    for t in (0.5, 4.5):
        _state, solid, _boxes, _owner = states.at(t)
        people = [o.id for o in solid if o.type in ("woman", "man")]
        for cam in _cameras():
            for depth in (1.0, 2.5, 6.0):
                found.append((solid, people, cam, depth, front.nearer_things(solid, people, cam, 16 / 9, depth)))
    assert any(hit for *_r, hit in found), "some table or lamp should stand in front"
    monkeypatch.setattr(front, "_SLACK_M", 1e9)  # every thing measured on its own
    for solid, people, cam, depth, hit in found:
        assert front.nearer_things(solid, people, cam, 16 / 9, depth) == hit


def test_bone_matrices_kept_by_pose_are_the_posed_ones_and_read_only() -> None:
    from autark.assets import rig

    pose = {"spine": (12.0, 5.0, 0.0), "upper_arm_r": (0.0, 0.0, -70.0)}
    first, again = rig.bone_matrices("woman", pose), rig.bone_matrices("woman", dict(pose))
    fresh = rig._pose_matrices("woman", pose)
    assert first is not again and set(first) == set(fresh)
    assert all(np.array_equal(first[b], fresh[b]) and np.array_equal(again[b], fresh[b]) for b in fresh)
    assert not first["spine"].flags.writeable
    other = rig.bone_matrices("woman", {"spine": (-12.0, 5.0, 0.0)})
    assert not np.array_equal(other["spine"], first["spine"])
