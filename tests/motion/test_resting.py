"""Sleeping where one sleeps (issue 17): in a bed (on the mattress, along it), asleep at a desk (on its chair,
the head down on the desk; a chair comes with a desk that has none), and on the floor with neither near."""

from __future__ import annotations

import numpy as np

from autark.assets.rig import bone_world_position
from autark.language import apply_sentences
from autark.motion import evaluate_scene
from autark.scene import Scene
from autark.scene.geometry import model_matrix, world_bbox


def _bone(o, bone: str) -> np.ndarray:  # noqa: ANN001
    m = model_matrix(o.transform)
    return m[:3, :3] @ bone_world_position(o.type, o.pose, bone) + m[:3, 3]


def _mid_sleep(scene: Scene) -> Scene:
    sleep = next(a for a in scene.timeline.actions if a.kind == "sleep")
    return evaluate_scene(scene, sleep.end_s - 0.5)


def test_she_sleeps_on_the_mattress_of_the_bed_named_or_near() -> None:
    for said in ("Mia sleeps in the bed", "Mia sleeps"):
        s = _mid_sleep(apply_sentences(["add a bed", "add a girl named Mia 2 metres left of the bed", said]))
        mia, bed = next(o for o in s.objects if o.name == "Mia"), world_bbox(next(o for o in s.objects if o.type == "bed"))
        pelvis, head = _bone(mia, "root"), _bone(mia, "head")
        assert pelvis[1] > 0.5 and head[1] < pelvis[1] + 0.4, said  # lying, up on the mattress (0.55 m)
        for p in (pelvis, head):
            assert bed.min[0] < p[0] < bed.max[0] and bed.min[2] < p[2] < bed.max[2], said


def test_asleep_at_the_desk_on_its_chair_with_the_head_down_on_it() -> None:
    for setup in (["add a desk", "add a chair 0.1 metres in front of the desk"], ["add a desk"]):
        scene = apply_sentences([*setup, "add a man named Tom 1 metre right of the desk", "Tom falls asleep at the desk"])
        s = _mid_sleep(scene)
        tom = next(o for o in s.objects if o.name == "Tom")
        chair = world_bbox(next(o for o in s.objects if o.type == "chair"))
        desk = world_bbox(next(o for o in s.objects if o.type == "desk"))
        pelvis, head = _bone(tom, "root"), _bone(tom, "head")
        assert abs(pelvis[1] - 0.55) < 0.2  # on the chair's seat, not standing or on the floor
        assert chair.min[0] - 0.1 < pelvis[0] < chair.max[0] + 0.1 and chair.min[2] - 0.1 < pelvis[2] < chair.max[2] + 0.1
        assert head[1] < desk.max[1] + 0.35  # the head down on the desk top (sitting up it is ~1.2 m)
        dx = max(desk.min[0] - head[0], 0, head[0] - desk.max[0])
        dz = max(desk.min[2] - head[2], 0, head[2] - desk.max[2])
        assert np.hypot(dx, dz) < 0.25  # over the desk


def test_with_no_bed_or_desk_near_one_sleeps_on_the_floor() -> None:
    s = _mid_sleep(apply_sentences(["add a boy named Ben", "Ben sleeps"]))
    assert _bone(next(o for o in s.objects if o.name == "Ben"), "root")[1] < 0.45


def test_going_fishing_faces_the_lake() -> None:
    from autark.story import analyze

    for idea in ("grandpa goes fishing at the lake", "Opa geht am See angeln"):
        assert [e.verb for e in analyze(idea).events] == ["fish"], idea
    scene = apply_sentences(["add a man named Olaf", "add a pond 6 metres behind Olaf", "Olaf angles"])
    fish = next(a for a in scene.timeline.actions if a.kind == "fish")
    s = evaluate_scene(scene, fish.end_s - 0.5)
    olaf, pond = next(o for o in s.objects if o.name == "Olaf"), next(o for o in s.objects if o.type == "pond")
    h = np.radians(olaf.transform.rotation[1])
    to = np.subtract(pond.transform.position, olaf.transform.position)
    assert (np.sin(h) * to[0] + np.cos(h) * to[2]) / np.hypot(to[0], to[2]) > 0.9  # facing the water


def test_a_cat_sleeps_up_on_the_table_and_a_dog_on_the_roof() -> None:
    for thing, top in (("table", 0.75), ("house", 5.6)):
        s = _mid_sleep(apply_sentences([f"add a {thing}", f"add a cat named Tom 1 metre right of the {thing}",
                             f"Tom sleeps on the {thing}"]))
        cat = world_bbox(next(o for o in s.objects if o.name == "Tom"))
        # lying down lowers its standing box by the legs folded under it; the body stays up on the top
        assert cat.center[1] > top and abs(cat.min[1] - top) < 0.25, (thing, cat.min)
