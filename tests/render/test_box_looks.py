"""The box look before the pixel look (``cinema.box_looks``): a thing before a subject or an edge through it makes the
frame suspect, a clear frame is not, and wherever the pixels (``jobs.pixel_looks``) find a subject hidden or cut the
boxes found it suspect first."""

from __future__ import annotations

import math

import numpy as np
from render_scenes import cam, daylight, obj

from autark.cinema import SceneStates
from autark.cinema.box_looks import suspects
from autark.scene import Scene, Settings


def _scene(*objects: object, position: tuple[float, float, float], target: tuple[float, float, float]) -> Scene:
    return Scene(objects=list(objects), lights=daylight(), cameras=cam(position, target),
                 settings=Settings(width=160, height=90))


def _suspect(scene: Scene, subjects: list[str], **kw: object) -> bool:
    return suspects(SceneStates(scene), 0.0, scene.cameras[0], 16 / 9, subjects, **kw)  # type: ignore[arg-type]


def test_a_thing_before_the_subject_is_suspect_and_one_aside_is_not() -> None:
    rabbit = obj("rabbit", "rabbit", (0.0, 0.0, 0.0))
    view = {"position": (0.0, 0.3, 2.0), "target": (0.0, 0.25, 0.0)}
    assert _suspect(_scene(rabbit, obj("box", "cube", (0.0, 0.0, 1.0), scale=(0.5, 0.5, 0.5)), **view), ["rabbit"])
    assert not _suspect(_scene(rabbit, obj("box", "cube", (1.5, 0.0, 1.0), scale=(0.5, 0.5, 0.5)), **view),
                        ["rabbit"])
    # the near shoulder an over-the-shoulder shot means hides nothing
    assert not _suspect(_scene(rabbit, obj("box", "cube", (0.0, 0.0, 1.0), scale=(0.5, 0.5, 0.5)), **view),
                        ["rabbit"], foreground=["box"])


def test_an_edge_through_the_subject_is_suspect_where_it_may_not_cut() -> None:
    bike = obj("bike", "bicycle", (0.0, 0.0, 0.0), rot=(0, 90, 0))
    assert not _suspect(_scene(bike, position=(0.0, 1.0, 5.0), target=(0.0, 0.5, 0.0)), ["bike"])
    half = np.tan(np.radians(45.0 / 2)) * 5.0 * 160 / 90
    edge = _scene(bike, position=(half, 1.0, 5.0), target=(half, 0.5, 0.0))
    assert _suspect(edge, ["bike"])
    assert not _suspect(edge, ["bike"], open_edges={"bike": ("left",)})  # the left edge may cut it
    assert not _suspect(edge, ["bike"], open_edges={"bike": ("all",)})


def test_the_boxes_miss_nothing_the_pixels_find() -> None:
    """Cameras round a rabbit with a crate and a post near it, at several distances and heights: every camera whose
    pixels show the rabbit hidden or cut past the judge's shares is one the box look found suspect; and the box look
    clears some (it is worth asking)."""
    from autark.jobs.pixel_looks import CUT_FRAC, HIDDEN_FRAC, MIN_PX, look_pixels

    things = [obj("rabbit", "rabbit", (0.0, 0.0, 0.0)), obj("crate", "cube", (0.6, 0.0, 0.9), scale=(0.4, 0.4, 0.4)),
              obj("post", "cube", (-0.7, 0.0, 0.5), scale=(0.1, 1.5, 0.1))]
    cleared = faults = 0
    for k in range(16):
        ang = 2 * math.pi * k / 16
        dist = 1.6 + 0.6 * (k % 3)
        pos = (dist * math.sin(ang), 0.3 + 0.4 * (k % 2), dist * math.cos(ang))
        aim = (0.35 * (k % 4 == 1), 0.2, 0.0)  # a few aimed off so the edge cuts the rabbit
        scene = _scene(*things, position=pos, target=aim)
        px = look_pixels(scene, scene.cameras[0], ["rabbit"])[0]["rabbit"]
        bad = px.whole >= MIN_PX and (px.hidden_frac > HIDDEN_FRAC or px.cut_frac > CUT_FRAC)
        boxed = _suspect(scene, ["rabbit"])
        faults += bad
        cleared += not boxed
        assert boxed or not bad, (k, px)
    assert faults and cleared
