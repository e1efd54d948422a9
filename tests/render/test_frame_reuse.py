"""What the renderer keeps or skips between and within frames never shows: instance records reused while their
objects stand still are rebuilt when one moves or changes colour, and objects a spot or point light cannot
reach, drawn without that light, look as they do with it."""

from __future__ import annotations

import numpy as np
import pytest
from render_scenes import cam, obj

from autark.render import shaders
from autark.render.lighting import light_reach, unlit_by
from autark.scene import Light, Scene

W, H = 320, 180


def room(x: float = 0.0, color: tuple[float, float, float] = (0.8, 0.1, 0.1), arm: float = 0.0) -> Scene:
    """A cube that may move or change colour, a still barrel and chair, and a person whose arm may rise, lit
    by a spot on the middle and a point light; one corner of the set lies outside the spot's cone."""
    objects = [obj("c", "cube", (x, 0, 0), color), obj("b", "barrel", (1.8, 0, -0.5)),
               obj("ch", "chair", (-1.8, 0, -0.5)), obj("far", "cube", (-4.5, 0, -4.0), (0.2, 0.6, 0.3)),
               obj("p", "man", (0.9, 0, 1.0), pose={"upper_arm_l": (0.0, 0.0, arm)} if arm else None)]
    lights = [Light(name="spot", type="spot", position=(0.0, 4.0, 2.0), direction=(0.0, -4.0, -2.0), cone_angle=30.0,
                    intensity=30.0, range=12.0),
              Light(name="lamp", type="point", position=(-2.0, 2.0, 2.0), intensity=6.0, range=8.0,
                    cast_shadows=False),
              Light(name="fill", type="hemisphere", color=(0.5, 0.5, 0.6), intensity=0.3, cast_shadows=False)]
    return Scene(objects=objects, lights=lights, cameras=cam((0.5, 2.6, 6.5), (-0.8, 0.5, -1.0)))


def test_records_are_rebuilt_for_what_moved_or_changed_colour_only(renderer) -> None:
    """Frames drawn after a change match a fresh renderer's (nothing stale is drawn), and the types that
    did not change are not rebuilt."""
    from autark.render import Renderer

    inst = renderer._instancer
    renderer.render(room(), width=W, height=H)
    builds = inst.record_builds
    same = renderer.render(room(), width=W, height=H)
    assert inst.record_builds == builds  # nothing changed: every type's records reused
    moved = renderer.render(room(x=-0.6), width=W, height=H)
    assert inst.record_builds == builds + 1  # the cubes only
    recoloured = renderer.render(room(x=-0.6, color=(0.1, 0.2, 0.9)), width=W, height=H)
    posed = renderer.render(room(x=-0.6, color=(0.1, 0.2, 0.9), arm=70.0), width=W, height=H)
    assert inst.record_builds == builds + 3  # the cubes, then the person
    fresh = Renderer(width=W, height=H)
    try:
        for pixels, scene in ((same, room()), (moved, room(x=-0.6)),
                              (recoloured, room(x=-0.6, color=(0.1, 0.2, 0.9))),
                              (posed, room(x=-0.6, color=(0.1, 0.2, 0.9), arm=70.0))):
            fresh._instancer._records.clear()  # the uncached path: every record built anew
            expected = fresh.render(scene)
            assert np.array_equal(pixels, expected)
    finally:
        fresh.release()
    assert not np.array_equal(same, moved) and not np.array_equal(moved, recoloured)
    assert not np.array_equal(recoloured, posed)


def test_a_box_out_of_a_lights_reach_is_told_apart() -> None:
    spot = Light(name="s", type="spot", position=(0.0, 4.0, 0.0), direction=(0.0, -1.0, 0.0), cone_angle=30.0,
                 range=10.0)
    point = Light(name="p", type="point", position=(20.0, 1.0, 0.0), range=5.0)
    reach = light_reach(Scene(lights=[spot, point]))
    assert [r.index for r in reach] == [0, 1]
    lo = np.array([[-0.5, 0.0, -0.5],  # under the spot, far from the point light
                   [5.0, 0.0, -0.5],  # beside the cone (tan 30 deg x 4 m = 2.3 m at the floor)
                   [2.0, 0.0, -0.5],  # straddling the cone's edge
                   [-0.5, 5.0, -0.5],  # above (behind) the spot
                   [16.5, 0.0, -0.5]])  # within the point light's range, outside the cone
    hi = lo + 1.0
    dark = unlit_by(reach, lo, hi)
    assert (dark & 1).tolist() == [0, 1, 0, 1, 1]
    assert (dark >> 1 & 1).tolist() == [1, 1, 1, 1, 0]


def test_a_light_left_out_of_the_shader_is_gone_and_the_others_keep_their_index() -> None:
    lights = (("sun", 0), ("spot", 1), ("point", -1))
    full = shaders.lit_fragment(lights)
    without = shaders.lit_fragment(lights, dark=0b010)
    assert "light 1: spot" in full and "u_shadow1, v_shadow1" in full
    assert "light 1: spot" not in without and "u_shadow1, v_shadow1" not in without
    assert "u_lpos[2]" in without and "light 0: sun" in without


@pytest.mark.parametrize("camera", [((0.5, 2.6, 6.5), (-0.8, 0.5, -1.0)), ((-3.0, 1.5, 2.0), (-4.5, 0.5, -4.0))])
def test_objects_drawn_without_lights_that_cannot_reach_them_look_the_same(renderer, monkeypatch, camera) -> None:
    from autark.render import renderer as renderer_module

    scene = room(arm=40.0).model_copy(update={"cameras": cam(*camera)})
    culled = renderer.render(scene, width=W, height=H)
    assert any(mask for _, _, mask in renderer._instancer.draws)  # some objects were drawn without a light
    monkeypatch.setattr(renderer_module, "light_reach", lambda _scene: [])
    every_light = renderer.render(scene, width=W, height=H)
    assert not any(mask for _, _, mask in renderer._instancer.draws)
    # The same sums in a differently compiled shader: at most a rounding step in a few pixels.
    diff = np.abs(culled.astype(int) - every_light.astype(int)).max(axis=-1)
    assert diff.max() <= 1 and (diff > 0).mean() < 1e-3


def test_casters_moving_apart_redraw_their_own_rectangles_only(renderer, monkeypatch) -> None:
    """Two people at either end of a row of props move: the sun's map is cleared in two rectangles, not the
    one that spans both, and every frame still equals a fresh renderer's (the casters are drawn once, clipped
    to the box around both rectangles)."""
    from render_scenes import daylight

    from autark.render import Renderer
    from autark.render import shadows as shadows_module

    def scene(step: int) -> Scene:
        props = [obj(f"p{i}", ("cube", "chair", "barrel")[i % 3], (-4.0 + 2.0 * i, 0, -1.0)) for i in range(5)]
        people = [obj("a", "man", (-5.0 + 0.05 * step, 0, 1.0), pose={"upper_arm_l": (0.0, 0.0, 10.0 * step)}),
                  obj("b", "cube", (5.0 - 0.05 * step, 0, 1.0), (0.8, 0.1, 0.1))]
        return Scene(objects=[*props, *people], lights=daylight(), cameras=cam((0, 4.0, 10.0), (0, 0.5, -1.0)))

    calls: list = []
    dirty_rects = shadows_module._dirty_rects
    monkeypatch.setattr(shadows_module, "_dirty_rects", lambda *a: calls.append(dirty_rects(*a)) or calls[-1])
    frames = [renderer.render(scene(i), width=W, height=H) for i in range(3)]
    assert any(len(rects) == 2 for rects in calls), calls
    fresh = Renderer(width=W, height=H)
    try:
        for i, frame in enumerate(frames):
            fresh._shadows.keys.clear()  # each frame's maps drawn whole
            assert np.array_equal(frame, fresh.render(scene(i))), i
    finally:
        fresh.release()


def test_a_see_through_body_is_one_veil(renderer) -> None:
    """A person at 45% opacity (a ghost's sheet, by material) shows the wall behind through one layer of itself
    (55% of the wall), not through its chest's front and back and the arms inside (two layers leave 30%)."""
    from render_scenes import daylight

    def scene(wall: tuple[float, float, float], body: str) -> Scene:
        return Scene(objects=[obj("p", body, (0, 0.75 if body == "sphere" else 0, 0), opacity=0.45),
                              obj("w", "wall", (0, 0, -2.0), wall, scale=(3.0, 1.5, 1.0))],
                     lights=daylight(70, 10), cameras=cam((0, 1.25, 2.2), (0, 1.25, 0)))

    def wall_seen(body: str) -> float:
        red = renderer.render(scene((0.8, 0.1, 0.1), body), width=W, height=H).astype(float)
        green = renderer.render(scene((0.1, 0.7, 0.2), body), width=W, height=H).astype(float)
        seen = np.abs(red - green).sum(axis=-1)
        wall = seen[10:20, 10:20].mean()  # beside the body: the wall itself
        assert wall > 100
        return seen[H // 2 + 5:H // 2 + 11, W // 2 - 3:W // 2 + 3].mean() / wall

    assert 0.5 < wall_seen("man") < 0.6
    assert 0.25 < wall_seen("sphere") < 0.35  # glass that is not a body: its front and back both show
