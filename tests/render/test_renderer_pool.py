"""The pooled renderer (one per thread and settings, kept between jobs) draws each scene exactly as a fresh
renderer does, whichever scene it drew before, and is never shared between threads or with a forked child."""

from __future__ import annotations

import threading

import numpy as np
import pytest
from render_scenes import humanoid, night_point, spot_cone, table_chairs

from autark.render import Renderer
from autark.render import pool as render_pool
from autark.render.pool import pooled_renderer

W, H = 96, 64
SETTINGS = {"samples": 0, "shadow_size": 512, "spot_shadow_size": 256}


@pytest.fixture(scope="module")
def fresh_frames() -> dict[str, np.ndarray]:
    """Each scene drawn by a renderer of its own that drew nothing before."""
    frames = {}
    for name, make in SCENES.items():
        r = Renderer(width=W, height=H, **SETTINGS)
        try:
            frames[name] = r.render(make())
        finally:
            r.release()
    return frames


SCENES = {"table": table_chairs, "night": night_point, "spot": spot_cone, "person": humanoid}


@pytest.mark.parametrize("order", [("table", "night", "person", "spot", "table"),
                                   ("spot", "person", "night", "table", "spot")])
def test_pooled_renderer_draws_every_scene_as_a_fresh_one_in_any_order(order, fresh_frames) -> None:
    # the second order goes on with the renderer the first one left
    r = pooled_renderer(W, H, **SETTINGS)
    for name in order:
        pixels = pooled_renderer(W, H, **SETTINGS).render(SCENES[name]())
        assert pixels.std() > 3.0  # a picture, not a cleared buffer
        np.testing.assert_array_equal(pixels, fresh_frames[name], err_msg=f"{name} after {order}")
    assert pooled_renderer(W, H, **SETTINGS) is r  # the same renderer all along


def test_pool_keys_renderers_by_size_and_settings() -> None:
    a = pooled_renderer(W, H, **SETTINGS)
    assert pooled_renderer(W, H, **SETTINGS) is a
    assert pooled_renderer(W, H, **{**SETTINGS, "shadow_size": 256}) is not a
    assert pooled_renderer(W + 2, H, **SETTINGS) is not a
    # at most KEPT_PER_THREAD kept: the least recently used one is made anew
    assert pooled_renderer(W, H, **SETTINGS) is not a
    b = pooled_renderer(W, H, **SETTINGS)
    assert pooled_renderer(W, H, **SETTINGS) is b


def test_another_thread_and_a_forked_child_get_renderers_of_their_own(monkeypatch) -> None:
    mine = pooled_renderer(W, H, **SETTINGS)
    theirs: list[Renderer] = []
    t = threading.Thread(target=lambda: theirs.append(pooled_renderer(W, H, **SETTINGS)))
    t.start()
    t.join()
    assert theirs and theirs[0] is not mine
    real_pid = render_pool.os.getpid()
    monkeypatch.setattr(render_pool.os, "getpid", lambda: real_pid + 1)  # as in a child forked from here
    child = pooled_renderer(W, H, **SETTINGS)
    assert child is not mine
    np.testing.assert_array_equal(child.render(table_chairs()), mine.render(table_chairs()))
