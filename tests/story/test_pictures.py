"""A picture painted in the story shows what the idea says (story.pictures, jobs.canvas_pictures)."""

from __future__ import annotations

import contextlib
import io

import numpy as np
import pytest

from autark.story import analyze
from autark.story.narrative import plan
from autark.story.pictures import depicted


@pytest.mark.parametrize(("idea", "kind"), [
    ("A girl paints a picture of a horse.", "horse"),
    ("Ein Junge malt ein Bild von seiner Katze.", "cat"),
    ("An old painter paints a tree and sells the picture.", "tree"),
])
def test_what_the_picture_shows_is_read(idea: str, kind: str) -> None:
    assert depicted(analyze(idea)) == kind


def test_a_picture_with_nothing_named_shows_its_own_landscape() -> None:
    assert depicted(analyze("A girl paints the fence.")) == ""


def test_the_making_shot_draws_it_on_the_canvas() -> None:
    with contextlib.redirect_stderr(io.StringIO()):
        sp = plan("A robot paints a picture of a cat in the park.", 30.0, seed=0)
    shots = [s for sc in sp.scenes for s in sc.shots]
    depict = [(i, e) for i, s in enumerate(shots) for e in s.effects if e.kind == "depict"]
    assert [e.into for _i, e in depict] == ["cat"]
    i = depict[0][0]
    assert any(e.kind == "make" and e.target == depict[0][1].target for e in shots[i].effects)


def test_the_figure_lies_flat_on_the_canvas_front_as_the_painting_turns() -> None:
    from autark.jobs.canvas_pictures import _placed
    from autark.language import new_object
    from autark.scene.geometry import rotation_matrix, world_bbox
    from autark.scene.model import Scene

    scene = Scene(name="t")
    painting = new_object(scene, "painting", position=(1.0, 0.8, 2.0))
    for yaw in (0.0, 90.0):
        p = painting.model_copy(update={"transform": painting.transform.model_copy(update={"rotation": (0, yaw, 0)})})
        cat = new_object(scene, "cat", position=(0, 0, 0))
        pos, rot, scale = _placed(p, cat, 2)
        placed = cat.model_copy(update={"transform": cat.transform.model_copy(
            update={"position": pos, "rotation": rot, "scale": scale})})
        b, pb = world_bbox(placed), world_bbox(p)
        normal = rotation_matrix((0, yaw, 0)) @ np.array([0.0, 0.0, 1.0])
        depth = abs(float(np.dot(np.array(b.max) - np.array(b.min), normal)))
        assert depth < 0.02  # flattened into the canvas
        front = float(np.dot(np.array(b.center) - np.array(pb.center), normal))
        assert 0.0 < front < 0.05  # just in front of it
        assert pb.min[1] < b.min[1] < b.max[1] < pb.max[1]  # within its height


@pytest.mark.parametrize("idea", ["A girl paints a picture of a horse and hangs it on the wall.",
                                  "Ein Maler malt ein Bild von einer Katze und hängt es im Wohnzimmer auf."])
def test_a_picture_hung_up_goes_on_the_wall(idea: str) -> None:
    from autark.story.hanging import WALL

    with contextlib.redirect_stderr(io.StringIO()):
        sp = plan(idea, 30.0, seed=0)
    shots = [s for sc in sp.scenes for s in sc.shots]
    made = min(i for i, s in enumerate(shots) for e in s.effects if e.kind == "depict")
    hung = [i for i, s in enumerate(shots) for e in s.effects if e.kind == "land" and e.into == WALL]
    assert hung and hung[0] > made  # painted first, then hung
