"""The object-ID pass (``render.id_pass``) and the pixel looks it gives the shot planner (``jobs.pixel_looks``): its
silhouettes are the renderer's own, a thing before a subject hides it, a frame edge cuts it, a one-sided wall seen
from behind hides nothing."""

from __future__ import annotations

import numpy as np
import pytest
from render_scenes import cam, daylight, obj

from autark.scene import Camera, Scene, Settings


def _scene(*objects: object, position: tuple[float, float, float] = (0.0, 1.2, 6.0),
           target: tuple[float, float, float] = (0.0, 0.5, 0.0)) -> Scene:
    return Scene(objects=list(objects), lights=daylight(), cameras=cam(position, target),
                 settings=Settings(width=160, height=90))


def _camera(scene: Scene) -> Camera:
    return scene.cameras[0]


def test_silhouette_is_the_rendered_one(renderer: object) -> None:
    """The ID pass's pixels of a red cube are the pixels the renderer draws red (the same size, camera, meshes)."""
    from autark.render.id_pass import id_pass

    scene = _scene(obj("cube", "cube", (0.3, 0.0, 0.0), (0.9, 0.05, 0.05), rot=(0, 30, 0)))
    rgb = renderer.render(scene, _camera(scene), 160, 90).astype(int)  # type: ignore[attr-defined]
    red = (rgb[..., 0] > 50) & (rgb[..., 0] > rgb[..., 1] + 30) & (rgb[..., 0] > rgb[..., 2] + 30)  # its lit and shaded faces
    frame = id_pass().look(scene, _camera(scene), [["cube"]])
    mine = frame.ids[frame.inner] == frame.objects.index("cube") + 1
    assert mine.sum() > 200
    iou = (mine & red).sum() / (mine | red).sum()
    assert iou > 0.85, iou
    assert (frame.alone[0][frame.inner] == mine).all()  # alone, and nothing before it: the same pixels


def test_a_thing_before_the_subject_hides_it() -> None:
    from autark.jobs.pixel_looks import look_pixels

    rabbit = obj("rabbit", "rabbit", (0.0, 0.0, 0.0))
    near = _scene(rabbit, obj("box", "cube", (0.0, 0.0, 1.0), scale=(0.5, 0.5, 0.5)),
                  position=(0.0, 0.3, 2.0), target=(0.0, 0.25, 0.0))
    seen, covers = look_pixels(near, _camera(near), ["rabbit"])
    assert seen["rabbit"].alone > 50
    assert seen["rabbit"].hidden_frac > 0.9
    # the box is nearer the lens than the rabbit, and fills much of the frame: a foreground filler
    assert "box" in covers and covers["box"] > 0.25
    aside = _scene(rabbit, obj("box", "cube", (1.5, 0.0, 1.0), scale=(0.5, 0.5, 0.5)),
                   position=(0.0, 0.3, 2.0), target=(0.0, 0.25, 0.0))
    seen, covers = look_pixels(aside, _camera(aside), ["rabbit"])
    assert seen["rabbit"].hidden_frac < 0.05 and not covers
    # the near shoulder an over-the-shoulder shot means to show hides nothing
    seen, _covers = look_pixels(near, _camera(near), ["rabbit"], foreground=["box"])
    assert seen["rabbit"].hidden_frac < 0.05


def test_the_frame_edge_cuts_by_the_share_out_of_it() -> None:
    from autark.jobs.pixel_looks import look_pixels

    bike = obj("bike", "bicycle", (0.0, 0.0, 0.0), rot=(0, 90, 0))
    centred = _scene(bike, position=(0.0, 1.0, 5.0), target=(0.0, 0.5, 0.0))
    whole = look_pixels(centred, _camera(centred), ["bike"])[0]["bike"]
    assert whole.cut_frac < 0.02
    # aimed so the frame's left edge runs through the bike's middle: about half of it out of the picture
    half = np.tan(np.radians(45.0 / 2)) * 5.0 * 160 / 90  # the frame's half width at the bike, metres
    edge = _scene(bike, position=(half, 1.0, 5.0), target=(half, 0.5, 0.0))
    cut = look_pixels(edge, _camera(edge), ["bike"])[0]["bike"]
    assert 0.3 < cut.cut_frac < 0.7, cut
    assert cut.alone < whole.alone


def test_a_one_sided_wall_seen_from_behind_hides_nothing() -> None:
    """A set's fourth wall between the lens and the cast is culled from behind by the renderer, and so here."""
    from autark.assets import library
    from autark.jobs.pixel_looks import look_pixels
    from autark.render.meshes import asset_parts

    one_sided = [name for name in library.all_types() if any(p.one_sided for p in (asset_parts(name) or []))]
    if not one_sided:
        pytest.skip("no asset has a one-sided part")
    wall = obj("wall", one_sided[0], (0.0, 0.0, 2.5))
    cube = obj("cube", "cube", (0.0, 0.0, 0.0))
    hidden = []
    for ry in (0.0, 180.0):  # its front to the lens, then its back
        scene = _scene(cube, wall.model_copy(update={"transform": wall.transform.model_copy(
            update={"rotation": (0.0, ry, 0.0)})}), position=(0.0, 1.0, 5.0), target=(0.0, 0.5, 0.0))
        hidden.append(look_pixels(scene, _camera(scene), ["cube"])[0]["cube"].hidden_frac)
    assert min(hidden) < 0.05
