"""An outdoor set's far side is dressed (assets.templates.with_far_side): a reverse angle sees scenery behind
its subject, not bare ground and an empty sky."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest

from autark.assets.templates import FAR_SIDE_KINDS, FAR_SIDE_MIN_Z, TEMPLATES, list_settings, load_setting

OUTDOOR = [n for n in list_settings() if not TEMPLATES.get(n).indoor]


@pytest.mark.parametrize("name", OUTDOOR)
def test_the_far_side_repeats_only_the_back_scenery_on_the_ground(name: str) -> None:
    tpl = load_setting(name)
    kinds = Counter(i.type for i in tpl.layout if i.position[2] < FAR_SIDE_MIN_Z)
    back = [i for i in tpl.layout if i.type in FAR_SIDE_KINDS and kinds[i.type] >= 2 and i.stands_on is None
            and i.position[2] <= -4.0]
    assert not [i for i in tpl.layout if i.position[2] >= FAR_SIDE_MIN_Z and i.name]  # copies carry no names
    far = [i for i in tpl.layout if i.position[2] >= FAR_SIDE_MIN_Z]
    assert bool(far) == bool(back)
    for item in far:
        assert item.type in FAR_SIDE_KINDS and item.stands_on is None and not item.name  # no landmark twice
        assert kinds[item.type] >= 2  # a kind the set has one of stays the one a sentence names
        assert FAR_SIDE_MIN_Z <= item.position[2] <= 18.0 and item.position[1] >= 0.0


def test_a_reverse_angle_in_the_street_sees_houses_not_sky() -> None:
    from autark.ops import apply_ops
    from autark.ops.templates import setting_ops
    from autark.render.renderer import Renderer
    from autark.scene import Scene
    from autark.scene.model import Camera

    scene = Scene()
    scene = apply_ops(scene, setting_ops(TEMPLATES.get("city_street"), scene))
    reverse = scene.model_copy(update={"cameras": [Camera(name="r", position=(0.0, 1.6, -3.0), target=(0.0, 1.5, 6.0))],
                                       "active_camera": "r"})
    image = Renderer(width=160, height=90, samples=0).render(reverse).astype(float)
    band = image[30:42, 40:120]  # just above the horizon, where the houses stand
    sky = np.array(reverse.settings.sky_horizon) * 255
    near_sky = np.linalg.norm(band - sky, axis=2) < 40
    assert near_sky.mean() < 0.5, near_sky.mean()

